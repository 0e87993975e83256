// SPDX-License-Identifier: MIT
// The window's offline copy, offscreen against the demo: it starts from the newest snapshot before any request,
// refreshes as the settings say with the rows kept, says "offline" calmly, counts the API calls and asks before a
// load past the quota, and shows what changed between snapshots. Data and settings go to a temporary folder.
#include "api/directoryloader.h"
#include "api/gongclient.h"
#include "changesmodel.h"
#include "changesview.h"
#include "demo/demoserver.h"
#include "demo/demosession.h"
#include "directory/directory.h"
#include "directory/user.h"
#include "errorbanner.h"
#include "mainwindow.h"
#include "offlinesession.h"
#include "personhistory.h"
#include "store/requestlog.h"
#include "store/snapshotstore.h"
#include "store/storekey.h"
#include "unpaceddemo.h"
#include "windowparts.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace WindowParts;
using namespace Qt::StringLiterals;

namespace {
OfflineSettings policy(OfflineSettings::Refresh refresh, int maxAgeMinutes = 60)
{
    OfflineSettings s;
    s.refresh = refresh;
    s.maxAgeMinutes = maxAgeMinutes;
    return s;
}

bool isHistoryField(const QString& field)
{
    return field == u"title"_s || field == u"managerId"_s || field == u"emailAddress"_s ||
           field.startsWith(u"settings."_s);
}

DemoSession* demoOf(const MainWindow& window)
{
    return window.findChild<DemoSession*>();
}

// The window stored the load it just finished as snapshot `id`.
bool storedSnapshot(const MainWindow& window, qint64 id)
{
    const OfflineSession* offline = window.offlineSession();
    return !window.loader()->isBusy() && offline->newest().id == id && !offline->isShowingCopy();
}
} // namespace

class TestOfflineGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // Nothing of this test may reach the real data or settings folders.
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(u"data"_s)));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(u"config"_s)));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void startsFromTheNewestSnapshotBeforeAnyRequest()
    {
        storeDemoLoad(300);
        MainWindow window;
        window.enableOfflineCopy(nullptr);
        window.offlineSession()->setSettings(policy(OfflineSettings::Refresh::Manual));
        window.show();
        int requestsAtFirstRows = -1;
        connect(part<Directory>(window, "directory"), &Directory::usersAppended, this, [&] {
            if (requestsAtFirstRows < 0)
                requestsAtFirstRows = demoOf(window)->server()->requestCount();
        });
        QVERIFY(UnpacedDemo::open(window, 300));
        QTRY_COMPARE(part<Directory>(window, "directory")->count(), 300);
        QCOMPARE(requestsAtFirstRows, 0);
        QTRY_VERIFY(window.offlineSession()->newest().isValid());
        const QString asOf = part<QLabel>(window, "asOfLabel")->text();
        QVERIFY2(asOf.startsWith(u"as of "_s) && asOf.endsWith(u" ago)"_s), qPrintable(asOf));
        QVERIFY(part<QLabel>(window, "asOfLabel")->isVisible());
        // "Only when I press Refresh": nothing was asked of the server.
        QVERIFY(!window.loader()->isBusy());
        QCOMPARE(demoOf(window)->server()->requestCount(), 0);
        QCOMPARE(part<QTableView>(window, "userTable")->model()->rowCount(), 300);
    }

    void youngCopyIsNotRefreshedWhenOlderThanIsSet()
    {
        storeDemoLoad(310);
        MainWindow window;
        window.enableOfflineCopy(nullptr);
        window.offlineSession()->setSettings(policy(OfflineSettings::Refresh::WhenOlder, 60));
        QSignalSpy newest(window.offlineSession(), &OfflineSession::newestChanged);
        QVERIFY(UnpacedDemo::open(window, 310));
        QVERIFY(newest.wait(20000)); // the copy is in: the decision is taken
        QCOMPARE(part<Directory>(window, "directory")->count(), 310);
        QVERIFY(!window.loader()->isBusy());
        QCOMPARE(demoOf(window)->server()->requestCount(), 0);
        // The same copy an hour and a minute later is refreshed.
        const qint64 finished = window.offlineSession()->newest().finishedMsecs;
        QVERIFY(!window.offlineSession()->settings().wantsRefresh(finished, finished + 59 * 60 * 1000));
        QVERIFY(window.offlineSession()->settings().wantsRefresh(finished, finished + 61 * 60 * 1000));
    }

    void refreshesInTheBackgroundKeepingTheRowsAndStoresTheLoad()
    {
        storeDemoLoad(320);
        MainWindow window;
        window.enableOfflineCopy(nullptr);
        window.offlineSession()->setSettings(policy(OfflineSettings::Refresh::Always));
        int requestsAtFirstRows = -1;
        int rowsWhenLoadingStarted = -1;
        connect(part<Directory>(window, "directory"), &Directory::usersAppended, this, [&] {
            if (requestsAtFirstRows < 0)
                requestsAtFirstRows = demoOf(window)->server()->requestCount();
        });
        connect(window.loader()->pager(), &UserPager::stateChanged, this, [&](UserPager::State state) {
            if (state == UserPager::State::Loading && rowsWhenLoadingStarted < 0)
                rowsWhenLoadingStarted = part<Directory>(window, "directory")->count();
        });
        QVERIFY(UnpacedDemo::open(window, 320));
        QTRY_VERIFY_WITH_TIMEOUT(storedSnapshot(window, 2), 30000);
        QCOMPARE(requestsAtFirstRows, 0);
        QCOMPARE(rowsWhenLoadingStarted, 320); // the copy's rows stayed on screen while the refresh ran
        QVERIFY(demoOf(window)->server()->requestCount() > 0);
        QCOMPARE(window.offlineSession()->newest().userCount, part<Directory>(window, "directory")->count());
        QVERIFY(part<QLabel>(window, "asOfLabel")->text().startsWith(u"as of "_s));
    }

    void offlineShowsTheCopyCalmlyAndKeepsIt()
    {
        QTcpServer closed; // a port nothing listens on: the connection is refused
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QUrl url(u"http://127.0.0.1:%1"_s.arg(closed.serverPort()));
        closed.close();
        {
            SnapshotStore store(StoreKey::forBaseUrl(url, false));
            QList<User> users;
            for (int i = 0; i < 5; ++i)
                users.append(User::fromJson(QJsonObject{{u"id"_s, QString::number(1000 + i)},
                                                        {u"firstName"_s, u"Ana"_s},
                                                        {u"lastName"_s, u"Ortiz %1"_s.arg(i)}}));
            SnapshotInfo info;
            info.finishedMsecs = QDateTime::currentMSecsSinceEpoch() - 3 * 3600 * 1000;
            info.startedMsecs = info.finishedMsecs - 1000;
            info.userCount = 5;
            info.pages = 1;
            info.baseUrl = url.toString();
            QSignalSpy saved(&store, &SnapshotStore::saved);
            store.save(users, info);
            QVERIFY(saved.wait(10000));
            QVERIFY(saved.at(0).at(1).value<SaveResult>().ok());
        }
        MainWindow window;
        window.enableOfflineCopy(nullptr);
        window.offlineSession()->setSettings(policy(OfflineSettings::Refresh::Always));
        RetryPolicy noRetries;
        noRetries.maxRetries = 0;
        window.loader()->pager()->setRetryPolicy(noRetries);
        window.show();
        Credentials credentials;
        credentials.method = Credentials::Method::BearerToken;
        credentials.bearerToken = u"token-for-a-closed-port"_s;
        window.connectTo(url, credentials, u"Closed"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            part<QLabel>(window, "asOfLabel")->text().startsWith(u"Offline — showing the copy as of "_s), 20000);
        QVERIFY(part<QLabel>(window, "asOfLabel")->text().endsWith(u"(3 h ago)"_s));
        QVERIFY(!part<ErrorBanner>(window, "errorBanner")->isVisible());
        QCOMPARE(part<Directory>(window, "directory")->count(), 5);
        QCOMPARE(window.offlineSession()->newest().id, 1); // the failed load replaced nothing
    }

    void quotaMeterCountsAndAsksBeforeALoadPastTheQuota()
    {
        RequestLog log(m_home.filePath(u"requests.sqlite"_s));
        RequestCounter::setDefault(&log);
        MainWindow window;
        window.enableOfflineCopy(&log);
        window.offlineSession()->setSettings(policy(OfflineSettings::Refresh::Always));
        window.show();
        QVERIFY(UnpacedDemo::open(window, 330));
        QTRY_VERIFY_WITH_TIMEOUT(storedSnapshot(window, 1), 30000);
        const int sent = demoOf(window)->server()->requestCount();
        QCOMPARE(sent, 4);
        QTRY_COMPARE(part<QLabel>(window, "quotaLabel")->text(),
                     u"API calls today: 4 (this computer) of Gong's 10,000 per company"_s);

        // One call left, and a load takes four (the snapshot's pages): the window asks first.
        window.offlineSession()->setDailyLimit(window.offlineSession()->callsToday() + 1);
        part<QAction>(window, "refreshAction")->trigger();
        QMessageBox* question = nullptr;
        QTRY_VERIFY((question = findPart<QMessageBox>(window, "quotaQuestion")) && question->isVisible());
        QVERIFY(question->text().contains(u"about 4 API calls"_s));
        QVERIFY(!window.loader()->isBusy());
        question->button(QMessageBox::No)->click();
        QTRY_VERIFY(!findPart<QMessageBox>(window, "quotaQuestion"));
        QVERIFY(!window.loader()->isBusy());
        QCOMPARE(demoOf(window)->server()->requestCount(), sent);

        part<QAction>(window, "refreshAction")->trigger();
        QTRY_VERIFY((question = findPart<QMessageBox>(window, "quotaQuestion")) && question->isVisible());
        question->button(QMessageBox::Yes)->click();
        QTRY_VERIFY_WITH_TIMEOUT(storedSnapshot(window, 2), 30000);
        QVERIFY(demoOf(window)->server()->requestCount() > sent);
        RequestCounter::setDefault(nullptr);
    }

    void changesTabShowsWhatChangedAndGoesToThePerson()
    {
        MainWindow window;
        window.enableOfflineCopy(nullptr);
        window.offlineSession()->setSettings(policy(OfflineSettings::Refresh::Always));
        window.show();
        QVERIFY(UnpacedDemo::open(window, 400));
        QTRY_VERIFY_WITH_TIMEOUT(storedSnapshot(window, 1), 30000);
        part<QAction>(window, "refreshAction")->trigger(); // the demo company moves on a step
        QTRY_VERIFY_WITH_TIMEOUT(storedSnapshot(window, 2), 30000);

        auto* tabs = part<QTabWidget>(window, "mainTabs");
        tabs->setCurrentWidget(part<QWidget>(window, "changesView"));
        auto* model = part<ChangesModel>(window, "changesModel");
        QTRY_VERIFY(model->rowCount() > 0);
        QCOMPARE(part<QComboBox>(window, "changesTo")->count(), 2);
        QCOMPARE(part<QComboBox>(window, "changesFrom")->currentIndex(), 1);
        int joined = 0;
        int changed = 0;
        for (const UserChange& c : model->allChanges()) {
            joined += c.kind == UserChange::Kind::Joined;
            changed += c.kind != UserChange::Kind::Joined && c.kind != UserChange::Kind::Left;
        }
        const QString summary = part<QLabel>(window, "changesSummary")->text();
        QVERIFY2(summary.startsWith(u"Since "_s) && summary.contains(u": %1 joined, "_s.arg(joined)) &&
                     summary.endsWith(u" %1 changes"_s.arg(changed)),
                 qPrintable(summary));

        // The kind facet narrows the list.
        auto* kind = part<QComboBox>(window, "changesKind");
        const int changedKind = kind->findData(u"changed"_s);
        QVERIFY(changedKind > 0);
        kind->setCurrentIndex(changedKind);
        QVERIFY(model->rowCount() > 0);
        for (const UserChange& c : model->visibleChanges())
            QCOMPARE(c.kind, UserChange::Kind::Changed);

        // The window hands the history to the query language: changed:title finds exactly the people listed.
        QSet<QString> retitled;
        for (const UserChange& c : model->allChanges())
            if (c.field == u"title"_s)
                retitled.insert(c.id);
        QVERIFY(!retitled.isEmpty());
        part<QLineEdit>(window, "searchEdit")->setText(u"changed:title"_s);
        QTRY_COMPARE(part<QTableView>(window, "userTable")->model()->rowCount(), retitled.size());
        part<QLineEdit>(window, "searchEdit")->clear();

        // Export writes what is shown.
        const QString csv = m_home.filePath(u"changes.csv"_s);
        QString error;
        QVERIFY2(part<ChangesView>(window, "changesView")->exportTo(csv, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QVERIFY(lines.first().endsWith("kind,id,name,field,before,after,from,to\r"));
        QCOMPARE(lines.size(), model->rowCount() + 1);

        // Activating a row (double-click, Enter) goes to the person, on the People tab.
        auto* view = part<QTreeView>(window, "changesTable");
        // A change the history lists (title, manager, email, active, settings).
        int row = 0;
        while (row < model->rowCount() && !isHistoryField(model->visibleChanges().at(row).field))
            ++row;
        QVERIFY(row < model->rowCount());
        const QModelIndex first = model->index(row, ChangesModel::NameColumn);
        const QString id = first.data(ChangesModel::UserIdRole).toString();
        // (Enter on the row: QTest's double-click does not reach Qt 6.4's item views as a real one does.)
        view->setCurrentIndex(first);
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_COMPARE(currentUserId(window), id);
        QCOMPARE(tabs->currentWidget(), part<QWidget>(window, "peopleView"));

        // The details show that person's history: the change just listed, with its date.
        const UserChange change = model->visibleChanges().at(row);
        const QString expected = part<PersonHistory>(window, "personHistory")->describe(change);
        QTRY_VERIFY2(part<QLabel>(window, "detailHistory")->text().contains(expected),
                     qPrintable(part<QLabel>(window, "detailHistory")->text() + u" / "_s + expected));
    }

    void preferencesAreKeptAndTakeEffect()
    {
        MainWindow window;
        window.enableOfflineCopy(nullptr);
        window.show();
        part<QAction>(window, "preferencesAction")->trigger();
        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = findPart<QDialog>(window, "offlinePreferences")) && dialog->isVisible());
        auto* refresh = part<QComboBox>(*dialog, "refreshPolicyCombo");
        refresh->setCurrentIndex(refresh->findData(int(OfflineSettings::Refresh::Manual)));
        part<QSpinBox>(*dialog, "historyDaysSpin")->setValue(30);
        dialog->accept();
        QCOMPARE(window.offlineSession()->settings().refresh, OfflineSettings::Refresh::Manual);
        QCOMPARE(window.offlineSession()->settings().historyDays, 30);
        // Kept for the next start (QSettings, in this test's own folder).
        QCOMPARE(OfflineSettings::load().refresh, OfflineSettings::Refresh::Manual);
        QCOMPARE(OfflineSettings::load().historyDays, 30);
        OfflineSettings().save();
    }

private:
    // A window loads the demo company of `users` people and stores it; the next window starts from that copy.
    void storeDemoLoad(int users)
    {
        MainWindow window;
        window.enableOfflineCopy(nullptr);
        window.offlineSession()->setSettings(policy(OfflineSettings::Refresh::Always));
        QVERIFY(UnpacedDemo::open(window, users));
        QTRY_VERIFY_WITH_TIMEOUT(storedSnapshot(window, 1), 30000);
        QCOMPARE(window.offlineSession()->newest().userCount, users);
    }

    QTemporaryDir m_home;
};

QTEST_MAIN(TestOfflineGui)
#include "tst_offlinegui.moc"
