// SPDX-License-Identifier: MIT
// People for the health-check tests: healthy by default (a title, a phone, a valid address, one primary language,
// https links, all settings off), with the fields a case is about overridden.
#pragma once

#include "directory/directory.h"
#include "directory/user.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace HealthPeople {
inline QJsonObject settings(const QStringList& on = {})
{
    QJsonObject s;
    for (int i = 0; i < UserSettingCount; ++i) {
        const QString key = userSettingKey(UserSetting(i));
        s.insert(key, on.contains(key));
    }
    return s;
}

inline QJsonArray languages(const QList<QPair<QString, bool>>& tags)
{
    QJsonArray out;
    for (const auto& [tag, primary] : tags)
        out.append(QJsonObject{{QStringLiteral("language"), tag}, {QStringLiteral("primary"), primary}});
    return out;
}

// `managerId` empty: no manager field. Entries of `fields` replace the defaults (a null value stays null).
inline User person(const QString& id, const QString& managerId = {}, const QJsonObject& fields = {})
{
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("firstName"), QStringLiteral("Person")},
        {QStringLiteral("lastName"), id},
        {QStringLiteral("emailAddress"), QStringLiteral("p%1@example.com").arg(id)},
        {QStringLiteral("trustedEmailAddress"), QStringLiteral("p%1@example.com").arg(id)},
        {QStringLiteral("emailAliases"), QJsonArray()},
        {QStringLiteral("title"), QStringLiteral("Engineer")},
        {QStringLiteral("phoneNumber"), QStringLiteral("+1 404-555-0100")},
        {QStringLiteral("active"), true},
        {QStringLiteral("settings"), settings()},
        {QStringLiteral("spokenLanguages"), languages({{QStringLiteral("en-US"), true}})},
        {QStringLiteral("personalMeetingUrls"), QJsonArray{QStringLiteral("https://zoom.us/j/912345678")}},
        {QStringLiteral("meetingConsentPageUrl"), QStringLiteral("https://join.gong.io/example/p%1").arg(id)},
    };
    if (!managerId.isEmpty())
        o.insert(QStringLiteral("managerId"), managerId);
    for (auto it = fields.begin(); it != fields.end(); ++it)
        o.insert(it.key(), it.value());
    return User::fromJson(o);
}

inline QStringList idsOf(const Directory& directory, const QList<int>& rows)
{
    QStringList out;
    for (int r : rows)
        out.append(directory.user(r).id);
    return out;
}
} // namespace HealthPeople
