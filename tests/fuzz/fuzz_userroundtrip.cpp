// SPDX-License-Identifier: MIT
// User::fromJson → toJson on arbitrary JSON objects: the object comes back exactly (unknown fields, nulls and
// odd-typed values included), a second pass is stable, and the typed fields agree with the JSON. The offline store's
// binary form (UserRecord) gives back the same user, and the same bytes for it.
#include "directory/user.h"
#include "directory/userrecord.h"
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
    const QByteArray record = UserRecord::pack(user);
    User unpacked;
    FUZZ_CHECK(UserRecord::unpack(record, &unpacked));
    FUZZ_CHECK(unpacked == user);
    FUZZ_CHECK(UserRecord::pack(unpacked) == record);
    // Any damage is refused or read as some user, never a crash.
    User ignored;
    (void)UserRecord::unpack(QByteArrayView(record).first(record.size() / 2), &ignored);

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
