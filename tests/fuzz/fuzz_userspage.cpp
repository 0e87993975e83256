// SPDX-License-Identifier: MIT
// UsersPageParser::parse on arbitrary bytes: never crashes, and every user it keeps has an id and gives back
// exactly the JSON object it came from (the full-fidelity export depends on that). What it passes on for display
// (the request id, the example of an odd record) is safe to show, the total is a count, and a page never holds
// more than MaxUsersPerPage users.
#include "api/userspageparser.h"
#include "base/safetext.h"
#include "fuzzcheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    UsersPage page;
    ApiError error;
    const bool ok = UsersPageParser::parse(body, &page, &error);
    const QJsonArray users = QJsonDocument::fromJson(body).object().value(QLatin1String("users")).toArray();
    // Already escaped: escaping again changes nothing.
    const auto safe = [](const QString& text) { return SafeText::escaped(text) == text; };
    if (!ok) {
        FUZZ_CHECK(error.kind == ApiError::Kind::BadResponse || error.kind == ApiError::Kind::Unreadable ||
                   (error.kind == ApiError::Kind::Refused && users.size() > UsersPageParser::MaxUsersPerPage));
        FUZZ_CHECK(!error.message().isEmpty());
        FUZZ_CHECK(safe(error.message()));
        FUZZ_CHECK(page.users.isEmpty());
        return 0;
    }
    FUZZ_CHECK(!error.isError());
    FUZZ_CHECK(!page.cursor || !page.cursor->isEmpty());
    FUZZ_CHECK(safe(page.requestId) && page.requestId.size() <= SafeText::DefaultMaxLength);
    FUZZ_CHECK(page.totalRecords >= -1 && page.totalRecords <= (qint64(1) << 53));
    FUZZ_CHECK(users.size() <= UsersPageParser::MaxUsersPerPage);
    FUZZ_CHECK(safe(page.recordWarnings.example));
    FUZZ_CHECK(page.recordWarnings.wrongTypes + page.recordWarnings.skipped <= users.size());

    // The parser keeps every object element with a usable id, in order, and nothing else.
    FUZZ_CHECK(page.users.size() <= users.size());
    qsizetype next = 0;
    for (const QJsonValue& v : users) {
        if (!v.isObject())
            continue;
        const User reparsed = User::fromJson(v.toObject());
        if (reparsed.id.isEmpty())
            continue;
        FUZZ_CHECK(next < page.users.size());
        const User& user = page.users.at(next++);
        FUZZ_CHECK(!user.id.isEmpty());
        FUZZ_CHECK(user.toJson() == v.toObject());
    }
    FUZZ_CHECK(next == page.users.size());
    return 0;
}
