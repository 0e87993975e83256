// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QSet>
#include <QString>

class Directory;

// Sizes of the chart's boxes and the space between them, in logical pixels. The painter's ChartStyle chooses
// them for its fonts; the layout only does geometry with them.
struct ChartMetrics
{
    qreal boxWidth = 220;
    qreal boxHeight = 76;
    qreal gapX = 24;     // between boxes side by side
    qreal gapY = 44;     // between a manager and their reports (the connectors run in it)
    qreal stackGap = 12; // between boxes stacked in a column under their manager
    qreal indent = 28;   // how far a stacked column sits right of its manager (the connector's trunk runs there)
    qreal crumbWidth = 156;
    qreal crumbHeight = 30;
    qreal crumbGap = 20;
    int rowLimit = 8;         // reports in one row before a team wraps into a grid
    qreal maxRowWidth = 4000; // a row of teams wider than this wraps too
    qreal gridAspect = 16.0 / 9.0;
    int stackLimit = 6; // leaves under a manager who is not the centre stack in a column up to this many
};

// Who the chart shows around whom.
struct ChartSpec
{
    enum class Mode
    {
        Explore, // the focus with their manager chain, peers, direct reports, and the reports of `expanded` people
        Team,    // the focus's whole organisation down to `depth` levels, with their manager chain above
    };
    Mode mode = Mode::Explore;
    int focusRow = -1;
    int depth = 1;      // levels of reports below the focus shown in full (Explore: 1)
    QSet<int> expanded; // Explore: people whose reports are shown too (one more level each)
    bool peers = true;  // Explore: the focus's peers beside them
    int chainBoxes = 4; // managers above shown as boxes; more levels collapse into a breadcrumb
};

// One box of the chart.
struct ChartNode
{
    enum class Kind : quint8
    {
        Person,
        MissingManager, // the manager id the top of the chain names, not in the directory
        Cycle,          // where walking the reporting lines came back to someone already shown
    };
    enum class Role : quint8
    {
        Chain, // a manager above the focus (a box, or a crumb of the breadcrumb)
        Focus,
        Peer,
        Report, // below the focus (or a team member)
    };

    Kind kind = Kind::Person;
    Role role = Role::Report;
    int row = -1;      // the person (Person; Cycle: the one shown again); -1 for MissingManager
    QString missingId; // MissingManager: the id nobody loaded
    int parent = -1;   // the manager's node; -1 at the top
    QList<int> children;
    int level = 0; // 0 the focus's row, negative above, positive below
    QRectF rect;
    bool crumb = false;            // collapsed into the breadcrumb above the chain (a small box in a row)
    bool hasHiddenReports = false; // a person whose reports are not shown (can be expanded)
    bool expanded = false;         // a person shown with their reports because they were expanded
};

// An orthogonal line from a manager's box to a report's box (or between breadcrumbs): `points` start on the
// edge of `from` and end on the edge of `to`, every segment horizontal or vertical.
struct ChartConnector
{
    int from = -1;
    int to = -1;
    QPolygonF points;
};

// A laid-out chart: boxes and connectors in logical pixels, with the lookups the view and the keyboard need.
// Pure geometry: built from the directory and a spec, it knows nothing of fonts or painting.
class ChartLayout
{
public:
    static ChartLayout build(const Directory& directory, const ChartSpec& spec, const ChartMetrics& metrics = {});

    const QList<ChartNode>& nodes() const { return m_nodes; }
    const ChartNode& node(int index) const { return m_nodes[index]; }
    int count() const { return int(m_nodes.size()); }
    const QList<ChartConnector>& connectors() const { return m_connectors; }
    const ChartMetrics& metrics() const { return m_metrics; }
    ChartSpec::Mode mode() const { return m_mode; }
    QRectF bounds() const { return m_bounds; }
    int focusNode() const { return m_focus; }
    int rootNode() const { return m_root; }
    // The breadcrumb's nodes, left to right (the top of the organisation first).
    const QList<int>& crumbs() const { return m_crumbs; }
    bool isEmpty() const { return m_nodes.isEmpty(); }

    // The node showing a person as a box or crumb; -1 when they are not in the chart.
    int nodeOfRow(int row) const { return m_rowNodes.value(row, -1); }
    // The topmost node under a point (boxes never overlap); -1 for none.
    int nodeAt(const QPointF& point) const;
    // Nodes whose boxes meet `rect`, in paint order.
    QList<int> nodesIn(const QRectF& rect) const;
    // The people shown, as directory rows (each once).
    QList<int> rows() const;

    // Keyboard neighbours: the manager's node (Up), the first report's (Down), the previous/next box among the
    // same manager's reports (Left/Right); -1 when there is none.
    int up(int node) const;
    int down(int node) const;
    int sibling(int node, int step) const;

private:
    friend class ChartTreeBuilder;
    friend class ChartPlacer;

    QList<ChartNode> m_nodes;
    QList<ChartConnector> m_connectors;
    QHash<int, int> m_rowNodes;
    ChartMetrics m_metrics;
    ChartSpec::Mode m_mode = ChartSpec::Mode::Explore;
    QRectF m_bounds;
    int m_focus = -1;
    int m_root = -1;     // the top of the tree of boxes (below the breadcrumb)
    QList<int> m_crumbs; // breadcrumb nodes, top of the organisation first
};
