// SPDX-License-Identifier: MIT
// Offscreen smoke test of the main window on the built-in demo, through the real client and HTTP.
#include "api/directoryloader.h"
#include "demo/demoserver.h"
#include "demo/demosession.h"
#include "directory/directory.h"
#include "errorbanner.h"
#include "loadactivity.h"
#include "mainwindow.h"
#include "unpaceddemo.h"
#include "windowparts.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace WindowParts;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void loadsTheWholeDemoAndShowsProgress()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList progressTexts;
        connect(part<Directory>(window, "directory"), &Directory::usersAppended, this,
                [&] { progressTexts.append(part<QProgressBar>(window, "loadingProgress")->text()); });
        QVERIFY(UnpacedDemo::open(window, 1200));
        QTRY_COMPARE_WITH_TIMEOUT(part<Directory>(window, "directory")->count(), 1200, 30000);
        QTRY_VERIFY(!window.loader()->isBusy());
        QCOMPARE(part<QTableView>(window, "userTable")->model()->rowCount(), 1200);
        // Progress read "Loaded 100 of 1,200 users", ... while pages arrived.
        QVERIFY2(progressTexts.contains(QStringLiteral("Loaded 1,200 of 1,200 users")) ||
                     progressTexts.contains(QStringLiteral("Loaded 1,100 of 1,200 users")),
                 qPrintable(progressTexts.join(QLatin1String(" | "))));
        QVERIFY(progressTexts.contains(QStringLiteral("Loaded 100 of 1,200 users")));
        QVERIFY(!part<QProgressBar>(window, "loadingProgress")->isVisible());
        QVERIFY(part<QAction>(window, "refreshAction")->isEnabled());
        QVERIFY(!part<QAction>(window, "stopAction")->isEnabled());
        // Fixed row heights, never sized to contents.
        QCOMPARE(part<QTableView>(window, "userTable")->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
    }

    void stopKeepsTheLoadedRowsAndSendsNothingMore()
    {
        MainWindow window;
        window.show();
        // Stop from the event loop, as a click would, right after the third page.
        bool stopWasEnabled = false;
        bool stoppedAtOnce = false;
        connect(part<Directory>(window, "directory"), &Directory::usersAppended, this, [&] {
            if (part<Directory>(window, "directory")->count() != 300)
                return;
            QTimer::singleShot(0, &window, [&] {
                stopWasEnabled = part<QAction>(window, "stopAction")->isEnabled();
                part<QAction>(window, "stopAction")->trigger();
                stoppedAtOnce = !window.loader()->isBusy() && !window.loader()->pager()->isRequestInFlight();
            });
        });
        QVERIFY(UnpacedDemo::open(window, 5000));
        QTRY_COMPARE_WITH_TIMEOUT(window.loader()->pager()->state(), UserPager::State::Cancelled, 20000);
        QVERIFY(stopWasEnabled);
        QVERIFY(stoppedAtOnce);
        // Nothing is left that could send another request, and no page came after the stop.
        QTRY_COMPARE(LoadActivity::describe(*window.loader()), QString());
        QCOMPARE(part<Directory>(window, "directory")->count(), 300);
        QVERIFY(!part<QProgressBar>(window, "loadingProgress")->isVisible());
        QLabel* state = part<QLabel>(window, "loadingStateLabel");
        QVERIFY(state);
        QCOMPARE(state->text(), QStringLiteral("Stopped — 300 of 5,000 users loaded"));
        QVERIFY(part<QAction>(window, "refreshAction")->isEnabled());
    }

    void windowStaysResponsiveWhileLoading()
    {
        MainWindow window;
        window.show();
        // The event loop keeps turning between pages: a zero timer, which fires once per turn of the loop, fires
        // between every two pages. How long a page holds the loop is a benchmark figure ("Main window on the People
        // tab, … pages of 100 arriving", scripts/bench --only gui).
        int turns = 0;
        QTimer tick;
        connect(&tick, &QTimer::timeout, this, [&] { ++turns; });
        QList<int> turnsAtPage;
        connect(part<Directory>(window, "directory"), &Directory::usersAppended, this,
                [&] { turnsAtPage.append(turns); });
        tick.start(0);
        QVERIFY(UnpacedDemo::open(window, 3000)); // pages back to back: the loop must still turn between them
        QTRY_COMPARE_WITH_TIMEOUT(part<Directory>(window, "directory")->count(), 3000, 30000);
        tick.stop();
        QCOMPARE(turnsAtPage.size(), 30);
        for (qsizetype page = 1; page < turnsAtPage.size(); ++page)
            QVERIFY2(
                turnsAtPage.at(page) > turnsAtPage.at(page - 1),
                qPrintable(
                    QStringLiteral("the event loop did not turn between pages %1 and %2").arg(page).arg(page + 1)));
    }

    void authErrorShowsBannerWithoutRetry()
    {
        DemoSession demo;
        QVERIFY(demo.start(50));
        Credentials wrong = demo.credentials();
        wrong.accessKeySecret = QStringLiteral("wrong");
        MainWindow window;
        window.show();
        window.connectTo(demo.baseUrl(), wrong, QStringLiteral("Test"));
        QTRY_VERIFY_WITH_TIMEOUT(part<ErrorBanner>(window, "errorBanner")->isVisible(), 10000);
        QVERIFY2(part<ErrorBanner>(window, "errorBanner")->message().contains(QLatin1String("401")),
                 qPrintable(part<ErrorBanner>(window, "errorBanner")->message()));
        QVERIFY(!part<QPushButton>(window, "retryButton")->isVisible());
        QCOMPARE(part<Directory>(window, "directory")->count(), 0);
        // The secret never appears in what the user sees.
        QVERIFY(!part<ErrorBanner>(window, "errorBanner")->message().contains(QLatin1String("wrong")));
    }

    void serverErrorKeepsRowsAndRetryResumes()
    {
        DemoSession demo;
        QVERIFY(demo.start(900));
        demo.server()->setRateLimit(0); // not a test of pacing
        MainWindow window;
        window.show();
        RetryPolicy quick;
        quick.maxRetries = 1;
        quick.baseDelayMs = 50;
        window.loader()->pager()->setRetryPolicy(quick);
        window.setRequestsPerSecond(0);
        connect(demo.server(), &DemoServer::requestReceived, this, [&](int index) {
            if (index == 3)
                demo.server()->enqueueFault(DemoServer::Fault::Status503Html, 2);
        });
        window.connectTo(demo.baseUrl(), demo.credentials(), QStringLiteral("Test"));
        QTRY_VERIFY_WITH_TIMEOUT(part<ErrorBanner>(window, "errorBanner")->isVisible(), 15000);
        const int kept = part<Directory>(window, "directory")->count();
        QVERIFY(kept >= 300 && kept < 900);
        QVERIFY(part<QPushButton>(window, "retryButton")->isVisible());
        QVERIFY(part<ErrorBanner>(window, "errorBanner")->message().contains(QLatin1String("kept")));
        QTest::mouseClick(part<QPushButton>(window, "retryButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(part<Directory>(window, "directory")->count(), 900, 20000);
        QVERIFY(!part<ErrorBanner>(window, "errorBanner")->isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
