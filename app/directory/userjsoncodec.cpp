// SPDX-License-Identifier: MIT
#include "userjsoncodec.h"

#include "base/safetext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>
#include <array>

namespace {
constexpr qsizetype MaxIdInWarning = 40; // real ids have up to 20 digits
} // namespace

// The codec's tables and steps; a member of the friend UserJsonCodec, so User's bookkeeping stays private.
struct UserJsonCodec::Impl
{
    using Presence = User::Presence;

    struct StringField
    {
        User::Field field;
        const char* key;
        QString (*get)(const User&);
        void (*set)(User&, const QString&);
    };
    template <QString User::*member> static QString get(const User& u) { return u.*member; }
    template <QString User::*member> static void set(User& u, const QString& v) { u.*member = v; }
    struct ListField
    {
        User::Field field;
        const char* key;
        QStringList User::*member;
    };

    static const StringField* stringFields(int* count)
    {
        static const StringField fields[] = {
            {User::FId, "id", &get<&User::id>, &set<&User::id>},
            {User::FEmail, "emailAddress", &get<&User::emailAddress>, &set<&User::emailAddress>},
            {User::FCreated, "created", [](const User& u) { return u.createdText(); },
             [](User& u, const QString& v) { u.setCreated(v); }},
            {User::FTrusted, "trustedEmailAddress", &get<&User::trustedEmailAddress>, &set<&User::trustedEmailAddress>},
            {User::FFirst, "firstName", &get<&User::firstName>, &set<&User::firstName>},
            {User::FLast, "lastName", &get<&User::lastName>, &set<&User::lastName>},
            {User::FTitle, "title", &get<&User::title>, &set<&User::title>},
            {User::FPhone, "phoneNumber", &get<&User::phoneNumber>, &set<&User::phoneNumber>},
            {User::FExtension, "extension", &get<&User::extension>, &set<&User::extension>},
            {User::FManager, "managerId", &get<&User::managerId>, &set<&User::managerId>},
            {User::FConsent, "meetingConsentPageUrl", [](const User& u) { return u.meetingConsentPageUrl(); },
             [](User& u, const QString& v) { u.setMeetingConsentPageUrl(v); }},
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
        static const char* const typeNames[] = {
            QT_TRANSLATE_NOOP("User", "null"),     QT_TRANSLATE_NOOP("User", "a boolean"),
            QT_TRANSLATE_NOOP("User", "a number"), QT_TRANSLATE_NOOP("User", "a string"),
            QT_TRANSLATE_NOOP("User", "an array"), QT_TRANSLATE_NOOP("User", "an object"),
        };
        const int t = v.type() == QJsonValue::Undefined ? -1 : int(v.type());
        const QString type = t >= 0 && t < 6 ? QCoreApplication::translate("User", typeNames[t])
                                             : QCoreApplication::translate("User", "undefined");
        // The id comes from the server, and this line may reach a terminal: escaped, and short.
        const QString id =
            u.id.isEmpty() ? QCoreApplication::translate("User", "(no id)") : SafeText::shown(u.id, MaxIdInWarning);
        //: A field of a user record sent by the server had the wrong type, e.g. "id 123: title is a number"
        warnings->append(QCoreApplication::translate("User", "id %1: %2 is %3").arg(id, key, type));
    }

    // A number where an id string was expected: keep its text so the user is still addressable.
    static QString numberText(const QJsonValue& v)
    {
        const double d = v.toDouble();
        return QString::number(d, 'f', 0);
    }

    // Every key UserMetadata defines, in the order fromJson() reads them: the string fields, the list fields,
    // then active, settings and spokenLanguages (the order of stringFields() and listFields()).
    enum : int
    {
        ActiveSlot = 13,
        SettingsSlot,
        LanguagesSlot,
        KnownKeyCount
    };
    static int knownKeySlot(const QString& key)
    {
        // The keys of stringFields() and listFields(), then the three read by their own functions.
        static const std::array<QLatin1String, KnownKeyCount> keys = [] {
            std::array<QLatin1String, KnownKeyCount> k;
            int at = 0;
            int n = 0;
            const StringField* sf = stringFields(&n);
            for (int i = 0; i < n; ++i)
                k[size_t(at++)] = QLatin1String(sf[i].key);
            const ListField* lf = listFields(&n);
            for (int i = 0; i < n; ++i)
                k[size_t(at++)] = QLatin1String(lf[i].key);
            Q_ASSERT(at == ActiveSlot);
            k[ActiveSlot] = QLatin1String("active");
            k[SettingsSlot] = QLatin1String("settings");
            k[LanguagesSlot] = QLatin1String("spokenLanguages");
            return k;
        }();
        return slotOf(key, keys.data(), KnownKeyCount);
    }
    static int slotOf(const QString& key, const QLatin1String* keys, int count)
    {
        for (int i = 0; i < count; ++i) {
            if (key.size() == keys[i].size() && key == keys[i])
                return i;
        }
        return -1;
    }

    // Where each known key is in an object (its position, -1 when absent), found in one walk over its keys.
    // QJsonObject::constFind() is a binary search comparing UTF-8 keys each time: for the ~22 lookups a user
    // needs (settings included), one walk is about half the cost. JSON objects hold each key once.
    template <int Count> struct KeyPositions
    {
        qsizetype at[Count];
        bool unknown = false; // a key outside the table
        QJsonObject::const_iterator find(const QJsonObject& o, int slot) const
        {
            return at[slot] < 0 ? o.constEnd() : o.constBegin() + at[slot];
        }
    };
    template <int Count> static KeyPositions<Count> locate(const QJsonObject& o, int (*slotOfKey)(const QString&))
    {
        KeyPositions<Count> p;
        std::fill(std::begin(p.at), std::end(p.at), qsizetype(-1));
        qsizetype i = 0;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it, ++i) {
            const int slot = slotOfKey(it.key());
            if (slot < 0)
                p.unknown = true;
            else
                p.at[slot] = i;
        }
        return p;
    }
    static int settingSlot(const QString& key)
    {
        static const std::array<QLatin1String, UserSettingCount> keys = [] {
            std::array<QLatin1String, UserSettingCount> k;
            for (size_t i = 0; i < k.size(); ++i)
                k[i] = userSettingKeyLatin1(UserSetting(i));
            return k;
        }();
        return slotOf(key, keys.data(), UserSettingCount);
    }

    // One walk over the keys to find the known fields, then each field read in a fixed order (id first, so
    // warnings can name the user); unknown keys are kept as sent. This runs for every user of every page.
    static User fromJson(const QJsonObject& o, QStringList* warnings)
    {
        User u;
        const KeyPositions<KnownKeyCount> keys = locate<KnownKeyCount>(o, &knownKeySlot);
        int n = 0;
        const StringField* sf = stringFields(&n);
        for (int i = 0; i < n; ++i) {
            const auto it = keys.find(o, i);
            if (it == o.constEnd())
                continue;
            const QJsonValue v = it.value();
            if (v.isString()) {
                sf[i].set(u, v.toString());
                u.setPresence(sf[i].field, Presence::Value);
            } else if (v.isNull()) {
                u.setPresence(sf[i].field, Presence::Null);
            } else {
                const QString key = QString::fromLatin1(sf[i].key);
                u.setPresence(sf[i].field, Presence::Raw);
                u.m_extra.insert(key, v);
                if (v.isDouble() && (sf[i].field == User::FId || sf[i].field == User::FManager))
                    sf[i].set(u, numberText(v));
                warn(warnings, u, key, v);
            }
        }
        // Most people's trusted address is their address: share the text instead of holding it twice.
        if (u.trustedEmailAddress == u.emailAddress)
            u.trustedEmailAddress = u.emailAddress;
        const int lists = n;
        const ListField* lf = listFields(&n);
        for (int i = 0; i < n; ++i) {
            const auto it = keys.find(o, lists + i);
            if (it == o.constEnd())
                continue;
            const QJsonValue v = it.value();
            if (v.isNull()) {
                u.setPresence(lf[i].field, Presence::Null);
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
                u.setPresence(lf[i].field, Presence::Value);
            } else {
                const QString key = QString::fromLatin1(lf[i].key);
                u.setPresence(lf[i].field, Presence::Raw);
                u.m_extra.insert(key, v);
                warn(warnings, u, key, v);
            }
        }
        Q_ASSERT(lists + n == ActiveSlot);
        readActive(keys.find(o, ActiveSlot), o.constEnd(), u, warnings);
        readSettings(keys.find(o, SettingsSlot), o.constEnd(), u, warnings);
        readLanguages(keys.find(o, LanguagesSlot), o.constEnd(), u, warnings);
        if (keys.unknown) {
            for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
                const QString key = it.key();
                if (knownKeySlot(key) < 0)
                    u.m_extra.insert(key, it.value());
            }
        }
        return u;
    }

    static void readActive(QJsonObject::const_iterator it, QJsonObject::const_iterator end, User& u,
                           QStringList* warnings)
    {
        if (it == end)
            return;
        const QJsonValue v = it.value();
        if (v.isBool()) {
            u.active = v.toBool() ? TriState::On : TriState::Off;
            u.setPresence(User::FActive, Presence::Value);
        } else if (v.isNull()) {
            u.setPresence(User::FActive, Presence::Null);
        } else {
            const QString key = QStringLiteral("active");
            u.setPresence(User::FActive, Presence::Raw);
            u.m_extra.insert(key, v);
            warn(warnings, u, key, v);
        }
    }

    static void readSettings(QJsonObject::const_iterator it, QJsonObject::const_iterator end, User& u,
                             QStringList* warnings)
    {
        if (it == end)
            return;
        const QJsonValue v = it.value();
        if (v.isNull()) {
            u.setPresence(User::FSettings, Presence::Null);
            return;
        }
        bool clean = v.isObject();
        if (clean) {
            const QJsonObject s = v.toObject();
            const KeyPositions<UserSettingCount> settingKeysAt = locate<UserSettingCount>(s, &settingSlot);
            // An unknown setting (or a known one spelt differently): keep the object as sent.
            clean = !settingKeysAt.unknown;
            for (int i = 0; i < UserSettingCount; ++i) {
                const auto sit = settingKeysAt.find(s, i);
                if (sit == s.constEnd())
                    continue;
                const QJsonValue value = sit.value();
                if (value.isBool())
                    u.settings[i] = value.toBool() ? TriState::On : TriState::Off;
                else if (value.isNull())
                    u.m_settingNulls |= std::uint8_t(1u << i);
                else
                    clean = false;
            }
        }
        if (clean) {
            u.setPresence(User::FSettings, Presence::Value);
        } else {
            const QString key = QStringLiteral("settings");
            u.setPresence(User::FSettings, Presence::Raw);
            u.m_extra.insert(key, v);
            if (!v.isObject())
                warn(warnings, u, key, v);
        }
    }

    static void readLanguages(QJsonObject::const_iterator it, QJsonObject::const_iterator end, User& u,
                              QStringList* warnings)
    {
        if (it == end)
            return;
        const QJsonValue v = it.value();
        if (v.isNull()) {
            u.setPresence(User::FLanguages, Presence::Null);
            return;
        }
        bool clean = v.isArray();
        const QJsonArray a = v.toArray();
        u.spokenLanguages.reserve(a.size());
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
            u.setPresence(User::FLanguages, Presence::Value);
        } else {
            const QString key = QStringLiteral("spokenLanguages");
            u.setPresence(User::FLanguages, Presence::Raw);
            u.m_extra.insert(key, v);
            warn(warnings, u, key, v);
        }
    }

    static QJsonObject toJson(const User& u)
    {
        QJsonObject o = u.m_extra; // unknown fields, plus raw values of odd-typed known fields
        auto put = [&](User::Field f, const char* key, auto&& makeValue) {
            switch (u.presence(f)) {
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
            put(sf[i].field, sf[i].key, [&] { return QJsonValue(sf[i].get(u)); });
        const ListField* lf = listFields(&n);
        for (int i = 0; i < n; ++i)
            put(lf[i].field, lf[i].key, [&] { return QJsonValue(QJsonArray::fromStringList(u.*(lf[i].member))); });
        put(User::FActive, "active", [&] { return QJsonValue(u.active == TriState::On); });
        put(User::FSettings, "settings", [&] {
            QJsonObject s;
            for (int i = 0; i < UserSettingCount; ++i) {
                if (u.m_settingNulls & (1u << i))
                    s.insert(userSettingKeyLatin1(UserSetting(i)), QJsonValue::Null);
                else if (u.settings[i] != TriState::Unknown)
                    s.insert(userSettingKeyLatin1(UserSetting(i)), u.settings[i] == TriState::On);
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

User UserJsonCodec::fromJson(const QJsonObject& object, QStringList* warnings)
{
    return Impl::fromJson(object, warnings);
}

QJsonObject UserJsonCodec::toJson(const User& user)
{
    return Impl::toJson(user);
}
