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
    static const char* const formats[] = {"ddd, dd MMM yyyy HH:mm:ss 'GMT'", "dddd, dd-MMM-yy HH:mm:ss 'GMT'",
                                          "ddd MMM d HH:mm:ss yyyy"};
    for (const char* f : formats) {
        QDateTime dt = c.toDateTime(s.simplified(), QString::fromLatin1(f));
        if (!dt.isValid())
            continue;
        if (dt.date().year() < 100)
            dt = dt.addYears(dt.date().year() < 70 ? 2000 : 1900);
        dt.setTimeSpec(Qt::UTC);
        const qint64 secs = now.toUTC().secsTo(dt);
        return std::max<qint64>(0, secs);
    }
    return std::nullopt;
}
