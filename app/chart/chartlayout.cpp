// SPDX-License-Identifier: MIT
#include "chartlayout.h"

#include "chartplacer.h"
#include "charttreebuilder.h"

ChartLayout ChartLayout::build(const Directory& directory, const ChartSpec& spec, const ChartMetrics& metrics)
{
    ChartLayout layout;
    layout.m_metrics = metrics;
    layout.m_mode = spec.mode;
    ChartTreeBuilder(directory, spec, &layout).build();
    ChartPlacer(&layout).place();
    return layout;
}

int ChartLayout::nodeAt(const QPointF& point) const
{
    for (int i = 0; i < count(); ++i) {
        if (m_nodes[i].rect.contains(point))
            return i;
    }
    return -1;
}

QList<int> ChartLayout::nodesIn(const QRectF& rect) const
{
    QList<int> out;
    for (int i = 0; i < count(); ++i) {
        if (m_nodes[i].rect.intersects(rect))
            out.append(i);
    }
    return out;
}

QList<int> ChartLayout::rows() const
{
    QList<int> out;
    out.reserve(m_rowNodes.size());
    for (const ChartNode& node : m_nodes) {
        if (node.kind == ChartNode::Kind::Person)
            out.append(node.row);
    }
    return out;
}

int ChartLayout::up(int node) const
{
    return node >= 0 && node < count() ? m_nodes[node].parent : -1;
}

int ChartLayout::down(int node) const
{
    if (node < 0 || node >= count() || m_nodes[node].children.isEmpty())
        return -1;
    return m_nodes[node].children.first();
}

int ChartLayout::sibling(int node, int step) const
{
    if (node < 0 || node >= count())
        return -1;
    const int parent = m_nodes[node].parent;
    // Crumbs are one row: their neighbours are the crumbs beside them.
    const QList<int>& row = m_nodes[node].crumb ? m_crumbs : parent >= 0 ? m_nodes[parent].children : QList<int>();
    const qsizetype at = row.indexOf(node);
    if (at < 0)
        return -1;
    const qsizetype next = at + step;
    return next >= 0 && next < row.size() ? row[next] : -1;
}
