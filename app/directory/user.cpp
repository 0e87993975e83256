// SPDX-License-Identifier: MIT
#include "user.h"

#include "base/safetext.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHashFunctions>
#include <QJsonArray>
#include <QJsonValue>

#include <array>

namespace {

constexpr qsizetype MaxIdInWarning = 40; // real ids have up to 20 digits

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
                k[i] = QLatin1String(settingKeys[i]);
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

    // ISO-8601 as Gong sends it ("2018-02-17T02:30:00-08:00", "...Z", optionally ".zzz") read directly; anything
    // else goes to QDateTime, which gives the same answer for these forms, only slower.
    // *exact (optional): set when the text is one of the fixed-width forms read directly, which format back to the
    // same text from the result and the offset (see User::setCreated()).
    static qint64 isoMsecs(const QString& text, bool* exact = nullptr)
    {
        if (exact)
            *exact = false;
        const auto digits = [&text](qsizetype at, int count, int* out) {
            int v = 0;
            for (int i = 0; i < count; ++i) {
                const char16_t c = text.at(at + i).unicode();
                if (c < '0' || c > '9')
                    return false;
                v = v * 10 + (c - '0');
            }
            *out = v;
            return true;
        };
        const auto is = [&text](qsizetype at, char c) { return text.at(at) == QLatin1Char(c); };
        int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, ms = 0, offsetHours = 0, offsetMinutes = 0;
        const qsizetype size = text.size();
        bool ok = size >= 20 && digits(0, 4, &year) && is(4, '-') && digits(5, 2, &month) && is(7, '-') &&
                  digits(8, 2, &day) && is(10, 'T') && digits(11, 2, &hour) && is(13, ':') && digits(14, 2, &minute) &&
                  is(16, ':') && digits(17, 2, &second);
        qsizetype at = 19;
        if (ok && at < size && is(at, '.')) {
            ok = size >= at + 5 && digits(at + 1, 3, &ms);
            at += 4;
        }
        int sign = 0;
        if (ok && at + 1 == size && is(at, 'Z')) {
            sign = 1;
        } else if (ok && at + 6 == size && (is(at, '+') || is(at, '-')) && digits(at + 1, 2, &offsetHours) &&
                   is(at + 3, ':') && digits(at + 4, 2, &offsetMinutes)) {
            sign = is(at, '+') ? 1 : -1;
        }
        const QDate date(year, month, day);
        if (!ok || sign == 0 || !date.isValid() || year < 1970 || hour > 23 || minute > 59 || second > 59 ||
            offsetHours > 14 || offsetMinutes > 59) {
            const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
            return dt.isValid() ? dt.toMSecsSinceEpoch() : 0;
        }
        const qint64 localMs = date.toJulianDay() * 86400000LL - 2440588LL * 86400000LL +
                               ((hour * 60 + minute) * 60 + second) * 1000LL + ms;
        if (exact)
            *exact = true;
        return localMs - sign * (offsetHours * 60 + offsetMinutes) * 60000LL;
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

namespace {
// m_createdForm bits: how createdText() rebuilds the text as sent.
enum CreatedForm : std::uint8_t
{
    Kept = 0,    // m_created holds the text
    Rebuilt = 1, // rebuilt from createdMsecs
    WithMs = 2,  // ".zzz" after the seconds
    Zulu = 4,    // "Z"; otherwise an offset: +HH:MM, or -HH:MM with Minus
    Minus = 8,   // "-HH:MM" (also "-00:00")
};

// Zero-padded digits, written from the right.
char* putDigits(char* at, int value, int count)
{
    for (int i = count - 1; i >= 0; --i, value /= 10)
        at[i] = char('0' + value % 10);
    return at + count;
}

// The text of a rebuilt "created" (on the table's paint and sort paths: no printf, no QDateTime).
QString isoText(qint64 msecs, std::uint8_t form, int offsetMinutes)
{
    const qint64 local = msecs + offsetMinutes * 60000LL;
    qint64 days = local / 86400000LL;
    qint64 rest = local % 86400000LL;
    if (rest < 0) {
        rest += 86400000LL;
        --days;
    }
    const QDate date = QDate::fromJulianDay(days + 2440588);
    char text[32];
    char* at = putDigits(text, date.year(), 4);
    *at++ = '-';
    at = putDigits(at, date.month(), 2);
    *at++ = '-';
    at = putDigits(at, date.day(), 2);
    *at++ = 'T';
    at = putDigits(at, int(rest / 3600000), 2);
    *at++ = ':';
    at = putDigits(at, int(rest / 60000 % 60), 2);
    *at++ = ':';
    at = putDigits(at, int(rest / 1000 % 60), 2);
    if (form & WithMs) {
        *at++ = '.';
        at = putDigits(at, int(rest % 1000), 3);
    }
    if (form & Zulu) {
        *at++ = 'Z';
    } else {
        const int a = offsetMinutes < 0 ? -offsetMinutes : offsetMinutes;
        *at++ = (form & Minus) ? '-' : '+';
        at = putDigits(at, a / 60, 2);
        *at++ = ':';
        at = putDigits(at, a % 60, 2);
    }
    return QString::fromLatin1(text, at - text);
}
} // namespace

QString User::createdText() const
{
    return (m_createdForm & Rebuilt) ? isoText(createdMsecs, m_createdForm, m_createdOffset) : m_created;
}

void User::setCreated(const QString& text)
{
    bool exact = false;
    createdMsecs = text.isEmpty() ? 0 : UserJsonCodec::isoMsecs(text, &exact);
    m_created = text;
    m_createdForm = Kept;
    m_createdOffset = 0;
    // A fixed-width form (every field zero-padded, in range) formats back to exactly this text; 0 ms stays text,
    // as createdMsecs 0 also means "missing".
    if (!exact || createdMsecs == 0)
        return;
    const qsizetype n = text.size();
    std::uint8_t form = Rebuilt;
    int offset = 0;
    if (text.at(n - 1) == QLatin1Char('Z')) {
        form |= Zulu;
    } else {
        offset = (text.at(n - 5).unicode() - '0') * 600 + (text.at(n - 4).unicode() - '0') * 60 +
                 (text.at(n - 2).unicode() - '0') * 10 + (text.at(n - 1).unicode() - '0');
        if (text.at(n - 6) == QLatin1Char('-')) {
            form |= Minus;
            offset = -offset;
        }
    }
    if (text.at(19) == QLatin1Char('.'))
        form |= WithMs;
    m_created = QString();
    m_createdForm = form;
    m_createdOffset = std::int16_t(offset);
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
