// SPDX-License-Identifier: MIT
#include "isodatecodec.h"

#include <QDate>
#include <QDateTime>

namespace {
constexpr qint64 msPerDay = 86400000LL;
constexpr qint64 julianDayOf1970 = 2440588LL;

// Zero-padded digits, written from the right.
char* putDigits(char* at, int value, int count)
{
    for (int i = count - 1; i >= 0; --i, value /= 10)
        at[i] = char('0' + value % 10);
    return at + count;
}
} // namespace

// Gong's forms are read directly; anything else goes to QDateTime, which gives the same answer for these forms, only
// slower.
qint64 IsoDateCodec::toMsecs(const QString& text, bool* exact)
{
    if (exact)
        *exact = false;
    const auto digits = [&text](qsizetype at, int count, int* out) {
        int v = 0;
        for (int i = 0; i < count; ++i) {
            const char16_t c = text.at(at + i).unicode();
            if (c < '0' || c > '9')
                return false;
            v = v * 10 + (c - '0');
        }
        *out = v;
        return true;
    };
    const auto is = [&text](qsizetype at, char c) { return text.at(at) == QLatin1Char(c); };
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, ms = 0, offsetHours = 0, offsetMinutes = 0;
    const qsizetype size = text.size();
    bool ok = size >= 20 && digits(0, 4, &year) && is(4, '-') && digits(5, 2, &month) && is(7, '-') &&
              digits(8, 2, &day) && is(10, 'T') && digits(11, 2, &hour) && is(13, ':') && digits(14, 2, &minute) &&
              is(16, ':') && digits(17, 2, &second);
    qsizetype at = 19;
    if (ok && at < size && is(at, '.')) {
        ok = size >= at + 5 && digits(at + 1, 3, &ms);
        at += 4;
    }
    int sign = 0;
    if (ok && at + 1 == size && is(at, 'Z')) {
        sign = 1;
    } else if (ok && at + 6 == size && (is(at, '+') || is(at, '-')) && digits(at + 1, 2, &offsetHours) &&
               is(at + 3, ':') && digits(at + 4, 2, &offsetMinutes)) {
        sign = is(at, '+') ? 1 : -1;
    }
    const QDate date(year, month, day);
    if (!ok || sign == 0 || !date.isValid() || year < 1970 || hour > 23 || minute > 59 || second > 59 ||
        offsetHours > 14 || offsetMinutes > 59) {
        const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
        return dt.isValid() ? dt.toMSecsSinceEpoch() : 0;
    }
    const qint64 localMs =
        (date.toJulianDay() - julianDayOf1970) * msPerDay + ((hour * 60 + minute) * 60 + second) * 1000LL + ms;
    if (exact)
        *exact = true;
    return localMs - sign * (offsetHours * 60 + offsetMinutes) * 60000LL;
}

IsoDateCodec::Compact IsoDateCodec::compact(const QString& text)
{
    Compact result;
    bool exact = false;
    result.msecs = text.isEmpty() ? 0 : toMsecs(text, &exact);
    // A fixed-width form (every field zero-padded, in range) formats back to exactly this text.
    if (!exact || result.msecs == 0)
        return result;
    const qsizetype n = text.size();
    std::uint8_t form = Rebuilt;
    int offset = 0;
    if (text.at(n - 1) == QLatin1Char('Z')) {
        form |= Zulu;
    } else {
        offset = (text.at(n - 5).unicode() - '0') * 600 + (text.at(n - 4).unicode() - '0') * 60 +
                 (text.at(n - 2).unicode() - '0') * 10 + (text.at(n - 1).unicode() - '0');
        if (text.at(n - 6) == QLatin1Char('-')) {
            form |= Minus;
            offset = -offset;
        }
    }
    if (text.at(19) == QLatin1Char('.'))
        form |= WithMs;
    result.form = form;
    result.offsetMinutes = std::int16_t(offset);
    return result;
}

QString IsoDateCodec::text(const Compact& compact)
{
    const int offsetMinutes = compact.offsetMinutes;
    const qint64 local = compact.msecs + offsetMinutes * 60000LL;
    qint64 days = local / msPerDay;
    qint64 rest = local % msPerDay;
    if (rest < 0) {
        rest += msPerDay;
        --days;
    }
    const QDate date = QDate::fromJulianDay(days + julianDayOf1970);
    char text[32];
    char* at = putDigits(text, date.year(), 4);
    *at++ = '-';
    at = putDigits(at, date.month(), 2);
    *at++ = '-';
    at = putDigits(at, date.day(), 2);
    *at++ = 'T';
    at = putDigits(at, int(rest / 3600000), 2);
    *at++ = ':';
    at = putDigits(at, int(rest / 60000 % 60), 2);
    *at++ = ':';
    at = putDigits(at, int(rest / 1000 % 60), 2);
    if (compact.form & WithMs) {
        *at++ = '.';
        at = putDigits(at, int(rest % 1000), 3);
    }
    if (compact.form & Zulu) {
        *at++ = 'Z';
    } else {
        const int a = offsetMinutes < 0 ? -offsetMinutes : offsetMinutes;
        *at++ = (compact.form & Minus) ? '-' : '+';
        at = putDigits(at, a / 60, 2);
        *at++ = ':';
        at = putDigits(at, a % 60, 2);
    }
    return QString::fromLatin1(text, at - text);
}
