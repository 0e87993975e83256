// SPDX-License-Identifier: MIT
// OrgFilterModel without widgets: matches kept with their chain of managers, matches marked for a view to bold,
// people sorted by name with the groups last, and pages arriving while a search is on.
#include "directory/directory.h"
#include "models/orgfiltermodel.h"
#include "models/orgtreemodel.h"
#include "search/usermatcher.h"
#include "testusers.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>

using TestUsers::make;

namespace {
QList<User> company()
{
    return {make(QStringLiteral("1"), QStringLiteral("Ana"), QStringLiteral("Ortiz"), {}, QStringLiteral("CEO")),
            make(QStringLiteral("2"), QStringLiteral("Ben"), QStringLiteral("Li"), QStringLiteral("1")),
            make(QStringLiteral("3"), QStringLiteral("Chloé"), QStringLiteral("Martin"), QStringLiteral("2"),
                 QStringLiteral("Sales Manager")),
            make(QStringLiteral("4"), QStringLiteral("Dan"), QStringLiteral("Wu"), QStringLiteral("3")),
            make(QStringLiteral("5"), QStringLiteral("Eve"), QStringLiteral("Zed"), QStringLiteral("1")),
            make(QStringLiteral("6"), QStringLiteral("Ola"), QStringLiteral("Gone"), QStringLiteral("99")),
            make(QStringLiteral("7"), QStringLiteral("Lu"), QStringLiteral("Loop"), QStringLiteral("8")),
            make(QStringLiteral("8"), QStringLiteral("Mo"), QStringLiteral("Loop"), QStringLiteral("7"))};
}

// "Name" for each row shown, depth first, "*Name" for the rows marked as matches.
QStringList shown(const OrgFilterModel& model, const QModelIndex& parent = QModelIndex())
{
    QStringList out;
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, 0, parent);
        out.append((i.data(UserModelInterface::MatchRole).toBool() ? QStringLiteral("*") : QString()) +
                   i.data().toString());
        out.append(shown(model, i));
    }
    return out;
}

// The people (Directory rows) a model shows, depth first.
QSet<int> peopleShown(const OrgFilterModel& model, const QModelIndex& parent = QModelIndex())
{
    QSet<int> rows;
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, 0, parent);
        if (model.isUser(i))
            rows.insert(model.directoryRow(i));
        rows.unite(peopleShown(model, i));
    }
    return rows;
}

OrgFilterModel::Matcher byName(const Directory& d, const QString& part)
{
    return [&d, part](int row) { return d.user(row).fullName().contains(part, Qt::CaseInsensitive); };
}
} // namespace

class TestOrgFilterModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void matchesKeptWithTheirChain()
    {
        Directory d;
        d.upsert(company());
        OrgTreeModel tree(&d);
        OrgFilterModel model;
        model.setSourceModel(&tree);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.sort(OrgTreeModel::NameColumn);
        QVERIFY(!model.isFiltering());
        // No search: everyone, people by name and the groups after them, nobody marked.
        QCOMPARE(shown(model),
                 (QStringList{QStringLiteral("Ana Ortiz"), QStringLiteral("Ben Li"), QStringLiteral("Chloé Martin"),
                              QStringLiteral("Dan Wu"), QStringLiteral("Eve Zed"),
                              QStringLiteral("Manager not in directory"), QStringLiteral("Unknown manager (id 99)"),
                              QStringLiteral("Ola Gone"), QStringLiteral("Reporting cycles"), QStringLiteral("Lu Loop"),
                              QStringLiteral("Mo Loop")}));

        model.setMatcher(byName(d, QStringLiteral("chloé")));
        QVERIFY(model.isFiltering());
        // Chloé with her chain of managers; her report Dan and the other branches are not shown.
        QCOMPARE(shown(model),
                 (QStringList{QStringLiteral("Ana Ortiz"), QStringLiteral("Ben Li"), QStringLiteral("*Chloé Martin")}));
        const QModelIndex chloe = model.indexOfUser(QStringLiteral("3"));
        QVERIFY(model.matches(chloe));
        QVERIFY(!model.matches(chloe.parent()));
        QVERIFY(!model.indexOfUser(QStringLiteral("4")).isValid());

        model.setMatcher(byName(d, QStringLiteral("loop")));
        QCOMPARE(shown(model), (QStringList{QStringLiteral("Reporting cycles"), QStringLiteral("*Lu Loop"),
                                            QStringLiteral("*Mo Loop")}));
        QVERIFY(!model.matches(model.index(0, 0))); // a group is never a match

        model.setMatcher(byName(d, QStringLiteral("ola")));
        QCOMPARE(shown(model), (QStringList{QStringLiteral("Manager not in directory"),
                                            QStringLiteral("Unknown manager (id 99)"), QStringLiteral("*Ola Gone")}));

        model.setMatcher({});
        QCOMPARE(shown(model).size(), 11);
        QVERIFY(!model.matches(model.indexOfUser(QStringLiteral("6"))));
    }

    // A search is on while pages arrive in any order: after every page the model shows exactly the matches and
    // everyone above them in the tree, the matches marked, under the tester. (Qt 6.4's recursive filtering crashed
    // here: rows inserted under a parent it had filtered out.)
    void pagesArrivingWhileFiltered_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("directors") << QStringLiteral("title:director");
        QTest::newRow("managers") << QStringLiteral("title:manager");
        QTest::newRow("a name") << QStringLiteral("name:an");
    }

    void pagesArrivingWhileFiltered()
    {
        QFETCH(QString, text);
        QList<User> users = TestUsers::demo(1500, 31);
        QRandomGenerator rng(5);
        std::shuffle(users.begin(), users.end(), rng);
        Directory d;
        OrgTreeModel tree(&d);
        OrgFilterModel model;
        model.setSourceModel(&tree);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.sort(OrgTreeModel::NameColumn);
        // The query language, as the window plugs it in: the matcher follows the directory as it grows.
        const UserQuery query = UserQuery::parse(text);
        auto matcher = std::make_shared<std::unique_ptr<UserMatcher>>();
        model.setMatcher([&d, query, matcher](int row) {
            if (!*matcher || (*matcher)->rowCount() != d.count())
                *matcher = std::make_unique<UserMatcher>(query, d);
            return (*matcher)->matches(row);
        });
        int matchesSeen = 0;
        for (qsizetype i = 0; i < users.size(); i += 60) {
            d.upsert(users.mid(i, 60));
            const UserMatcher now(query, d);
            QSet<int> expected;
            int matches = 0;
            for (int row = 0; row < d.count(); ++row) {
                if (!now.matches(row))
                    continue;
                ++matches;
                for (QModelIndex at = tree.indexOfRow(row); at.isValid(); at = at.parent()) {
                    if (tree.isUser(at))
                        expected.insert(tree.directoryRow(at));
                }
            }
            QCOMPARE(peopleShown(model), expected);
            for (int row = 0; row < d.count(); ++row) // as the view does when the window selects someone
                QCOMPARE(model.indexOfRow(row).isValid(), expected.contains(row));
            int marked = 0;
            for (int row : expected) {
                const QModelIndex at = model.indexOfRow(row);
                QVERIFY(at.isValid());
                QCOMPARE(at.data(UserModelInterface::MatchRole).toBool(), now.matches(row));
                marked += at.data(UserModelInterface::MatchRole).toBool();
            }
            QCOMPARE(marked, matches);
            matchesSeen = matches;
        }
        QVERIFY(matchesSeen > 10);
        QVERIFY(peopleShown(model).size() > matchesSeen); // managers on the way are shown too
    }
};

QTEST_GUILESS_MAIN(TestOrgFilterModel)
#include "tst_orgfiltermodel.moc"
