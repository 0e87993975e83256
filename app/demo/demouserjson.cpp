// SPDX-License-Identifier: MIT
#include "demouserjson.h"

#include "demoorgchart.h"
#include "demoorgtables.h"

#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <cstring>

namespace {
// Fills a pattern in place: '#' becomes a digit, '@' a lower-case letter, '*' a base62 character. Several
// characters come from each 64-bit draw; one allocation per string keeps a million users affordable.
QString fillPattern(QString pattern, QRandomGenerator& rng, qsizetype from = 0)
{
    static const char base62[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    quint64 bits = 0;
    int left = 0;
    const auto draw = [&](int range) {
        if (left == 0) {
            bits = rng.generate64();
            left = 10; // 62^10 < 2^64
        }
        --left;
        const int value = int(bits % quint64(range));
        bits /= quint64(range);
        return value;
    };
    QChar* out = pattern.data();
    for (qsizetype i = from; i < pattern.size(); ++i) {
        if (out[i] == QLatin1Char('#'))
            out[i] = QLatin1Char(base62[draw(10)]);
        else if (out[i] == QLatin1Char('@'))
            out[i] = QLatin1Char(base62[10 + draw(26)]);
        else if (out[i] == QLatin1Char('*'))
            out[i] = QLatin1Char(base62[draw(62)]);
    }
    return pattern;
}

QString createdTimestamp(QRandomGenerator& rng)
{
    static const char* const offsets[] = {"Z",      "Z",      "Z",      "Z",      "-08:00", "-08:00",
                                          "-07:00", "-05:00", "-04:00", "+00:00", "+01:00", "+01:00",
                                          "+02:00", "+03:00", "+05:30", "+08:00", "+09:00", "+10:00"};
    const int year = 2016 + rng.bounded(10);
    const int month = 1 + rng.bounded(year == 2025 ? 10 : 12);
    const int day = 1 + rng.bounded(28);
    const int secondOfDay = rng.bounded(24 * 3600);
    const char* offset = offsets[rng.bounded(int(std::size(offsets)))];
    char buffer[32] = "0000-00-00T00:00:00";
    const auto put = [&buffer](int position, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            buffer[position + i] = char('0' + value % 10);
    };
    put(0, year, 4);
    put(5, month, 2);
    put(8, day, 2);
    put(11, secondOfDay / 3600, 2);
    put(14, secondOfDay / 60 % 60, 2);
    put(17, secondOfDay % 60, 2);
    std::strcpy(buffer + 19, offset);
    return QString::fromLatin1(buffer);
}

// Keys of UserMetadata in QJsonObject's (sorted) order.
enum DemoField : quint8
{
    FieldActive,
    FieldConferencingProviders,
    FieldCreated,
    FieldEmailAddress,
    FieldEmailAliases,
    FieldExtension,
    FieldFirstName,
    FieldId,
    FieldLastName,
    FieldManagerId,
    FieldMeetingConsentPageUrl,
    FieldPersonalMeetingUrls,
    FieldPhoneNumber,
    FieldSettings,
    FieldSpokenLanguages,
    FieldTitle,
    FieldTrustedEmailAddress,
    FieldCount
};

const char* const fieldKeys[FieldCount] = {"active",
                                           "conferencingProviders",
                                           "created",
                                           "emailAddress",
                                           "emailAliases",
                                           "extension",
                                           "firstName",
                                           "id",
                                           "lastName",
                                           "managerId",
                                           "meetingConsentPageUrl",
                                           "personalMeetingUrls",
                                           "phoneNumber",
                                           "settings",
                                           "spokenLanguages",
                                           "title",
                                           "trustedEmailAddress"};

// Fields that not every user has; each combination gets its own template object.
constexpr DemoField optionalFields[] = {FieldConferencingProviders, FieldEmailAliases, FieldExtension, FieldManagerId,
                                        FieldPhoneNumber};

} // namespace

DemoUserJson::DemoUserJson(const DemoPeople& people, const QString& companySlug, const QString& domain)
    : m_people(people)
    , m_domain(domain)
{
    for (const DemoDepartmentSpec& spec : demoDepartmentSpecs()) {
        Department department{QJsonValue(QString::fromUtf8(spec.head)), {}, spec.revenueTeam};
        for (const auto* titles :
             {&spec.ics, &spec.managers, &spec.directors, &spec.seniorDirectors, &spec.vicePresidents}) {
            QList<QJsonValue> level;
            for (const char* title : *titles)
                level.append(QString::fromUtf8(title));
            department.levels.append(level);
        }
        m_departments.append(department);
    }
    m_legacyDomain = QLatin1String("get") + companySlug.section(QLatin1Char('-'), 0, 0) + QLatin1String(".com");
    m_consentUrlPrefix = QLatin1String("https://join.gong.io/") + companySlug + QLatin1Char('/');
    buildSharedValues();
}

int DemoUserJson::languageIndex(int others, int second, int third, bool hasPrimary)
{
    return ((second + 1) * (others + 1) + (third + 1)) * 2 + (hasPrimary ? 1 : 0);
}

void DemoUserJson::buildSharedValues()
{
    for (const DemoPeople::Locale& locale : m_people.locales()) {
        const int others = int(locale.otherLanguages.size());
        QList<QJsonArray> combinations((others + 1) * (others + 1) * 2);
        for (int second = -1; second < others; ++second) {
            for (int third = -1; third < others; ++third) {
                for (const bool primary : {false, true}) {
                    QJsonArray languages;
                    for (const int other : {-2, second, third}) {
                        if (other == -1)
                            continue;
                        QJsonObject language;
                        language.insert(QLatin1String("language"),
                                        other == -2 ? locale.tag : locale.otherLanguages.at(other));
                        language.insert(QLatin1String("primary"), other == -2 && primary);
                        languages.append(language);
                    }
                    combinations[languageIndex(others, second, third, primary)] = languages;
                }
            }
        }
        m_languages.append(combinations);
    }
    for (int bits = 0; bits < 128; ++bits) {
        QJsonObject settings;
        settings.insert(QLatin1String("emailsImported"), bool(bits & 0x01));
        settings.insert(QLatin1String("gongConnectEnabled"), bool(bits & 0x02));
        settings.insert(QLatin1String("nonRecordedMeetingsImported"), bool(bits & 0x04));
        settings.insert(QLatin1String("preventEmailImport"), bool(bits & 0x08));
        settings.insert(QLatin1String("preventWebConferenceRecording"), bool(bits & 0x10));
        settings.insert(QLatin1String("telephonyCallsImported"), bool(bits & 0x20));
        settings.insert(QLatin1String("webConferencesRecorded"), bool(bits & 0x40));
        m_settings.append(settings);
    }
    m_conferencingProviders = QJsonArray{QStringLiteral("Zoom"), QStringLiteral("Google Meet")};

    // Copying a template and assigning through its iterator skips QJsonObject's per-insert key search.
    m_templates.resize(1 << std::size(optionalFields));
    for (int mask = 0; mask < int(m_templates.size()); ++mask) {
        QJsonObject object;
        for (int field = 0; field < FieldCount; ++field) {
            const auto optional = std::find(std::begin(optionalFields), std::end(optionalFields), field);
            if (optional == std::end(optionalFields) || (mask & (1 << (optional - std::begin(optionalFields)))))
                object.insert(QLatin1String(fieldKeys[field]), QJsonValue(false));
        }
        Template& shape = m_templates[mask];
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const auto key = std::find_if(std::begin(fieldKeys), std::end(fieldKeys),
                                          [&it](const char* name) { return it.key() == QLatin1String(name); });
            shape.fields.push_back(quint8(key - std::begin(fieldKeys)));
        }
        shape.object = object;
    }
}

const QJsonValue& DemoUserJson::title(int department, int titleLevel, int titleIndex) const
{
    switch (titleLevel) {
    case DemoOrgChart::CeoTitle:
        return m_ceoTitle;
    case DemoOrgChart::AssistantTitle:
        return m_assistantTitle;
    case DemoOrgChart::HeadTitle:
        return m_departments.at(department).head;
    default:
        return m_departments.at(department).levels.at(titleLevel).at(titleIndex);
    }
}

int DemoUserJson::settingsBits(bool revenueTeam, QRandomGenerator& rng)
{
    const auto chance = [&rng](int percent) { return int(rng.bounded(100)) < percent; };
    int bits = 0;
    const bool preventEmail = chance(3);
    const bool preventRecording = chance(2);
    if (!preventEmail && chance(revenueTeam ? 75 : 20))
        bits |= 0x01;
    if (chance(revenueTeam ? 50 : 10))
        bits |= 0x02;
    if (chance(70))
        bits |= 0x04;
    if (preventEmail)
        bits |= 0x08;
    if (preventRecording)
        bits |= 0x10;
    if (chance(revenueTeam ? 60 : 10))
        bits |= 0x20;
    if (!preventRecording && chance(92))
        bits |= 0x40;
    return bits;
}

QJsonObject DemoUserJson::user(const DemoOrgChart& chart, int member, QRandomGenerator& rng) const
{
    const auto chance = [&rng](int percent) { return int(rng.bounded(100)) < percent; };
    const DemoOrgChart::Member& org = chart.members()[size_t(member)];
    const DemoPeople::Identity& identity = m_people.identity(member);
    const DemoPeople::Locale& locale = m_people.locales().at(identity.locale);
    const bool revenueTeam = org.department >= 0 && m_departments.at(org.department).revenueTeam;
    const QString local = DemoPeople::localPart(identity);
    const QString email = local + QLatin1Char('@') + m_domain;

    std::array<QJsonValue, FieldCount> values;
    bool active = true;
    if (identity.oddities & DemoPeople::Deactivated)
        active = false;
    else if (member != 0)
        active = !chance(7);
    values[FieldActive] = active;
    values[FieldConferencingProviders] = m_conferencingProviders;
    values[FieldCreated] = createdTimestamp(rng);
    values[FieldEmailAddress] = email;

    QJsonArray aliases;
    if (chance(15)) {
        QString alias = identity.first->ascii.left(1) + identity.last->ascii;
        if (identity.aliasNumber > 0)
            alias += QString::number(identity.aliasNumber);
        aliases.append(QString(alias + QLatin1Char('@') + m_domain));
        if (chance(30))
            aliases.append(QString(local + QLatin1Char('@') + m_legacyDomain));
    }
    values[FieldEmailAliases] = aliases;

    const bool hasPhone = chance(85);
    const bool hasExtension = hasPhone && chance(20);
    if (hasExtension)
        values[FieldExtension] = fillPattern(chance(50) ? QStringLiteral("###") : QStringLiteral("####"), rng);
    values[FieldFirstName] = identity.first->json;
    values[FieldId] = m_people.userId(member);
    values[FieldLastName] = identity.last->json;
    if (identity.oddities & DemoPeople::DanglingManager) // 18 digits: no user has such an id
        values[FieldManagerId] = QString::number(100000000000000000ULL + quint64(member) * 7 + 3);
    else if (org.manager >= 0)
        values[FieldManagerId] = m_people.userId(org.manager);
    QString consentUrl = m_consentUrlPrefix;
    consentUrl.reserve(consentUrl.size() + local.size() + 27);
    consentUrl += local;
    consentUrl += QLatin1String("?tkn=**********************");
    values[FieldMeetingConsentPageUrl] =
        fillPattern(std::move(consentUrl), rng, m_consentUrlPrefix.size() + local.size() + 5);

    QJsonArray meetingUrls;
    const int meetings = rng.bounded(100);
    if (meetings >= 30) {
        meetingUrls.append(fillPattern(chance(50) ? QStringLiteral("https://zoom.us/j/9#########")
                                                  : QStringLiteral("https://zoom.us/j/8##########"),
                                       rng));
    }
    if (meetings >= 85)
        meetingUrls.append(fillPattern(QStringLiteral("https://meet.google.com/@@@-@@@@-@@@"), rng));
    values[FieldPersonalMeetingUrls] = meetingUrls;

    const bool hasPhoneKey = hasPhone || (identity.oddities & DemoPeople::NullPhone);
    if (identity.oddities & DemoPeople::NullPhone)
        values[FieldPhoneNumber] = QJsonValue(QJsonValue::Null);
    else if (hasPhone)
        values[FieldPhoneNumber] =
            fillPattern(locale.phoneFormats.at(rng.bounded(int(locale.phoneFormats.size()))), rng);

    values[FieldSettings] = m_settings.at(settingsBits(revenueTeam, rng));

    const int languageRoll = rng.bounded(100);
    const int others = int(locale.otherLanguages.size());
    const int second = languageRoll >= 70 ? rng.bounded(others) : -1;
    int third = languageRoll >= 92 && others > 1 ? rng.bounded(others) : -1;
    if (third == second)
        third = -1;
    values[FieldSpokenLanguages] = m_languages.at(identity.locale).at(languageIndex(others, second, third, chance(88)));

    values[FieldTitle] = (identity.oddities & DemoPeople::NullTitle)
                             ? QJsonValue(QJsonValue::Null)
                             : title(org.department, org.titleLevel, org.titleIndex);

    QString trusted = email;
    if (chance(3)) {
        trusted = aliases.isEmpty() ? local + QLatin1Char('@') + m_legacyDomain : aliases.first().toString();
    }
    values[FieldTrustedEmailAddress] = trusted;

    const bool present[] = {bool(identity.oddities & DemoPeople::ExtraField),
                            !(identity.oddities & DemoPeople::NoEmailAliases), hasExtension,
                            org.manager >= 0 || (identity.oddities & DemoPeople::DanglingManager), hasPhoneKey};
    int mask = 0;
    for (size_t i = 0; i < std::size(present); ++i)
        mask |= present[i] ? 1 << i : 0;
    const Template& shape = m_templates[mask];
    QJsonObject user = shape.object;
    auto it = user.begin();
    for (const quint8 field : shape.fields) {
        *it = values[field];
        ++it;
    }
    return user;
}

QJsonObject DemoUserJson::avatar(const DemoPeople::Identity& identity, const QString& id, QRandomGenerator& rng) const
{
    const QString email = DemoPeople::localPart(identity) + QLatin1String("@gong.io");
    const DemoPeople::Locale& locale = m_people.locales().at(identity.locale);
    QJsonObject avatar;
    avatar.insert(QLatin1String("active"), true);
    avatar.insert(QLatin1String("created"), createdTimestamp(rng));
    avatar.insert(QLatin1String("emailAddress"), email);
    avatar.insert(QLatin1String("emailAliases"), QJsonArray());
    avatar.insert(QLatin1String("firstName"), identity.first->json);
    avatar.insert(QLatin1String("id"), id);
    avatar.insert(QLatin1String("lastName"), identity.last->json);
    avatar.insert(QLatin1String("personalMeetingUrls"), QJsonArray());
    avatar.insert(QLatin1String("settings"), m_settings.at(0));
    avatar.insert(QLatin1String("spokenLanguages"),
                  m_languages.at(identity.locale).at(languageIndex(int(locale.otherLanguages.size()), -1, -1, true)));
    avatar.insert(QLatin1String("title"), QStringLiteral("Customer Success Manager (Gong)"));
    avatar.insert(QLatin1String("trustedEmailAddress"), email);
    return avatar;
}
