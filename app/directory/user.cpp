// SPDX-License-Identifier: MIT
#include "user.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>

namespace {

const char* const settingKeys[UserSettingCount] = {
    "webConferencesRecorded", "preventWebConferenceRecording", "telephonyCallsImported", "emailsImported",
    "preventEmailImport",     "nonRecordedMeetingsImported",   "gongConnectEnabled",
};

} // namespace

QString userSettingKey(UserSetting setting)
{
    return QString::fromLatin1(settingKeys[static_cast<int>(setting)]);
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

// Reads and writes the JSON form; a friend so User's bookkeeping stays private.
class UserJsonCodec
{
public:
    using Presence = User::Presence;

    struct StringField
    {
        User::Field field;
        const char* key;
        QString User::*member;
    };
    struct ListField
    {
        User::Field field;
        const char* key;
        QStringList User::*member;
    };

    static const StringField* stringFields(int* count)
    {
        static const StringField fields[] = {
            {User::FId, "id", &User::id},
            {User::FEmail, "emailAddress", &User::emailAddress},
            {User::FCreated, "created", &User::created},
            {User::FTrusted, "trustedEmailAddress", &User::trustedEmailAddress},
            {User::FFirst, "firstName", &User::firstName},
            {User::FLast, "lastName", &User::lastName},
            {User::FTitle, "title", &User::title},
            {User::FPhone, "phoneNumber", &User::phoneNumber},
            {User::FExtension, "extension", &User::extension},
            {User::FManager, "managerId", &User::managerId},
            {User::FConsent, "meetingConsentPageUrl", &User::meetingConsentPageUrl},
        };
        *count = int(std::size(fields));
        return fields;
    }
    static const ListField* listFields(int* count)
    {
        static const ListField fields[] = {
            {User::FAliases, "emailAliases", &User::emailAliases},
            {User::FMeetingUrls, "personalMeetingUrls", &User::personalMeetingUrls},
        };
        *count = int(std::size(fields));
        return fields;
    }

    static void warn(QStringList* warnings, const User& u, const QString& key, const QJsonValue& v)
    {
        if (!warnings)
            return;
        static const char* const typeNames[] = {"null", "boolean", "number", "string", "array", "object"};
        const int t = v.type() == QJsonValue::Undefined ? -1 : int(v.type());
        warnings->append(QStringLiteral("user %1: field \"%2\" has unexpected type %3; kept as sent")
                             .arg(u.id.isEmpty() ? QStringLiteral("(no id)") : u.id, key,
                                  t >= 0 && t < 6 ? QString::fromLatin1(typeNames[t]) : QStringLiteral("undefined")));
    }

    // A number where an id string was expected: keep its text so the user is still addressable.
    static QString numberText(const QJsonValue& v)
    {
        const double d = v.toDouble();
        return QString::number(d, 'f', 0);
    }

    static User fromJson(const QJsonObject& o, QStringList* warnings)
    {
        User u;
        QJsonObject extra = o;
        int n = 0;
        const StringField* sf = stringFields(&n);
        // id first, so warnings can name the user.
        for (int i = 0; i < n; ++i) {
            const QString key = QString::fromLatin1(sf[i].key);
            const auto it = o.constFind(key);
            if (it == o.constEnd())
                continue;
            extra.remove(key);
            const QJsonValue v = it.value();
            if (v.isString()) {
                u.*(sf[i].member) = v.toString();
                u.m_presence[sf[i].field] = Presence::Value;
            } else if (v.isNull()) {
                u.m_presence[sf[i].field] = Presence::Null;
            } else {
                u.m_presence[sf[i].field] = Presence::Raw;
                u.m_extra.insert(key, v);
                if (v.isDouble() && (sf[i].field == User::FId || sf[i].field == User::FManager))
                    u.*(sf[i].member) = numberText(v);
                warn(warnings, u, key, v);
            }
        }
        const ListField* lf = listFields(&n);
        for (int i = 0; i < n; ++i) {
            const QString key = QString::fromLatin1(lf[i].key);
            const auto it = o.constFind(key);
            if (it == o.constEnd())
                continue;
            extra.remove(key);
            const QJsonValue v = it.value();
            if (v.isNull()) {
                u.m_presence[lf[i].field] = Presence::Null;
                continue;
            }
            bool clean = v.isArray();
            QStringList list;
            if (clean) {
                const QJsonArray a = v.toArray();
                list.reserve(a.size());
                for (const QJsonValue& e : a) {
                    if (e.isString())
                        list.append(e.toString());
                    else
                        clean = false;
                }
            }
            u.*(lf[i].member) = list;
            if (clean) {
                u.m_presence[lf[i].field] = Presence::Value;
            } else {
                u.m_presence[lf[i].field] = Presence::Raw;
                u.m_extra.insert(key, v);
                warn(warnings, u, key, v);
            }
        }
        readActive(o, extra, u, warnings);
        readSettings(o, extra, u, warnings);
        readLanguages(o, extra, u, warnings);
        if (!u.created.isEmpty()) {
            const QDateTime dt = QDateTime::fromString(u.created, Qt::ISODateWithMs);
            u.createdMsecs = dt.isValid() ? dt.toMSecsSinceEpoch() : 0;
        }
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            u.m_extra.insert(it.key(), it.value());
        return u;
    }

    static void readActive(const QJsonObject& o, QJsonObject& extra, User& u, QStringList* warnings)
    {
        const QString key = QStringLiteral("active");
        const auto it = o.constFind(key);
        if (it == o.constEnd())
            return;
        extra.remove(key);
        const QJsonValue v = it.value();
        if (v.isBool()) {
            u.active = v.toBool() ? TriState::On : TriState::Off;
            u.m_presence[User::FActive] = Presence::Value;
        } else if (v.isNull()) {
            u.m_presence[User::FActive] = Presence::Null;
        } else {
            u.m_presence[User::FActive] = Presence::Raw;
            u.m_extra.insert(key, v);
            warn(warnings, u, key, v);
        }
    }

    static void readSettings(const QJsonObject& o, QJsonObject& extra, User& u, QStringList* warnings)
    {
        const QString key = QStringLiteral("settings");
        const auto it = o.constFind(key);
        if (it == o.constEnd())
            return;
        extra.remove(key);
        const QJsonValue v = it.value();
        if (v.isNull()) {
            u.m_presence[User::FSettings] = Presence::Null;
            return;
        }
        bool clean = v.isObject();
        const QJsonObject s = v.toObject();
        for (int i = 0; i < UserSettingCount && v.isObject(); ++i) {
            const auto sit = s.constFind(QLatin1String(settingKeys[i]));
            if (sit == s.constEnd())
                continue;
            if (sit.value().isBool())
                u.settings[i] = sit.value().toBool() ? TriState::On : TriState::Off;
            else if (sit.value().isNull())
                u.m_settingNulls |= std::uint8_t(1u << i);
            else
                clean = false;
        }
        if (clean) {
            for (auto sit = s.constBegin(); sit != s.constEnd(); ++sit) {
                UserSetting dummy;
                if (!userSettingFromKey(sit.key(), &dummy) || sit.key() != userSettingKey(dummy))
                    clean = false; // an unknown setting: keep the whole object as sent
            }
        }
        if (clean) {
            u.m_presence[User::FSettings] = Presence::Value;
        } else {
            u.m_presence[User::FSettings] = Presence::Raw;
            u.m_extra.insert(key, v);
            if (!v.isObject())
                warn(warnings, u, key, v);
        }
    }

    static void readLanguages(const QJsonObject& o, QJsonObject& extra, User& u, QStringList* warnings)
    {
        const QString key = QStringLiteral("spokenLanguages");
        const auto it = o.constFind(key);
        if (it == o.constEnd())
            return;
        extra.remove(key);
        const QJsonValue v = it.value();
        if (v.isNull()) {
            u.m_presence[User::FLanguages] = Presence::Null;
            return;
        }
        bool clean = v.isArray();
        const QJsonArray a = v.toArray();
        for (const QJsonValue& e : a) {
            const QJsonObject lo = e.toObject();
            const QJsonValue lang = lo.value(QLatin1String("language"));
            const QJsonValue primary = lo.value(QLatin1String("primary"));
            if (!e.isObject() || !lang.isString()) {
                clean = false;
                continue;
            }
            if (lo.size() != 2 || !primary.isBool())
                clean = false; // extra keys or odd types: still usable, but keep the raw value for export
            u.spokenLanguages.append({lang.toString(), primary.toBool()});
        }
        if (clean) {
            u.m_presence[User::FLanguages] = Presence::Value;
        } else {
            u.m_presence[User::FLanguages] = Presence::Raw;
            u.m_extra.insert(key, v);
            warn(warnings, u, key, v);
        }
    }

    static QJsonObject toJson(const User& u)
    {
        QJsonObject o = u.m_extra; // unknown fields, plus raw values of odd-typed known fields
        auto put = [&](User::Field f, const char* key, auto&& makeValue) {
            switch (u.m_presence[f]) {
            case Presence::Absent:
            case Presence::Raw:
                break;
            case Presence::Null:
                o.insert(QLatin1String(key), QJsonValue::Null);
                break;
            case Presence::Value:
                o.insert(QLatin1String(key), makeValue());
                break;
            }
        };
        int n = 0;
        const StringField* sf = stringFields(&n);
        for (int i = 0; i < n; ++i)
            put(sf[i].field, sf[i].key, [&] { return QJsonValue(u.*(sf[i].member)); });
        const ListField* lf = listFields(&n);
        for (int i = 0; i < n; ++i)
            put(lf[i].field, lf[i].key, [&] { return QJsonValue(QJsonArray::fromStringList(u.*(lf[i].member))); });
        put(User::FActive, "active", [&] { return QJsonValue(u.active == TriState::On); });
        put(User::FSettings, "settings", [&] {
            QJsonObject s;
            for (int i = 0; i < UserSettingCount; ++i) {
                if (u.m_settingNulls & (1u << i))
                    s.insert(QLatin1String(settingKeys[i]), QJsonValue::Null);
                else if (u.settings[i] != TriState::Unknown)
                    s.insert(QLatin1String(settingKeys[i]), u.settings[i] == TriState::On);
            }
            return QJsonValue(s);
        });
        put(User::FLanguages, "spokenLanguages", [&] {
            QJsonArray a;
            for (const SpokenLanguage& l : u.spokenLanguages)
                a.append(QJsonObject{{QStringLiteral("language"), l.language}, {QStringLiteral("primary"), l.primary}});
            return QJsonValue(a);
        });
        return o;
    }
};

User User::fromJson(const QJsonObject& object, QStringList* warnings)
{
    return UserJsonCodec::fromJson(object, warnings);
}

QJsonObject User::toJson() const
{
    return UserJsonCodec::toJson(*this);
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
