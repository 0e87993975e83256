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
    std::string out;
    appendFoldedUtf8(out, text);
    return out;
}

void appendFoldedUtf8(std::string& out, QStringView text)
{
    const std::size_t at = out.size();
    out.resize(at + std::size_t(text.size()));
    char* p = out.data() + at;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80) {
            out.resize(at);
            const QByteArray utf8 = fold(text).toUtf8();
            out.append(utf8.constData(), std::size_t(utf8.size()));
            return;
        }
        *p++ = char(u >= 'A' && u <= 'Z' ? u + ('a' - 'A') : u);
    }
}
} // namespace TextFold
