// SPDX-License-Identifier: MIT
#include "retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>

int RetryPolicy::backoffMs(int attempt) const
{
    const int shift = std::clamp(attempt - 1, 0, 20);
    const qint64 raw = std::min<qint64>(qint64(baseDelayMs) << shift, maxDelayMs);
    const double spread = raw * jitter;
    const double offset = spread > 0 ? (QRandomGenerator::global()->generateDouble() * 2.0 - 1.0) * spread : 0.0;
    return int(std::max<double>(0.0, raw + offset));
}

std::optional<qint64> RetryPolicy::parseRetryAfter(const QByteArray& value, const QDateTime& now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty() || v.size() > 64)
        return std::nullopt;
    bool digits = true;
    for (char c : v)
        digits = digits && c >= '0' && c <= '9';
    if (digits) {
        if (v.size() > 12)
            return std::nullopt; // absurd; also keeps toLongLong far from overflow
        return v.toLongLong();
    }
    // RFC 9110 HTTP-date: IMF-fixdate, plus the obsolete RFC 850 and asctime forms.
    const QString s = QString::fromLatin1(v);
    const QLocale c = QLocale::c();
    const QString simple = s.simplified();
    static const char* const formats[] = {"ddd, dd MMM yyyy HH:mm:ss 'GMT'", "ddd MMM d HH:mm:ss yyyy"};
    for (const char* f : formats) {
        QDateTime dt = c.toDateTime(simple, QString::fromLatin1(f));
        if (!dt.isValid())
            continue;
        dt.setTimeSpec(Qt::UTC);
        return std::max<qint64>(0, now.toUTC().secsTo(dt));
    }
    // RFC 850 ("Sunday, 06-Nov-94 08:49:37 GMT"). The weekday is dropped before parsing: Qt would check it
    // against its own reading of the two-digit year (19yy). RFC 9110: a year more than 50 years in the
    // future means the past century, so 19yy that far back is 20yy.
    const int comma = simple.indexOf(QLatin1Char(','));
    if (comma > 0) {
        QDateTime dt = c.toDateTime(simple.mid(comma + 1).trimmed(), QStringLiteral("dd-MMM-yy HH:mm:ss 'GMT'"));
        if (dt.isValid()) {
            dt.setTimeSpec(Qt::UTC);
            while (dt.date().year() < now.toUTC().date().year() - 50)
                dt = dt.addYears(100);
            return std::max<qint64>(0, now.toUTC().secsTo(dt));
        }
    }
    return std::nullopt;
}
