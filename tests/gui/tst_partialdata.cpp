// SPDX-License-Identifier: MIT
// Stale or partial data is never shown as complete, and the status messages tell the truth (issue 16): a load that
// stopped is said in the status bar and the export dialog, which asks before exporting it; the loading state keeps
// its place under passing messages; the keychain notice comes only when it matters, once; a daily-quota stop says
// when it resets; an unreadable answer is named, with the attempt count.
#include "api/directoryloader.h"
#include "connectionmanager.h"
#include "credentials/credentialstore.h"
#include "demo/demoserver.h"
#include "demo/demosession.h"
#include "directory/directory.h"
#include "errorbanner.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "messageboxes.h"
#include "windowparts.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace WindowParts;
using namespace Qt::StringLiterals;

namespace {
// The window on `demo`'s server, unpaced, with retries `retryDelayMs` apart.
void connectUnpaced(MainWindow& window, DemoSession& demo, int retryDelayMs = 50)
{
    demo.server()->setRateLimit(0);
    window.setRequestsPerSecond(0);
    RetryPolicy policy;
    policy.baseDelayMs = retryDelayMs;
    policy.jitter = 0;
    window.loader()->pager()->setRetryPolicy(policy);
    window.connectTo(demo.baseUrl(), demo.credentials(), u"Test"_s);
}

// The request numbered `index` (from 0) gets `fault`: a failure after that many pages.
void faultAt(DemoSession& demo, int index, DemoServer::Fault fault)
{
    QObject::connect(demo.server(), &DemoServer::requestReceived, demo.server(), [&demo, index, fault](int at) {
        if (at == index)
            demo.server()->enqueueFault(fault);
    });
}

QStringList scopeLabels(const ExportDialog& dialog)
{
    QStringList labels;
    for (const QRadioButton* b : dialog.findChildren<QRadioButton*>())
        labels.append(b->text());
    return labels;
}
} // namespace

class TestPartialData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    // Point 2: a load that stopped at 200 of 1,234 is said everywhere that counts or exports the directory.
    void partialLoadIsSaidAndExportAsksFirst()
    {
        DemoSession demo;
        QVERIFY(demo.start(1234));
        faultAt(demo, 2, DemoServer::Fault::Status400); // after two pages: a 400, which is not retried
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        connectUnpaced(window, demo);
        QTRY_COMPARE_WITH_TIMEOUT(window.loader()->pager()->state(), UserPager::State::Failed, 20000);
        QCOMPARE(part<Directory>(window, "directory")->count(), 200);

        const QString stopped = u"200 of 1,234 users loaded — the load stopped: "_s;
        auto* state = part<QLabel>(window, "loadingStateLabel");
        QVERIFY2(state->toolTip().startsWith(stopped + u"Gong rejected the request"_s), qPrintable(state->toolTip()));
        QVERIFY2(state->text().startsWith(u"200 of 1,234 users loaded"_s), qPrintable(state->text()));

        part<QAction>(window, "exportAction")->trigger();
        ExportDialog* dialog = findPart<ExportDialog>(window, "exportDialog");
        QVERIFY(dialog);
        auto* notice = part<QLabel>(*dialog, "exportIncompleteNotice");
        QVERIFY(notice->isVisibleTo(dialog));
        QVERIFY2(notice->text().contains(stopped), qPrintable(notice->text()));
        const QStringList scopes = scopeLabels(*dialog);
        QVERIFY2(scopes.contains(u"Everyone loaded — the directory is incomplete (200)"_s),
                 qPrintable(scopes.join(u" | "_s)));
        QVERIFY2(!scopes.join(u' ').contains(u"Whole directory"_s), qPrintable(scopes.join(u" | "_s)));

        // Exporting everyone loaded asks first; Cancel writes nothing, the other button writes the 200.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"people.csv"_s);
        dialog->setFilePath(path);
        dialog->setCurrentScope(2);
        auto said = MessageBoxes::answer(u"partialExportQuestion"_s, u"Cancel"_s);
        QTest::mouseClick(part<QPushButton>(*dialog, "exportButton"), Qt::LeftButton);
        QVERIFY2(said->contains(stopped), qPrintable(*said));
        QVERIFY2(said->contains(u"only the 200 people loaded"_s), qPrintable(*said));
        QVERIFY(!dialog->isExporting());
        QVERIFY(!QFileInfo::exists(path));
        said = MessageBoxes::answer(u"partialExportQuestion"_s, u"Export 200 Loaded People"_s);
        QSignalSpy exported(dialog, &ExportDialog::exported);
        QTest::mouseClick(part<QPushButton>(*dialog, "exportButton"), Qt::LeftButton);
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.at(0).at(1).toInt(), 200);
        QVERIFY(QFileInfo::exists(path));

        // Loaded to the end: complete again, nothing to ask.
        QTest::mouseClick(part<QPushButton>(window, "retryButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window.loader()->pager()->state(), UserPager::State::Finished, 20000);
        QCOMPARE(state->text(), u"Up to date"_s);
        part<QAction>(window, "exportAction")->trigger();
        dialog = findPart<ExportDialog>(window, "exportDialog");
        QVERIFY(!part<QLabel>(*dialog, "exportIncompleteNotice")->isVisibleTo(dialog));
        QVERIFY(scopeLabels(*dialog).contains(u"Whole directory (1,234)"_s));
    }

    // Point 12: a passing message (the keychain notice, a copy) never covers the rate-limit countdown.
    void countdownKeepsItsPlaceUnderMessages()
    {
        DemoSession demo;
        QVERIFY(demo.start(300));
        demo.server()->setRetryAfterSeconds(30);
        faultAt(demo, 1, DemoServer::Fault::Status429);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        connectUnpaced(window, demo);
        QTRY_COMPARE_WITH_TIMEOUT(window.loader()->pager()->state(), UserPager::State::WaitingRateLimit, 20000);
        window.statusBar()->showMessage(u"Keychain unavailable: secrets are kept for this session only."_s, 10000);
        auto* state = part<QLabel>(window, "loadingStateLabel");
        QVERIFY(state->isVisible());
        QVERIFY2(state->text().startsWith(u"Waiting "_s) && state->text().endsWith(u"s (rate limit)"_s),
                 qPrintable(state->text()));
        QVERIFY(part<QWidget>(window, "loadingProgress")->isVisible());
        window.stop();
    }

    // Point 12: "keychain unavailable" only for a connection that asks to remember its secrets, and once.
    void keychainNoticeOnlyWhenItMattersAndOnce()
    {
        DemoSession demo;
        QVERIFY(demo.start(60));
        demo.server()->setRateLimit(0);
        QTemporaryDir dir;
        CredentialStore store(dir.filePath(u"settings.ini"_s));
        store.setWatchdogMs(3000);
        ConnectionProfile forget;
        forget.name = u"Forget"_s;
        forget.baseUrl = demo.baseUrl();
        forget.rememberSecrets = false;
        forget = store.saveProfile(forget);
        ConnectionProfile remember = forget;
        remember.id.clear();
        remember.name = u"Remember"_s;
        remember.rememberSecrets = true;
        remember = store.saveProfile(remember);
        // No session bus here: the attempt to keep the secret finds the keychain unavailable.
        QSignalSpy written(&store, &CredentialStore::credentialsWritten);
        store.writeCredentials(remember.id, demo.credentials());
        QVERIFY(written.wait(10000));
        QVERIFY(store.isSessionOnly());
        store.setSessionCredentials(forget.id, demo.credentials());

        MainWindow window;
        window.setRequestsPerSecond(0);
        ConnectionManager connections(&window, &store);
        window.show();
        const auto loaded = [&](const QString& name) {
            return window.connectionName() == name && !window.loader()->isBusy() &&
                   part<Directory>(window, "directory")->count() == 60;
        };
        connections.activateProfile(forget.id);
        QTRY_VERIFY_WITH_TIMEOUT(loaded(u"Forget"_s), 15000);
        QCOMPARE(window.statusBar()->currentMessage(), QString());
        connections.activateProfile(remember.id);
        QTRY_VERIFY_WITH_TIMEOUT(loaded(u"Remember"_s), 15000);
        QCOMPARE(window.statusBar()->currentMessage(), store.keychainStateText());
        window.statusBar()->clearMessage();
        connections.activateProfile(forget.id);
        QTRY_VERIFY_WITH_TIMEOUT(loaded(u"Forget"_s), 15000);
        connections.activateProfile(remember.id);
        QTRY_VERIFY_WITH_TIMEOUT(loaded(u"Remember"_s), 15000);
        QCOMPARE(window.statusBar()->currentMessage(), QString()); // said once is enough
        // Saving the secret again finds no keychain again: nothing new to say either.
        written.clear();
        store.writeCredentials(remember.id, demo.credentials());
        QVERIFY(written.wait(10000));
        QCOMPARE(window.statusBar()->currentMessage(), QString());
    }

    // Point 13: a daily-quota stop says when it resets, in local time, and that the loaded users are kept once.
    void dailyQuotaSaysWhenItResets()
    {
        DemoSession demo;
        QVERIFY(demo.start(300));
        demo.server()->setRetryAfterSeconds(12 * 3600);
        faultAt(demo, 1, DemoServer::Fault::Status429);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QDateTime asked = QDateTime::currentDateTime();
        connectUnpaced(window, demo);
        QTRY_VERIFY_WITH_TIMEOUT(part<ErrorBanner>(window, "errorBanner")->isVisible(), 20000);
        const QString message = part<ErrorBanner>(window, "errorBanner")->message();
        // The reset in local time, as the clock read then or a minute later.
        const QLocale locale;
        const auto at = [&](int extraSeconds) {
            const QDateTime until = asked.addSecs(12 * 3600 + extraSeconds);
            return until.date() == asked.date() ? locale.toString(until.time(), QLocale::ShortFormat)
                                                : locale.toString(until, QLocale::ShortFormat);
        };
        QVERIFY2(message.contains(u"until "_s + at(0) + u", in 12 h"_s) ||
                     message.contains(u"until "_s + at(60) + u", in 12 h"_s),
                 qPrintable(message));
        QVERIFY2(!message.contains(u"minutes"_s), qPrintable(message));
        QCOMPARE(message.count(u"kept"_s), 1);
        QVERIFY2(message.contains(u"The 100 users loaded so far are kept."_s), qPrintable(message));
    }

    // Point 14: an answer that is not JSON is named, with the attempt it is on.
    void unreadableAnswerIsNamed()
    {
        DemoSession demo;
        QVERIFY(demo.start(300));
        faultAt(demo, 1, DemoServer::Fault::MalformedBody);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList said;
        auto* state = part<QLabel>(window, "loadingStateLabel");
        connect(window.loader()->pager(), &UserPager::retrying, this, [&] { said.append(state->toolTip()); });
        connectUnpaced(window, demo, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(said.size(), 1, 20000);
        QCOMPARE(said.first(), u"Gong sent a response that could not be read — retrying (2 of 5) in 5 s"_s);
        QVERIFY(!said.first().contains(u"Connection problem"_s));
        window.stop();
    }
};

QTEST_MAIN(TestPartialData)
#include "tst_partialdata.moc"
