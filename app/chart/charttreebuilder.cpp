// SPDX-License-Identifier: MIT
#include "charttreebuilder.h"

#include "directory/directory.h"

#include <algorithm>

ChartTreeBuilder::ChartTreeBuilder(const Directory& directory, const ChartSpec& spec, ChartLayout* layout)
    : m_directory(directory)
    , m_spec(spec)
    , m_layout(layout)
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

void ChartTreeBuilder::build()
{
    const int focus = m_spec.focusRow;
    if (focus < 0 || focus >= m_directory.count())
        return;
    m_shown.assign(size_t(m_directory.count()), 0);

    // The chain, top first: the nearest managers as boxes, the rest as crumbs in one row above them.
    const QList<ChainItem> chain = chainItems();
    const int boxes = std::max(0, m_spec.chainBoxes);
    const qsizetype crumbCount = chain.size() > boxes ? chain.size() - boxes : 0;
    int parent = -1;
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const ChainItem& item = chain[i];
        ChartNode node;
        node.kind = item.kind;
        node.role = ChartNode::Role::Chain;
        node.row = item.row;
        node.missingId = item.missingId;
        node.level = int(i - chain.size());
        node.crumb = i < crumbCount;
        node.parent = parent;
        if (item.kind == ChartNode::Kind::Person)
            m_shown[size_t(item.row)] = 1;
        parent = addNode(node);
        if (node.crumb)
            m_layout->m_crumbs.append(parent);
        else if (m_layout->m_root < 0)
            m_layout->m_root = parent;
    }

    // The focus, among their peers when the chart shows them (the direct manager's reports).
    QList<int> group{focus};
    if (m_spec.mode == ChartSpec::Mode::Explore && m_spec.peers && !chain.isEmpty())
        group = sortedByName(teamAround(chain.last()));
    const int depth = m_spec.mode == ChartSpec::Mode::Explore ? std::max(1, m_spec.depth) : std::max(0, m_spec.depth);
    for (int row : std::as_const(group)) {
        const bool isFocus = row == focus;
        const int node = addPerson(row, isFocus ? ChartNode::Role::Focus : ChartNode::Role::Peer, 0, parent);
        if (m_layout->m_root < 0)
            m_layout->m_root = node;
        if (m_layout->m_nodes[node].kind != ChartNode::Kind::Person)
            continue;
        if (isFocus)
            m_layout->m_focus = node;
        addReports(node, isFocus ? depth : 0);
    }
}

QList<ChartTreeBuilder::ChainItem> ChartTreeBuilder::chainItems() const
{
    const Directory::Chain chain = m_directory.managerChain(m_spec.focusRow);
    QList<ChainItem> items;
    items.reserve(chain.rows.size() + 1);
    if (chain.cycle) {
        // The top of the chain reports to someone already on it (or to themselves): say so, and stop there.
        const int top = chain.rows.isEmpty() ? m_spec.focusRow : chain.rows.first();
        items.append({ChartNode::Kind::Cycle, m_directory.rowOf(m_directory.user(top).managerId), {}});
    } else if (!chain.missingManagerId.isEmpty()) {
        items.append({ChartNode::Kind::MissingManager, -1, chain.missingManagerId});
    }
    for (int row : chain.rows)
        items.append({ChartNode::Kind::Person, row, {}});
    return items;
}

QList<int> ChartTreeBuilder::teamAround(const ChainItem& manager) const
{
    switch (manager.kind) {
    case ChartNode::Kind::Person:
        return m_directory.directReports(manager.row);
    case ChartNode::Kind::MissingManager:
        return m_directory.reportsOfId(manager.missingId); // everyone waiting for the same unknown manager
    case ChartNode::Kind::Cycle:
        break;
    }
    return {m_spec.focusRow};
}

QList<int> ChartTreeBuilder::sortedByName(QList<int> rows) const
{
    if (rows.size() < 2)
        return rows;
    QList<QString> names(rows.size());
    QList<qsizetype> order(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        names[i] = m_directory.user(rows[i]).displayName();
        order[i] = i;
    }
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const int c = m_collator.compare(names[a], names[b]);
        return c != 0 ? c < 0 : rows[a] < rows[b];
    });
    QList<int> out;
    out.reserve(rows.size());
    for (qsizetype i : std::as_const(order))
        out.append(rows[i]);
    return out;
}

int ChartTreeBuilder::addNode(ChartNode node)
{
    const int index = m_layout->count();
    if (node.parent >= 0)
        m_layout->m_nodes[node.parent].children.append(index);
    if (node.kind == ChartNode::Kind::Person)
        m_layout->m_rowNodes.insert(node.row, index);
    m_layout->m_nodes.append(std::move(node));
    return index;
}

int ChartTreeBuilder::addPerson(int row, ChartNode::Role role, int level, int parent)
{
    ChartNode node;
    node.row = row;
    node.role = role;
    node.level = level;
    node.parent = parent;
    if (m_shown[size_t(row)]) {
        node.kind = ChartNode::Kind::Cycle; // only a reporting loop leads back to someone already shown
        return addNode(node);
    }
    m_shown[size_t(row)] = 1;
    return addNode(node);
}

void ChartTreeBuilder::addReports(int node, int levels)
{
    const int row = m_layout->m_nodes[node].row;
    const QList<int>& reports = m_directory.directReports(row);
    if (reports.isEmpty())
        return;
    const bool expanded = m_spec.mode == ChartSpec::Mode::Explore && m_spec.expanded.contains(row);
    if (levels <= 0 && !expanded) {
        m_layout->m_nodes[node].hasHiddenReports = true;
        return;
    }
    m_layout->m_nodes[node].expanded = levels <= 0;
    const int level = m_layout->m_nodes[node].level + 1;
    for (int report : sortedByName(reports)) {
        const int child = addPerson(report, ChartNode::Role::Report, level, node);
        if (m_layout->m_nodes[child].kind == ChartNode::Kind::Person)
            addReports(child, levels - 1);
    }
}
