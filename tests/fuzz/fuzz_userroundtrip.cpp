// SPDX-License-Identifier: MIT
// User::fromJson → toJson on arbitrary JSON objects: the object comes back exactly (unknown fields, nulls and
// odd-typed values included), a second pass is stable, and the typed fields agree with the JSON.
#include "directory/user.h"
#include "fuzzcheck.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject())
        return 0;
    const QJsonObject object = doc.object();

    QStringList warnings;
    const User user = User::fromJson(object, &warnings);
    const QJsonObject back = user.toJson();
    FUZZ_CHECK(back == object);
    FUZZ_CHECK(User::fromJson(back) == user);

    const QJsonValue id = object.value(QLatin1String("id"));
    if (id.isString())
        FUZZ_CHECK(user.id == id.toString());
    const QJsonValue active = object.value(QLatin1String("active"));
    FUZZ_CHECK(user.isActive() == (active.isBool() && active.toBool()));
    // Derived values never crash on odd data.
    (void)user.displayName();
    (void)user.primaryLanguage();
    (void)user.extraFields();
    return 0;
}
