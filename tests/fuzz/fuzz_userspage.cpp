// SPDX-License-Identifier: MIT
// UsersPageParser::parse on arbitrary bytes: never crashes, and every user it keeps has an id and gives back
// exactly the JSON object it came from (the full-fidelity export depends on that).
#include "api/userspageparser.h"
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
    if (!ok) {
        FUZZ_CHECK(error.kind == ApiError::Kind::BadResponse);
        FUZZ_CHECK(!error.message().isEmpty());
        FUZZ_CHECK(page.users.isEmpty());
        return 0;
    }
    FUZZ_CHECK(!error.isError());
    FUZZ_CHECK(!page.cursor || !page.cursor->isEmpty());

    // The parser keeps every object element with a usable id, in order, and nothing else.
    const QJsonArray users = QJsonDocument::fromJson(body).object().value(QLatin1String("users")).toArray();
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
