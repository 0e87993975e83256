// SPDX-License-Identifier: MIT
#include "user.h"

#include "isodatecodec.h"
#include "userjsoncodec.h"

#include <QHashFunctions>

namespace {

const char* const settingKeys[UserSettingCount] = {
    "webConferencesRecorded", "preventWebConferenceRecording", "telephonyCallsImported", "emailsImported",
    "preventEmailImport",     "nonRecordedMeetingsImported",   "gongConnectEnabled",
};

} // namespace

size_t qHash(const SpokenLanguage& language, size_t seed) noexcept
{
    return qHashMulti(seed, language.language, language.primary);
}

QString userSettingKey(UserSetting setting)
{
    return QString(userSettingKeyLatin1(setting));
}

QLatin1String userSettingKeyLatin1(UserSetting setting)
{
    return QLatin1String(settingKeys[static_cast<int>(setting)]);
}

bool userSettingFromKey(const QString& key, UserSetting* out)
{
    for (int i = 0; i < UserSettingCount; ++i) {
        if (key.compare(QLatin1String(settingKeys[i]), Qt::CaseInsensitive) == 0) {
            if (out)
                *out = static_cast<UserSetting>(i);
            return true;
        }
    }
    return false;
}

User User::fromJson(const QJsonObject& object, QStringList* warnings)
{
    return UserJsonCodec::fromJson(object, warnings);
}

QString User::createdText() const
{
    return (m_createdForm & IsoDateCodec::Rebuilt) ? IsoDateCodec::text({createdMsecs, m_createdForm, m_createdOffset})
                                                   : m_created;
}

void User::setCreated(const QString& text)
{
    const IsoDateCodec::Compact created = IsoDateCodec::compact(text);
    createdMsecs = created.msecs;
    m_createdForm = created.form;
    m_createdOffset = created.offsetMinutes;
    m_created = created.form == IsoDateCodec::Kept ? text : QString();
}

QJsonObject User::toJson() const
{
    return UserJsonCodec::toJson(*this);
}

bool User::operator==(const User& o) const
{
    return m_presence == o.m_presence && m_settingNulls == o.m_settingNulls && active == o.active &&
           settings == o.settings && createdMsecs == o.createdMsecs && id == o.id && emailAddress == o.emailAddress &&
           m_createdForm == o.m_createdForm && m_createdOffset == o.m_createdOffset && m_created == o.m_created &&
           emailAliases == o.emailAliases && trustedEmailAddress == o.trustedEmailAddress && firstName == o.firstName &&
           lastName == o.lastName && title == o.title && phoneNumber == o.phoneNumber && extension == o.extension &&
           personalMeetingUrls == o.personalMeetingUrls && managerId == o.managerId && m_consentUrl == o.m_consentUrl &&
           spokenLanguages == o.spokenLanguages && m_extra == o.m_extra;
}

QString User::fullName() const
{
    if (firstName.isEmpty())
        return lastName;
    if (lastName.isEmpty())
        return firstName;
    return firstName + QLatin1Char(' ') + lastName;
}

QString User::displayName() const
{
    QString name = fullName();
    if (!name.isEmpty())
        return name;
    if (!emailAddress.isEmpty())
        return emailAddress;
    return id;
}

QString User::primaryLanguage() const
{
    for (const SpokenLanguage& l : spokenLanguages) {
        if (l.primary)
            return l.language;
    }
    return {};
}
