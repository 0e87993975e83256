// SPDX-License-Identifier: MIT
#include "duration.h"

namespace Duration {
bool parse(const QString& text, qint64* msecs)
{
    const QString t = text.trimmed();
    if (t.size() < 2)
        return false;
    qint64 unit = 0;
    switch (t.back().toLower().unicode()) {
    case 's':
        unit = 1000;
        break;
    case 'm':
        unit = 60 * 1000;
        break;
    case 'h':
        unit = 3600 * 1000;
        break;
    case 'd':
        unit = 86400 * 1000;
        break;
    case 'w':
        unit = 7 * 86400 * 1000LL;
        break;
    default:
        return false;
    }
    qint64 n = 0;
    for (qsizetype i = 0; i + 1 < t.size(); ++i) {
        const char16_t c = t.at(i).unicode();
        if (c < '0' || c > '9')
            return false;
        n = n * 10 + (c - '0');
        if (n > 4000000000LL) // more is a typo, and n * unit would overflow
            return false;
    }
    *msecs = n * unit;
    return true;
}

QString unitsText()
{
    return QStringLiteral("s, m, h, d, w");
}
} // namespace Duration
