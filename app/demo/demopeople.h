// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

class DemoOrgChart;
class QRandomGenerator;

// Who the demo company's people are: names by locale, each with the ASCII form e-mail addresses need; for each
// member of the org chart a locale, a first and a last name and the number that keeps namesakes' addresses apart
// (john.smith2); their ids; and the oddities real directories have (a null title or phone, no aliases, an unknown
// field, a manager who is not in the directory, a re-created account beside the deactivated old one).
class DemoPeople
{
public:
    struct NamePart
    {
        QString display;
        QString ascii;   // lower-case, what goes into e-mail addresses
        int asciiId = 0; // the same ascii form in two locales is the same e-mail name
        QJsonValue json; // display, converted once
    };
    struct Locale
    {
        QString tag;
        QList<NamePart> firstNames;
        QList<NamePart> lastNames;
        QStringList phoneFormats;
        QStringList otherLanguages;
    };
    enum Oddity : quint8
    {
        NullTitle = 0x01,
        NullPhone = 0x02,
        NoEmailAliases = 0x04,
        ExtraField = 0x08,
        DanglingManager = 0x10,
        SharedEmail = 0x20,
        Deactivated = 0x40,
    };
    struct Identity
    {
        const NamePart* first = nullptr;
        const NamePart* last = nullptr;
        int emailNumber = 0; // 0: first holder of the name; 2, 3, ...: john.smith2, john.smith3
        int aliasNumber = 0; // the same for the short alias: jsmith, jsmith2 (John and Jane Smith)
        quint8 locale = 0;
        quint8 oddities = 0;
    };

    // The locales' name pools (demoorgtables); draws nothing. `seed` salts the ids.
    explicit DemoPeople(quint32 seed);

    const QList<Locale>& locales() const { return m_locales; }
    // An identity for each member of `chart`, then the oddities, drawn from `rng` in a fixed order.
    void assign(const DemoOrgChart& chart, QRandomGenerator& rng);
    const Identity& identity(int member) const { return m_identities[size_t(member)]; }
    // Mostly 19-digit ids like today's Gong accounts, a fifth 15-digit "legacy" ones; unique per member.
    QString userId(int member) const;

    // A Gong staff member ("avatar"): a name of the first locale, numbered apart from the avatars before.
    Identity avatarIdentity(QRandomGenerator& rng);
    // 17 digits: a length no directory user or dangling manager id has, so avatars never collide.
    QString avatarId(int index) const;

    // "first.last", or "first.last2" for the second holder of the name.
    static QString localPart(const Identity& identity);

private:
    static int nextEmailNumber(const Identity& identity, QHash<quint64, int>& used);
    void markRandomIcs(int count, quint8 oddity, QRandomGenerator& rng);
    void chooseOddities(const DemoOrgChart& chart, QRandomGenerator& rng);

    quint32 m_seed;
    QList<Locale> m_locales;
    std::vector<int> m_localeCumulative;
    int m_localeWeightTotal = 0;
    std::vector<Identity> m_identities;
    std::vector<int> m_ics; // members without reports, the CEO aside
    QHash<quint64, int> m_avatarNames;
};
