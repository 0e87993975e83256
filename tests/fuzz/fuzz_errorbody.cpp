// SPDX-License-Identifier: MIT
// ApiError::parseErrorBody and fromHttpStatus on arbitrary bytes: never crash, leave the error untouched when the
// body is not Gong's error shape, and always produce a message for the user that is safe to show (nothing in it
// can drive a terminal: escaping it again changes nothing) and of bounded length.
#include "api/apierror.h"
#include "base/safetext.h"
#include "fuzzcheck.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));

    ApiError error;
    error.requestId = QStringLiteral("untouched");
    error.serverMessages = QStringList{QStringLiteral("untouched")};
    if (!ApiError::parseErrorBody(body, &error)) {
        FUZZ_CHECK(error.requestId == QLatin1String("untouched"));
        FUZZ_CHECK(error.serverMessages == QStringList{QStringLiteral("untouched")});
    }
    const QString message = error.message();
    FUZZ_CHECK(SafeText::escaped(message) == message);
    FUZZ_CHECK(error.requestId.size() <= SafeText::DefaultMaxLength);
    for (const QString& m : std::as_const(error.serverMessages))
        FUZZ_CHECK(m.size() <= SafeText::DefaultMaxLength);

    // Every status class the pager can meet; the first byte picks one so the corpus covers them all.
    static const int statuses[] = {400, 401, 403, 404, 418, 429, 500, 502, 503, 504, 599};
    const int status = statuses[size > 0 ? data[0] % std::size(statuses) : 0];
    const ApiError fromStatus = ApiError::fromHttpStatus(status, body);
    FUZZ_CHECK(fromStatus.isError());
    FUZZ_CHECK(fromStatus.httpStatus == status);
    FUZZ_CHECK(!fromStatus.message().isEmpty());
    FUZZ_CHECK(SafeText::escaped(fromStatus.message()) == fromStatus.message());
    FUZZ_CHECK(fromStatus.message().size() < 2000); // five messages of 200, the "(n more)", the id and our words
    return 0;
}
