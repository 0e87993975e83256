// SPDX-License-Identifier: MIT
#include "textfold.h"

namespace {
bool isAscii(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

bool isMark(QChar c)
{
    switch (c.category()) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}
} // namespace

namespace TextFold {
QString fold(QStringView text)
{
    // Nearly every name and address is ASCII: skip normalisation for them.
    if (isAscii(text))
        return text.toString().toLower();
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (!isMark(c))
            out.append(c);
    }
    // Case folding can itself produce decomposable text in rare cases; fold the result once more.
    out = out.toCaseFolded();
    return out;
}

std::string foldUtf8(QStringView text)
{
    const QByteArray utf8 = fold(text).toUtf8();
    return std::string(utf8.constData(), size_t(utf8.size()));
}
} // namespace TextFold
