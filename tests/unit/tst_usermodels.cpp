// SPDX-License-Identifier: MIT
// One suite for every model that shows people, the way libkleo tests its key list models: one fixture, run for each
// model. UserTableModel, UserFilterModel, OrgTreeModel and OrgFilterModel must answer UserModelInterface alike (the
// person at an index, the index of a Directory row or id, the roles), under QAbstractItemModelTester (Fatal), while
// pages append, people change, a refresh drops people and the directory resets.
#include "directory/directory.h"
#include "directory/usercolumns.h"
#include "models/orgfiltermodel.h"
#include "models/orgtreemodel.h"
#include "models/userfiltermodel.h"
#include "models/usermodelinterface.h"
#include "models/usertablemodel.h"
#include "search/usermatcher.h"
#include "testusers.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>

namespace {
enum class Kind
{
    Table,
    Filter,
    Tree,
    OrgFilter
};

const QString filterQuery = QStringLiteral("-is:inactive title:e");

// A directory and one model of each kind over it; `model` is the one under test.
struct Rig
{
    explicit Rig(Kind k)
        : kind(k)
    {
        // The base model of the kind, then the proxy on top of it when the kind is one.
        if (kind == Kind::Tree || kind == Kind::OrgFilter) {
            tree = std::make_unique<OrgTreeModel>(&directory);
            model = tree.get();
        } else {
            table = std::make_unique<UserTableModel>(&directory);
            model = table.get();
        }
        if (kind == Kind::Filter) {
            filter = std::make_unique<UserFilterModel>();
            filter->setSourceModel(table.get());
            filter->sort(UserColumns::indexOf(QStringLiteral("fullName")), Qt::DescendingOrder);
            filter->setQueryText(filterQuery);
            model = filter.get();
        } else if (kind == Kind::OrgFilter) {
            orgFilter = std::make_unique<OrgFilterModel>();
            orgFilter->setSourceModel(tree.get());
            orgFilter->sort(OrgTreeModel::NameColumn);
            orgFilter->setMatcher([this](int row) { return orgMatches(row); });
            model = orgFilter.get();
        }
        people = UserModelInterface::of(model);
        tester =
            std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    // The org-chart search: people whose title contains "manager" or "director".
    bool orgMatches(int row) const
    {
        const QString& title = directory.user(row).title;
        return title.contains(QLatin1String("Manager")) || title.contains(QLatin1String("Director"));
    }

    // The Directory rows the model should show.
    QSet<int> expectedRows() const
    {
        QSet<int> rows;
        switch (kind) {
        case Kind::Table:
        case Kind::Tree:
            for (int row = 0; row < directory.count(); ++row)
                rows.insert(row);
            break;
        case Kind::Filter: {
            const UserMatcher matcher(UserQuery::parse(filterQuery), directory);
            for (int row = 0; row < directory.count(); ++row) {
                if (matcher.matches(row))
                    rows.insert(row);
            }
            break;
        }
        case Kind::OrgFilter:
            // Matches and everyone above them in the tree.
            for (int row = 0; row < directory.count(); ++row) {
                if (!orgMatches(row))
                    continue;
                for (QModelIndex i = tree->indexOfRow(row); i.isValid(); i = i.parent()) {
                    if (tree->isUser(i))
                        rows.insert(tree->directoryRow(i));
                }
            }
            break;
        }
        return rows;
    }

    Kind kind;
    Directory directory;
    std::unique_ptr<UserTableModel> table;
    std::unique_ptr<UserFilterModel> filter;
    std::unique_ptr<OrgTreeModel> tree;
    std::unique_ptr<OrgFilterModel> orgFilter;
    QAbstractItemModel* model = nullptr;
    UserModelInterface* people = nullptr;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

// Every index the model has, all columns, depth first.
void walk(const QAbstractItemModel& model, const QModelIndex& parent, const std::function<void(const QModelIndex&)>& f)
{
    for (int r = 0; r < model.rowCount(parent); ++r) {
        for (int c = 0; c < model.columnCount(parent); ++c)
            f(model.index(r, c, parent));
        walk(model, model.index(r, 0, parent), f);
    }
}

// Everything UserModelInterface promises, checked against the Directory; the first broken promise, or empty.
QString checkInterface(const Rig& rig)
{
    const Directory& d = rig.directory;
    const UserModelInterface& people = *rig.people;
    QString problem;
    QSet<int> seen;
    walk(*rig.model, QModelIndex(), [&](const QModelIndex& i) {
        if (!problem.isEmpty())
            return;
        const int row = people.directoryRow(i);
        const QString where =
            QStringLiteral("row %1 column %2 (%3)").arg(i.row()).arg(i.column()).arg(i.data().toString());
        if (row < 0) { // a group of the org tree
            if (rig.kind == Kind::Table || rig.kind == Kind::Filter || people.isUser(i) ||
                !people.userIdAt(i).isEmpty() || !i.data(UserModelInterface::UserIdRole).toString().isEmpty() ||
                i.data(UserModelInterface::DirectoryRowRole).toInt() != -1)
                problem = QStringLiteral("no person at %1, but it says otherwise").arg(where);
            return;
        }
        if (row >= d.count()) {
            problem = QStringLiteral("%1 names Directory row %2 of %3").arg(where).arg(row).arg(d.count());
            return;
        }
        const User& user = d.user(row);
        if (!people.isUser(i) || &people.userAt(i) != &user || people.userIdAt(i) != user.id ||
            i.data(UserModelInterface::UserIdRole).toString() != user.id ||
            i.data(UserModelInterface::DirectoryRowRole).toInt() != row)
            problem = QStringLiteral("the person at %1 is not Directory row %2 throughout").arg(where).arg(row);
        else if (people.indexOfRow(row, i.column()) != i || people.indexOfUser(user.id, i.column()) != i)
            problem = QStringLiteral("indexOfRow/indexOfUser(%1) is not %2").arg(user.id, where);
        else if (i.column() == 0 && seen.contains(row))
            problem = QStringLiteral("Directory row %1 shown twice").arg(row);
        if (i.column() == 0)
            seen.insert(row);
    });
    if (!problem.isEmpty())
        return problem;
    const QSet<int> expected = rig.expectedRows();
    if (seen != expected)
        return QStringLiteral("shows %1 people, expected %2").arg(seen.size()).arg(expected.size());
    for (int row = 0; row < d.count(); ++row) {
        if (!seen.contains(row) && (people.indexOfRow(row).isValid() || people.indexOfUser(d.user(row).id).isValid()))
            return QStringLiteral("Directory row %1 is not shown, yet has an index").arg(row);
    }
    // Questions with no person for an answer.
    Directory elsewhere;
    elsewhere.upsert({TestUsers::make(QStringLiteral("1"), QStringLiteral("Someone"), QStringLiteral("Else"))});
    const UserTableModel other(&elsewhere);
    if (people.directoryRow(QModelIndex()) != -1 || people.directoryRow(other.index(0, 0)) != -1 ||
        people.userIdAt(QModelIndex()) != QString() || people.indexOfRow(-1).isValid() ||
        people.indexOfRow(d.count()).isValid() || people.indexOfUser(QStringLiteral("no such id")).isValid() ||
        people.indexOfUser(QString()).isValid() || (d.count() > 0 && people.indexOfRow(0, 1000).isValid()))
        return QStringLiteral("an impossible question got an answer");
    if (UserModelInterface::of(rig.model) != rig.people || people.directory() != &d)
        return QStringLiteral("the interface is not reachable from the model");
    return QString();
}

// Pages in a shuffled order: reports often arrive before their managers (the tree's waiting groups).
QList<QList<User>> shuffledPages(QList<User> users, int size)
{
    QRandomGenerator rng(7);
    std::shuffle(users.begin(), users.end(), rng);
    QList<QList<User>> pages;
    for (qsizetype i = 0; i < users.size(); i += size)
        pages.append(users.mid(i, size));
    return pages;
}
} // namespace

Q_DECLARE_METATYPE(Kind)

class TestUserModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesAppend_data() { kinds(); }
    void pagesAppend()
    {
        QFETCH(Kind, kind);
        Rig rig(kind);
        QCOMPARE(checkInterface(rig), QString());
        const QList<QList<User>> pages = shuffledPages(TestUsers::demo(600, 21), 60);
        for (const QList<User>& page : pages) {
            rig.directory.upsert(page);
            if (&page == &pages.first())
                rig.directory.reserve(600); // as DirectoryLoader does after the first page (a reset signal)
            QCOMPARE(checkInterface(rig), QString());
        }
        QCOMPARE(rig.directory.count(), 600);
        QVERIFY(rig.people->indexOfRow(0).isValid() || rig.kind == Kind::Filter || rig.kind == Kind::OrgFilter);
        QVERIFY(rig.model->rowCount() > 0);
    }

    void usersChange_data() { kinds(); }
    void usersChange()
    {
        QFETCH(Kind, kind);
        Rig rig(kind);
        QList<User> users = TestUsers::demo(500, 22);
        rig.directory.upsert(users);
        const int shownBefore = int(rig.expectedRows().size());
        // New titles and new managers: people move in the tree and in and out of the filters.
        for (qsizetype i = 0; i < users.size(); i += 9) {
            users[i].title = i % 2 ? QStringLiteral("Regional Manager") : QStringLiteral("Clerk");
            users[i].active = i % 3 ? TriState::On : TriState::Off;
            if (i > 0)
                users[i].managerId = users[i / 2].id;
        }
        rig.directory.upsert(users);
        QCOMPARE(checkInterface(rig), QString());
        QVERIFY(int(rig.expectedRows().size()) != shownBefore || kind == Kind::Table || kind == Kind::Tree);
    }

    void refreshDropsPeople_data() { kinds(); }
    void refreshDropsPeople()
    {
        QFETCH(Kind, kind);
        Rig rig(kind);
        const QList<User> users = TestUsers::demo(400, 23);
        rig.directory.upsert(users);
        rig.directory.beginRefresh();
        QList<User> kept;
        for (qsizetype i = 0; i < users.size(); ++i) {
            if (i % 11 != 3 && (i < 50 || i > 70)) // scattered people and one run of them leave
                kept.append(users[i]);
        }
        kept[5].title = QStringLiteral("Changed Manager");
        for (qsizetype i = 0; i < kept.size(); i += 100)
            rig.directory.upsert(kept.mid(i, 100));
        rig.directory.endRefresh();
        QCOMPARE(rig.directory.count(), int(kept.size()));
        QCOMPARE(checkInterface(rig), QString());
        QVERIFY(!rig.people->indexOfUser(users[3].id).isValid());
    }

    void directoryResets_data() { kinds(); }
    void directoryResets()
    {
        QFETCH(Kind, kind);
        Rig rig(kind);
        rig.directory.upsert(TestUsers::demo(500, 24));
        QCOMPARE(checkInterface(rig), QString());
        rig.directory.clear();
        QCOMPARE(rig.model->rowCount(), 0);
        QCOMPARE(checkInterface(rig), QString());
        rig.directory.upsert(TestUsers::demo(300, 25));
        QCOMPARE(checkInterface(rig), QString());
        QVERIFY(rig.model->rowCount() > 0);
    }

private:
    static void kinds()
    {
        QTest::addColumn<Kind>("kind");
        QTest::newRow("UserTableModel") << Kind::Table;
        QTest::newRow("UserFilterModel") << Kind::Filter;
        QTest::newRow("OrgTreeModel") << Kind::Tree;
        QTest::newRow("OrgFilterModel") << Kind::OrgFilter;
    }
};

QTEST_GUILESS_MAIN(TestUserModels)
#include "tst_usermodels.moc"
