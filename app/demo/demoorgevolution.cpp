// SPDX-License-Identifier: MIT
#include "demoorgevolution.h"

#include <QHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <vector>

namespace {
const QString keyId = QStringLiteral("id");
const QString keyManager = QStringLiteral("managerId");
const QString keyTitle = QStringLiteral("title");
const QString keyActive = QStringLiteral("active");
const QString keySettings = QStringLiteral("settings");
const QString keyPhone = QStringLiteral("phoneNumber");
const QString keyPronouns = QStringLiteral("pronouns"); // a field the API does not document (kept, diffed)

const char* const settingKeys[] = {
    "webConferencesRecorded", "preventWebConferenceRecording", "telephonyCallsImported", "emailsImported",
    "preventEmailImport",     "nonRecordedMeetingsImported",   "gongConnectEnabled"};

// The company as it evolves: everyone ever seen in arrival order, who is present, and who manages anyone.
class Company
{
public:
    Company(const QList<QJsonObject>& users, quint32 seed)
        : m_users(users.begin(), users.end())
        , m_present(users.size(), true)
        , m_seed(seed)
    {
        for (int i = 0; i < int(m_users.size()); ++i) {
            m_index.insert(m_users[i].value(keyId).toString(), i);
            m_managerIds.insert(m_users[i].value(keyManager).toString());
        }
        for (int i = 0; i < int(m_users.size()); ++i) {
            if (m_managerIds.contains(m_users[i].value(keyId).toString()))
                m_managers.push_back(i);
        }
    }

    void step(int load)
    {
        const quint32 words[] = {m_seed, quint32(load), 0xe701u};
        QRandomGenerator rng(words, std::size(words));
        const int present = int(std::count(m_present.begin(), m_present.end(), true));
        const int few = std::max(1, present / 2000);
        const auto undoPrevious = m_undo;
        m_undo.clear();

        // Changed back: the first change of the load before is undone exactly.
        for (const auto& [index, object] : undoPrevious) {
            if (m_present[size_t(index)])
                m_users[size_t(index)] = object;
            break;
        }
        for (int i = 0; i < few; ++i)
            join(rng, load, i);
        for (int i = 0; i < few; ++i) {
            const int who = pickIc(rng);
            if (who >= 0) {
                m_present[size_t(who)] = false;
                m_gone.push_back(who);
            }
        }
        if (load % 3 == 0 && !m_gone.empty()) { // someone comes back, as they were
            const size_t at = size_t(rng.bounded(int(m_gone.size())));
            m_present[size_t(m_gone[at])] = true;
            m_gone.erase(m_gone.begin() + qsizetype(at));
        }
        for (int i = 0; i < few; ++i) {
            const int who = pickIc(rng);
            const int manager = pickManager(rng);
            if (who >= 0 && manager >= 0 && manager != who)
                change(who, keyManager, m_users[size_t(manager)].value(keyId));
        }
        for (int i = 0; i < few; ++i) {
            const int who = pickIc(rng);
            const int other = pickAnyone(rng);
            if (who >= 0 && other >= 0)
                change(who, keyTitle, m_users[size_t(other)].value(keyTitle));
        }
        for (int i = 0; i < few; ++i) {
            const int who = pickAnyone(rng);
            if (who < 0)
                continue;
            QJsonObject settings = m_users[size_t(who)].value(keySettings).toObject();
            const QString key = QString::fromLatin1(settingKeys[rng.bounded(int(std::size(settingKeys)))]);
            settings.insert(key, !settings.value(key).toBool());
            change(who, keySettings, settings);
        }
        // Alternately someone inactive is activated and someone active deactivated.
        const bool activate = load % 2 == 0;
        if (const int who = pickIc(rng, [&](const QJsonObject& u) { return u.value(keyActive).toBool() != activate; });
            who >= 0)
            change(who, keyActive, activate);
        // Alternately a phone number goes away and one appears.
        const bool addPhone = load % 2 == 0;
        if (const int who = pickIc(rng, [&](const QJsonObject& u) { return u.contains(keyPhone) != addPhone; });
            who >= 0) {
            QJsonObject& u = m_users[size_t(who)];
            if (addPhone)
                u.insert(keyPhone, QStringLiteral("+1 415-555-%1").arg(rng.bounded(10000), 4, 10, QLatin1Char('0')));
            else
                u.remove(keyPhone);
        }
        if (load % 2 == 0) { // every other load, a field the API does not document appears, or goes away again
            if (m_pronouns >= 0) {
                m_users[size_t(m_pronouns)].remove(keyPronouns);
                m_pronouns = -1;
            } else if (const int who = pickAnyone(rng); who >= 0) {
                m_users[size_t(who)].insert(keyPronouns, QStringLiteral("they/them"));
                m_pronouns = who;
            }
        }
        reorderSomeList(rng);
    }

    QList<QJsonObject> present() const
    {
        QList<QJsonObject> out;
        out.reserve(qsizetype(m_users.size()));
        for (size_t i = 0; i < m_users.size(); ++i) {
            if (m_present[i])
                out.append(m_users[i]);
        }
        return out;
    }

private:
    void change(int who, const QString& key, const QJsonValue& value)
    {
        m_undo.push_back({who, m_users[size_t(who)]});
        m_users[size_t(who)].insert(key, value);
    }

    // Someone present who manages no one (leaving or moving them leaves no one behind), and for whom `also` holds.
    template <typename Also> int pickIc(QRandomGenerator& rng, Also also) const
    {
        for (int tries = 0; tries < 256; ++tries) {
            const int i = rng.bounded(int(m_users.size()));
            if (m_present[size_t(i)] && !m_managerIds.contains(m_users[size_t(i)].value(keyId).toString()) &&
                also(m_users[size_t(i)]))
                return i;
        }
        return -1;
    }
    int pickIc(QRandomGenerator& rng) const
    {
        return pickIc(rng, [](const QJsonObject&) { return true; });
    }
    int pickAnyone(QRandomGenerator& rng) const
    {
        for (int tries = 0; tries < 64; ++tries) {
            const int i = rng.bounded(int(m_users.size()));
            if (m_present[size_t(i)])
                return i;
        }
        return -1;
    }
    int pickManager(QRandomGenerator& rng) const
    {
        for (int tries = 0; tries < 64 && !m_managers.empty(); ++tries) {
            const int i = m_managers[size_t(rng.bounded(int(m_managers.size())))];
            if (m_present[size_t(i)])
                return i;
        }
        return -1;
    }

    // A new person, shaped like someone already there: another first and last name, a new id and address, the
    // same team (manager) and title.
    void join(QRandomGenerator& rng, int load, int n)
    {
        const int like = pickIc(rng);
        const int other = pickAnyone(rng);
        if (like < 0 || other < 0)
            return;
        QJsonObject u = m_users[size_t(like)];
        const QJsonObject& o = m_users[size_t(other)];
        // 19 digits starting with 9: no generated id looks like that.
        const QString id = QStringLiteral("9%1%2")
                               .arg(quint64(m_seed) % 100000000ULL, 8, 10, QLatin1Char('0'))
                               .arg(quint64(load) * 1000 + quint64(n), 10, 10, QLatin1Char('0'));
        const QString last = o.value(QStringLiteral("lastName")).toString();
        const QString email = u.value(QStringLiteral("emailAddress")).toString();
        const QString domain = email.mid(email.indexOf(QLatin1Char('@')) + 1);
        // first.last as the two people have them in their addresses, numbered by the load: always new.
        const QString otherEmail = o.value(QStringLiteral("emailAddress")).toString();
        const QString address = email.section(QLatin1Char('.'), 0, 0) + QLatin1Char('.') +
                                otherEmail.section(QLatin1Char('@'), 0, 0).section(QLatin1Char('.'), 1) +
                                QString::number(load) + QLatin1Char('@') + domain;
        u.insert(keyId, id);
        u.insert(QStringLiteral("lastName"), last);
        u.insert(QStringLiteral("emailAddress"), address);
        u.insert(QStringLiteral("trustedEmailAddress"), address);
        u.insert(QStringLiteral("emailAliases"), QJsonArray());
        u.insert(keyActive, true);
        u.insert(QStringLiteral("created"),
                 QStringLiteral("2026-01-01T09:00:00Z")); // fixed: the same company on every machine
        if (m_index.contains(id))
            return;
        m_index.insert(id, int(m_users.size()));
        m_users.push_back(u);
        m_present.push_back(true);
    }

    // Lists in another order are no change (the diff ignores the order of lists); the stored JSON still differs.
    void reorderSomeList(QRandomGenerator& rng)
    {
        for (int tries = 0; tries < 64; ++tries) {
            const int who = pickAnyone(rng);
            if (who < 0)
                return;
            QJsonObject& u = m_users[size_t(who)];
            for (const QString& key : {QStringLiteral("spokenLanguages"), QStringLiteral("emailAliases"),
                                       QStringLiteral("personalMeetingUrls")}) {
                const QJsonArray list = u.value(key).toArray();
                if (list.size() < 2)
                    continue;
                QJsonArray reversed;
                for (qsizetype i = list.size() - 1; i >= 0; --i)
                    reversed.append(list.at(i));
                u.insert(key, reversed);
                return;
            }
        }
    }

    std::vector<QJsonObject> m_users;
    std::vector<bool> m_present;
    QHash<QString, int> m_index;
    QSet<QString> m_managerIds;
    std::vector<int> m_managers;
    std::vector<int> m_gone;
    std::vector<std::pair<int, QJsonObject>> m_undo; // this load's changes: index and the object before
    int m_pronouns = -1;                             // who has the undocumented field now
    quint32 m_seed;
};
} // namespace

QList<QJsonObject> DemoOrgEvolution::atLoad(const QList<QJsonObject>& company, quint32 seed, int load)
{
    if (load <= 0 || company.isEmpty())
        return company;
    Company c(company, seed);
    for (int k = 1; k <= load; ++k)
        c.step(k);
    return c.present();
}
