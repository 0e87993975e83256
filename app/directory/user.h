// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>

// One person as Gong's UserMetadata describes them. Typed fields for the app, plus enough
// bookkeeping (which fields were null or absent, fields we do not know) to give back the
// exact JSON the server sent.
struct SpokenLanguage
{
    QString language; // BCP-47 tag, e.g. "es-ES"
    bool primary = false;
    bool operator==(const SpokenLanguage& o) const { return language == o.language && primary == o.primary; }
};
size_t qHash(const SpokenLanguage& language, size_t seed = 0) noexcept;

// A boolean that remembers whether the server said anything at all.
enum class TriState : std::uint8_t
{
    Unknown,
    Off,
    On
};

enum class UserSetting : int
{
    WebConferencesRecorded,
    PreventWebConferenceRecording,
    TelephonyCallsImported,
    EmailsImported,
    PreventEmailImport,
    NonRecordedMeetingsImported,
    GongConnectEnabled,
};
constexpr int UserSettingCount = 7;

// "webConferencesRecorded" etc., exactly as the API spells them.
QString userSettingKey(UserSetting setting);
QLatin1String userSettingKeyLatin1(UserSetting setting); // the same without an allocation, for the JSON codec
// Case-insensitive lookup of a setting by its API key; returns false when unknown.
bool userSettingFromKey(const QString& key, UserSetting* out);

class User
{
public:
    // Parses one UserMetadata object (UserJsonCodec). Never fails: fields with the wrong type are kept raw
    // (for export) and reported in *warnings, the rest is still read.
    static User fromJson(const QJsonObject& object, QStringList* warnings = nullptr);
    // The object as the server sent it (key order aside): unknown fields, nulls and
    // odd-typed values included.
    QJsonObject toJson() const;

    // Declared in an order that leaves no padding: a directory holds a million of these.
    QString id;
    QString emailAddress;
    qint64 createdMsecs = 0; // UTC ms since epoch; 0 when missing or unparsable (set by setCreated())
    QStringList emailAliases;
    QString trustedEmailAddress;
    QString firstName;
    QString lastName;
    QString title;
    QString phoneNumber;
    QString extension;
    QStringList personalMeetingUrls;
    QString managerId;
    QList<SpokenLanguage> spokenLanguages;
    std::array<TriState, UserSettingCount> settings{};
    TriState active = TriState::Unknown;

    // "created" exactly as sent (ISO-8601). A directory holds a million of these: the usual forms
    // ("2018-02-17T02:30:00-08:00", "...Z", with or without ".zzz") are kept as createdMsecs plus their offset
    // and rebuilt on demand (IsoDateCodec); anything else is kept as text.
    QString createdText() const;
    void setCreated(const QString& text); // also sets createdMsecs
    // A long, unique ASCII link per person: kept as UTF-8, half the size of a QString.
    QString meetingConsentPageUrl() const { return QString::fromUtf8(m_consentUrl); }
    bool hasMeetingConsentPageUrl() const { return !m_consentUrl.isEmpty(); }
    // The same as stored, without making a QString (the health checks read it for every person).
    const QByteArray& meetingConsentPageUrlUtf8() const { return m_consentUrl; }
    void setMeetingConsentPageUrl(const QString& url)
    {
        m_consentUrl = url.toUtf8();
        m_consentUrl.squeeze(); // toUtf8() reserves three bytes per character
    }

    bool isActive() const { return active == TriState::On; }
    TriState setting(UserSetting s) const { return settings[static_cast<int>(s)]; }
    QString fullName() const;
    QString displayName() const; // full name, else email, else id
    QString primaryLanguage() const;

    // Fields the app does not model, and known fields whose value had an unexpected type,
    // exactly as received.
    QJsonObject extraFields() const { return m_extra; }

    // Same fields, same JSON (compared field by field: Directory::upsert asks this for every known user on a
    // refresh).
    bool operator==(const User& other) const;
    bool operator!=(const User& other) const { return !(*this == other); }

private:
    // Per known field: was it present with a usable value, present as null, or absent.
    enum class Presence : std::uint8_t
    {
        Absent,
        Null,
        Value,
        Raw
    };
    enum Field : int
    {
        FId,
        FEmail,
        FCreated,
        FActive,
        FAliases,
        FTrusted,
        FFirst,
        FLast,
        FTitle,
        FPhone,
        FExtension,
        FMeetingUrls,
        FSettings,
        FManager,
        FConsent,
        FLanguages,
        FieldCount
    };
    Presence presence(Field f) const { return Presence((m_presence >> (2 * f)) & 3u); }
    void setPresence(Field f, Presence p)
    {
        m_presence = (m_presence & ~(3u << (2 * f))) | (std::uint32_t(p) << (2 * f));
    }

    static_assert(FieldCount <= 16, "two bits per field in m_presence");
    std::uint32_t m_presence = 0; // Presence of each Field, two bits each (all Absent)
    // Settings object: which keys were null (the rest follow `settings`).
    std::uint8_t m_settingNulls = 0;
    // How createdText() rebuilds the text from createdMsecs (IsoDateCodec::Form bits; Kept: m_created holds it).
    std::uint8_t m_createdForm = 0;
    std::int16_t m_createdOffset = 0; // minutes east of UTC, for the +HH:MM / -HH:MM forms
    QJsonObject m_extra;
    QString m_created;       // the text, when it is not one of the rebuilt forms
    QByteArray m_consentUrl; // meetingConsentPageUrl, UTF-8

    friend class UserJsonCodec;
    friend class UserRecordCodec; // the offline store's binary form (userrecord.h)
};
Q_DECLARE_TYPEINFO(SpokenLanguage, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(User, Q_RELOCATABLE_TYPE);
