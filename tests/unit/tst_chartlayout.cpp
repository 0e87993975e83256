// SPDX-License-Identifier: MIT
// The org chart's layout as geometry, without pixels: who is shown and under whom, that boxes never overlap, that
// every box sits below its manager and each connector joins a report to their manager with horizontal and vertical
// segments only, that a large team wraps into a grid, and that cycles and missing managers are shown and end.
#include "chart/chartlayout.h"
#include "directory/directory.h"
#include "testusers.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using TestUsers::make;
using Kind = ChartNode::Kind;
using Role = ChartNode::Role;

namespace {
QString id(int n)
{
    return QString::number(n);
}

// Interiors meet (touching edges is not overlapping).
bool overlaps(const QRectF& a, const QRectF& b)
{
    return a.left() < b.right() - 0.01 && b.left() < a.right() - 0.01 && a.top() < b.bottom() - 0.01 &&
           b.top() < a.bottom() - 0.01;
}

bool onEdge(const QPointF& p, const QRectF& r)
{
    const qreal e = 0.01;
    const bool inX = p.x() >= r.left() - e && p.x() <= r.right() + e;
    const bool inY = p.y() >= r.top() - e && p.y() <= r.bottom() + e;
    const bool onVertical = qAbs(p.x() - r.left()) < e || qAbs(p.x() - r.right()) < e;
    const bool onHorizontal = qAbs(p.y() - r.top()) < e || qAbs(p.y() - r.bottom()) < e;
    return inX && inY && (onVertical || onHorizontal);
}

// Does the segment a–b pass through the inside of r?
bool crosses(const QPointF& a, const QPointF& b, const QRectF& r)
{
    const QRectF inner = r.adjusted(0.5, 0.5, -0.5, -0.5);
    const QRectF segment = QRectF(a, b).normalized().adjusted(-0.001, -0.001, 0.001, 0.001);
    return segment.intersects(inner);
}

QString describe(const ChartLayout& layout, int node, const Directory& d)
{
    const ChartNode& n = layout.node(node);
    if (n.kind == Kind::MissingManager)
        return u"missing(%1)"_s.arg(n.missingId);
    const QString name = n.row >= 0 ? d.user(n.row).fullName() : u"?"_s;
    return n.kind == Kind::Cycle ? u"cycle(%1)"_s.arg(name) : name;
}

// Every rule of the layout; returns the first broken one, or an empty string.
QString checkLayout(const ChartLayout& layout, const Directory& d)
{
    const QList<ChartNode>& nodes = layout.nodes();
    // Every person once.
    QHash<int, int> seen;
    for (int i = 0; i < layout.count(); ++i) {
        if (nodes[i].kind != Kind::Person)
            continue;
        if (seen.contains(nodes[i].row))
            return u"%1 is shown twice"_s.arg(describe(layout, i, d));
        seen.insert(nodes[i].row, i);
        if (layout.nodeOfRow(nodes[i].row) != i)
            return u"nodeOfRow(%1) is wrong"_s.arg(describe(layout, i, d));
    }
    // No two boxes overlap; each is inside the bounds.
    QList<int> order(layout.count());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return nodes[a].rect.left() < nodes[b].rect.left(); });
    for (qsizetype i = 0; i < order.size(); ++i) {
        const QRectF a = nodes[order[i]].rect;
        if (a.isEmpty())
            return u"%1 has no box"_s.arg(describe(layout, order[i], d));
        if (!layout.bounds().contains(a))
            return u"%1 is outside the bounds"_s.arg(describe(layout, order[i], d));
        for (qsizetype j = i + 1; j < order.size() && nodes[order[j]].rect.left() < a.right(); ++j) {
            if (overlaps(a, nodes[order[j]].rect))
                return u"%1 and %2 overlap"_s.arg(describe(layout, order[i], d), describe(layout, order[j], d));
        }
    }
    // Each box below its manager (crumbs: in a row, left to right, above the top box), managers from the directory.
    for (int i = 0; i < layout.count(); ++i) {
        const ChartNode& n = nodes[i];
        if (n.parent < 0)
            continue;
        const ChartNode& p = nodes[n.parent];
        if (!p.children.contains(i))
            return u"%1 is not among its parent's children"_s.arg(describe(layout, i, d));
        if (p.crumb && n.crumb) {
            if (!(n.rect.left() > p.rect.right() && qFuzzyCompare(n.rect.top(), p.rect.top())))
                return u"crumb %1 is not right of %2"_s.arg(describe(layout, i, d), describe(layout, n.parent, d));
        } else if (!(n.rect.top() > p.rect.bottom())) {
            return u"%1 is not below its manager %2"_s.arg(describe(layout, i, d), describe(layout, n.parent, d));
        }
        if (n.level != p.level + 1 && !(p.crumb && n.crumb))
            return u"%1 is on level %2 under level %3"_s.arg(describe(layout, i, d)).arg(n.level).arg(p.level);
        if (n.row >= 0 && p.kind == Kind::Person && d.managerRow(n.row) != p.row)
            return u"%1 does not report to %2"_s.arg(describe(layout, i, d), describe(layout, n.parent, d));
        if (n.row >= 0 && p.kind == Kind::MissingManager && d.user(n.row).managerId != p.missingId)
            return u"%1 does not wait for %2"_s.arg(describe(layout, i, d), describe(layout, n.parent, d));
    }
    // One connector per report, from the manager's edge to the report's edge, horizontal and vertical segments only,
    // through no other box.
    QHash<int, int> connectorsTo;
    for (const ChartConnector& c : layout.connectors()) {
        if (c.to < 0 || c.from < 0 || nodes[c.to].parent != c.from)
            return u"a connector joins %1 to %2, who is not their manager"_s.arg(describe(layout, c.to, d),
                                                                                 describe(layout, c.from, d));
        ++connectorsTo[c.to];
        if (c.points.size() < 2)
            return u"the connector to %1 has %2 points"_s.arg(describe(layout, c.to, d)).arg(c.points.size());
        if (!onEdge(c.points.first(), nodes[c.from].rect) || !onEdge(c.points.last(), nodes[c.to].rect))
            return u"the connector to %1 does not start and end on the boxes"_s.arg(describe(layout, c.to, d));
        for (qsizetype k = 0; k + 1 < c.points.size(); ++k) {
            const QPointF a = c.points[k];
            const QPointF b = c.points[k + 1];
            if (!qFuzzyCompare(a.x(), b.x()) && !qFuzzyCompare(a.y(), b.y()))
                return u"the connector to %1 has a slanted segment"_s.arg(describe(layout, c.to, d));
            for (int other = 0; other < layout.count(); ++other) {
                if (other != c.from && other != c.to && crosses(a, b, nodes[other].rect))
                    return u"the connector to %1 runs through %2"_s.arg(describe(layout, c.to, d),
                                                                        describe(layout, other, d));
            }
        }
    }
    for (int i = 0; i < layout.count(); ++i) {
        const int expected = nodes[i].parent >= 0 ? 1 : 0;
        if (connectorsTo.value(i) != expected)
            return u"%1 has %2 connectors"_s.arg(describe(layout, i, d)).arg(connectorsTo.value(i));
    }
    return {};
}

QStringList names(const ChartLayout& layout, const Directory& d, const QList<int>& nodes)
{
    QStringList out;
    for (int n : nodes)
        out.append(describe(layout, n, d));
    return out;
}

QList<int> nodesWithRole(const ChartLayout& layout, Role role)
{
    QList<int> out;
    for (int i = 0; i < layout.count(); ++i) {
        if (layout.node(i).role == role)
            out.append(i);
    }
    return out;
}

ChartSpec explore(int row)
{
    ChartSpec spec;
    spec.focusRow = row;
    return spec;
}

ChartSpec team(int row, int depth)
{
    ChartSpec spec;
    spec.mode = ChartSpec::Mode::Team;
    spec.focusRow = row;
    spec.depth = depth;
    return spec;
}

// A chain of `levels` managers above person 0 ("L1" is the top), plus 0's peers and reports.
QList<User> chainOf(int levels)
{
    QList<User> users;
    for (int l = 1; l <= levels; ++l)
        users.append(make(u"L%1"_s.arg(l), u"Level"_s, id(l), l > 1 ? u"L%1"_s.arg(l - 1) : QString()));
    users.append(make(u"me"_s, u"Me"_s, u"Myself"_s, levels > 0 ? u"L%1"_s.arg(levels) : QString()));
    return users;
}
} // namespace

class TestChartLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exploreShowsChainPeersAndReports();
    void expandedReportsShowOneMoreLevel();
    void longChainsCollapseIntoABreadcrumb_data();
    void longChainsCollapseIntoABreadcrumb();
    void aLargeTeamWrapsIntoAGrid();
    void missingManagerIsShownAndEnds();
    void cyclesAreMarkedAndEnd();
    void selfManagerIsACycle();
    void teamModeShowsTheOrganisationToDepth();
    void keyboardNeighbours();
    void hitTesting();
    void demoCompanyHoldsEveryRule();
    void unknownFocusIsEmpty();
};

void TestChartLayout::exploreShowsChainPeersAndReports()
{
    // boss ← {ana, bob, cy}; bob ← {dee, eve}; dee ← {fay}; boss ← big
    Directory d;
    d.upsert({make(u"big"_s, u"Big"_s, u"Boss"_s), make(u"boss"_s, u"Bo"_s, u"Ss"_s, u"big"_s),
              make(u"ana"_s, u"Ana"_s, u"A"_s, u"boss"_s), make(u"bob"_s, u"Bob"_s, u"B"_s, u"boss"_s),
              make(u"cy"_s, u"Cy"_s, u"C"_s, u"boss"_s), make(u"dee"_s, u"Dee"_s, u"D"_s, u"bob"_s),
              make(u"eve"_s, u"Eve"_s, u"E"_s, u"bob"_s), make(u"fay"_s, u"Fay"_s, u"F"_s, u"dee"_s)});
    const ChartLayout layout = ChartLayout::build(d, explore(d.rowOf(u"bob"_s)));
    QCOMPARE(checkLayout(layout, d), QString());
    QCOMPARE(names(layout, d, nodesWithRole(layout, Role::Chain)), (QStringList{u"Big Boss"_s, u"Bo Ss"_s}));
    QCOMPARE(names(layout, d, {layout.focusNode()}), QStringList{u"Bob B"_s});
    QCOMPARE(names(layout, d, nodesWithRole(layout, Role::Peer)), (QStringList{u"Ana A"_s, u"Cy C"_s}));
    QCOMPARE(names(layout, d, nodesWithRole(layout, Role::Report)), (QStringList{u"Dee D"_s, u"Eve E"_s}));
    QVERIFY(layout.nodeOfRow(d.rowOf(u"fay"_s)) < 0); // below the reports: not shown until Dee is expanded
    QVERIFY(layout.node(layout.nodeOfRow(d.rowOf(u"dee"_s))).hasHiddenReports);
    QVERIFY(!layout.node(layout.nodeOfRow(d.rowOf(u"eve"_s))).hasHiddenReports);
    QVERIFY(layout.crumbs().isEmpty());
    // The focus sits among the peers in name order, on the same line; the chain straight above.
    const QRectF focus = layout.node(layout.focusNode()).rect;
    const QRectF ana = layout.node(layout.nodeOfRow(d.rowOf(u"ana"_s))).rect;
    const QRectF cy = layout.node(layout.nodeOfRow(d.rowOf(u"cy"_s))).rect;
    QCOMPARE(ana.top(), focus.top());
    QVERIFY(ana.right() < focus.left() && focus.right() < cy.left());
    QCOMPARE(layout.node(layout.nodeOfRow(d.rowOf(u"boss"_s))).level, -1);
    QCOMPARE(layout.node(layout.nodeOfRow(d.rowOf(u"big"_s))).level, -2);
}

void TestChartLayout::expandedReportsShowOneMoreLevel()
{
    Directory d;
    d.upsert({make(u"m"_s, u"Max"_s, u"M"_s), make(u"a"_s, u"Ann"_s, u"A"_s, u"m"_s),
              make(u"b"_s, u"Ben"_s, u"B"_s, u"m"_s), make(u"a1"_s, u"Ada"_s, u"One"_s, u"a"_s),
              make(u"a2"_s, u"Abe"_s, u"Two"_s, u"a"_s), make(u"b1"_s, u"Bea"_s, u"One"_s, u"b"_s),
              make(u"x"_s, u"Xia"_s, u"Deep"_s, u"a1"_s)});
    ChartSpec spec = explore(d.rowOf(u"m"_s));
    spec.expanded = {d.rowOf(u"a"_s)};
    const ChartLayout layout = ChartLayout::build(d, spec);
    QCOMPARE(checkLayout(layout, d), QString());
    QVERIFY(layout.nodeOfRow(d.rowOf(u"a1"_s)) >= 0);
    QVERIFY(layout.nodeOfRow(d.rowOf(u"a2"_s)) >= 0);
    QVERIFY(layout.nodeOfRow(d.rowOf(u"b1"_s)) < 0); // Ben was not expanded
    QVERIFY(layout.nodeOfRow(d.rowOf(u"x"_s)) < 0);  // one more level, not two
    const ChartNode& ann = layout.node(layout.nodeOfRow(d.rowOf(u"a"_s)));
    QVERIFY(ann.expanded);
    QVERIFY(!ann.hasHiddenReports);
    QVERIFY(layout.node(layout.nodeOfRow(d.rowOf(u"b"_s))).hasHiddenReports);
    QCOMPARE(layout.node(layout.nodeOfRow(d.rowOf(u"a1"_s))).level, 2);

    // Expanding one of those goes one level further again.
    spec.expanded.insert(d.rowOf(u"a1"_s));
    const ChartLayout deeper = ChartLayout::build(d, spec);
    QCOMPARE(checkLayout(deeper, d), QString());
    QVERIFY(deeper.nodeOfRow(d.rowOf(u"x"_s)) >= 0);
}

void TestChartLayout::longChainsCollapseIntoABreadcrumb_data()
{
    QTest::addColumn<int>("levels");
    QTest::addColumn<int>("crumbs");
    QTest::newRow("top of the organisation") << 0 << 0;
    QTest::newRow("four levels: all boxes") << 4 << 0;
    QTest::newRow("five levels") << 5 << 1;
    QTest::newRow("nine levels") << 9 << 5;
}

void TestChartLayout::longChainsCollapseIntoABreadcrumb()
{
    QFETCH(int, levels);
    QFETCH(int, crumbs);
    Directory d;
    d.upsert(chainOf(levels));
    const ChartLayout layout = ChartLayout::build(d, explore(d.rowOf(u"me"_s)));
    QCOMPARE(checkLayout(layout, d), QString());
    QCOMPARE(layout.crumbs().size(), crumbs);
    QCOMPARE(nodesWithRole(layout, Role::Chain).size(), levels);
    // The crumbs are the top of the chain, in order, left to right, above every box.
    for (qsizetype i = 0; i < layout.crumbs().size(); ++i) {
        const ChartNode& crumb = layout.node(layout.crumbs()[i]);
        QVERIFY(crumb.crumb);
        QCOMPARE(d.user(crumb.row).id, u"L%1"_s.arg(i + 1));
        QVERIFY(crumb.rect.height() < layout.metrics().boxHeight);
        QVERIFY(crumb.rect.bottom() < layout.node(layout.rootNode()).rect.top());
    }
    int boxes = 0;
    for (const ChartNode& n : layout.nodes())
        boxes += n.role == Role::Chain && !n.crumb;
    QCOMPARE(boxes, std::min(levels, 4));
}

void TestChartLayout::aLargeTeamWrapsIntoAGrid()
{
    QList<User> users{make(u"boss"_s, u"Team"_s, u"Lead"_s)};
    for (int i = 0; i < 150; ++i)
        users.append(make(id(i), u"Member"_s, u"%1"_s.arg(i, 3, 10, QLatin1Char('0')), u"boss"_s));
    Directory d;
    d.upsert(users);
    const ChartMetrics m;
    for (const ChartSpec& spec : {explore(d.rowOf(u"boss"_s)), team(d.rowOf(u"boss"_s), 1)}) {
        const ChartLayout layout = ChartLayout::build(d, spec, m);
        QCOMPARE(checkLayout(layout, d), QString());
        QCOMPARE(layout.rows().size(), 151);
        QSet<qreal> rowTops;
        for (const ChartNode& n : layout.nodes()) {
            if (n.role == Role::Report)
                rowTops.insert(n.rect.top());
        }
        // A grid: several rows of reports, each far shorter than one row of 150, roughly wider than high.
        QVERIFY2(rowTops.size() >= 5, qPrintable(QString::number(rowTops.size())));
        QVERIFY(layout.bounds().width() < 150 * (m.boxWidth + m.gapX) / 4);
        QVERIFY(layout.bounds().width() > layout.bounds().height() * 0.8);
        QVERIFY(layout.bounds().width() < layout.bounds().height() * 3);
    }
    // A few reports stay in one row.
    Directory small;
    small.upsert(users.mid(0, 7));
    const ChartLayout row = ChartLayout::build(small, explore(0), m);
    QCOMPARE(checkLayout(row, small), QString());
    QSet<qreal> tops;
    for (int n : nodesWithRole(row, Role::Report))
        tops.insert(row.node(n).rect.top());
    QCOMPARE(tops.size(), 1);
}

void TestChartLayout::missingManagerIsShownAndEnds()
{
    Directory d;
    d.upsert({make(u"a"_s, u"Ann"_s, u"A"_s, u"ghost"_s), make(u"b"_s, u"Ben"_s, u"B"_s, u"ghost"_s),
              make(u"c"_s, u"Cat"_s, u"C"_s, u"a"_s)});
    for (const ChartSpec& spec : {explore(d.rowOf(u"a"_s)), team(d.rowOf(u"a"_s), 3)}) {
        const ChartLayout layout = ChartLayout::build(d, spec);
        QCOMPARE(checkLayout(layout, d), QString());
        const ChartNode& top = layout.node(layout.rootNode());
        QCOMPARE(top.kind, Kind::MissingManager);
        QCOMPARE(top.missingId, u"ghost"_s);
        QCOMPARE(top.parent, -1);
        QCOMPARE(layout.node(layout.focusNode()).parent, layout.rootNode());
        // Explore shows the others waiting for the same manager as peers.
        const bool peers = spec.mode == ChartSpec::Mode::Explore;
        QCOMPARE(layout.nodeOfRow(d.rowOf(u"b"_s)) >= 0, peers);
        QVERIFY(layout.nodeOfRow(d.rowOf(u"c"_s)) >= 0);
    }
}

void TestChartLayout::cyclesAreMarkedAndEnd()
{
    // a → b → c → a (each one's manager is the next), and d reports to a.
    Directory d;
    d.upsert({make(u"a"_s, u"Ann"_s, u"A"_s, u"b"_s), make(u"b"_s, u"Ben"_s, u"B"_s, u"c"_s),
              make(u"c"_s, u"Cat"_s, u"C"_s, u"a"_s), make(u"d"_s, u"Dan"_s, u"D"_s, u"a"_s)});
    for (const ChartSpec& spec : {explore(d.rowOf(u"a"_s)), team(d.rowOf(u"a"_s), 10)}) {
        const ChartLayout layout = ChartLayout::build(d, spec);
        QCOMPARE(checkLayout(layout, d), QString());
        // Above: Cat, then Ben, then a marker pointing back to Ann instead of going round again.
        const ChartNode& top = layout.node(layout.rootNode());
        QCOMPARE(top.kind, Kind::Cycle);
        QCOMPARE(top.row, d.rowOf(u"a"_s));
        QCOMPARE(names(layout, d, nodesWithRole(layout, Role::Chain)),
                 (QStringList{u"cycle(Ann A)"_s, u"Cat C"_s, u"Ben B"_s}));
        // Below: Ann's report Cat is already above, so a marker; Dan is a plain report.
        QList<int> cycleReports;
        for (int child : layout.node(layout.focusNode()).children)
            cycleReports.append(child);
        QCOMPARE(names(layout, d, cycleReports), (QStringList{u"cycle(Cat C)"_s, u"Dan D"_s}));
        QCOMPARE(layout.rows().size(), 4);
    }
}

void TestChartLayout::selfManagerIsACycle()
{
    Directory d;
    d.upsert({make(u"s"_s, u"Sam"_s, u"Self"_s, u"s"_s), make(u"r"_s, u"Rex"_s, u"R"_s, u"s"_s)});
    const ChartLayout layout = ChartLayout::build(d, explore(d.rowOf(u"s"_s)));
    QCOMPARE(checkLayout(layout, d), QString());
    QCOMPARE(layout.node(layout.rootNode()).kind, Kind::Cycle);
    QCOMPARE(layout.node(layout.rootNode()).row, d.rowOf(u"s"_s));
    QVERIFY(layout.nodeOfRow(d.rowOf(u"r"_s)) >= 0);
}

void TestChartLayout::teamModeShowsTheOrganisationToDepth()
{
    const QList<User> users = TestUsers::demo(2000);
    Directory d;
    d.upsert(users);
    // A department head: the CEO's report with the largest organisation.
    const int ceo = TestUsers::ceo(d);
    QVERIFY(ceo >= 0);
    int head = -1;
    for (int r : d.directReports(ceo)) {
        if (head < 0 || d.totalReports(r) > d.totalReports(head))
            head = r;
    }
    for (int depth : {0, 1, 2, 3}) {
        const ChartLayout layout = ChartLayout::build(d, team(head, depth));
        QCOMPARE(checkLayout(layout, d), QString());
        // Exactly the head, their organisation down to `depth` levels, and the chain above.
        QSet<int> expected{head, ceo};
        QList<int> level{head};
        for (int l = 0; l < depth; ++l) {
            QList<int> next;
            for (int r : std::as_const(level))
                next += d.directReports(r);
            for (int r : std::as_const(next))
                expected.insert(r);
            level = next;
        }
        const QList<int> rows = layout.rows();
        QCOMPARE(QSet<int>(rows.begin(), rows.end()), expected);
        // The edge of the chart says who has more below.
        for (int r : std::as_const(level))
            QCOMPARE(layout.node(layout.nodeOfRow(r)).hasHiddenReports, !d.directReports(r).isEmpty());
        QVERIFY(nodesWithRole(layout, Role::Peer).isEmpty());
    }
}

void TestChartLayout::keyboardNeighbours()
{
    Directory d;
    d.upsert(chainOf(6)); // two crumbs, four boxes above "me"
    d.upsert({make(u"p"_s, u"Pat"_s, u"Peer"_s, u"L6"_s), make(u"r1"_s, u"Rae"_s, u"One"_s, u"me"_s),
              make(u"r2"_s, u"Roy"_s, u"Two"_s, u"me"_s)});
    const ChartLayout layout = ChartLayout::build(d, explore(d.rowOf(u"me"_s)));
    QCOMPARE(checkLayout(layout, d), QString());
    const int me = layout.focusNode();
    auto nodeOf = [&](const QString& id) { return layout.nodeOfRow(d.rowOf(id)); };
    QCOMPARE(layout.up(me), nodeOf(u"L6"_s));
    QCOMPARE(layout.down(me), nodeOf(u"r1"_s));
    QCOMPARE(layout.sibling(nodeOf(u"r1"_s), 1), nodeOf(u"r2"_s));
    QCOMPARE(layout.sibling(nodeOf(u"r2"_s), 1), -1);
    QCOMPARE(layout.sibling(nodeOf(u"r2"_s), -1), nodeOf(u"r1"_s));
    // "Me Myself" sorts after "Pat Peer"? No: M before P.
    QCOMPARE(layout.sibling(me, 1), nodeOf(u"p"_s));
    QCOMPARE(layout.sibling(me, -1), -1);
    // Up the chain into the breadcrumb, along it and back down.
    QCOMPARE(layout.up(nodeOf(u"L3"_s)), nodeOf(u"L2"_s));
    QVERIFY(layout.node(nodeOf(u"L2"_s)).crumb);
    QCOMPARE(layout.sibling(nodeOf(u"L2"_s), -1), nodeOf(u"L1"_s));
    QCOMPARE(layout.up(nodeOf(u"L1"_s)), -1);
    QCOMPARE(layout.down(nodeOf(u"L2"_s)), nodeOf(u"L3"_s));
    QCOMPARE(layout.down(nodeOf(u"r1"_s)), -1);
}

void TestChartLayout::hitTesting()
{
    Directory d;
    d.upsert(chainOf(2));
    d.upsert({make(u"r"_s, u"Rae"_s, u"One"_s, u"me"_s)});
    const ChartLayout layout = ChartLayout::build(d, explore(d.rowOf(u"me"_s)));
    for (int i = 0; i < layout.count(); ++i)
        QCOMPARE(layout.nodeAt(layout.node(i).rect.center()), i);
    const QRectF me = layout.node(layout.focusNode()).rect;
    QCOMPARE(layout.nodeAt(QPointF(me.right() + 1, me.center().y())), -1);
    QCOMPARE(layout.nodesIn(me), QList<int>{layout.focusNode()});
    QCOMPARE(layout.nodesIn(layout.bounds()).size(), layout.count());
}

void TestChartLayout::demoCompanyHoldsEveryRule()
{
    Directory d;
    d.upsert(TestUsers::demo(3000, 7));
    QRandomGenerator rng(20);
    for (int trial = 0; trial < 40; ++trial) {
        ChartSpec spec = explore(int(rng.bounded(d.count())));
        // Expand a few people who have reports, shown or not (unshown ones change nothing).
        for (int k = 0; k < 4; ++k) {
            const int r = int(rng.bounded(d.count()));
            if (!d.directReports(r).isEmpty())
                spec.expanded.insert(r);
        }
        const ChartLayout layout = ChartLayout::build(d, spec);
        const QString problem = checkLayout(layout, d);
        QVERIFY2(problem.isEmpty(), qPrintable(u"trial %1: %2"_s.arg(trial).arg(problem)));
    }
    for (int trial = 0; trial < 5; ++trial) {
        const ChartLayout layout = ChartLayout::build(d, team(int(rng.bounded(d.count())), 3));
        const QString problem = checkLayout(layout, d);
        QVERIFY2(problem.isEmpty(), qPrintable(u"team %1: %2"_s.arg(trial).arg(problem)));
    }
}

void TestChartLayout::unknownFocusIsEmpty()
{
    Directory d;
    d.upsert(chainOf(1));
    QVERIFY(ChartLayout::build(d, explore(-1)).isEmpty());
    QVERIFY(ChartLayout::build(d, explore(99)).isEmpty());
    QCOMPARE(ChartLayout::build(d, explore(-1)).nodeAt(QPointF(0, 0)), -1);
}

QTEST_GUILESS_MAIN(TestChartLayout)
#include "tst_chartlayout.moc"
