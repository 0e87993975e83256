// SPDX-License-Identifier: MIT
#include "demoorggenerator.h"

#include "demobaddata.h"
#include "demoorgchart.h"
#include "demoorgtables.h"
#include "demopeople.h"
#include "demouserjson.h"

#include "base/parallelchunks.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <algorithm>
#include <vector>

static Q_LOGGING_CATEGORY(lcDemo, "gongdir.demo")

    namespace
{
    // Users are built in fixed-size chunks, each with its own generator seeded from (seed, chunk): the result does
    // not depend on how many threads share the work.
    constexpr int chunkSize = 2048;

    // One generator run. A sequential pass draws everything structural from QRandomGenerator(seed) (the company's
    // name, the org chart, the people, their order); then the JSON objects, the expensive part with Qt 6.4's
    // QJsonObject, are built in parallel from read-only state.
    // A few people with each kind of bad data (DemoBadData), changed after the fact so nobody else changes.
    void plantBadData(const DemoOrgChart& chart, const std::vector<int>& order, quint32 seed, const DemoPeople& people,
                      const QString& domain, QList<QJsonObject>& users)
    {
        const QList<DemoBadData::Plant> plants = DemoBadData::choose(
            chart, [&people](int member) { return people.identity(member).oddities == 0; }, seed);
        if (plants.isEmpty())
            return;
        std::vector<int> positionOf(order.size());
        for (int position = 0; position < int(order.size()); ++position)
            positionOf[size_t(order[size_t(position)])] = position;
        for (const DemoBadData::Plant& plant : plants) {
            const int other = plant.other;
            DemoBadData::apply(
                plant, users[positionOf[size_t(plant.member)]], other >= 0 ? people.userId(other) : QString(),
                other >= 0 ? DemoPeople::localPart(people.identity(other)) + QLatin1Char('@') + domain : QString());
        }
    }

    QList<QJsonObject> buildUsers(int count, quint32 seed, QRandomGenerator& rng, DemoPeople& people,
                                  const DemoUserJson& json, const QString& domain)
    {
        if (count <= 0)
            return {};
        const DemoOrgChart chart(count, rng);
        people.assign(chart, rng);

        std::vector<int> order(chart.members().size());
        for (int i = 0; i < int(order.size()); ++i)
            order[i] = i;
        for (int i = int(order.size()) - 1; i > 0; --i)
            std::swap(order[i], order[rng.bounded(i + 1)]);

        QList<QJsonObject> users(count);
        QJsonObject* out = users.data();
        parallelChunks(count, chunkSize, [&](int begin, int end) {
            const quint32 chunkSeed[] = {seed, quint32(begin / chunkSize), 0x5eedu};
            QRandomGenerator chunkRng(chunkSeed, std::size(chunkSeed));
            for (int position = begin; position < end; ++position)
                out[position] = json.user(chart, order[position], chunkRng);
        });
        plantBadData(chart, order, seed, people, domain, users);
        return users;
    }
} // namespace

DemoOrgGenerator::DemoOrgGenerator(const DemoOrgOptions& options)
{
    QElapsedTimer timer;
    timer.start();
    QRandomGenerator rng(options.seed);
    DemoPeople people(options.seed);
    const std::vector<const char*>& slugs = demoCompanySlugs();
    const QString companySlug = QString::fromLatin1(slugs[rng.bounded(int(slugs.size()))]);
    m_domain = companySlug + (rng.bounded(3) == 0 ? QLatin1String(".io") : QLatin1String(".com"));
    const DemoUserJson json(people, companySlug, m_domain);

    m_users = buildUsers(options.userCount, options.seed, rng, people, json, m_domain);
    for (int i = 0; i < std::max(0, options.avatarCount); ++i) {
        const DemoPeople::Identity identity = people.avatarIdentity(rng);
        m_avatars.append(json.avatar(identity, people.avatarId(i), rng));
    }
    qCDebug(lcDemo) << "generated" << m_users.size() << "users and" << m_avatars.size() << "avatars for" << m_domain
                    << "in" << timer.elapsed() << "ms";
}
