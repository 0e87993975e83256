// SPDX-License-Identifier: MIT
// RetryPolicy::parseRetryAfter on arbitrary header values: never crashes, never returns a negative wait, reads
// plain delay-seconds exactly, and does not depend on anything but the value and "now".
#include "api/retrypolicy.h"
#include "fuzzcheck.h"

#include <QDateTime>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray value = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    // A fixed "now" keeps runs reproducible; a second one far away checks the RFC 850 century rule.
    static const QDateTime now(QDate(2015, 10, 21), QTime(7, 28, 0), Qt::UTC);
    static const QDateTime later(QDate(2071, 3, 1), QTime(0, 0, 0), Qt::UTC);

    const std::optional<qint64> seconds = RetryPolicy::parseRetryAfter(value, now);
    FUZZ_CHECK(!seconds || *seconds >= 0);
    FUZZ_CHECK(RetryPolicy::parseRetryAfter(value, now) == seconds);
    const std::optional<qint64> laterSeconds = RetryPolicy::parseRetryAfter(value, later);
    FUZZ_CHECK(!laterSeconds || *laterSeconds >= 0);
    FUZZ_CHECK(seconds.has_value() == laterSeconds.has_value());

    const QByteArray trimmed = value.trimmed();
    bool digits = !trimmed.isEmpty() && trimmed.size() <= 12;
    for (const char c : trimmed)
        digits = digits && c >= '0' && c <= '9';
    if (digits) {
        FUZZ_CHECK(seconds && *seconds == trimmed.toLongLong());
        FUZZ_CHECK(laterSeconds == seconds); // delay-seconds do not depend on the clock
    }
    return 0;
}
