// SPDX-License-Identifier: MIT
#pragma once

#include "chartlayout.h"

#include <QList>
#include <QPointF>

#include <vector>

// Positions the boxes ChartTreeBuilder chose and draws the orthogonal connectors between them. Each subtree gets a
// rectangle of its own, so boxes never overlap: reports sit in a row centred under their manager; a large team
// wraps into bands (a grid) fed by a trunk on its left; a few reports with none of their own, under someone who is
// not the centre, stack in a column. The breadcrumb is a row above the top box.
class ChartPlacer
{
public:
    explicit ChartPlacer(ChartLayout* layout);
    void place();

private:
    enum class Arrangement : quint8
    {
        Leaf,
        Row,   // one band of subtrees, the manager centred above them
        Bands, // several bands, a trunk on the left
        Stack, // a column, a trunk on the left
    };
    struct Subtree
    {
        qreal width = 0;
        qreal height = 0;
        qreal boxX = 0; // the node's box, from the subtree's left
        Arrangement arrangement = Arrangement::Leaf;
        QList<QPointF> childOrigins; // each child's subtree, from this subtree's top left
        QList<int> childBands;       // Bands: the band of each child
        QList<qreal> bandTops;       // Bands: each band's top, from this subtree's top
    };

    QSizeF boxSize(int node) const;
    bool isCentre(int node) const;
    void measure(int node);
    void measureStack(int node);
    void measureBands(int node);
    void assign(int node, const QPointF& origin);
    void connect(int node);
    void placeCrumbs();
    void addConnector(int from, int to, QPolygonF points);

    ChartLayout* m_layout;
    const ChartMetrics& m_metrics;
    std::vector<Subtree> m_subtrees;
    std::vector<QPointF> m_origins;
};
