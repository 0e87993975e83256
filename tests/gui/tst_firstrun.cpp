// SPDX-License-Identifier: MIT
// The window as a new user first sees it, on a 1280×800 screen (an offscreen screen of that size, see CMakeLists):
// the default columns fit without sideways scrolling, Status is a compact badge that still reads "Active" to a
// screen reader, Name stays in sight when the table scrolls sideways, and both docks close, reopen from View and
// stay as they were left.
#include "api/directoryloader.h"
#include "connectionmanager.h"
#include "credentials/credentialstore.h"
#include "credentialsdialog.h"
#include "demo/demosession.h"
#include "directory/directory.h"
#include "directory/usercolumns.h"
#include "errorbanner.h"
#include "frozencolumnview.h"
#include "mainwindow.h"
#include "models/userfiltermodel.h"
#include "unpaceddemo.h"
#include "usertableview.h"
#include "windowparts.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace WindowParts;
using namespace Qt::StringLiterals;

class TestFirstRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void defaultColumnsFitAt1280x800();
    void statusIsABadgeThatReadsAsText();
    void nameStaysWhenScrollingSideways();
    void docksCloseReopenAndPersist();
    void emptyWindowOffersConnectAndDemo();

private:
    // A main window as on first start, with the demo loaded.
    std::unique_ptr<MainWindow> openWindow(int users = 300);
};

void TestFirstRun::initTestCase()
{
    // Only a named application persists its window (MainWindow); test mode keeps it out of the real settings.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"GongDirectoryTests"_s);
    QCoreApplication::setApplicationName(u"tst_firstrun"_s);
    QVERIFY2(QGuiApplication::primaryScreen()->size() == QSize(1280, 800),
             "run through CTest: the offscreen screen must be 1280×800");
}

void TestFirstRun::init()
{
    QSettings().clear(); // every test starts as a first run
}

std::unique_ptr<MainWindow> TestFirstRun::openWindow(int users)
{
    auto window = std::make_unique<MainWindow>();
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    QSignalSpy finished(window->loader(), &DirectoryLoader::finished);
    if (!UnpacedDemo::open(*window, users) || !finished.wait(30000))
        return nullptr;
    return window;
}

void TestFirstRun::defaultColumnsFitAt1280x800()
{
    const std::unique_ptr<MainWindow> window = openWindow();
    QVERIFY(window);
    QVERIFY(window->width() <= 1280);
    auto* table = part<UserTableView>(*window, "userTable");
    const QHeaderView* header = table->horizontalHeader();
    // Every default column is shown, wide enough to read something, and none is off-screen: no sideways scrolling.
    int shown = 0;
    for (int c = 0; c < UserColumns::count(); ++c) {
        if (!UserColumns::at(c).visibleByDefault)
            continue;
        ++shown;
        QVERIFY2(!header->isSectionHidden(c), qPrintable(UserColumns::at(c).key));
        QVERIFY2(header->sectionSize(c) >= 40, qPrintable(UserColumns::at(c).key));
        QVERIFY2(header->sectionViewportPosition(c) + header->sectionSize(c) <= table->viewport()->width() + 1,
                 qPrintable(UserColumns::at(c).key));
    }
    QCOMPARE(shown, 9);
    QTRY_COMPARE(table->horizontalScrollBar()->maximum(), 0);
    // Name gets what most names need before the others are cut.
    QVERIFY2(header->sectionSize(UserColumns::indexOf(u"fullName"_s)) >= 110,
             qPrintable(QString::number(header->sectionSize(UserColumns::indexOf(u"fullName"_s)))));
    // The table has the larger share of the window; the docks together less than half.
    const int docks =
        part<QDockWidget>(*window, "facetDock")->width() + part<QDockWidget>(*window, "detailDock")->width();
    QVERIFY2(docks < window->width() / 2, qPrintable(QString::number(docks)));
    QVERIFY(table->width() > window->width() / 2);
}

void TestFirstRun::statusIsABadgeThatReadsAsText()
{
    const std::unique_ptr<MainWindow> window = openWindow();
    QVERIFY(window);
    auto* table = part<UserTableView>(*window, "userTable");
    const int status = UserColumns::indexOf(u"active"_s);
    // As narrow as its title: no room for the word "Inactive", which the badge does not need.
    QVERIFY2(table->horizontalHeader()->sectionSize(status) <= table->fontMetrics().horizontalAdvance(u"Status"_s) + 40,
             qPrintable(QString::number(table->horizontalHeader()->sectionSize(status))));
    // A screen reader reads the cell's text.
    const QModelIndex cell = table->model()->index(0, status);
    QVERIFY(cell.data().toString() == u"Active"_s || cell.data().toString() == u"Inactive"_s);
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(table);
    QVERIFY(accessible && accessible->tableInterface());
    QAccessibleInterface* accessibleCell = accessible->tableInterface()->cellAt(0, status);
    QVERIFY(accessibleCell);
    QCOMPARE(accessibleCell->text(QAccessible::Name), cell.data().toString());
    // Painted as the badge, not as the word.
    QVERIFY(table->itemDelegateForColumn(status) &&
            table->itemDelegateForColumn(status)->inherits("StatusBadgeDelegate"));
}

void TestFirstRun::nameStaysWhenScrollingSideways()
{
    const std::unique_ptr<MainWindow> window = openWindow();
    QVERIFY(window);
    auto* table = part<UserTableView>(*window, "userTable");
    QHeaderView* header = table->horizontalHeader();
    // More columns than fit: the table scrolls sideways.
    for (int c = 0; c < UserColumns::count(); ++c)
        header->setSectionHidden(c, false);
    QTRY_VERIFY(table->horizontalScrollBar()->maximum() > 0);
    // Too many to fit: each keeps a readable width instead of all being cut to a few letters.
    QTRY_VERIFY(header->sectionSize(UserColumns::indexOf(u"fullName"_s)) >= 110);
    auto* frozen = findPart<FrozenColumnView>(*table, "frozenColumn");
    QVERIFY2(frozen, "no frozen Name column");
    QVERIFY(!frozen->isVisible()); // not scrolled: the table's own Name column is there

    table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum() / 2);
    table->horizontalScrollBar()->setValue(table->horizontalScrollBar()->maximum());
    const int name = UserColumns::indexOf(u"fullName"_s);
    QTRY_VERIFY(frozen->isVisible());
    QCOMPARE(frozen->frozenColumn(), name);
    // Laid over the table's left edge, as wide as the Name column, scrolled to the same people.
    QCOMPARE(frozen->geometry().left(), table->frameWidth());
    QCOMPARE(frozen->columnWidth(name), header->sectionSize(name));
    QVERIFY(header->sectionViewportPosition(name) < 0); // the table's own Name column scrolled away
    QTRY_COMPARE(frozen->verticalScrollBar()->value(), table->verticalScrollBar()->value());
    const int y = table->viewport()->height() / 2;
    const QModelIndex underPointer = table->indexAt(QPoint(table->viewport()->width() - 5, y));
    const QModelIndex frozenCell = frozen->indexAt(QPoint(5, y));
    QVERIFY(underPointer.isValid() && frozenCell.isValid());
    QCOMPARE(frozenCell.row(), underPointer.row());
    QCOMPARE(frozenCell.column(), name);
    QVERIFY(!frozenCell.data().toString().isEmpty());
    QVERIFY(frozen->visualRect(frozenCell).intersects(frozen->viewport()->rect()));
    // To look at (GONGDIR_SCREENSHOT_DIR set): the table scrolled right, Name in front.
    if (const QString dir = qEnvironmentVariable("GONGDIR_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QCoreApplication::sendPostedEvents();
        QVERIFY(window->grab().save(dir + u"/frozen-name-column.png"_s));
    }

    // A click on a frozen name selects that person in the table and gives it the keyboard.
    QTest::mouseClick(frozen->viewport(), Qt::LeftButton, {}, frozen->visualRect(frozenCell).center());
    QCOMPARE(table->currentIndex().row(), frozenCell.row());
    QVERIFY(table->selectionModel()->isRowSelected(frozenCell.row(), QModelIndex()));
    QTRY_VERIFY(table->hasFocus());

    // Back to the left edge: the table's own column shows again.
    table->horizontalScrollBar()->setValue(0);
    QTRY_VERIFY(!frozen->isVisible());
}

void TestFirstRun::docksCloseReopenAndPersist()
{
    {
        const std::unique_ptr<MainWindow> window = openWindow(50);
        QVERIFY(window);
        for (const char* name : {"facetDock", "detailDock"}) {
            auto* dock = part<QDockWidget>(*window, name);
            QVERIFY2(dock->features() & QDockWidget::DockWidgetClosable, name);
            QVERIFY(dock->isVisible());
        }
        // Both toggles are in the View menu.
        QAction* detailToggle = part<QAction>(*window, "detailDockToggle");
        QAction* facetToggle = part<QAction>(*window, "facetDockToggle");
        bool inViewMenu = false;
        for (QAction* menu : window->menuBar()->actions()) {
            if (menu->menu() && menu->menu()->actions().contains(detailToggle) &&
                menu->menu()->actions().contains(facetToggle))
                inViewMenu = menu->text() == u"&View"_s;
        }
        QVERIFY(inViewMenu);
        QVERIFY(detailToggle->isChecked());
        part<QDockWidget>(*window, "detailDock")->close(); // its title bar's close button
        QTRY_VERIFY(!part<QDockWidget>(*window, "detailDock")->isVisible());
        QVERIFY(!detailToggle->isChecked());
        detailToggle->trigger();
        QTRY_VERIFY(part<QDockWidget>(*window, "detailDock")->isVisible());
        detailToggle->trigger(); // closed again, and left so
        QTRY_VERIFY(!part<QDockWidget>(*window, "detailDock")->isVisible());
    }
    // The next start shows the window as it was left: Details closed, Filters open.
    const std::unique_ptr<MainWindow> again = openWindow(50);
    QVERIFY(again);
    QVERIFY(!part<QDockWidget>(*again, "detailDock")->isVisible());
    QVERIFY(!part<QAction>(*again, "detailDockToggle")->isChecked());
    QVERIFY(part<QDockWidget>(*again, "facetDock")->isVisible());
}

void TestFirstRun::emptyWindowOffersConnectAndDemo()
{
    CredentialStore store; // nothing saved: a first run
    MainWindow window;
    ConnectionManager connections(&window, &store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    connections.start();

    // Not an error and no command-line advice: the two ways to start, explained in one line.
    auto* welcome = part<QWidget>(window, "welcomePanel");
    QTRY_VERIFY(welcome->isVisible());
    QVERIFY(!part<QWidget>(window, "mainTabs")->isVisible());
    QVERIFY(!part<ErrorBanner>(window, "errorBanner")->isVisible());
    auto* connect = part<QPushButton>(window, "welcomeConnect");
    auto* demo = part<QPushButton>(window, "welcomeDemo");
    QVERIFY(connect->isVisible() && demo->isVisible());
    QCOMPARE(connect->text(), u"&Connect to Gong…"_s);
    QCOMPARE(demo->text(), u"&Try the demo company"_s);
    const QString explanation = part<QLabel>(window, "welcomeExplanation")->text();
    QVERIFY(!explanation.isEmpty() && !explanation.contains(u"--demo"_s));
    QVERIFY(connect->hasFocus());

    // "Connect to Gong…" opens Connection Settings; closing it leaves the choice.
    QTest::mouseClick(connect, Qt::LeftButton);
    auto* dialog = findPart<CredentialsDialog>(window, "credentialsDialog");
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->reject();
    QTRY_VERIFY(!findPart<CredentialsDialog>(window, "credentialsDialog") ||
                !findPart<CredentialsDialog>(window, "credentialsDialog")->isVisible());
    QVERIFY(welcome->isVisible());

    // "Try the demo company" loads it; the table replaces the panel and the connection box names the demo.
    window.setRequestsPerSecond(0);
    QSignalSpy finished(window.loader(), &DirectoryLoader::finished);
    QTest::mouseClick(demo, Qt::LeftButton);
    // Not a test of pacing: the demo server's Gong-like limit off as soon as it is there (as UnpacedDemo does).
    const auto server = [&window] {
        auto* session = window.findChild<DemoSession*>();
        return session ? session->server() : nullptr;
    };
    QTRY_VERIFY(server());
    server()->setRateLimit(0);
    QVERIFY(finished.wait(60000));
    QCOMPARE(part<Directory>(window, "directory")->count(), DemoSession::DefaultUserCount);
    QVERIFY(!welcome->isVisible());
    QVERIFY(part<QWidget>(window, "mainTabs")->isVisible());
    auto* switcher = part<QComboBox>(window, "connectionSwitcher");
    QTRY_VERIFY(switcher->isVisible());
    QCOMPARE(switcher->currentIndex(), -1);
    QCOMPARE(switcher->placeholderText(), u"Demo company"_s);
}

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
