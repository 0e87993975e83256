// SPDX-License-Identifier: MIT
#include "benchsearch.h"

#include "benchdata.h"
#include "benchreport.h"

#include "api/userspageparser.h"
#include "directory/directory.h"
#include "directory/usercolumns.h"
#include "models/orgtreemodel.h"
#include "models/userfiltermodel.h"
#include "models/usertablemodel.h"
#include "plaintextdelegate.h"
#include "usertableview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <numeric>
#include <random>

namespace {

constexpr double frameMs = 1000.0 / 60;
constexpr double pageIntervalMs = 1000.0 / 3; // Gong's 3 requests/s

struct Stats
{
    QList<double> ms; // sorted
    explicit Stats(QList<double> values)
        : ms(std::move(values))
    {
        std::sort(ms.begin(), ms.end());
    }
    double at(double quantile) const
    {
        return ms.isEmpty() ? 0 : ms[std::min(ms.size() - 1, qsizetype(ms.size() * quantile))];
    }
    double median() const { return at(0.5); }
    double p95() const { return at(0.95); }
    double max() const { return ms.isEmpty() ? 0 : ms.last(); }
};

// The users as parsed pages of `pageSize`, so that timings exclude JSON parsing.
QList<QList<User>> parsedPages(const QList<QJsonObject>& users, int pageSize)
{
    QList<QList<User>> out;
    for (qint64 offset = 0; offset < users.size(); offset += pageSize) {
        UsersPage page;
        ApiError error;
        if (!UsersPageParser::parse(BenchData::pageBody(users, offset, pageSize, users.size()), &page, &error))
            qFatal("bench: a page did not parse: %s", qPrintable(error.message()));
        out.append(page.users);
    }
    return out;
}

// A VP: the CEO's direct report with the largest organisation.
QString vpName(const Directory& directory)
{
    int best = -1;
    int bestSize = -1;
    for (int row = 0; row < directory.count(); ++row) {
        if (!directory.user(row).managerId.isEmpty())
            continue;
        for (int report : directory.directReports(row)) {
            const int size = directory.totalReports(report);
            if (size > bestSize) {
                best = report;
                bestSize = size;
            }
        }
    }
    return best < 0 ? QStringLiteral("nobody") : directory.user(best).fullName();
}

// Shows the table as the app does (its delegate, its default columns), offscreen.
void setUpView(QTableView* view, UserFilterModel* model, QAbstractItemDelegate* delegate)
{
    view->setModel(model);
    view->setItemDelegate(delegate);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->verticalHeader()->hide();
    const QStringList visible = UserColumns::defaultVisibleKeys();
    for (int c = 0; c < UserColumns::count(); ++c)
        view->setColumnHidden(c, !visible.contains(UserColumns::at(c).key));
    view->resize(1200, 760);
    view->show();
    QApplication::processEvents();
    view->viewport()->repaint();
}

// Delivers what a model change posted (layout, update request) and makes sure the viewport painted once.
void settle(QTableView* view, BenchData::PaintCounter* counter)
{
    QApplication::processEvents();
    if (counter->paints == 0)
        view->viewport()->repaint();
}

} // namespace

namespace BenchSearch {

bool runSearch(BenchReport* report, int userCount, int repeats)
{
    const QList<QList<User>> pages = parsedPages(BenchData::demoUsers(userCount), 100);
    const QString n = BenchReport::number(userCount);
    const int nameColumn = UserColumns::indexOf(QStringLiteral("fullName"));

    Directory directory;
    UserTableModel table(&directory);
    UserFilterModel filter;
    filter.setSourceModel(&table);
    filter.sort(nameColumn, Qt::AscendingOrder);
    for (const QList<User>& page : pages) {
        directory.upsert(page);
        if (&page == &pages.first())
            directory.reserve(userCount); // as DirectoryLoader does after a load's first page
    }
    if (directory.count() != userCount || filter.rowCount() != userCount)
        qFatal("bench: search directory holds %d users, the filter shows %d", directory.count(), filter.rowCount());

    const QString vp = vpName(directory);
    const QStringList keystrokes = {
        QStringLiteral("m"),          QStringLiteral("ma"),      QStringLiteral("mar"),
        QStringLiteral("mari"),       QStringLiteral("maria"),   QStringLiteral("title:engineer"),
        QStringLiteral("-is:active"), QStringLiteral("lang:es"), QStringLiteral("under:\"%1\"").arg(vp),
        QStringLiteral("jose"),       QStringLiteral("müller"),
    };

    // Reference: the plainest filter there is, QString::contains over the full names (case-insensitive), for the
    // same texts.
    QStringList names;
    names.reserve(userCount);
    for (int row = 0; row < userCount; ++row)
        names.append(directory.user(row).fullName());
    QList<double> plain;
    QElapsedTimer timer;
    qsizetype plainHits = 0;
    for (int r = 0; r < repeats; ++r) {
        for (const QString& text : keystrokes) {
            timer.start();
            for (const QString& name : names)
                plainHits += name.contains(text, Qt::CaseInsensitive);
            plain.append(timer.nsecsElapsed() / 1e6);
        }
    }
    const Stats plainStats(plain);

    // Ours: each keystroke sets the query (parse, match, rebuild the sorted mapping, model reset).
    QList<double> ours;
    QList<double> worstPerText(keystrokes.size(), 0.0);
    QList<int> shown(keystrokes.size(), 0);
    for (int r = 0; r < repeats; ++r) {
        filter.setQueryText(QString());
        for (int i = 0; i < keystrokes.size(); ++i) {
            timer.start();
            filter.setQueryText(keystrokes[i]);
            const double t = timer.nsecsElapsed() / 1e6;
            ours.append(t);
            worstPerText[i] = std::max(worstPerText[i], t);
            shown[i] = filter.rowCount();
        }
    }
    const Stats oursStats(ours);
    const qsizetype slowest = std::max_element(worstPerText.begin(), worstPerText.end()) - worstPerText.begin();
    if (qEnvironmentVariableIsSet("GONGDIR_BENCH_VERBOSE")) {
        // Where a keystroke's time goes: parse, the matcher (relations resolved), matching every row.
        for (int i = 0; i < keystrokes.size(); ++i) {
            timer.start();
            const UserQuery query = UserQuery::parse(keystrokes[i]);
            const double parseMs = timer.nsecsElapsed() / 1e6;
            timer.start();
            const UserMatcher matcher(query, directory);
            const double matcherMs = timer.nsecsElapsed() / 1e6;
            timer.start();
            std::vector<char> hits;
            matcher.matchAll(hits);
            const double matchMs = timer.nsecsElapsed() / 1e6;
            std::fprintf(stderr, "bench: %-32s %6d rows, worst %6.2f ms (parse %.2f, matcher %.2f, match %.2f)\n",
                         qPrintable(keystrokes[i]), shown[i], worstPerText[i], parseMs, matcherMs, matchMs);
        }
    }

    BenchFigure f =
        BenchReport::figure(QStringLiteral("search.%1.keystroke").arg(userCount),
                            QStringLiteral("Search %1 users, sorted by name: filter per keystroke, median").arg(n),
                            oursStats.median(), QStringLiteral("ms"));
    f.reference = plainStats.median();
    f.referenceText =
        QStringLiteral("QString::contains over names %1 ms (p95 %2)")
            .arg(BenchReport::milliseconds(plainStats.median()), BenchReport::milliseconds(plainStats.p95()));
    f.ratio = oursStats.median() / plainStats.median();
    f.ratioText = QStringLiteral("%1× contains").arg(BenchReport::number(f.ratio, 2));
    f.target = QStringLiteral("< 16.7 ms (1 frame)");
    f.verdict = oursStats.median() < frameMs ? BenchFigure::Verdict::Pass : BenchFigure::Verdict::Miss;
    report->add(f);

    BenchFigure p = BenchReport::figure(
        QStringLiteral("search.%1.keystrokeP95").arg(userCount),
        QStringLiteral("Search %1 users: filter per keystroke, p95 (%2 keystrokes)").arg(n).arg(ours.size()),
        oursStats.p95(), QStringLiteral("ms"));
    p.reference = plainStats.p95();
    p.referenceText = QStringLiteral("slowest: %1 %2 ms (%3 rows)")
                          .arg(keystrokes[slowest].left(24), BenchReport::milliseconds(worstPerText[slowest]))
                          .arg(BenchReport::number(shown[slowest]));
    p.ratio = oursStats.p95() / frameMs;
    p.ratioText = QStringLiteral("%1 frame").arg(BenchReport::number(p.ratio, 2));
    p.target = QStringLiteral("≤ 16.7 ms (1 frame)");
    p.verdict = oursStats.p95() <= frameMs ? BenchFigure::Verdict::Pass : BenchFigure::Verdict::Miss;
    report->add(p);

    // Sorting by a header click: all the rows by name (collation keys made for the sort, then dropped), each time
    // coming from another column; then the second click on the same header (the other direction: the runs of equal
    // rows reversed). Reference: Qt's QSortFilterProxyModel sorting the same table by the same column (plain string
    // order, not collation).
    {
        const int emailColumn = UserColumns::indexOf(QStringLiteral("emailAddress"));
        // Each round: sort by email, then time sorting by name (and, when asked, the second click after it).
        const auto timeClicks = [&](QAbstractItemModel& model, QList<double>* clicks, QList<double>* reverse) {
            for (int r = 0; r < repeats; ++r) {
                model.sort(emailColumn, Qt::AscendingOrder);
                timer.start();
                model.sort(nameColumn, Qt::AscendingOrder);
                clicks->append(timer.nsecsElapsed() / 1e6);
                if (reverse) {
                    timer.start();
                    model.sort(nameColumn, Qt::DescendingOrder);
                    reverse->append(timer.nsecsElapsed() / 1e6);
                }
            }
        };
        QList<double> clicks;
        QList<double> reverse;
        timeClicks(filter, &clicks, &reverse);
        filter.sort(nameColumn, Qt::AscendingOrder);
        QSortFilterProxyModel qtProxy;
        qtProxy.setSourceModel(&table);
        QList<double> qtClicks;
        timeClicks(qtProxy, &qtClicks, nullptr);
        const Stats s(clicks);
        const Stats q(qtClicks);
        BenchFigure c = BenchReport::figure(QStringLiteral("search.%1.sortByName").arg(userCount),
                                            QStringLiteral("Sort %1 users by name (header click), median").arg(n),
                                            s.median(), QStringLiteral("ms"));
        c.reference = q.median();
        c.referenceText =
            QStringLiteral("QSortFilterProxyModel %1 ms; 2nd click (reverse) ours %2 ms")
                .arg(BenchReport::milliseconds(q.median()), BenchReport::milliseconds(Stats(reverse).median()));
        c.ratio = s.median() / q.median();
        c.ratioText = QStringLiteral("%1× Qt").arg(BenchReport::number(c.ratio, 2));
        c.target = QStringLiteral("≤ Qt's proxy");
        c.verdict = s.median() <= q.median() ? BenchFigure::Verdict::Pass : BenchFigure::Verdict::Miss;
        report->add(c);
    }

    // The same keystrokes with a table view attached: filter + the repaint it causes.
    {
        QTableView view;
        PlainTextDelegate delegate;
        setUpView(&view, &filter, &delegate);
        BenchData::PaintCounter counter;
        view.viewport()->installEventFilter(&counter);
        QList<double> painted;
        for (int r = 0; r < repeats; ++r) {
            filter.setQueryText(QString());
            settle(&view, &counter);
            for (const QString& text : keystrokes) {
                counter.paints = 0;
                timer.start();
                filter.setQueryText(text);
                settle(&view, &counter);
                painted.append(timer.nsecsElapsed() / 1e6);
            }
        }
        const Stats s(painted);
        BenchFigure v =
            BenchReport::figure(QStringLiteral("search.%1.keystrokeWithView").arg(userCount),
                                QStringLiteral("Search %1 users: filter + table repaint per keystroke, median").arg(n),
                                s.median(), QStringLiteral("ms"));
        v.reference = frameMs;
        v.referenceText = QStringLiteral("p95 %1, worst %2 ms")
                              .arg(BenchReport::milliseconds(s.p95()), BenchReport::milliseconds(s.max()));
        v.ratio = s.p95() / frameMs;
        v.ratioText = QStringLiteral("p95 %1 frame").arg(BenchReport::number(v.ratio, 2));
        v.target = QStringLiteral("p95 ≤ 16.7 ms (1 frame)");
        v.verdict = s.p95() <= frameMs ? BenchFigure::Verdict::Pass : BenchFigure::Verdict::Miss;
        report->add(v);
    }

    // Pages arriving while a query is active: a fresh directory, the filter sorted by name, a view attached.
    const auto appendRun = [&](const QString& query, bool withFilter, QList<double>* perPage, int* repaints = nullptr) {
        Directory d;
        UserTableModel t(&d);
        UserFilterModel fm;
        UserTableView view; // the app's table, which skips repainting when the rows on screen stay the same
        PlainTextDelegate delegate;
        BenchData::PaintCounter counter;
        int paintedPages = 0;
        if (withFilter) {
            fm.setSourceModel(&t);
            fm.sort(nameColumn, Qt::AscendingOrder);
            fm.setQueryText(query);
            setUpView(&view, &fm, &delegate);
            view.viewport()->installEventFilter(&counter);
        }
        QList<double> upserts; // the models' part of each page, for the verbose split
        for (const QList<User>& page : pages) {
            counter.paints = 0;
            timer.start();
            d.upsert(page);
            if (&page == &pages.first())
                d.reserve(userCount); // as DirectoryLoader does after a load's first page
            upserts.append(timer.nsecsElapsed() / 1e6);
            if (withFilter) {
                QApplication::processEvents(); // the layout and the repaint the page posted, if it needs one
                paintedPages += counter.paints > 0;
            }
            perPage->append(timer.nsecsElapsed() / 1e6);
        }
        if (withFilter && qEnvironmentVariableIsSet("GONGDIR_BENCH_VERBOSE")) {
            const Stats u(upserts);
            std::fprintf(stderr, "bench: pages under %s: models p95 %.2f ms (median %.2f), with the view p95 %.2f ms\n",
                         qPrintable(query), u.p95(), u.median(), Stats(*perPage).p95());
        }
        if (repaints)
            *repaints = paintedPages;
        return withFilter ? fm.rowCount() : d.count();
    };
    QList<double> bare;
    appendRun(QString(), false, &bare);
    const Stats bareStats(bare);
    for (const QString& query : {QStringLiteral("mar"), QStringLiteral("under:\"%1\"").arg(vp)}) {
        QList<double> perPage;
        int repainted = 0;
        const int rows = appendRun(query, true, &perPage, &repainted);
        const Stats s(perPage);
        const bool relational = query.startsWith(QLatin1String("under:"));
        BenchFigure a = BenchReport::figure(
            QStringLiteral("search.%1.append%2")
                .arg(userCount)
                .arg(relational ? QStringLiteral("Under") : QStringLiteral("Text")),
            QStringLiteral("Pages of 100 arriving, query %1 active, view attached: per page, p95 (max)")
                .arg(relational ? QStringLiteral("under:<VP>") : query),
            s.p95(), QStringLiteral("ms"));
        a.reference = bareStats.p95();
        a.referenceText =
            QStringLiteral(
                "Directory + table model alone p95 %1 ms; max %2 ms; %3 rows shown; %4 of %5 pages repainted")
                .arg(BenchReport::milliseconds(bareStats.p95()), BenchReport::milliseconds(s.max()),
                     BenchReport::number(rows))
                .arg(repainted)
                .arg(perPage.size());
        a.ratio = s.max() / pageIntervalMs;
        a.ratioText = QStringLiteral("max %1× interval").arg(BenchReport::number(a.ratio, 3));
        a.target = QStringLiteral("max ≪ 333 ms; p95 < 16.7 ms");
        a.verdict =
            s.max() < pageIntervalMs / 4 && s.p95() < frameMs ? BenchFigure::Verdict::Pass : BenchFigure::Verdict::Miss;
        report->add(a);
    }
    return plainHits >= 0;
}

bool runOrg(BenchReport* report, int userCount, int pageSize)
{
    QList<QJsonObject> users = BenchData::demoUsers(userCount);
    std::mt19937 random(7);
    std::shuffle(users.begin(), users.end(), random); // managers after their reports, often
    const QList<QList<User>> pages = parsedPages(users, pageSize);
    const QString n = BenchReport::number(userCount);

    const auto build = [&](bool withTree, QList<double>* perPage, int* topLevel) {
        Directory directory;
        std::unique_ptr<OrgTreeModel> tree;
        if (withTree)
            tree = std::make_unique<OrgTreeModel>(&directory);
        QElapsedTimer timer;
        for (const QList<User>& page : pages) {
            timer.start();
            directory.upsert(page);
            if (&page == &pages.first())
                directory.reserve(userCount); // as DirectoryLoader does after a load's first page
            perPage->append(timer.nsecsElapsed() / 1e6);
        }
        if (tree)
            *topLevel = tree->rowCount();
        return directory.count();
    };
    QList<double> bare;
    QList<double> withTree;
    int topLevel = 0;
    const int a = build(false, &bare, &topLevel);
    const int b = build(true, &withTree, &topLevel);
    if (a != userCount || b != userCount)
        return false;
    const double bareTotal = std::accumulate(bare.begin(), bare.end(), 0.0);
    const double treeTotal = std::accumulate(withTree.begin(), withTree.end(), 0.0);
    // Linearity: the last tenth of the pages against the first tenth.
    const qsizetype tenth = std::max<qsizetype>(1, withTree.size() / 10);
    const double first = std::accumulate(withTree.begin(), withTree.begin() + tenth, 0.0);
    const double last = std::accumulate(withTree.end() - tenth, withTree.end(), 0.0);
    const Stats s(withTree);

    BenchFigure t =
        BenchReport::figure(QStringLiteral("org.%1.build").arg(userCount),
                            QStringLiteral("Org chart %1 users, %2 shuffled pages: Directory + OrgTreeModel")
                                .arg(n, BenchReport::number(pages.size())),
                            treeTotal, QStringLiteral("ms"));
    t.reference = bareTotal;
    t.referenceText = QStringLiteral("Directory ingest alone %1 ms").arg(BenchReport::milliseconds(bareTotal));
    t.ratio = (treeTotal - bareTotal) / bareTotal;
    t.ratioText =
        QStringLiteral("tree +%1 ms (%2×)")
            .arg(BenchReport::milliseconds(treeTotal - bareTotal), BenchReport::number(treeTotal / bareTotal, 2));
    t.target = QStringLiteral("tree ≤ ingest");
    t.verdict = treeTotal - bareTotal <= bareTotal ? BenchFigure::Verdict::Pass : BenchFigure::Verdict::Miss;
    report->add(t);

    BenchFigure m = BenchReport::figure(QStringLiteral("org.%1.pageMax").arg(userCount),
                                        QStringLiteral("Org chart %1 users: per page (Directory + tree), max").arg(n),
                                        s.max(), QStringLiteral("ms"));
    m.reference = Stats(bare).max();
    m.referenceText = QStringLiteral("ingest alone max %1 ms; ours median %2 ms; %3 top-level nodes")
                          .arg(BenchReport::milliseconds(m.reference), BenchReport::milliseconds(s.median()),
                               BenchReport::number(topLevel));
    m.ratio = last / first;
    m.ratioText = QStringLiteral("last/first 10%: %1×").arg(BenchReport::number(m.ratio, 2));
    m.target = QStringLiteral("< 16.7 ms (1 frame)");
    m.verdict = s.max() < frameMs ? BenchFigure::Verdict::Pass : BenchFigure::Verdict::Miss;
    report->add(m);
    return true;
}

} // namespace BenchSearch
