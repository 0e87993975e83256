// SPDX-License-Identifier: MIT
#include "demopeople.h"

#include "demoorgchart.h"
#include "demoorgtables.h"

#include <QRandomGenerator>

#include <algorithm>

namespace {
// E-mail systems only take ASCII local parts, so "Łukasz Wójcik" becomes lukasz.wojcik.
QString asciiFold(const QString& text)
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
quint64 mixBits(quint64 x, int bits)
{
    const quint64 mask = (quint64(1) << bits) - 1;
    x &= mask;
    x = (x * 0x9E3779B97F4A7C15ULL) & mask;
    x ^= x >> (bits / 2);
    x = (x * 0xBF58476D1CE4E5B9ULL) & mask;
    x ^= x >> (bits / 3);
    return x;
}

QStringList stringPool(const std::vector<const char*>& entries)
{
    QStringList pool;
    for (const char* entry : entries)
        pool.append(QString::fromUtf8(entry));
    return pool;
}
} // namespace

DemoPeople::DemoPeople(quint32 seed)
    : m_seed(seed)
{
    QHash<QString, int> asciiIds;
    const auto namePool = [&asciiIds](const std::vector<const char*>& entries) {
        QList<NamePart> pool;
        for (const char* entry : entries) {
            const QString text = QString::fromUtf8(entry);
            const qsizetype bar = text.indexOf(QLatin1Char('|'));
            NamePart part;
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
        Locale locale{QString::fromLatin1(spec.tag), namePool(spec.firstNames), namePool(spec.lastNames),
                      stringPool(spec.phoneFormats), stringPool(spec.otherLanguages)};
        m_localeWeightTotal += spec.weight;
        m_localeCumulative.push_back(m_localeWeightTotal);
        m_locales.append(locale);
    }
}

// Real directories disambiguate namesakes with a number (john.smith2); a counter per name avoids probing.
int DemoPeople::nextEmailNumber(const Identity& identity, QHash<quint64, int>& used)
{
    int& seen = used[quint64(identity.first->asciiId) << 32 | quint64(identity.last->asciiId)];
    ++seen;
    return seen == 1 ? 0 : seen;
}

QString DemoPeople::localPart(const Identity& identity)
{
    QString local = identity.first->ascii + QLatin1Char('.') + identity.last->ascii;
    if (identity.emailNumber > 0)
        local += QString::number(identity.emailNumber);
    return local;
}

QString DemoPeople::userId(int member) const
{
    // Both kinds come from bijections of the member index, and their lengths differ, so every id is unique.
    const quint64 salted = quint64(member) ^ (quint64(m_seed) * 2654435761ULL);
    if (mixBits(salted, 40) % 5 == 0)
        return QString::number(100000000000000ULL + mixBits(salted, 49));
    return QString::number(1000000000000000000ULL + mixBits(salted, 50) * 7919 + quint64(member % 7919));
}

QString DemoPeople::avatarId(int index) const
{
    return QString::number(10000000000000000ULL + mixBits(quint64(index) ^ (quint64(m_seed) << 7), 50) * 13);
}

DemoPeople::Identity DemoPeople::avatarIdentity(QRandomGenerator& rng)
{
    const Locale& locale = m_locales.first();
    Identity identity;
    identity.first = &locale.firstNames.at(rng.bounded(int(locale.firstNames.size())));
    identity.last = &locale.lastNames.at(rng.bounded(int(locale.lastNames.size())));
    identity.emailNumber = nextEmailNumber(identity, m_avatarNames);
    return identity;
}

void DemoPeople::assign(const DemoOrgChart& chart, QRandomGenerator& rng)
{
    m_identities.assign(chart.members().size(), Identity());
    QHash<quint64, int> used;
    QHash<quint64, int> usedAliases;
    for (Identity& identity : m_identities) {
        const int r = rng.bounded(m_localeWeightTotal);
        identity.locale = quint8(std::upper_bound(m_localeCumulative.begin(), m_localeCumulative.end(), r) -
                                 m_localeCumulative.begin());
        const Locale& locale = m_locales.at(identity.locale);
        identity.first = &locale.firstNames.at(rng.bounded(int(locale.firstNames.size())));
        identity.last = &locale.lastNames.at(rng.bounded(int(locale.lastNames.size())));
        identity.emailNumber = nextEmailNumber(identity, used);
        const char16_t initial = identity.first->ascii.isEmpty() ? 0 : identity.first->ascii.front().unicode();
        int& aliasSeen = usedAliases[quint64(initial) << 32 | quint64(identity.last->asciiId)];
        ++aliasSeen;
        identity.aliasNumber = aliasSeen == 1 ? 0 : aliasSeen;
    }
    chooseOddities(chart, rng);
}

void DemoPeople::markRandomIcs(int count, quint8 oddity, QRandomGenerator& rng)
{
    for (int tries = 0; count > 0 && !m_ics.empty() && tries < 1000; ++tries) {
        const int member = m_ics[rng.bounded(int(m_ics.size()))];
        if (m_identities[member].oddities != 0)
            continue;
        m_identities[member].oddities |= oddity;
        --count;
    }
}

void DemoPeople::chooseOddities(const DemoOrgChart& chart, QRandomGenerator& rng)
{
    const std::vector<DemoOrgChart::Member>& members = chart.members();
    const int count = int(members.size());
    m_ics.clear();
    for (int i = 1; i < count; ++i) {
        if (members[i].reportCount == 0)
            m_ics.push_back(i);
    }
    if (count < 100)
        return;
    const int few = std::max(1, count / 1500);
    markRandomIcs(few, NullTitle, rng);
    markRandomIcs(few, NullPhone, rng);
    markRandomIcs(few, NoEmailAliases, rng);
    markRandomIcs(2, ExtraField, rng);
    markRandomIcs(std::min(3, 1 + count / 2500), DanglingManager, rng);

    // A re-created account: the old, deactivated user has the same name and e-mail address.
    if (count >= 1000) {
        int pairs = 1 + count / 100000;
        for (int tries = 0; pairs > 0 && tries < 1000; ++tries) {
            const int copy = m_ics[rng.bounded(int(m_ics.size()))];
            const int original = m_ics[rng.bounded(int(m_ics.size()))];
            if (copy == original || m_identities[copy].oddities != 0 || m_identities[original].oddities != 0)
                continue;
            m_identities[copy] = m_identities[original];
            m_identities[copy].oddities = SharedEmail | Deactivated;
            m_identities[original].oddities = SharedEmail;
            --pairs;
        }
    }
}
