// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

class ChartLayout;
class Directory;

// The words on and about the chart's boxes, in one place for the painter, the exports and screen readers.
class ChartText
{
    Q_DECLARE_TR_FUNCTIONS(ChartText)
public:
    // "8 direct · 140 in all"; empty for someone with no reports.
    static QString counts(int direct, int total);
    static QString inactive();
    static QString missingManager();                    // the dashed box's first line
    static QString missingManagerId(const QString& id); // its second: "(id 1234)"
    static QString cycle();                             // "Reporting cycle"
    static QString cycleBackTo(const QString& name);
    // What a screen reader says for a box: "Ana Ortiz, VP Sales, manager of the current person, 8 direct reports,
    // 140 in all, inactive".
    static QString accessibleName(const ChartLayout& layout, int node, const Directory& directory);
    // The chart's title for exports and the print header: "Ana Ortiz — organisation chart".
    static QString title(const ChartLayout& layout, const Directory& directory);
};
