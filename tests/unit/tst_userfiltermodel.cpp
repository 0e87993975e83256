// SPDX-License-Identifier: MIT
// UserFilterModel: query + facets + sorting over UserTableModel, while pages keep arriving.
#include "demo/demoorggenerator.h"
#include "directory/changefacts.h"
#include "directory/directory.h"
#include "directory/usercolumns.h"
#include "models/userfiltermodel.h"
#include "models/usertablemodel.h"
#include "search/usermatcher.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

namespace {
QList<User> demoUsers(int n, quint32 seed = 11)
{
    QList<User> users;
    for (const QJsonObject& o : DemoOrgGenerator(DemoOrgOptions{n, seed}).users())
        users.append(User::fromJson(o));
    return users;
}

User named(const QString& id, const QString& first, const QString& last, const QString& managerId = {},
           const QString& email = {})
{
    QJsonObject o{{"id", id}, {"firstName", first}, {"lastName", last}, {"active", true}};
    if (!managerId.isEmpty())
        o.insert("managerId", managerId);
    if (!email.isEmpty())
        o.insert(QStringLiteral("emailAddress"), email);
    return User::fromJson(o);
}

// What the proxy shows, as source rows in proxy order.
QList<int> visibleRows(const UserFilterModel& model)
{
    QList<int> rows;
    for (int r = 0; r < model.rowCount(); ++r)
        rows.append(model.mapToSource(model.index(r, 0)).row());
    return rows;
}

// The rows a query should give, by brute force over the whole directory, in source order.
QList<int> expectedRows(const Directory& dir, const QString& query, const FacetSelection& facets = {})
{
    const UserMatcher byQuery(UserQuery::parse(query), dir);
    const UserMatcher byFacets(UserQuery::parse(facets.toQueryText()), dir);
    QList<int> rows;
    for (int r = 0; r < dir.count(); ++r) {
        if (byQuery.matches(r) && byFacets.matches(r))
            rows.append(r);
    }
    return rows;
}

QList<int> sorted(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    return rows;
}
} // namespace

class TestUserFilterModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTester();
    void filtersWhilePagesAppend_data();
    void filtersWhilePagesAppend();
    void appendsOnlyTouchNewRows();
    void relationalQueryCatchesUpWhenManagerArrives();
    void narrowingGivesTheSameAsFresh();
    void sortsNamesWithCollation();
    void sortsNumbersAndDates();
    void sortKeepsSelectionByPersistentIndex();
    void changingDirectionEqualsAFreshSort();
    void facetCountsMatchBruteForce();
    void facetCountsUpdateWithPages();
    void facetSelectionEqualsItsQueryText();
    void facetChoiceOfValueSeenLater();
    void refreshAndClearRebuild();
    void historyQueriesFollowTheFacts();
};

void TestUserFilterModel::passesTheModelTester()
{
    Directory dir;
    UserTableModel table(&dir);
    UserFilterModel model;
    model.setSourceModel(&table);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<User> users = demoUsers(600);
    model.sort(0);
    dir.upsert(users.mid(0, 10));
    dir.upsert(users.mid(10, 40)); // many gaps: inserted at the end, then moved by a layout change
    dir.upsert(users.mid(0, 50));  // nothing new
    model.setQueryText(QStringLiteral("a"));
    for (int i = 50; i < 300; i += 50)
        dir.upsert(users.mid(i, 50));
    model.setQueryText(QStringLiteral("manager:a -is:inactive"));
    FacetSelection f;
    f.setValues(UserFacets::Status, {QStringLiteral("active")});
    model.setFacetSelection(f);
    for (int i = 300; i < 600; i += 50)
        dir.upsert(users.mid(i, 50));
    model.sort(5, Qt::DescendingOrder);
    model.sort(-1);
    model.setQueryText(QString());
    model.setFacetSelection({});
    QCOMPARE(model.rowCount(), 600);
    dir.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestUserFilterModel::filtersWhilePagesAppend_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("sortColumn");
    QTest::newRow("word, unsorted") << "mar" << -1;
    QTest::newRow("word, by name") << "mar" << 0;
    QTest::newRow("field, by title desc") << "title:engineer -is:inactive" << 4;
    QTest::newRow("under:, by created") << "under:a" << 15;
    QTest::newRow("manager:, by manager") << "manager:a" << 5;
    QTest::newRow("is:manager, by reports") << "is:manager" << 13;
    QTest::newRow("everything, by email") << "" << 3;
    QTest::newRow("health:, by name") << QStringLiteral(
                                             "health:manager-missing,duplicate-email,reports-to-inactive -is:inactive")
                                      << 0;
}

void TestUserFilterModel::filtersWhilePagesAppend()
{
    QFETCH(QString, query);
    QFETCH(int, sortColumn);
    Directory dir;
    UserTableModel table(&dir);
    UserFilterModel model;
    model.setSourceModel(&table);
    // (No QAbstractItemModelTester here: it walks the whole model on every signal; see passesTheModelTester.)
    model.setQueryText(query);
    if (sortColumn >= 0)
        model.sort(sortColumn, sortColumn == 4 ? Qt::DescendingOrder : Qt::AscendingOrder);
    const QList<User> users = demoUsers(2000);
    for (int i = 0; i < users.size(); i += 100) {
        dir.upsert(users.mid(i, 100));
        QCOMPARE(sorted(visibleRows(model)), expectedRows(dir, query));
    }
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.sourceRowCount(), 2000);
    // Same rows, same order as a model that saw everything at once.
    UserFilterModel fresh;
    fresh.setSourceModel(&table);
    fresh.setQueryText(query);
    if (sortColumn >= 0) {
        fresh.sort(sortColumn, model.sortOrder());
        // Pages merged in as they came give exactly the order of one full sort (ties in arrival order), except
        // for relational columns (manager, reports), whose values change as pages arrive: they resort on a timer.
        if (!UserColumns::at(sortColumn).relational)
            QCOMPARE(visibleRows(model), visibleRows(fresh));
        model.sort(sortColumn, model.sortOrder());
    }
    QCOMPARE(visibleRows(model), visibleRows(fresh));
}

void TestUserFilterModel::appendsOnlyTouchNewRows()
{
    Directory dir;
    UserTableModel table(&dir);
    UserFilterModel model;
    model.setSourceModel(&table);
    const QList<User> users = demoUsers(1000);
    dir.upsert(users.mid(0, 500));
    model.setQueryText(QStringLiteral("a"));
    const int before = model.rowCount();
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy filterChanged(&model, &UserFilterModel::filterChanged);
    dir.upsert(users.mid(500, 500));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(filterChanged.count(), 0);
    QCOMPARE(inserted.count(), 1); // unsorted: the new matches go at the end in one go
    QCOMPARE(inserted.first().at(1).toInt(), before);
    QCOMPARE(sorted(visibleRows(model)), expectedRows(dir, QStringLiteral("a")));
    // Sorted: merged in place, still no reset.
    model.sort(0);
    dir.upsert(demoUsers(300, 99));
    QCOMPARE(reset.count(), 0);
    QVERIFY(inserted.count() > 1);
}

void TestUserFilterModel::relationalQueryCatchesUpWhenManagerArrives()
{
    Directory dir;
    UserTableModel table(&dir);
    UserFilterModel model;
    model.setSourceModel(&table);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQueryText(QStringLiteral("under:boss"));
    dir.upsert({named("3", "Deep", "Down", "2"), named("2", "Mid", "Dle", "1")});
    QCOMPARE(model.rowCount(), 0);
    dir.upsert({named("1", "Big", "Boss")});
    QCOMPARE(model.rowCount(), 2);
    model.setQueryText(QStringLiteral("is:manager"));
    QCOMPARE(model.rowCount(), 2);
    dir.upsert({named("4", "New", "Hire", "3")});
    QCOMPARE(sorted(visibleRows(model)), (QList<int>{0, 1, 2}));
    // health: too: a person leaves "manager not in the directory" when the manager's page arrives, and an earlier
    // person enters "duplicate-email" when a later one takes the same address.
    model.setQueryText(QStringLiteral("health:manager-missing,duplicate-email"));
    dir.upsert({named(QStringLiteral("6"), QStringLiteral("Late"), QStringLiteral("Report"), QStringLiteral("5"),
                      QStringLiteral("late@x.test"))});
    QCOMPARE(visibleRows(model), QList<int>{4});
    dir.upsert({named(QStringLiteral("5"), QStringLiteral("Late"), QStringLiteral("Boss"), QStringLiteral("1"))});
    QCOMPARE(visibleRows(model), QList<int>{});
    dir.upsert({named(QStringLiteral("7"), QStringLiteral("Same"), QStringLiteral("Address"), QStringLiteral("1"),
                      QStringLiteral("LATE@x.test"))});
    QCOMPARE(sorted(visibleRows(model)), (QList<int>{4, 6}));
}

void TestUserFilterModel::narrowingGivesTheSameAsFresh()
{
    Directory dir;
    dir.upsert(demoUsers(3000));
    UserTableModel table(&dir);
    UserFilterModel model;
    model.setSourceModel(&table);
    model.sort(0);
    const QStringList typed = {"m", "ma", "mar", "mari", "maria", "maria t", "maria ti", "maria -ti", "maria"};
    for (const QString& q : typed) {
        model.setQueryText(q);
        QCOMPARE(sorted(visibleRows(model)), expectedRows(dir, q));
    }
}

void TestUserFilterModel::sortsNamesWithCollation()
{
    Directory dir;
    UserTableModel table(&dir);
    UserFilterModel model;
    model.setSourceModel(&table);
    dir.upsert({named("1", "Zed", "Zulu"), named("2", "Ann", QStringLiteral("Álvarez")), named("3", "Bo", "baker"),
                named("4", "Al", "Adams"), named("5", "Eve", QStringLiteral("Émile")), named("6", "Ann", "Adams")});
    model.sort(UserColumns::indexOf(QStringLiteral("fullName")));
    QStringList names;
    for (int r = 0; r < model.rowCount(); ++r)
        names.append(model.index(r, 0).data().toString());
    // Last name, then first; accents and case do not push names to the end.
    QCOMPARE(names, (QStringList{"Al Adams", "Ann Adams", QStringLiteral("Ann Álvarez"), "Bo baker",
                                 QStringLiteral("Eve Émile"), "Zed Zulu"}));
    model.sort(UserColumns::indexOf(QStringLiteral("fullName")), Qt::DescendingOrder);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Zed Zulu"));
    QCOMPARE(model.index(5, 0).data().toString(), QStringLiteral("Al Adams"));
    // Numeric ids sort as numbers.
    dir.upsert({named("10", "Ten", "T")});
    model.sort(UserColumns::indexOf(QStringLiteral("id")));
    QCOMPARE(model.index(6, UserColumns::indexOf(QStringLiteral("id"))).data().toString(), QStringLiteral("10"));
}

void TestUserFilterModel::sortsNumbersAndDates()
{
    Directory dir;
    dir.upsert(demoUsers(500));
    UserTableModel table(&dir);
    UserFilterModel model;
    model.setSourceModel(&table);
    const int created = UserColumns::indexOf(QStringLiteral("created"));
    model.sort(created);
    for (int r = 1; r < model.rowCount(); ++r) {
        const qint64 a = model.index(r - 1, created).data(UserTableModel::SortRole).toLongLong();
        const qint64 b = model.index(r, created).data(UserTableModel::SortRole).toLongLong();
        QVERIFY(a <= b);
    }
    const int reports = UserColumns::indexOf(QStringLiteral("totalReports"));
    model.sort(reports, Qt::DescendingOrder);
    int most = 0;
    for (int r = 0; r < dir.count(); ++r)
        most = std::max(most, dir.totalReports(r));
    QCOMPARE(model.index(0, reports).data(UserTableModel::SortRole).toInt(), most); // the CEO
    const int active = UserColumns::indexOf(QStringLiteral("active"));
    model.sort(active);
    int groups = 1;
    for (int r = 1; r < model.rowCount(); ++r)
        groups += model.index(r - 1, active).data().toString() != model.index(r, active).data().toString();
    QVERIFY(groups <= 3); // booleans grouped
}

void TestUserFilterModel::sortKeepsSelectionByPersistentIndex()
{
    Directory dir;
    dir.upsert(demoUsers(200));
    UserTableModel table(&dir);
    UserFilterModel model;
    model.setSourceModel(&table);
    const QPersistentModelIndex p = model.index(17, 0);
    const QString id = p.data(UserTableModel::UserIdRole).toString();
    model.sort(3);
    QVERIFY(p.isValid());
    QCOMPARE(p.data(UserTableModel::UserIdRole).toString(), id);
    model.sort(3, Qt::DescendingOrder);
    QCOMPARE(p.data(UserTableModel::UserIdRole).toString(), id);
}

// A second click on a header reverses the runs of equal rows instead of sorting again; it must give exactly what a
// fresh sort in that direction gives (ties in arrival order both ways), also after pages arrived in between.
void TestUserFilterModel::changingDirectionEqualsAFreshSort()
{
    Directory dir;
    const QList<User> users = demoUsers(1200);
    dir.upsert(users.mid(0, 1000));
    UserTableModel table(&dir);
    for (const QString& key :
         {QStringLiteral("title"), QStringLiteral("fullName"), QStringLiteral("primaryLanguage")}) {
        const int column = UserColumns::indexOf(key);
        UserFilterModel model;
        model.setSourceModel(&table);
        model.setQueryText(QStringLiteral("-is:inactive"));
        model.sort(column, Qt::AscendingOrder);
        const QList<int> ascending = visibleRows(model);
        model.sort(column, Qt::DescendingOrder);
        UserFilterModel check; // sorted once, in the direction asked for
        check.setSourceModel(&table);
        check.setQueryText(QStringLiteral("-is:inactive"));
        check.sort(column, Qt::DescendingOrder);
        QCOMPARE(visibleRows(model), visibleRows(check));
        QVERIFY(visibleRows(model) != ascending);
        model.sort(column, Qt::AscendingOrder);
        QCOMPARE(visibleRows(model), ascending);
        // A page arrives, then the direction changes again.
        if (dir.count() == 1000)
            dir.upsert(users.mid(1000));
        model.sort(column, Qt::DescendingOrder);
        check.sort(-1);
        check.sort(column, Qt::DescendingOrder);
        QCOMPARE(visibleRows(model), visibleRows(check));
    }
}

void TestUserFilterModel::facetCountsMatchBruteForce()
{
    Directory dir;
    dir.upsert(demoUsers(1500));
    UserTableModel table(&dir);
    UserFilterModel model;
    model.setSourceModel(&table);
    model.setQueryText(QStringLiteral("e"));
    FacetSelection choice;
    choice.setValues(UserFacets::Status, {QStringLiteral("active")});
    choice.setValues(UserFacets::SettingFirst + int(UserSetting::EmailsImported), {QStringLiteral("off")});
    model.setFacetSelection(choice);
    const FacetCounts& counts = model.facetCounts();
    QCOMPARE(counts.total, model.rowCount());
    const UserFacets& facets = model.facets();
    for (int g = 0; g < UserFacets::groupCount(); ++g) {
        // Each group counts rows passing the query and every *other* group.
        FacetSelection others = choice;
        others.setValues(g, {});
        const QList<int> base = expectedRows(dir, QStringLiteral("e"), others);
        int sum = 0;
        for (int v = 0; v < facets.valueCount(g); ++v) {
            FacetSelection one = others;
            one.setValues(g, {facets.valueKey(g, v)});
            const int expected = int(expectedRows(dir, QStringLiteral("e"), one).size());
            QCOMPARE(counts.count(g, v), expected);
            sum += expected;
        }
        QVERIFY(sum <= base.size());
    }
    // Status counts: active + inactive (+ unknown, which has no facet value) is everything passing the other groups.
    FacetSelection others = choice;
    others.setValues(UserFacets::Status, {});
    const QList<int> passing = expectedRows(dir, QStringLiteral("e"), others);
    int statusSum = int(std::count_if(passing.begin(), passing.end(),
                                      [&dir](int row) { return dir.user(row).active == TriState::Unknown; }));
    for (int v = 0; v < facets.valueCount(UserFacets::Status); ++v)
        statusSum += counts.count(UserFacets::Status, v);
    QCOMPARE(statusSum, int(passing.size()));
    QVERIFY(counts.count(UserFacets::Status, 0) > 0);
    QVERIFY(counts.count(UserFacets::Title, facets.valueIdOf(UserFacets::Title, dir.user(0).title)) > 0 ||
            dir.user(0).title.isEmpty());
}

void TestUserFilterModel::facetCountsUpdateWithPages()
{
    Directory dir;
    UserTableModel table(&dir);
    UserFilterModel model;
    model.setSourceModel(&table);
    model.setQueryText(QStringLiteral("is:active"));
    QSignalSpy changed(&model, &UserFilterModel::facetCountsChanged);
    const QList<User> users = demoUsers(800);
    model.facetCounts();
    for (int i = 0; i < users.size(); i += 200) {
        dir.upsert(users.mid(i, 200));
        const FacetCounts incremental = model.facetCounts();
        UserFilterModel fresh;
        fresh.setSourceModel(&table);
        fresh.setQueryText(QStringLiteral("is:active"));
        const FacetCounts& full = fresh.facetCounts();
        QCOMPARE(incremental.total, full.total);
        QCOMPARE(incremental.perGroup, full.perGroup);
    }
    QVERIFY(changed.count() >= 4);
    QCOMPARE(model.facetCounts().count(UserFacets::Status, 1), 0); // inactive ones are filtered by the query
}

void TestUserFilterModel::facetSelectionEqualsItsQueryText()
{
    Directory dir;
    dir.upsert(demoUsers(2000));
    UserTableModel table(&dir);
    UserFilterModel model;
    model.setSourceModel(&table);
    const UserFacets& facets = model.facets();
    FacetSelection choice;
    choice.setValues(UserFacets::Title, {facets.valueKey(UserFacets::Title, 0), facets.valueKey(UserFacets::Title, 3)});
    choice.setValues(UserFacets::Language, {facets.valueKey(UserFacets::Language, 0)});
    choice.setValues(UserFacets::Manager, {facets.valueKey(UserFacets::Manager, 0)});
    choice.setValues(UserFacets::SettingFirst + 2, {QStringLiteral("on"), QStringLiteral("unknown")});
    choice.setValues(UserFacets::Status, {QStringLiteral("active"), QStringLiteral("inactive")});
    for (int drop = -1; drop < UserFacets::groupCount(); ++drop) {
        FacetSelection c = choice;
        if (drop >= 0)
            c.setValues(drop, {});
        model.setQueryText(QString());
        model.setFacetSelection(c);
        const QList<int> byFacets = visibleRows(model);
        const QString text = c.toQueryText();
        QVERIFY(!UserQuery::parse(text).hasErrors());
        model.setFacetSelection({});
        model.setQueryText(text);
        QCOMPARE(visibleRows(model), byFacets);
    }
    model.setQueryText(QStringLiteral("an"));
    model.setFacetSelection(choice);
    QCOMPARE(model.combinedQueryText(), QStringLiteral("an ") + choice.toQueryText());
    QVERIFY(choice.toQueryText().contains(QStringLiteral("is:active,inactive")));
}

void TestUserFilterModel::facetChoiceOfValueSeenLater()
{
    Directory dir;
    UserTableModel table(&dir);
    UserFilterModel model;
    model.setSourceModel(&table);
    FacetSelection choice;
    choice.setValues(UserFacets::Manager, {QStringLiteral("1")});
    model.setFacetSelection(choice);
    dir.upsert({named("1", "Big", "Boss")});
    QCOMPARE(model.rowCount(), 0);
    dir.upsert({named("2", "A", "Report", "1"), named("3", "B", "Other", "9")});
    QCOMPARE(visibleRows(model), QList<int>{1});
}

void TestUserFilterModel::refreshAndClearRebuild()
{
    Directory dir;
    UserTableModel table(&dir);
    UserFilterModel model;
    model.setSourceModel(&table);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    dir.upsert({named("1", "Ann", "One"), named("2", "Bob", "Two"), named("3", "Ann", "Three")});
    model.setQueryText(QStringLiteral("ann"));
    model.sort(0);
    QCOMPARE(model.rowCount(), 2);
    // A refresh renames someone and drops someone.
    dir.beginRefresh();
    dir.upsert({named("1", "Ann", "One"), named("2", "Annie", "Two")});
    dir.endRefresh();
    QCOMPARE(dir.count(), 2);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Ann One"));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Annie Two"));
    dir.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.facetCounts().total, 0);
}

// changed:/joined: rows come and go as the directory's history facts change, without typing the query again.
void TestUserFilterModel::historyQueriesFollowTheFacts()
{
    Directory dir;
    UserTableModel table(&dir);
    UserFilterModel model;
    model.setSourceModel(&table);
    dir.upsert(demoUsers(300));
    model.setQueryText(QStringLiteral("changed:title"));
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy filtered(&model, &UserFilterModel::filterChanged);
    ChangeFacts facts;
    facts.addChangedField(dir.user(7).id, QStringLiteral("title"));
    facts.addChangedField(dir.user(42).id, QStringLiteral("title"));
    facts.addChangedField(dir.user(99).id, QStringLiteral("managerId"));
    dir.setChangeFacts(facts);
    QCOMPARE(filtered.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QList<int> rows = visibleRows(model);
    std::sort(rows.begin(), rows.end());
    QCOMPARE(rows, (QList<int>{7, 42}));
    dir.setChangeFacts(facts); // the same facts: nothing to do
    QCOMPARE(filtered.size(), 1);
    model.setQueryText(QStringLiteral("title:a")); // a query that does not ask the history ignores them
    const int shown = model.rowCount();
    dir.setChangeFacts({});
    QCOMPARE(model.rowCount(), shown);
    QCOMPARE(filtered.size(), 2);
}

QTEST_GUILESS_MAIN(TestUserFilterModel)
#include "tst_userfiltermodel.moc"
