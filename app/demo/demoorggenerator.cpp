// SPDX-License-Identifier: MIT
#include "demoorggenerator.h"

#include "demobaddata.h"
#include "demoorgchart.h"
#include "demoorgtables.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstring>
#include <memory>
#include <thread>
#include <vector>

static Q_LOGGING_CATEGORY(lcDemo, "gongdir.demo")

    // Users are built in fixed-size chunks, each with its own generator seeded from (seed, chunk): the result does
    // not depend on how many threads share the work.
    static constexpr int chunkSize = 2048;

// E-mail systems only take ASCII local parts, so "Łukasz Wójcik" becomes lukasz.wojcik.
static QString asciiFold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const char16_t u = c.toLower().unicode();
        if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-')
            out.append(QChar(u));
        else if (u == 0x00df)
            out.append(QLatin1String("ss"));
        else if (u == 0x00f8)
            out.append(QLatin1Char('o'));
        else if (u == 0x0142)
            out.append(QLatin1Char('l'));
        else if (u == 0x0111 || u == 0x00f0)
            out.append(QLatin1Char('d'));
        else if (u == 0x00e6)
            out.append(QLatin1String("ae"));
        else if (u == 0x0153)
            out.append(QLatin1String("oe"));
        else if (u == 0x00fe)
            out.append(QLatin1String("th"));
        else if (u == 0x0131)
            out.append(QLatin1Char('i'));
        // Everything else (combining marks, apostrophes, spaces) is dropped.
    }
    return out;
}

// Bijective mixing of the low `bits` bits: distinct inputs give distinct ids that do not look sequential.
static quint64 mixBits(quint64 x, int bits)
{
    const quint64 mask = (quint64(1) << bits) - 1;
    x &= mask;
    x = (x * 0x9E3779B97F4A7C15ULL) & mask;
    x ^= x >> (bits / 2);
    x = (x * 0xBF58476D1CE4E5B9ULL) & mask;
    x ^= x >> (bits / 3);
    return x;
}

// Fills a pattern in place: '#' becomes a digit, '@' a lower-case letter, '*' a base62 character. Several
// characters come from each 64-bit draw; one allocation per string keeps a million users affordable.
static QString fillPattern(QString pattern, QRandomGenerator& rng, qsizetype from = 0)
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

static QString createdTimestamp(QRandomGenerator& rng)
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

static const char* const fieldKeys[FieldCount] = {"active",
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
static constexpr DemoField optionalFields[] = {FieldConferencingProviders, FieldEmailAliases, FieldExtension,
                                               FieldManagerId, FieldPhoneNumber};

enum DemoOddity : quint8
{
    NullTitle = 0x01,
    NullPhone = 0x02,
    NoEmailAliases = 0x04,
    ExtraField = 0x08,
    DanglingManager = 0x10,
    SharedEmail = 0x20,
    Deactivated = 0x40,
};

struct DemoNamePart
{
    QString display;
    QString ascii;   // lower-case, what goes into e-mail addresses
    int asciiId = 0; // the same ascii form in two locales is the same e-mail name
    QJsonValue json; // display, converted once
};

struct DemoIdentity
{
    const DemoNamePart* first = nullptr;
    const DemoNamePart* last = nullptr;
    int emailNumber = 0; // 0: first holder of the name; 2, 3, ...: john.smith2, john.smith3
    int aliasNumber = 0; // the same for the short alias: jsmith, jsmith2 (John and Jane Smith)
    quint8 locale = 0;
    quint8 oddities = 0;
};

// One generator run. A sequential pass draws everything structural from QRandomGenerator(seed) (org chart,
// names, e-mail numbering, oddities, order); then the JSON objects, the expensive part with Qt 6.4's QJsonObject,
// are built in parallel from read-only state.
class DemoOrgBuilder
{
public:
    explicit DemoOrgBuilder(const DemoOrgOptions& options)
        : m_rng(options.seed)
        , m_seed(options.seed)
    {
        QHash<QString, int> asciiIds;
        const auto namePool = [&asciiIds](const std::vector<const char*>& entries) {
            QList<DemoNamePart> pool;
            for (const char* entry : entries) {
                const QString text = QString::fromUtf8(entry);
                const qsizetype bar = text.indexOf(QLatin1Char('|'));
                DemoNamePart part;
                part.display = bar >= 0 ? text.left(bar) : text;
                part.ascii = bar >= 0 ? text.mid(bar + 1) : asciiFold(text);
                auto id = asciiIds.constFind(part.ascii);
                if (id == asciiIds.constEnd())
                    id = asciiIds.insert(part.ascii, int(asciiIds.size()));
                part.asciiId = *id;
                part.json = part.display;
                pool.append(part);
            }
            return pool;
        };
        for (const DemoLocaleSpec& spec : demoLocaleSpecs()) {
            DemoLocale locale{QString::fromLatin1(spec.tag), namePool(spec.firstNames),       namePool(spec.lastNames),
                              stringPool(spec.phoneFormats), stringPool(spec.otherLanguages), {}};
            m_localeWeightTotal += spec.weight;
            m_localeCumulative.push_back(m_localeWeightTotal);
            m_locales.append(locale);
        }
        for (const DemoDepartmentSpec& spec : demoDepartmentSpecs()) {
            DemoDepartment department{QJsonValue(QString::fromUtf8(spec.head)), {}, spec.revenueTeam};
            for (const auto* titles :
                 {&spec.ics, &spec.managers, &spec.directors, &spec.seniorDirectors, &spec.vicePresidents}) {
                QList<QJsonValue> level;
                for (const char* title : *titles)
                    level.append(QString::fromUtf8(title));
                department.levels.append(level);
            }
            m_departments.append(department);
        }
        const std::vector<const char*>& slugs = demoCompanySlugs();
        m_companySlug = QString::fromLatin1(slugs[m_rng.bounded(int(slugs.size()))]);
        m_domain = m_companySlug + (m_rng.bounded(3) == 0 ? QLatin1String(".io") : QLatin1String(".com"));
        m_legacyDomain = QLatin1String("get") + m_companySlug.section(QLatin1Char('-'), 0, 0) + QLatin1String(".com");
        m_consentUrlPrefix = QLatin1String("https://join.gong.io/") + m_companySlug + QLatin1Char('/');

        buildSharedValues();
    }

    QString domain() const { return m_domain; }

    QList<QJsonObject> buildUsers(int count)
    {
        if (count <= 0)
            return {};
        m_chart = std::make_unique<DemoOrgChart>(count, m_rng);
        assignIdentities();
        chooseOddities();

        std::vector<int> order(m_chart->members().size());
        for (int i = 0; i < int(order.size()); ++i)
            order[i] = i;
        for (int i = int(order.size()) - 1; i > 0; --i)
            std::swap(order[i], order[m_rng.bounded(i + 1)]);

        QList<QJsonObject> users(count);
        QJsonObject* out = users.data();
        const int chunks = (count + chunkSize - 1) / chunkSize;
        std::atomic<int> nextChunk{0};
        const auto work = [&] {
            for (int chunk = nextChunk++; chunk < chunks; chunk = nextChunk++) {
                const quint32 chunkSeed[] = {m_seed, quint32(chunk), 0x5eedu};
                QRandomGenerator rng(chunkSeed, std::size(chunkSeed));
                const int end = std::min(count, (chunk + 1) * chunkSize);
                for (int position = chunk * chunkSize; position < end; ++position)
                    out[position] = userObject(order[position], rng);
            }
        };
        const int threads = std::clamp(int(std::thread::hardware_concurrency()), 1, std::min(8, chunks));
        std::vector<std::thread> helpers;
        for (int t = 1; t < threads; ++t)
            helpers.emplace_back(work);
        work();
        for (std::thread& helper : helpers)
            helper.join();
        plantBadData(order, users);
        return users;
    }

    QList<QJsonObject> buildAvatars(int count)
    {
        QList<QJsonObject> avatars;
        const QJsonValue title(QStringLiteral("Customer Success Manager (Gong)"));
        const DemoLocale& locale = m_locales.first();
        QHash<quint64, int> used;
        for (int i = 0; i < count; ++i) {
            DemoIdentity identity;
            identity.first = &locale.firstNames.at(m_rng.bounded(int(locale.firstNames.size())));
            identity.last = &locale.lastNames.at(m_rng.bounded(int(locale.lastNames.size())));
            identity.emailNumber = nextEmailNumber(identity, used);
            const QString email = localPart(identity) + QLatin1String("@gong.io");
            // 17 digits: a length no directory user or dangling manager id has, so avatars never collide.
            const quint64 id = 10000000000000000ULL + mixBits(quint64(i) ^ (quint64(m_seed) << 7), 50) * 13;
            QJsonObject avatar;
            avatar.insert(QLatin1String("active"), true);
            avatar.insert(QLatin1String("created"), createdTimestamp(m_rng));
            avatar.insert(QLatin1String("emailAddress"), email);
            avatar.insert(QLatin1String("emailAliases"), QJsonArray());
            avatar.insert(QLatin1String("firstName"), identity.first->json);
            avatar.insert(QLatin1String("id"), QString::number(id));
            avatar.insert(QLatin1String("lastName"), identity.last->json);
            avatar.insert(QLatin1String("personalMeetingUrls"), QJsonArray());
            avatar.insert(QLatin1String("settings"), m_settings.at(0));
            avatar.insert(QLatin1String("spokenLanguages"),
                          locale.languages.at(languageIndex(int(locale.otherLanguages.size()), -1, -1, true)));
            avatar.insert(QLatin1String("title"), title);
            avatar.insert(QLatin1String("trustedEmailAddress"), email);
            avatars.append(avatar);
        }
        return avatars;
    }

private:
    struct DemoLocale
    {
        QString tag;
        QList<DemoNamePart> firstNames;
        QList<DemoNamePart> lastNames;
        QStringList phoneFormats;
        QStringList otherLanguages;
        QList<QJsonArray> languages; // every spokenLanguages combination, see languageIndex()
    };
    struct DemoDepartment
    {
        QJsonValue head;
        QList<QList<QJsonValue>> levels; // indexed by DemoOrgChart::Member::titleLevel
        bool revenueTeam;
    };
    struct DemoTemplate
    {
        QJsonObject object;
        std::vector<DemoField> fields; // the object's keys in iteration order
    };

    static QStringList stringPool(const std::vector<const char*>& entries)
    {
        QStringList pool;
        for (const char* entry : entries)
            pool.append(QString::fromUtf8(entry));
        return pool;
    }

    // ---- Values shared by many users (QJsonValue/QJsonArray/QJsonObject are implicitly shared) -------------------

    static int languageIndex(int others, int second, int third, bool hasPrimary)
    {
        return ((second + 1) * (others + 1) + (third + 1)) * 2 + (hasPrimary ? 1 : 0);
    }

    void buildSharedValues()
    {
        for (DemoLocale& locale : m_locales) {
            const int others = int(locale.otherLanguages.size());
            locale.languages.resize((others + 1) * (others + 1) * 2);
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
                        locale.languages[languageIndex(others, second, third, primary)] = languages;
                    }
                }
            }
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

        // Copying a template and assigning through its iterator skips QJsonObject's per-insert key search,
        // which is what makes a million users affordable.
        m_templates.resize(1 << std::size(optionalFields));
        for (int mask = 0; mask < int(m_templates.size()); ++mask) {
            QJsonObject object;
            for (int field = 0; field < FieldCount; ++field) {
                const auto optional = std::find(std::begin(optionalFields), std::end(optionalFields), field);
                if (optional == std::end(optionalFields) || (mask & (1 << (optional - std::begin(optionalFields)))))
                    object.insert(QLatin1String(fieldKeys[field]), QJsonValue(false));
            }
            DemoTemplate& shape = m_templates[mask];
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                const auto key = std::find_if(std::begin(fieldKeys), std::end(fieldKeys),
                                              [&it](const char* name) { return it.key() == QLatin1String(name); });
                shape.fields.push_back(DemoField(key - std::begin(fieldKeys)));
            }
            shape.object = object;
        }
    }

    const QJsonValue& title(const DemoOrgChart::Member& member) const
    {
        switch (member.titleLevel) {
        case DemoOrgChart::CeoTitle:
            return m_ceoTitle;
        case DemoOrgChart::AssistantTitle:
            return m_assistantTitle;
        case DemoOrgChart::HeadTitle:
            return m_departments.at(member.department).head;
        default:
            return m_departments.at(member.department).levels.at(member.titleLevel).at(member.titleIndex);
        }
    }

    // ---- People -----------------------------------------------------------------------------------------------------

    // Real directories disambiguate namesakes with a number (john.smith2); a counter per name avoids probing.
    static int nextEmailNumber(const DemoIdentity& identity, QHash<quint64, int>& used)
    {
        int& seen = used[quint64(identity.first->asciiId) << 32 | quint64(identity.last->asciiId)];
        ++seen;
        return seen == 1 ? 0 : seen;
    }

    static QString localPart(const DemoIdentity& identity)
    {
        QString local = identity.first->ascii + QLatin1Char('.') + identity.last->ascii;
        if (identity.emailNumber > 0)
            local += QString::number(identity.emailNumber);
        return local;
    }

    QString userId(int member) const
    {
        // Mostly 19-digit ids like today's Gong accounts, a fifth 15-digit "legacy" ones. Both come from
        // bijections of the member index, and the lengths differ, so every id is unique.
        const quint64 salted = quint64(member) ^ (quint64(m_seed) * 2654435761ULL);
        if (mixBits(salted, 40) % 5 == 0)
            return QString::number(100000000000000ULL + mixBits(salted, 49));
        return QString::number(1000000000000000000ULL + mixBits(salted, 50) * 7919 + quint64(member % 7919));
    }

    void assignIdentities()
    {
        m_identities.resize(m_chart->members().size());
        QHash<quint64, int> used;
        QHash<quint64, int> usedAliases;
        for (DemoIdentity& identity : m_identities) {
            const int r = m_rng.bounded(m_localeWeightTotal);
            identity.locale = quint8(std::upper_bound(m_localeCumulative.begin(), m_localeCumulative.end(), r) -
                                     m_localeCumulative.begin());
            const DemoLocale& locale = m_locales.at(identity.locale);
            identity.first = &locale.firstNames.at(m_rng.bounded(int(locale.firstNames.size())));
            identity.last = &locale.lastNames.at(m_rng.bounded(int(locale.lastNames.size())));
            identity.emailNumber = nextEmailNumber(identity, used);
            const char16_t initial = identity.first->ascii.isEmpty() ? 0 : identity.first->ascii.front().unicode();
            int& aliasSeen = usedAliases[quint64(initial) << 32 | quint64(identity.last->asciiId)];
            ++aliasSeen;
            identity.aliasNumber = aliasSeen == 1 ? 0 : aliasSeen;
        }
    }

    void markRandomIcs(int count, quint8 oddity)
    {
        for (int tries = 0; count > 0 && !m_ics.empty() && tries < 1000; ++tries) {
            const int member = m_ics[m_rng.bounded(int(m_ics.size()))];
            if (m_identities[member].oddities != 0)
                continue;
            m_identities[member].oddities |= oddity;
            --count;
        }
    }

    void chooseOddities()
    {
        const std::vector<DemoOrgChart::Member>& members = m_chart->members();
        const int count = int(members.size());
        for (int i = 1; i < count; ++i) {
            if (members[i].reportCount == 0)
                m_ics.push_back(i);
        }
        if (count < 100)
            return;
        const int few = std::max(1, count / 1500);
        markRandomIcs(few, NullTitle);
        markRandomIcs(few, NullPhone);
        markRandomIcs(few, NoEmailAliases);
        markRandomIcs(2, ExtraField);
        markRandomIcs(std::min(3, 1 + count / 2500), DanglingManager);

        // A re-created account: the old, deactivated user has the same name and e-mail address.
        if (count >= 1000) {
            int pairs = 1 + count / 100000;
            for (int tries = 0; pairs > 0 && tries < 1000; ++tries) {
                const int copy = m_ics[m_rng.bounded(int(m_ics.size()))];
                const int original = m_ics[m_rng.bounded(int(m_ics.size()))];
                if (copy == original || m_identities[copy].oddities != 0 || m_identities[original].oddities != 0)
                    continue;
                m_identities[copy] = m_identities[original];
                m_identities[copy].oddities = SharedEmail | Deactivated;
                m_identities[original].oddities = SharedEmail;
                --pairs;
            }
        }
    }

    // A few people with each kind of bad data (DemoBadData), changed after the fact so nobody else changes.
    void plantBadData(const std::vector<int>& order, QList<QJsonObject>& users) const
    {
        const QList<DemoBadData::Plant> plants = DemoBadData::choose(
            *m_chart, [this](int member) { return m_identities[size_t(member)].oddities == 0; }, m_seed);
        if (plants.isEmpty())
            return;
        std::vector<int> positionOf(order.size());
        for (int position = 0; position < int(order.size()); ++position)
            positionOf[size_t(order[size_t(position)])] = position;
        for (const DemoBadData::Plant& plant : plants) {
            const int other = plant.other;
            DemoBadData::apply(plant, users[positionOf[size_t(plant.member)]], other >= 0 ? userId(other) : QString(),
                               other >= 0 ? localPart(m_identities[size_t(other)]) + QLatin1Char('@') + m_domain
                                          : QString());
        }
    }

    int settingsBits(bool revenueTeam, QRandomGenerator& rng) const
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

    // Thread-safe: reads shared state only, draws from the chunk's own generator.
    QJsonObject userObject(int member, QRandomGenerator& rng) const
    {
        const auto chance = [&rng](int percent) { return int(rng.bounded(100)) < percent; };
        const DemoOrgChart::Member& org = m_chart->members()[member];
        const DemoIdentity& identity = m_identities[member];
        const DemoLocale& locale = m_locales.at(identity.locale);
        const bool revenueTeam = org.department >= 0 && m_departments.at(org.department).revenueTeam;
        const QString local = localPart(identity);
        const QString email = local + QLatin1Char('@') + m_domain;

        std::array<QJsonValue, FieldCount> values;
        bool active = true;
        if (identity.oddities & Deactivated)
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
        values[FieldId] = userId(member);
        values[FieldLastName] = identity.last->json;
        if (identity.oddities & DanglingManager) // 18 digits: no user has such an id
            values[FieldManagerId] = QString::number(100000000000000000ULL + quint64(member) * 7 + 3);
        else if (org.manager >= 0)
            values[FieldManagerId] = userId(org.manager);
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

        const bool hasPhoneKey = hasPhone || (identity.oddities & NullPhone);
        if (identity.oddities & NullPhone)
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
        values[FieldSpokenLanguages] = locale.languages.at(languageIndex(others, second, third, chance(88)));

        values[FieldTitle] = (identity.oddities & NullTitle) ? QJsonValue(QJsonValue::Null) : title(org);

        QString trusted = email;
        if (chance(3)) {
            trusted = aliases.isEmpty() ? local + QLatin1Char('@') + m_legacyDomain : aliases.first().toString();
        }
        values[FieldTrustedEmailAddress] = trusted;

        const bool present[] = {bool(identity.oddities & ExtraField), !(identity.oddities & NoEmailAliases),
                                hasExtension, org.manager >= 0 || (identity.oddities & DanglingManager), hasPhoneKey};
        int mask = 0;
        for (size_t i = 0; i < std::size(present); ++i)
            mask |= present[i] ? 1 << i : 0;
        const DemoTemplate& shape = m_templates[mask];
        QJsonObject user = shape.object;
        auto it = user.begin();
        for (const DemoField field : shape.fields) {
            *it = values[field];
            ++it;
        }
        return user;
    }

    QRandomGenerator m_rng;
    quint32 m_seed;
    QList<DemoLocale> m_locales;
    std::vector<int> m_localeCumulative;
    int m_localeWeightTotal = 0;
    QList<DemoDepartment> m_departments;
    QList<QJsonObject> m_settings; // indexed by settingsBits()
    QJsonArray m_conferencingProviders;
    std::vector<DemoTemplate> m_templates; // indexed by the mask of optionalFields present
    QString m_companySlug;
    QString m_domain;
    QString m_legacyDomain;
    QString m_consentUrlPrefix;
    const QJsonValue m_ceoTitle = QStringLiteral("Chief Executive Officer");
    const QJsonValue m_assistantTitle = QStringLiteral("Executive Business Partner");

    std::unique_ptr<DemoOrgChart> m_chart;
    std::vector<DemoIdentity> m_identities;
    std::vector<int> m_ics;
};

DemoOrgGenerator::DemoOrgGenerator(const DemoOrgOptions& options)
{
    QElapsedTimer timer;
    timer.start();
    DemoOrgBuilder builder(options);
    m_domain = builder.domain();
    m_users = builder.buildUsers(options.userCount);
    m_avatars = builder.buildAvatars(std::max(0, options.avatarCount));
    qCDebug(lcDemo) << "generated" << m_users.size() << "users and" << m_avatars.size() << "avatars for" << m_domain
                    << "in" << timer.elapsed() << "ms";
}
