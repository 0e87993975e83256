// SPDX-License-Identifier: MIT
#include "demobaddata.h"

#include "demoorgchart.h"

#include <QJsonArray>
#include <QRandomGenerator>

#include <algorithm>

QList<DemoBadData::Plant> DemoBadData::choose(const DemoOrgChart& chart, const std::function<bool(int)>& isFree,
                                              quint32 seed)
{
    QList<Plant> plants;
    const std::vector<DemoOrgChart::Member>& members = chart.members();
    const int count = int(members.size());
    if (count < minimumCompany)
        return plants;
    QRandomGenerator rng(seed ^ 0xbadda7a5u);
    std::vector<char> taken(size_t(count), 0);
    const auto usable = [&](int m) { return !taken[size_t(m)] && isFree(m); };

    // The loop: a first-line manager and their manager (a director, not reporting to the CEO): the director now
    // reports to the manager. Both keep manager titles; the manager's team grows by one.
    std::vector<int> loops;
    for (int m = 1; m < count; ++m) {
        const DemoOrgChart::Member& member = members[size_t(m)];
        if (member.titleLevel != 1 || member.reportCount == 0 || member.reportCount > 12 || member.manager <= 0)
            continue;
        const DemoOrgChart::Member& above = members[size_t(member.manager)];
        if (above.titleLevel >= 2 && above.titleLevel < DemoOrgChart::TopTitleLevel && above.manager > 0 && usable(m) &&
            usable(member.manager))
            loops.push_back(m);
    }
    if (!loops.empty()) {
        const int report = loops[size_t(rng.bounded(int(loops.size())))];
        const int manager = members[size_t(report)].manager;
        plants.append({manager, Kind::ReportingLoop, report, 0});
        taken[size_t(manager)] = taken[size_t(report)] = 1;
    }

    std::vector<int> ics;
    for (int m = 1; m < count; ++m) {
        if (members[size_t(m)].reportCount == 0)
            ics.push_back(m);
    }
    const auto pick = [&]() {
        for (int tries = 0; tries < 1000 && !ics.empty(); ++tries) {
            const int m = ics[size_t(rng.bounded(int(ics.size())))];
            if (usable(m)) {
                taken[size_t(m)] = 1;
                return m;
            }
        }
        return -1;
    };
    const int perKind = std::min(10, 1 + count / 5000);
    for (const Kind kind :
         {Kind::NoManager, Kind::InvalidAddress, Kind::SharedAlias, Kind::RecordingConflict, Kind::EmailImportConflict,
          Kind::TwoPrimaryLanguages, Kind::ImplausiblePhone, Kind::PlainHttpMeetingLink}) {
        for (int i = 0; i < perKind; ++i) {
            const int member = pick();
            const int other = kind == Kind::SharedAlias ? pick() : -1;
            if (member < 0 || (kind == Kind::SharedAlias && other < 0))
                break;
            plants.append({member, kind, other, i});
        }
    }
    return plants;
}

void DemoBadData::apply(const Plant& plant, QJsonObject& user, const QString& otherId, const QString& otherEmail)
{
    const QString email = user.value(QLatin1String("emailAddress")).toString();
    const QString local = email.section(QLatin1Char('@'), 0, 0);
    const QString domain = email.section(QLatin1Char('@'), 1);
    const auto addAlias = [&user](const QString& alias) {
        QJsonArray aliases = user.value(QLatin1String("emailAliases")).toArray();
        aliases.append(alias);
        user.insert(QLatin1String("emailAliases"), aliases);
    };
    const auto setSettings = [&user](const char* a, const char* b) {
        QJsonObject settings = user.value(QLatin1String("settings")).toObject();
        settings.insert(QLatin1String(a), true);
        settings.insert(QLatin1String(b), true);
        user.insert(QLatin1String("settings"), settings);
    };
    switch (plant.kind) {
    case Kind::NoManager: // a new hire nobody has assigned yet
        user.remove(QLatin1String("managerId"));
        break;
    case Kind::ReportingLoop:
        user.insert(QLatin1String("managerId"), otherId);
        break;
    case Kind::InvalidAddress: // a typo kept from an old import
        addAlias(plant.variant % 2 == 0
                     ? local + QLatin1Char('@') + domain.section(QLatin1Char('.'), 0, 0)
                     : QString(local).replace(QLatin1Char('.'), QLatin1Char(' ')) + QLatin1Char('@') + domain);
        break;
    case Kind::SharedAlias: // a colleague's address forwarded here when they changed teams
        addAlias(otherEmail);
        break;
    case Kind::RecordingConflict:
        setSettings("webConferencesRecorded", "preventWebConferenceRecording");
        break;
    case Kind::EmailImportConflict:
        setSettings("emailsImported", "preventEmailImport");
        break;
    case Kind::TwoPrimaryLanguages: {
        QJsonArray languages = user.value(QLatin1String("spokenLanguages")).toArray();
        QJsonArray twoPrimary;
        for (const QJsonValue& l : std::as_const(languages)) {
            QJsonObject language = l.toObject();
            language.insert(QLatin1String("primary"), true);
            twoPrimary.append(language);
        }
        if (twoPrimary.size() < 2) {
            const bool english =
                twoPrimary.size() == 1 &&
                twoPrimary.first().toObject().value(QLatin1String("language")).toString() == QLatin1String("en-US");
            twoPrimary.append(
                QJsonObject{{QLatin1String("language"), english ? QStringLiteral("es-ES") : QStringLiteral("en-US")},
                            {QLatin1String("primary"), true}});
        }
        user.insert(QLatin1String("spokenLanguages"), twoPrimary);
        break;
    }
    case Kind::ImplausiblePhone: {
        static const char* const phones[] = {"TBD", "n/a", "555-01", "0000000"};
        user.insert(QLatin1String("phoneNumber"), QLatin1String(phones[plant.variant % 4]));
        break;
    }
    case Kind::PlainHttpMeetingLink:
        user.insert(
            QLatin1String("personalMeetingUrls"),
            QJsonArray{
                QStringLiteral("http://zoom.us/j/9%1").arg(user.value(QLatin1String("id")).toString().right(9))});
        break;
    }
}
