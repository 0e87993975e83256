// SPDX-License-Identifier: MIT
#include "directory/directory.h"
#include "models/orgtreemodel.h"
#include "testusers.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <functional>

using TestUsers::make;
using Kind = OrgTreeModel::NodeKind;

namespace {
// Pages of `size` users in a shuffled order: reports often come before their managers.
QList<QList<User>> shuffledPages(QList<User> users, int size, quint32 seed)
{
    QRandomGenerator rng(seed);
    std::shuffle(users.begin(), users.end(), rng);
    QList<QList<User>> pages;
    for (qsizetype i = 0; i < users.size(); i += size)
        pages.append(users.mid(i, size));
    return pages;
}

bool idLess(const QString& a, const QString& b)
{
    return a.size() != b.size() ? a.size() < b.size() : a < b;
}

// "Name(child child …)" for a subtree, children sorted, for order-independent comparisons.
QString shape(const OrgTreeModel& model, const QModelIndex& parent)
{
    QStringList parts;
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, 0, parent);
        QString s = i.data().toString();
        if (model.rowCount(i) > 0)
            s += QLatin1Char('(') + shape(model, i) + QLatin1Char(')');
        parts.append(s);
    }
    parts.sort();
    return parts.join(QLatin1Char(' '));
}

// Checks every invariant of the tree against the directory; returns the first problem found.
QString checkTree(const OrgTreeModel& model, const Directory& d)
{
    QHash<QString, int> seen;
    QString problem;
    std::function<int(const QModelIndex&, const QModelIndex&)> walk = [&](const QModelIndex& parent,
                                                                          const QModelIndex& group) -> int {
        int people = 0;
        for (int r = 0; r < model.rowCount(parent) && problem.isEmpty(); ++r) {
            const QModelIndex i = model.index(r, 0, parent);
            if (i.parent() != parent)
                return problem = QStringLiteral("parent() mismatch"), 0;
            const Kind kind = model.kindAt(i);
            if (kind != Kind::Person) {
                if (model.rowCount(i) == 0)
                    problem = QStringLiteral("empty group %1").arg(i.data().toString());
                const int inside = walk(i, kind == Kind::MissingManager ? i : group);
                if (model.totalReports(i) != inside)
                    problem = QStringLiteral("group count %1").arg(i.data().toString());
                people += inside;
                continue;
            }
            const User& u = model.userAt(i);
            seen[u.id] += 1;
            const QModelIndex treeParent = i.parent();
            if (u.managerId.isEmpty()) {
                if (treeParent.isValid())
                    problem = QStringLiteral("%1 has no manager but is not a root").arg(u.id);
            } else if (!d.contains(u.managerId)) {
                if (model.kindAt(treeParent) != Kind::MissingManager ||
                    treeParent.data(OrgTreeModel::ManagerIdRole).toString() != u.managerId ||
                    treeParent.parent() != model.missingManagersIndex())
                    problem = QStringLiteral("%1 is not under its missing manager").arg(u.id);
            } else if (model.kindAt(treeParent) == Kind::CyclesGroup) {
                // Must be on a loop and be its smallest id.
                const Directory::Chain chain = d.managerChain(d.rowOf(u.id));
                const bool self = u.managerId == u.id;
                if (!self && (!chain.cycle || chain.rows.isEmpty()))
                    problem = QStringLiteral("%1 listed under cycles but is on none").arg(u.id);
                QString at = u.managerId;
                while (problem.isEmpty() && at != u.id) {
                    if (idLess(at, u.id))
                        problem = QStringLiteral("cycle broken at %1, not the smallest id %2").arg(u.id, at);
                    at = d.user(d.rowOf(at)).managerId;
                }
            } else if (model.userIdAt(treeParent) != u.managerId) {
                problem = QStringLiteral("%1 is under %2, not its manager %3")
                              .arg(u.id, model.userIdAt(treeParent), u.managerId);
            }
            const int below = walk(i, group);
            if (model.totalReports(i) != below || model.directReports(i) != model.rowCount(i))
                problem = QStringLiteral("counts of %1").arg(u.id);
            if (i.siblingAtColumn(OrgTreeModel::TotalReportsColumn).data(OrgTreeModel::SortRole).toInt() != below)
                problem = QStringLiteral("count column of %1").arg(u.id);
            if (model.indexOfUser(u.id) != i)
                problem = QStringLiteral("indexOfUser(%1)").arg(u.id);
            people += 1 + below;
        }
        return people;
    };
    const int total = walk(QModelIndex(), QModelIndex());
    if (!problem.isEmpty())
        return problem;
    if (total != d.count() || seen.size() != d.count())
        return QStringLiteral("tree holds %1 people (%2 distinct), directory %3")
            .arg(total)
            .arg(seen.size())
            .arg(d.count());
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        if (it.value() != 1)
            return QStringLiteral("%1 appears %2 times").arg(it.key()).arg(it.value());
    }
    return QString();
}

// Everyone below a user by the directory's own report lists, one recursive walk per user.
int bruteForceTotal(const Directory& d, int row, QSet<int>& seen)
{
    int n = 0;
    for (int r : d.directReports(row)) {
        if (seen.contains(r))
            continue;
        seen.insert(r);
        n += 1 + bruteForceTotal(d, r, seen);
    }
    return n;
}
} // namespace

class TestOrgTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lateManagerMovesItsReportsUnderIt()
    {
        Directory d;
        OrgTreeModel model(&d);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        d.upsert({make(QStringLiteral("3"), QStringLiteral("Chloé"), QStringLiteral("Martin"), QStringLiteral("2")),
                  make(QStringLiteral("4"), QStringLiteral("Dan"), QStringLiteral("Wu"), QStringLiteral("2"))});
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex missing = model.missingManagersIndex();
        QVERIFY(missing.isValid());
        QCOMPARE(missing.data().toString(), QStringLiteral("Manager not in directory"));
        QCOMPARE(model.rowCount(missing), 1);
        QCOMPARE(model.index(0, 0, missing).data().toString(), QStringLiteral("Unknown manager (id 2)"));
        QCOMPARE(model.rowCount(model.index(0, 0, missing)), 2);
        QCOMPARE(model.totalReports(missing), 2);

        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        d.upsert({make(QStringLiteral("2"), QStringLiteral("Ben"), QStringLiteral("Li"), QStringLiteral("1"))});
        // Ben's manager is missing now; his reports moved under him.
        QCOMPARE(reset.size(), 0);
        QVERIFY(!removed.isEmpty());
        const QModelIndex ben = model.indexOfUser(QStringLiteral("2"));
        QVERIFY(ben.isValid());
        QCOMPARE(model.rowCount(ben), 2);
        QCOMPARE(ben.parent().data().toString(), QStringLiteral("Unknown manager (id 1)"));
        QCOMPARE(ben.siblingAtColumn(OrgTreeModel::DirectReportsColumn).data().toString(), QStringLiteral("2"));
        QCOMPARE(ben.siblingAtColumn(OrgTreeModel::TotalReportsColumn).data().toString(), QStringLiteral("2"));

        d.upsert(
            {make(QStringLiteral("1"), QStringLiteral("Ana"), QStringLiteral("Ortiz"), {}, QStringLiteral("CEO"))});
        QVERIFY(!model.missingManagersIndex().isValid()); // the group goes away when empty
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex ana = model.index(0, 0);
        QCOMPARE(ana.data().toString(), QStringLiteral("Ana Ortiz"));
        QCOMPARE(ana.siblingAtColumn(OrgTreeModel::TitleColumn).data().toString(), QStringLiteral("CEO"));
        QCOMPARE(model.totalReports(ana), 3);
        QCOMPARE(model.directReports(ana), 1);
        QCOMPARE(model.indexOfUser(QStringLiteral("4")).parent(), model.indexOfUser(QStringLiteral("2")));
        QCOMPARE(checkTree(model, d), QString());
    }

    void missingManagerStaysGrouped()
    {
        Directory d;
        OrgTreeModel model(&d);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        d.upsert({make(QStringLiteral("1"), QStringLiteral("Ana"), QStringLiteral("Ortiz")),
                  make(QStringLiteral("5"), QStringLiteral("Eve"), QStringLiteral("Ng"), QStringLiteral("999")),
                  make(QStringLiteral("6"), QStringLiteral("Fay"), QStringLiteral("Ng"), QStringLiteral("998"))});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowCount(model.missingManagersIndex()), 2);
        QCOMPARE(model.kindAt(model.index(0, 0, model.missingManagersIndex())), Kind::MissingManager);
        QCOMPARE(checkTree(model, d), QString());
    }

    void cyclesAreBrokenAtTheSmallestIdInAnyOrder_data()
    {
        QTest::addColumn<QList<int>>("order");
        QTest::newRow("abc") << QList<int>{0, 1, 2, 3, 4};
        QTest::newRow("cba") << QList<int>{4, 3, 2, 1, 0};
        QTest::newRow("bca") << QList<int>{1, 4, 2, 0, 3};
        QTest::newRow("cab") << QList<int>{2, 0, 3, 4, 1};
    }

    void cyclesAreBrokenAtTheSmallestIdInAnyOrder()
    {
        QFETCH(QList<int>, order);
        // 30 → 20 → 10 → 30 is a loop; 40 reports into it; 50 manages themselves.
        const QList<User> all{
            make(QStringLiteral("30"), QStringLiteral("C"), QStringLiteral("Loop"), QStringLiteral("20")),
            make(QStringLiteral("20"), QStringLiteral("B"), QStringLiteral("Loop"), QStringLiteral("10")),
            make(QStringLiteral("10"), QStringLiteral("A"), QStringLiteral("Loop"), QStringLiteral("30")),
            make(QStringLiteral("40"), QStringLiteral("D"), QStringLiteral("Hang"), QStringLiteral("20")),
            make(QStringLiteral("50"), QStringLiteral("E"), QStringLiteral("Self"), QStringLiteral("50"))};
        Directory d;
        OrgTreeModel model(&d);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i : order)
            d.upsert({all[i]});
        const QModelIndex cycles = model.cyclesIndex();
        QVERIFY(cycles.isValid());
        QCOMPARE(cycles.data().toString(), QStringLiteral("Reporting cycles"));
        QCOMPARE(shape(model, QModelIndex()), QStringLiteral("Reporting cycles(A Loop(B Loop(C Loop D Hang)) E Self)"));
        QCOMPARE(checkTree(model, d), QString());
        QCOMPARE(model.totalReports(model.indexOfUser(QStringLiteral("10"))), 3);
    }

    void managerChangeMovesTheSubtreeAndOpensLoops()
    {
        Directory d;
        OrgTreeModel model(&d);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        d.upsert({make(QStringLiteral("1"), QStringLiteral("Ana"), QStringLiteral("Top")),
                  make(QStringLiteral("2"), QStringLiteral("Ben"), QStringLiteral("Mid"), QStringLiteral("1")),
                  make(QStringLiteral("3"), QStringLiteral("Cy"), QStringLiteral("Low"), QStringLiteral("2")),
                  make(QStringLiteral("4"), QStringLiteral("Di"), QStringLiteral("Low"), QStringLiteral("3"))});
        // Ana now reports to Di: a loop 1 → 4 → 3 → 2 → 1, broken at 1.
        d.upsert({make(QStringLiteral("1"), QStringLiteral("Ana"), QStringLiteral("Top"), QStringLiteral("4"))});
        QCOMPARE(model.indexOfUser(QStringLiteral("1")).parent(), model.cyclesIndex());
        QCOMPARE(checkTree(model, d), QString());
        // Cy moves to a manager outside: the loop opens, Ana leaves "Reporting cycles".
        d.upsert({make(QStringLiteral("3"), QStringLiteral("Cy"), QStringLiteral("Low"), QStringLiteral("77"))});
        QVERIFY(!model.cyclesIndex().isValid());
        QCOMPARE(checkTree(model, d), QString());
        QCOMPARE(shape(model, QModelIndex()), QStringLiteral("Manager not in directory(Unknown manager (id 77)(Cy "
                                                             "Low(Di Low(Ana Top(Ben Mid)))))"));
        // A title change is a plain dataChanged.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        d.upsert({make(QStringLiteral("2"), QStringLiteral("Ben"), QStringLiteral("Mid"), QStringLiteral("1"),
                       QStringLiteral("Lead"))});
        QVERIFY(!changed.isEmpty());
        QCOMPARE(model.indexOfUser(QStringLiteral("2")).siblingAtColumn(1).data().toString(), QStringLiteral("Lead"));
    }

    void randomPageOrdersUnderTheTester_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<int>("userCount");
        QTest::newRow("seed 1, pages of 100") << 1u << 100 << 600;
        QTest::newRow("seed 2, pages of 7") << 2u << 7 << 600;
        // The tester walks the whole tree after every change: one person at a time, a smaller company.
        QTest::newRow("seed 3, pages of 1") << 3u << 1 << 200;
    }

    void randomPageOrdersUnderTheTester()
    {
        QFETCH(quint32, seed);
        QFETCH(int, pageSize);
        QFETCH(int, userCount);
        QList<User> users = TestUsers::demo(userCount, seed);
        // Add loops and a self-manager to the generated company.
        users.append(
            make(QStringLiteral("900001"), QStringLiteral("Lo"), QStringLiteral("One"), QStringLiteral("900002")));
        users.append(
            make(QStringLiteral("900002"), QStringLiteral("Lo"), QStringLiteral("Two"), QStringLiteral("900001")));
        users.append(
            make(QStringLiteral("900003"), QStringLiteral("Lo"), QStringLiteral("Tail"), QStringLiteral("900002")));
        users.append(
            make(QStringLiteral("900004"), QStringLiteral("Me"), QStringLiteral("Self"), QStringLiteral("900004")));

        Directory d;
        OrgTreeModel model(&d);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString expected;
        for (const QList<User>& page : shuffledPages(users, pageSize, seed)) {
            d.upsert(page);
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(checkTree(model, d), QString());
        QCOMPARE(model.indexOfUser(QStringLiteral("900001")).parent(), model.cyclesIndex());
        QCOMPARE(model.indexOfUser(QStringLiteral("900004")).parent(), model.cyclesIndex());

        // The same people in another order give the same tree.
        Directory other;
        OrgTreeModel otherModel(&other);
        for (const QList<User>& page : shuffledPages(users, 100, seed + 100))
            other.upsert(page);
        QCOMPARE(shape(otherModel, QModelIndex()), shape(model, QModelIndex()));

        // Refresh: a third of the people (managers among them) are gone.
        d.beginRefresh();
        QList<User> kept;
        for (qsizetype i = 0; i < users.size(); ++i) {
            if (i % 3 != 1)
                kept.append(users[i]);
        }
        for (const QList<User>& page : shuffledPages(kept, 100, seed + 7))
            d.upsert(page);
        d.endRefresh();
        QCOMPARE(d.count(), kept.size());
        QCOMPARE(checkTree(model, d), QString());

        // A full reset rebuilds the same tree.
        d.clear();
        QCOMPARE(model.rowCount(), 0);
        d.upsert(kept);
        QCOMPARE(checkTree(model, d), QString());
    }

    void totalsMatchABruteForceCount()
    {
        Directory d;
        OrgTreeModel model(&d);
        for (const QList<User>& page : shuffledPages(TestUsers::demo(3000, 9), 100, 9))
            d.upsert(page);
        QCOMPARE(checkTree(model, d), QString());
        for (int row = 0; row < d.count(); ++row) {
            QSet<int> seen{row};
            const QModelIndex i = model.indexOfUser(d.user(row).id);
            // A reporting loop (the demo plants one) is cut in the tree and counted once: not what walking down
            // from each of its people finds.
            if (d.managerChain(row).cycle)
                continue;
            QCOMPARE(model.directReports(i), d.directReports(row).size());
            QCOMPARE(model.totalReports(i), bruteForceTotal(d, row, seen));
            QCOMPARE(model.totalReports(i), d.totalReports(row));
        }
    }

    void demoOf5000HasEveryoneExactlyOnce()
    {
        Directory d;
        OrgTreeModel model(&d);
        const QList<User> users = TestUsers::demo(5000);
        for (qsizetype i = 0; i < users.size(); i += 100)
            d.upsert(users.mid(i, 100));
        QCOMPARE(checkTree(model, d), QString());
        // The demo company has one head, and two new hires without a manager (DemoBadData); people whose manager
        // the demo left dangling wait apart.
        int roots = 0;
        for (int r = 0; r < model.rowCount(); ++r)
            roots += model.kindAt(model.index(r, 0)) == Kind::Person ? 1 : 0;
        QCOMPARE(roots, 3);
        // Built in one go (a model created on a full directory) gives the same tree.
        OrgTreeModel late(&d);
        QCOMPARE(shape(late, QModelIndex()), shape(model, QModelIndex()));
    }

    void buildsAHundredThousandInPages()
    {
        // The figure the issue asks for: 100,000 users arriving as 1,000 shuffled pages of 100.
        const int count = qEnvironmentVariableIntValue("GONGDIR_ORG_BENCH_USERS") > 0
                              ? qEnvironmentVariableIntValue("GONGDIR_ORG_BENCH_USERS")
                              : 100000;
        const QList<QList<User>> pages = shuffledPages(TestUsers::demo(count, 5), 100, 5);
        Directory withTree;
        // Time spent inside the tree's own handler: slots run in connection order, so these two
        // bracket the model's.
        QElapsedTimer inTree;
        qint64 treeNs = 0;
        connect(&withTree, &Directory::usersAppended, this, [&] { inTree.start(); });
        OrgTreeModel model(&withTree);
        connect(&withTree, &Directory::usersAppended, this, [&] { treeNs += inTree.nsecsElapsed(); });
        Directory alone;
        QElapsedTimer clock;
        clock.start();
        for (const QList<User>& page : pages)
            alone.upsert(page);
        const qint64 directoryMs = clock.restart();
        for (const QList<User>& page : pages)
            withTree.upsert(page);
        const qint64 bothMs = clock.restart();
        qInfo("%d users in %lld pages: OrgTreeModel %lld ms in its page handler; Directory alone %lld ms, "
              "Directory + OrgTreeModel %lld ms",
              count, qlonglong(pages.size()), treeNs / 1000000, directoryMs, bothMs);
        QCOMPARE(model.totalReports(QModelIndex()), count);
        clock.restart();
        OrgTreeModel oneGo(&withTree);
        qInfo("built in one go over %d users: %lld ms", count, clock.elapsed());
        QCOMPARE(oneGo.totalReports(QModelIndex()), count);
    }
};

QTEST_GUILESS_MAIN(TestOrgTreeModel)
#include "tst_orgtreemodel.moc"
