// SPDX-License-Identifier: MIT
// Offscreen smoke test of the main window on the built-in demo, through the real client and HTTP.
#include "api/directoryloader.h"
#include "demo/demoserver.h"
#include "demo/demosession.h"
#include "directory/directory.h"
#include "errorbanner.h"
#include "mainwindow.h"
#include "windowparts.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

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
        QVERIFY(window.openDemo(1200));
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
        QVERIFY(window.openDemo(5000));
        QTRY_VERIFY_WITH_TIMEOUT(part<Directory>(window, "directory")->count() >= 300, 20000);
        QVERIFY(part<QAction>(window, "stopAction")->isEnabled());
        part<QAction>(window, "stopAction")->trigger();
        QVERIFY(!window.loader()->isBusy());
        QVERIFY(!window.loader()->pager()->isRequestInFlight());
        const int kept = part<Directory>(window, "directory")->count();
        QTest::qWait(1200);
        QCOMPARE(part<Directory>(window, "directory")->count(), kept);
        QVERIFY(statusText(window).contains(QLatin1String("Stopped")) ||
                !part<QProgressBar>(window, "loadingProgress")->isVisible());
        QVERIFY(part<QAction>(window, "refreshAction")->isEnabled());
    }

    void windowStaysResponsiveWhileLoading()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openDemo(3000));
        // The event loop must keep turning between pages: a 50 ms timer fires on time while loading.
        QElapsedTimer clock;
        clock.start();
        qint64 worstGap = 0;
        qint64 last = 0;
        QTimer tick;
        connect(&tick, &QTimer::timeout, this, [&] {
            worstGap = qMax(worstGap, clock.elapsed() - last);
            last = clock.elapsed();
        });
        tick.start(50);
        QTRY_VERIFY_WITH_TIMEOUT(part<Directory>(window, "directory")->count() >= 1500, 30000);
        tick.stop();
        QVERIFY2(worstGap < 250, qPrintable(QString::number(worstGap)));
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
        MainWindow window;
        window.show();
        RetryPolicy quick;
        quick.maxRetries = 1;
        quick.baseDelayMs = 50;
        window.loader()->pager()->setRetryPolicy(quick);
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
