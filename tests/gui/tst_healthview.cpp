// SPDX-License-Identifier: MIT
// The Health tab (issue 19) in the window: its counts and people are DirectoryHealth's, "Show in People" gives the
// table the same people, it follows pages and a switch to another account (issue 16, point 1), ids are whole and
// copyable, and the summary export writes the CSV through the safe file path.
#include "api/directoryloader.h"
#include "audit/directoryhealth.h"
#include "demo/demoserver.h"
#include "directory/directory.h"
#include "healthpeople.h"
#include "healthpeoplemodel.h"
#include "healthview.h"
#include "mainwindow.h"
#include "models/userfiltermodel.h"
#include "searchbar.h"
#include "testfiles.h"
#include "testusers.h"
#include "unpaceddemo.h"
#include "windowparts.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSet>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using namespace WindowParts;
using namespace Qt::StringLiterals;
using HealthPeople::person;

namespace {
const QString missingManager = u"manager-0000000000000000000000042"_s;

// The count the view shows beside a check.
QString shownCount(const QObject& root, int check)
{
    const QTreeWidget* checks = part<QTreeWidget>(root, "healthChecks");
    for (int k = 0; k < checks->topLevelItemCount(); ++k) {
        const QTreeWidgetItem* kind = checks->topLevelItem(k);
        for (int c = 0; c < kind->childCount(); ++c) {
            if (kind->child(c)->data(0, Qt::UserRole + 1).toInt() == check)
                return kind->child(c)->text(1);
        }
    }
    return u"(no such check)"_s;
}

// Empty when every count shown is the directory's DirectoryHealth's; else the first difference.
QString countsDiffer(const QObject& root, const Directory& directory)
{
    DirectoryHealth& health = DirectoryHealth::of(directory);
    health.sync();
    for (int check = 0; check < HealthCheck::Count; ++check) {
        const QString expected = QLocale().toString(health.count(check));
        if (shownCount(root, check) != expected)
            return u"%1: shown %2, expected %3"_s.arg(QLatin1String(HealthCheck::at(check).key),
                                                      shownCount(root, check), expected);
    }
    return {};
}

// The ids the view lists for its current check, in the order shown, and what the list says is wrong for each.
QStringList listedIds(const QObject& root, int column = HealthPeopleModel::IdColumn)
{
    const QTreeView* people = part<QTreeView>(root, "healthPeople");
    QStringList ids;
    for (int r = 0; r < people->model()->rowCount(); ++r)
        ids.append(people->model()->index(r, column).data().toString());
    return ids;
}

QSet<QString> idsOf(const Directory& directory, const QList<int>& rows)
{
    QSet<QString> out;
    for (int row : rows)
        out.insert(directory.user(row).id);
    return out;
}

bool showLoaded(MainWindow& window, int users)
{
    window.resize(1400, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !UnpacedDemo::open(window, users))
        return false;
    return QTest::qWaitFor(
        [&window, users] {
            return part<Directory>(window, "directory")->count() == users && !window.loader()->isBusy();
        },
        60000);
}

void showHealthTab(MainWindow& window)
{
    part<QTabWidget>(window, "mainTabs")->setCurrentWidget(part<HealthView>(window, "healthView"));
}

// A second account: three people, one whose manager is not in it, one without a title.
QList<QJsonObject> otherAccount()
{
    User noTitle = person(u"b3"_s, u"b1"_s);
    noTitle.title.clear();
    return {person(u"b1"_s).toJson(), person(u"b2"_s, missingManager).toJson(), noTitle.toJson()};
}
} // namespace

class TestHealthView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void countsAndPeopleAreDirectoryHealths()
    {
        MainWindow window;
        QVERIFY(showLoaded(window, 5000)); // the demo of 5,000 has something for every check
        showHealthTab(window);
        const Directory& directory = *part<Directory>(window, "directory");
        QTRY_COMPARE(countsDiffer(window, directory), QString());
        DirectoryHealth& health = DirectoryHealth::of(directory);
        auto* view = part<HealthView>(window, "healthView");
        for (int check = 0; check < HealthCheck::Count; ++check) {
            QVERIFY2(health.count(check) > 0, HealthCheck::at(check).key);
            view->setCurrentCheck(check);
            QCOMPARE(view->currentCheck(), check);
            const QStringList listed = listedIds(window);
            QCOMPARE(listed.size(), health.count(check));
            QCOMPARE(QSet<QString>(listed.begin(), listed.end()), idsOf(directory, health.rows(check)));
            QVERIFY2(part<QLabel>(window, "healthCheckTitle")->text().startsWith(HealthCheck::at(check).title()),
                     qPrintable(part<QLabel>(window, "healthCheckTitle")->text()));
            QVERIFY(
                part<QLabel>(window, "healthCheckDescription")->text().contains(HealthCheck::at(check).queryTerm()));
        }
        // What is wrong, beside each person: for a missing manager, the id whole.
        view->setCurrentCheck(HealthCheck::ManagerMissing);
        const QStringList findings = listedIds(window, HealthPeopleModel::FindingColumn);
        const QStringList ids = listedIds(window);
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const User& user = directory.user(directory.rowOf(ids[i]));
            QCOMPARE(findings[i], u"Manager id "_s + user.managerId);
        }

        // Moving along the list makes the person the window's current one (the details follow); Enter shows them in
        // the People table.
        auto* people = part<QTreeView>(window, "healthPeople");
        people->setFocus();
        people->setCurrentIndex(people->model()->index(1, 0));
        QCOMPARE(currentUserId(window), ids[1]);
        QTest::keyClick(people, Qt::Key_Return);
        QCOMPARE(part<QTabWidget>(window, "mainTabs")->currentWidget()->objectName(), u"peopleView"_s);
        QCOMPARE(currentUserId(window), ids[1]);
    }

    void showInPeopleGivesTheTableTheSamePeople()
    {
        MainWindow window;
        QVERIFY(showLoaded(window, 2000));
        const Directory& directory = *part<Directory>(window, "directory");
        auto* results = part<UserFilterModel>(window, "userFilterModel");
        auto* facets = part<QTreeWidget>(window, "facetTree");
        QTRY_VERIFY(facets->topLevelItemCount() > 0 && facets->topLevelItem(0)->childCount() > 0);
        for (int check : {int(HealthCheck::ManagerMissing), int(HealthCheck::DuplicateEmail), int(HealthCheck::NoPhone),
                          int(HealthCheck::ReportsToInactive)}) {
            // A facet ticked before: the table must still show exactly the check's people.
            facets->topLevelItem(0)->child(0)->setCheckState(0, Qt::Checked);
            part<SearchBar>(window, "searchBar")->setText(u"something else"_s);
            showHealthTab(window);
            auto* view = part<HealthView>(window, "healthView");
            view->setCurrentCheck(check);
            const int count = DirectoryHealth::of(directory).count(check);
            QVERIFY(count > 0);
            QTest::mouseClick(part<QPushButton>(window, "healthShowInPeople"), Qt::LeftButton);
            QCOMPARE(part<SearchBar>(window, "searchBar")->text(), HealthCheck::at(check).queryTerm());
            QCOMPARE(part<QTabWidget>(window, "mainTabs")->currentWidget()->objectName(), u"peopleView"_s);
            QTRY_COMPARE(results->rowCount(), count);
            QSet<QString> shown;
            for (int r = 0; r < results->rowCount(); ++r)
                shown.insert(results->userIdAt(results->index(r, 0)));
            QCOMPARE(shown, idsOf(directory, DirectoryHealth::of(directory).rows(check)));
        }
    }

    void followsPagesAndASwitchToAnotherAccount()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        showHealthTab(window); // shown from the start: it follows the pages as they arrive
        auto* directory = part<Directory>(window, "directory");
        // People come and go on this list while pages arrive (someone's manager may come on a later page).
        part<HealthView>(window, "healthView")->setCurrentCheck(HealthCheck::ManagerMissing);
        QAbstractItemModelTester tester(part<HealthPeopleModel>(window, "healthPeopleModel"));
        QVERIFY(UnpacedDemo::open(window, 1500));
        // The switch to the demo checked the empty directory from scratch (a reset); the pages must not do it again.
        const int fullRuns = DirectoryHealth::of(*directory).fullRecomputations();
        QTRY_VERIFY_WITH_TIMEOUT(directory->count() == 1500 && !window.loader()->isBusy(), 60000);
        QTRY_COMPARE(countsDiffer(window, *directory), QString());
        const QStringList listed = listedIds(window);
        QCOMPARE(QSet<QString>(listed.begin(), listed.end()),
                 idsOf(*directory, DirectoryHealth::of(*directory).rows(HealthCheck::ManagerMissing)));
        QCOMPARE(listed.size(), DirectoryHealth::of(*directory).count(HealthCheck::ManagerMissing));
        // Pages were taken as they came, never by checking the whole directory again.
        QCOMPARE(DirectoryHealth::of(*directory).fullRecomputations(), fullRuns);

        // Another account, whose first page is slow to come: the demo's counts and people are gone at once.
        DemoServer other;
        other.setUsers(otherAccount());
        other.setLatency(1500);
        QVERIFY(other.listen());
        Credentials credentials;
        credentials.accessKey = DemoServer::defaultAccessKey();
        credentials.accessKeySecret = DemoServer::defaultSecret();
        window.connectTo(other.baseUrl(), credentials, u"Other"_s);
        QCOMPARE(directory->count(), 0);
        QCOMPARE(countsDiffer(window, *directory), QString());
        QCOMPARE(shownCount(window, HealthCheck::NoTitle), u"0"_s);
        QCOMPARE(listedIds(window), QStringList());
        QCOMPARE(part<QLabel>(window, "healthSummary")->text(), u"No people loaded yet."_s);
        // Then the new account's findings.
        QTRY_VERIFY_WITH_TIMEOUT(directory->count() == 3 && !window.loader()->isBusy(), 20000);
        QTRY_COMPARE(countsDiffer(window, *directory), QString());
        QCOMPARE(shownCount(window, HealthCheck::NoTitle), u"1"_s);
        part<HealthView>(window, "healthView")->setCurrentCheck(HealthCheck::ManagerMissing);
        QCOMPARE(listedIds(window), QStringList{u"b2"_s});
        QCOMPARE(listedIds(window, HealthPeopleModel::FindingColumn), QStringList{u"Manager id "_s + missingManager});

        // Switched while the tab is hidden: shown again, it has the account on screen, not the one before.
        part<QTabWidget>(window, "mainTabs")->setCurrentIndex(0);
        other.setUsers({person(u"c1"_s).toJson()});
        other.setLatency(0);
        window.connectTo(other.baseUrl(), credentials, u"Third"_s);
        QTRY_VERIFY_WITH_TIMEOUT(directory->count() == 1 && !window.loader()->isBusy(), 20000);
        showHealthTab(window);
        QCOMPARE(countsDiffer(window, *directory), QString());
        QCOMPARE(listedIds(window), QStringList());
        QCOMPARE(part<QLabel>(window, "healthSummary")->text(), u"People with at least one finding: 0 of 1"_s);
    }

    void theListFollowsEditsAndKeepsTheSelection()
    {
        // People gain and lose a title at random: the list of "No title" follows by removing and inserting rows, and
        // the person selected stays selected while they are listed.
        Directory directory;
        QList<User> people;
        for (int i = 0; i < 60; ++i)
            people.append(person(QString::number(i + 1)));
        people[7].title.clear();
        directory.upsert(people);
        HealthView view(&directory);
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setCurrentCheck(HealthCheck::NoTitle);
        auto* model = part<HealthPeopleModel>(view, "healthPeopleModel");
        QAbstractItemModelTester tester(model);
        auto* list = part<QTreeView>(view, "healthPeople");
        QCOMPARE(listedIds(view), QStringList{u"8"_s});
        list->setCurrentIndex(list->model()->index(0, 0));
        QRandomGenerator rng(19);
        for (int round = 0; round < 20; ++round) {
            QList<User> changed;
            for (int k = 0; k < 6; ++k) {
                const int i = int(rng.bounded(people.size()));
                if (i == 7)
                    continue; // the selected person keeps having no title
                people[i].title = people[i].title.isEmpty() ? u"Engineer"_s : QString();
                changed.append(people[i]);
            }
            if (round % 5 == 4)
                changed.append(person(QString::number(people.size() + 1), {}, QJsonObject{{u"title"_s, QString()}}));
            if (round % 5 == 4)
                people.append(changed.last());
            directory.upsert(changed);
            QSet<QString> expected;
            for (const User& p : people) {
                if (p.title.isEmpty())
                    expected.insert(p.id);
            }
            QTRY_VERIFY2(
                [&] {
                    const QStringList ids = listedIds(view);
                    return QSet<QString>(ids.begin(), ids.end()) == expected && ids.size() == expected.size();
                }(),
                qPrintable(listedIds(view).join(u',')));
            QCOMPARE(model->userIdAt(model->index(0, 0)).isEmpty(), false);
            QCOMPARE(list->model()->data(list->currentIndex().siblingAtColumn(HealthPeopleModel::IdColumn)).toString(),
                     u"8"_s);
        }
        // A listed person renamed moves to their place in the order of names; a person changed while the tab is
        // hidden too.
        people[0].title.clear(); // "Person 1", before "Person 8"
        people[8].title.clear(); // "Person 9", after
        directory.upsert({people[0], people[8]});
        QTRY_VERIFY(listedIds(view).contains(u"1"_s) && listedIds(view).contains(u"9"_s));
        QVERIFY(listedIds(view).first() != u"8"_s && listedIds(view).last() != u"8"_s);
        people[7].firstName = u"Aaron"_s;
        directory.upsert({people[7]});
        QTRY_COMPARE(listedIds(view).first(), u"8"_s);
        view.hide();
        people[7].firstName = u"Zed"_s;
        directory.upsert({people[7]});
        view.show();
        QCOMPARE(listedIds(view).last(), u"8"_s);
    }

    void idsAreWholeAndCopyable()
    {
        Directory directory;
        directory.upsert(
            {person(u"1"_s), person(u"2000000000000000000000001"_s, missingManager), person(u"3"_s, missingManager)});
        HealthView view(&directory);
        view.resize(1200, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setCurrentCheck(HealthCheck::ManagerMissing);
        QCOMPARE(listedIds(view), (QStringList{u"2000000000000000000000001"_s, u"3"_s}));
        auto* people = part<QTreeView>(view, "healthPeople");
        // The id column is as wide as the longest id: nothing elided.
        const QModelIndex longId = people->model()->index(0, HealthPeopleModel::IdColumn);
        QVERIFY2(people->columnWidth(HealthPeopleModel::IdColumn) >=
                     people->fontMetrics().horizontalAdvance(longId.data().toString()),
                 qPrintable(QString::number(people->columnWidth(HealthPeopleModel::IdColumn))));

        // Ctrl+C on the list: the selected people's ids.
        people->setFocus();
        people->setCurrentIndex(people->model()->index(0, 0));
        QApplication::clipboard()->clear();
        QTest::keySequence(people, QKeySequence::Copy);
        QCOMPARE(QApplication::clipboard()->text(), u"2000000000000000000000001"_s);
        people->selectAll();
        QTest::keySequence(people, QKeySequence::Copy);
        QCOMPARE(QApplication::clipboard()->text(), u"2000000000000000000000001\n3"_s);

        // The context menu: Copy Id, and the missing manager's id.
        QStringList offered;
        QTimer::singleShot(0, &view, [&offered] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction* action : menu->actions()) {
                offered.append(action->text());
                if (action->text() == u"Copy &Manager Id"_s)
                    action->trigger();
            }
            menu->close();
        });
        const QModelIndex second = people->model()->index(1, 0);
        Q_EMIT people->customContextMenuRequested(people->visualRect(second).center());
        QVERIFY2(offered.contains(u"Copy &Id"_s), qPrintable(offered.join(u", "_s)));
        QCOMPARE(QApplication::clipboard()->text(), missingManager);

        // What is wrong sits beside the name; a check that has nothing more to say than its title leaves it out.
        QVERIFY(!people->isColumnHidden(HealthPeopleModel::FindingColumn));
        view.setCurrentCheck(HealthCheck::NoPhone);
        QVERIFY(people->isColumnHidden(HealthPeopleModel::FindingColumn));
        view.setCurrentCheck(HealthCheck::DuplicateEmail);
        QVERIFY(!people->isColumnHidden(HealthPeopleModel::FindingColumn));
    }

    void summaryExportWritesTheCsv()
    {
        Directory directory;
        // A hostile id: a spreadsheet must not run it.
        directory.upsert({person(u"1"_s), person(u"=1+2"_s, missingManager), person(u"3"_s, missingManager)});
        HealthView view(&directory);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"health.csv"_s);
        QString error;
        QVERIFY2(view.exportSummaryTo(path, &error), qPrintable(error));
        const QByteArray bytes = TestFiles::read(path);
        QVERIFY(!bytes.isEmpty());
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = bytes.mid(3).trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + int(HealthCheck::Count));
        QCOMPARE(lines[0].trimmed(), QByteArray("check,title,count,ids"));
        QCOMPARE(lines[1 + HealthCheck::ManagerMissing].trimmed(),
                 QByteArray("manager-missing,Manager not in the directory,2,'=1+2; 3"));
        QCOMPARE(lines[1 + HealthCheck::NoManager].trimmed(), QByteArray("no-manager,No manager,0,"));
        QCOMPARE(lines[1 + HealthCheck::NoTitle].trimmed(), QByteArray("no-title,No title,0,"));
        QCOMPARE(QFile::permissions(path) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());

        // A file that cannot be written: a message naming it, and nothing left behind.
        const QString nowhere = dir.filePath(u"missing-folder/health.csv"_s);
        QVERIFY(!view.exportSummaryTo(nowhere, &error));
        QVERIFY2(error.contains(u"health.csv"_s), qPrintable(error));
        QVERIFY(!QFile::exists(nowhere));
    }
};

QTEST_MAIN(TestHealthView)
#include "tst_healthview.moc"
