// SPDX-License-Identifier: MIT
#include "chartplacer.h"

#include <QtMath>

#include <algorithm>

namespace {
// Drops repeated points and the middle of straight runs, so a connector is its corners only.
QPolygonF corners(const QPolygonF& points)
{
    QPolygonF out;
    for (const QPointF& p : points) {
        if (!out.isEmpty() && qFuzzyCompare(out.last().x(), p.x()) && qFuzzyCompare(out.last().y(), p.y()))
            continue;
        if (out.size() >= 2) {
            const QPointF& a = out[out.size() - 2];
            const QPointF& b = out.last();
            const bool straight = (qFuzzyCompare(a.x(), b.x()) && qFuzzyCompare(b.x(), p.x())) ||
                                  (qFuzzyCompare(a.y(), b.y()) && qFuzzyCompare(b.y(), p.y()));
            if (straight)
                out.removeLast();
        }
        out.append(p);
    }
    return out;
}
} // namespace

ChartPlacer::ChartPlacer(ChartLayout* layout)
    : m_layout(layout)
    , m_metrics(layout->m_metrics)
{}

void ChartPlacer::place()
{
    if (m_layout->m_root < 0)
        return;
    m_subtrees.assign(size_t(m_layout->count()), {});
    m_origins.assign(size_t(m_layout->count()), {});
    measure(m_layout->m_root);
    assign(m_layout->m_root, QPointF(0, 0));
    for (int node = 0; node < m_layout->count(); ++node) {
        if (!m_layout->m_nodes[node].crumb)
            connect(node);
    }
    placeCrumbs();
    QRectF bounds;
    for (const ChartNode& node : std::as_const(m_layout->m_nodes))
        bounds = bounds.isNull() ? node.rect : bounds.united(node.rect);
    m_layout->m_bounds = bounds;
}

QSizeF ChartPlacer::boxSize(int node) const
{
    if (m_layout->m_nodes[node].crumb)
        return {m_metrics.crumbWidth, m_metrics.crumbHeight};
    return {m_metrics.boxWidth, m_metrics.boxHeight};
}

bool ChartPlacer::isCentre(int node) const
{
    // The focus's own reports, and the focus among their peers, get rows or grids; elsewhere a few reports stack.
    const int focus = m_layout->m_focus;
    return node == m_layout->m_root || node == focus || (focus >= 0 && node == m_layout->m_nodes[focus].parent);
}

void ChartPlacer::measure(int node)
{
    const QList<int>& children = m_layout->m_nodes[node].children;
    bool leavesOnly = true;
    for (int child : children) {
        measure(child);
        leavesOnly = leavesOnly && m_layout->m_nodes[child].children.isEmpty();
    }
    Subtree& s = m_subtrees[size_t(node)];
    const QSizeF box = boxSize(node);
    if (children.isEmpty()) {
        s.width = box.width();
        s.height = box.height();
        s.arrangement = Arrangement::Leaf;
        return;
    }
    if (leavesOnly && !isCentre(node) && children.size() <= m_metrics.stackLimit)
        measureStack(node);
    else
        measureBands(node);
}

void ChartPlacer::measureStack(int node)
{
    Subtree& s = m_subtrees[size_t(node)];
    const QSizeF box = boxSize(node);
    s.arrangement = Arrangement::Stack;
    qreal y = box.height();
    qreal width = box.width();
    for (int child : std::as_const(m_layout->m_nodes[node].children)) {
        const Subtree& c = m_subtrees[size_t(child)];
        y += m_metrics.stackGap;
        s.childOrigins.append(QPointF(m_metrics.indent, y));
        y += c.height;
        width = std::max(width, m_metrics.indent + c.width);
    }
    s.width = width;
    s.height = y;
}

void ChartPlacer::measureBands(int node)
{
    Subtree& s = m_subtrees[size_t(node)];
    const QSizeF box = boxSize(node);
    const QList<int>& children = m_layout->m_nodes[node].children;

    qreal rowWidth = -m_metrics.gapX;
    qreal widest = 0;
    qreal area = 0;
    for (int child : children) {
        const Subtree& c = m_subtrees[size_t(child)];
        rowWidth += c.width + m_metrics.gapX;
        widest = std::max(widest, c.width);
        area += (c.width + m_metrics.gapX) * (c.height + m_metrics.gapY);
    }
    // Bands of at most `limit` wide: a team too large for one row becomes a grid about gridAspect wide to high.
    qreal limit = rowWidth;
    if (children.size() > m_metrics.rowLimit || rowWidth > m_metrics.maxRowWidth)
        limit = std::max(widest, std::sqrt(area * m_metrics.gridAspect));
    QList<int> bandOf;
    bandOf.reserve(children.size());
    int band = 0;
    qreal x = -1;
    for (int child : children) {
        const qreal w = m_subtrees[size_t(child)].width;
        if (x >= 0 && x + m_metrics.gapX + w > limit + 0.5) {
            ++band;
            x = -1;
        }
        x = x < 0 ? w : x + m_metrics.gapX + w;
        bandOf.append(band);
    }

    const qreal firstTop = box.height() + m_metrics.gapY;
    if (band == 0) {
        s.arrangement = Arrangement::Row;
        qreal left = 0;
        qreal tallest = 0;
        for (int child : children) {
            const Subtree& c = m_subtrees[size_t(child)];
            s.childOrigins.append(QPointF(left, firstTop));
            left += c.width + m_metrics.gapX;
            tallest = std::max(tallest, c.height);
        }
        // Centred over the first and last report's boxes (straight down to a single report).
        auto boxCentre = [&](qsizetype i) {
            const int child = children[i];
            return s.childOrigins[i].x() + m_subtrees[size_t(child)].boxX + boxSize(child).width() / 2;
        };
        s.boxX = (boxCentre(0) + boxCentre(children.size() - 1)) / 2 - box.width() / 2;
        qreal shift = 0;
        if (s.boxX < 0) {
            shift = -s.boxX;
            s.boxX = 0;
            for (QPointF& origin : s.childOrigins)
                origin.rx() += shift;
        }
        s.width = std::max(shift + rowWidth, s.boxX + box.width());
        s.height = firstTop + tallest;
        return;
    }

    s.arrangement = Arrangement::Bands;
    s.childBands = bandOf;
    const qreal left = m_metrics.indent; // the trunk runs down the margin left of the bands
    qreal top = firstTop;
    qreal widestBand = 0;
    qsizetype i = 0;
    for (int b = 0; b <= band; ++b) {
        qreal bandLeft = left;
        qreal tallest = 0;
        s.bandTops.append(top);
        for (; i < children.size() && bandOf[i] == b; ++i) {
            const Subtree& c = m_subtrees[size_t(children[i])];
            s.childOrigins.append(QPointF(bandLeft, top));
            bandLeft += c.width + m_metrics.gapX;
            tallest = std::max(tallest, c.height);
        }
        widestBand = std::max(widestBand, bandLeft - m_metrics.gapX - left);
        top += tallest + m_metrics.gapY;
    }
    s.boxX = std::max<qreal>(0, left + (widestBand - box.width()) / 2);
    s.width = std::max(left + widestBand, s.boxX + box.width());
    s.height = top - m_metrics.gapY;
}

void ChartPlacer::assign(int node, const QPointF& origin)
{
    const Subtree& s = m_subtrees[size_t(node)];
    m_origins[size_t(node)] = origin;
    m_layout->m_nodes[node].rect = QRectF(QPointF(origin.x() + s.boxX, origin.y()), boxSize(node));
    const QList<int>& children = m_layout->m_nodes[node].children;
    for (qsizetype i = 0; i < children.size(); ++i)
        assign(children[i], origin + s.childOrigins[i]);
}

void ChartPlacer::connect(int node)
{
    const Subtree& s = m_subtrees[size_t(node)];
    const QRectF p = m_layout->m_nodes[node].rect;
    const QPointF origin = m_origins[size_t(node)];
    const QList<int>& children = m_layout->m_nodes[node].children;
    const qreal busY = p.bottom() + m_metrics.gapY / 2;
    const qreal trunkX = origin.x() + m_metrics.indent / 2;
    for (qsizetype i = 0; i < children.size(); ++i) {
        const QRectF c = m_layout->m_nodes[children[i]].rect;
        switch (s.arrangement) {
        case Arrangement::Leaf:
            break;
        case Arrangement::Stack:
            addConnector(
                node, children[i],
                {QPointF(trunkX, p.bottom()), QPointF(trunkX, c.center().y()), QPointF(c.left(), c.center().y())});
            break;
        case Arrangement::Row:
            addConnector(node, children[i],
                         {QPointF(p.center().x(), p.bottom()), QPointF(p.center().x(), busY),
                          QPointF(c.center().x(), busY), QPointF(c.center().x(), c.top())});
            break;
        case Arrangement::Bands: {
            const int band = s.childBands[i];
            if (band == 0) {
                addConnector(node, children[i],
                             {QPointF(p.center().x(), p.bottom()), QPointF(p.center().x(), busY),
                              QPointF(c.center().x(), busY), QPointF(c.center().x(), c.top())});
                break;
            }
            const qreal bandBus = origin.y() + s.bandTops[band] - m_metrics.gapY / 2;
            addConnector(node, children[i],
                         {QPointF(p.center().x(), p.bottom()), QPointF(p.center().x(), busY), QPointF(trunkX, busY),
                          QPointF(trunkX, bandBus), QPointF(c.center().x(), bandBus),
                          QPointF(c.center().x(), c.top())});
            break;
        }
        }
    }
}

void ChartPlacer::placeCrumbs()
{
    const QList<int>& crumbs = m_layout->m_crumbs;
    if (crumbs.isEmpty())
        return;
    const QRectF root = m_layout->m_nodes[m_layout->m_root].rect;
    const qreal total = crumbs.size() * m_metrics.crumbWidth + (crumbs.size() - 1) * m_metrics.crumbGap;
    const qreal top = root.top() - m_metrics.gapY - m_metrics.crumbHeight;
    qreal left = root.center().x() - total / 2;
    for (int crumb : crumbs) {
        m_layout->m_nodes[crumb].rect = QRectF(left, top, m_metrics.crumbWidth, m_metrics.crumbHeight);
        left += m_metrics.crumbWidth + m_metrics.crumbGap;
    }
    for (qsizetype i = 0; i + 1 < crumbs.size(); ++i) {
        const QRectF a = m_layout->m_nodes[crumbs[i]].rect;
        const QRectF b = m_layout->m_nodes[crumbs[i + 1]].rect;
        addConnector(crumbs[i], crumbs[i + 1], {QPointF(a.right(), a.center().y()), QPointF(b.left(), b.center().y())});
    }
    const QRectF last = m_layout->m_nodes[crumbs.last()].rect;
    const qreal middle = (last.bottom() + root.top()) / 2;
    addConnector(crumbs.last(), m_layout->m_root,
                 {QPointF(last.center().x(), last.bottom()), QPointF(last.center().x(), middle),
                  QPointF(root.center().x(), middle), QPointF(root.center().x(), root.top())});
}

void ChartPlacer::addConnector(int from, int to, QPolygonF points)
{
    m_layout->m_connectors.append({from, to, corners(points)});
}
