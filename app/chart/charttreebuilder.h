// SPDX-License-Identifier: MIT
#pragma once

#include "chartlayout.h"

#include <QCollator>
#include <QList>

#include <vector>

class Directory;

// Decides who a chart shows and under whom: the manager chain (the upper part collapsed into a breadcrumb), the
// focus among their peers, and the reports below, each person once. A reporting line that comes back to someone
// already shown ends in a Cycle node; a chain that ends at an unknown manager id in a MissingManager node. No
// geometry: ChartPlacer positions what this builds.
class ChartTreeBuilder
{
public:
    ChartTreeBuilder(const Directory& directory, const ChartSpec& spec, ChartLayout* layout);
    void build();

private:
    struct ChainItem
    {
        ChartNode::Kind kind = ChartNode::Kind::Person;
        int row = -1;
        QString missingId;
    };

    QList<ChainItem> chainItems() const;
    QList<int> teamAround(const ChainItem& manager) const;
    QList<int> sortedByName(QList<int> rows) const;
    int addNode(ChartNode node);
    // A box for `row` under `parent`; a Cycle node instead when the person is already shown.
    int addPerson(int row, ChartNode::Role role, int level, int parent);
    // The reports of the person at `node`, `levels` deep (and deeper under expanded people).
    void addReports(int node, int levels);

    const Directory& m_directory;
    const ChartSpec& m_spec;
    ChartLayout* m_layout;
    std::vector<char> m_shown; // per directory row
    QCollator m_collator;
};
