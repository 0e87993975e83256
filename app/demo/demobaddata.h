// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

class DemoOrgChart;

// A few people with each kind of bad data the Health view looks for, planted in a demo company of 1,000 people or
// more so that every check has someone to show: people without a manager, a reporting loop between two managers,
// invalid and shared addresses, contradictory settings, two primary languages, implausible phone numbers and plain
// http meeting links. (Missing managers, missing titles and phones, inactive managers and trusted addresses on
// another domain the generator makes anyway.) The choice has its own random generator, so everything else about
// the company stays as it was without them.
class DemoBadData
{
public:
    enum class Kind
    {
        NoManager,
        ReportingLoop, // the manager's manager now reports to them: `other` is that report
        InvalidAddress,
        SharedAlias, // has `other`'s primary address as an alias
        RecordingConflict,
        EmailImportConflict,
        TwoPrimaryLanguages,
        ImplausiblePhone,
        PlainHttpMeetingLink,
    };
    struct Plant
    {
        int member = -1; // index into the chart
        Kind kind = Kind::NoManager;
        int other = -1;
        int variant = 0; // which of a kind's forms (0, 1, …)
    };

    static constexpr int minimumCompany = 1000;

    // The plants for a company: members the generator left ordinary (`isFree`), individual contributors except for
    // the loop. Empty for a company smaller than minimumCompany.
    static QList<Plant> choose(const DemoOrgChart& chart, const std::function<bool(int member)>& isFree, quint32 seed);
    // Changes one generated user as the plant says; `otherId` and `otherEmail` are the other member's.
    static void apply(const Plant& plant, QJsonObject& user, const QString& otherId, const QString& otherEmail);
};
