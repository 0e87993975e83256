// SPDX-License-Identifier: MIT
// The window's offline copy, offscreen against the demo: it starts from the newest snapshot before any request,
// refreshes as the settings say with the rows kept, says "offline" calmly, counts the API calls and asks before a
// load past the quota, and shows what changed between snapshots. Data and settings go to a temporary folder.
#include "api/directoryloader.h"
#include "api/gongclient.h"
#include "changesmodel.h"
#include "changesview.h"
#include "connectionmanager.h"
#include "credentials/credentialstore.h"
#include "credentialsdialog.h"
#include "demo/demoserver.h"
#include "demo/demosession.h"
#include "directory/directory.h"
#include "directory/user.h"
#include "errorbanner.h"
#include "mainwindow.h"
#include "messageboxes.h"
#include "offlinesession.h"
#include "personhistory.h"
#include "store/requestlog.h"
#include "store/snapshotstore.h"
#include "store/storefiles.h"
#include "store/storekey.h"
#include "testusers.h"
#include "unpaceddemo.h"
#include "windowparts.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDir>
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

#include <memory>

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

// A copy of `key` with one snapshot of `users` people, written as the window would.
bool writeCopy(const StoreKey& key, int users)
{
    SnapshotStore store(key);
    QSignalSpy saved(&store, &SnapshotStore::saved);
    SnapshotInfo info;
    info.finishedMsecs = QDateTime::currentMSecsSinceEpoch();
    info.baseUrl = key.baseUrl().toString();
    store.save(TestUsers::demo(users), info);
    // The answer is emitted on the store's worker (a direct connection to the spy): wait until it is there.
    if (!QTest::qWaitFor([&] { return !saved.isEmpty(); }, 30000))
        return false;
    return saved.at(0).at(1).value<SaveResult>().ok();
}

// Any of the files of the copy (the database, -wal, -shm, -journal) is on disk.
bool anyFileOf(const StoreKey& key)
{
    const QStringList files = StoreFiles::withCompanions(key.filePath());
    return std::any_of(files.cbegin(), files.cend(), [](const QString& f) { return QFileInfo::exists(f); });
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

    // Deleting a saved connection in Connection Settings deletes its offline copy (after saying so), closing the copy
    // the window has open first; the copies of the other connections stay. One saved connection's copy is kept while
    // another saved connection still uses the same base URL.
    void removingAConnectionDeletesItsOfflineCopy()
    {
        const QUrl alphaUrl(u"https://alpha.api.gong.io"_s);
        const QUrl betaUrl(u"https://beta.api.gong.io"_s);
        const StoreKey alpha = StoreKey::forBaseUrl(alphaUrl, false);
        const StoreKey alphaAvatars = StoreKey::forBaseUrl(alphaUrl, true);
        const StoreKey beta = StoreKey::forBaseUrl(betaUrl, false);
        QVERIFY(writeCopy(alpha, 50));
        QVERIFY(writeCopy(alphaAvatars, 50));
        QVERIFY(writeCopy(beta, 40));

        CredentialStore profiles(m_home.filePath(u"profiles-%1.conf"_s.arg(++m_profileFiles)));
        const ConnectionProfile a =
            profiles.saveProfile({QString(), u"Alpha"_s, alphaUrl, Credentials::Method::AccessKey, false, false});
        const ConnectionProfile b =
            profiles.saveProfile({QString(), u"Beta"_s, betaUrl, Credentials::Method::AccessKey, false, false});
        // A second connection to Beta's company (other credentials): the copy is Beta's as much as its.
        const ConnectionProfile beta2 = profiles.saveProfile(
            {QString(), u"Beta (reports)"_s, betaUrl, Credentials::Method::AccessKey, false, false});
        QCOMPARE(OfflineSession::copiesOf(b, profiles.profiles()), QList<StoreKey>());
        QCOMPARE(OfflineSession::copiesOf(a, profiles.profiles()), (QList<StoreKey>{alpha, alphaAvatars}));

        MainWindow window;
        window.enableOfflineCopy(nullptr);
        window.offlineSession()->setSettings(policy(OfflineSettings::Refresh::Manual));
        ConnectionManager connections(&window, &profiles);
        window.show();
        Credentials creds;
        creds.accessKey = u"key"_s;
        creds.accessKeySecret = u"secret"_s;
        // Alpha on screen from its copy: the file is open in the window's store.
        window.connectTo(alphaUrl, creds, a.name);
        QTRY_COMPARE_WITH_TIMEOUT(part<Directory>(window, "directory")->count(), 50, 20000);
        QTRY_VERIFY(window.offlineSession()->newest().isValid());
        QVERIFY(window.offlineSession()->store());
        QVERIFY(anyFileOf(alpha));

        // Beta (reports) goes: Beta still uses the copy, nothing is deleted, and the question does not mention one.
        auto said = deleteInSettings(window, beta2.id);
        QTRY_VERIFY(!said->isEmpty());
        QVERIFY2(!said->contains(u"offline copy"_s), qPrintable(*said));
        QTRY_COMPARE(profiles.profiles().size(), 2);
        QVERIFY(anyFileOf(beta));

        // Alpha goes: the question says the copy and its history go too; then they are gone, Beta's stays.
        QSignalSpy deleted(window.offlineSession(), &OfflineSession::copyDeleted);
        said = deleteInSettings(window, a.id);
        QTRY_VERIFY(!said->isEmpty());
        QVERIFY2(said->contains(u"offline copy"_s) && said->contains(u"history"_s), qPrintable(*said));
        QTRY_COMPARE(deleted.count(), 2);
        for (const QList<QVariant>& args : std::as_const(deleted))
            QVERIFY2(args.at(1).value<StoreResult>().ok(), qPrintable(args.at(1).value<StoreResult>().message));
        QVERIFY(!anyFileOf(alpha));
        QVERIFY(!anyFileOf(alphaAvatars));
        QVERIFY(anyFileOf(beta));
        QCOMPARE(profiles.profiles().size(), 1);
        // The copy on screen was closed, not written again; the rows stay on screen for this session.
        QVERIFY(!window.offlineSession()->store());
        QVERIFY(!part<QLabel>(window, "asOfLabel")->isVisible());
        QCOMPARE(part<Directory>(window, "directory")->count(), 50);
        StoreFiles::remove(beta.filePath(), nullptr);
    }

    // Preferences → "Delete the Offline Copy" deletes the copy on screen the same way; the connection stays and its
    // next load starts a new copy.
    void preferencesDeleteTheCopyOnScreen()
    {
        storeDemoLoad(340);
        const StoreKey key = StoreKey::forDemo(340);
        QVERIFY(anyFileOf(key));
        MainWindow window;
        window.enableOfflineCopy(nullptr);
        window.offlineSession()->setSettings(policy(OfflineSettings::Refresh::Manual));
        QVERIFY(UnpacedDemo::open(window, 340));
        QTRY_VERIFY(window.offlineSession()->newest().isValid());
        part<QAction>(window, "preferencesAction")->trigger();
        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = findPart<QDialog>(window, "offlinePreferences")) && dialog->isVisible());
        QSignalSpy deleted(window.offlineSession(), &OfflineSession::copyDeleted);
        auto said = MessageBoxes::answer(u"deleteCopyQuestion"_s, u"Yes"_s);
        QTest::mouseClick(part<QPushButton>(*dialog, "deleteCopyButton"), Qt::LeftButton);
        QTRY_VERIFY(!said->isEmpty());
        QTRY_COMPARE(deleted.count(), 1);
        QVERIFY(deleted.at(0).at(1).value<StoreResult>().ok());
        QVERIFY(!anyFileOf(key));
        QVERIFY(!window.offlineSession()->newest().isValid());
        QTRY_VERIFY(!part<QLabel>(window, "asOfLabel")->isVisible());
        dialog->reject();
        // Still storing: the next load is snapshot 1 of a new copy.
        window.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(storedSnapshot(window, 1), 30000);
        QVERIFY(anyFileOf(key));
    }

    // A change of manager reads as names in the Changes tab, as in the person's history (one function for both); the
    // id stays in the tooltip, in what is copied and in what is exported.
    void changesTabShowsManagersByName()
    {
        Directory directory;
        directory.upsert({TestUsers::make(u"m1"_s, u"Ana"_s, u"Ortiz"_s), TestUsers::make(u"m2"_s, u"Bo"_s, u"Li"_s),
                          TestUsers::make(u"u1"_s, u"Cy"_s, u"Dee"_s, u"m2"_s)});
        UserChange moved;
        moved.kind = UserChange::Kind::Changed;
        moved.id = u"u1"_s;
        moved.name = u"Cy Dee"_s;
        moved.field = u"managerId"_s;
        moved.before = u"m1"_s;
        moved.after = u"m9"_s; // nobody the directory knows: the id
        UserChange retitled = moved;
        retitled.field = u"title"_s;
        retitled.before = u"m1"_s; // a title that looks like an id stays as it is
        retitled.after = QJsonValue::Null;

        ChangesView view;
        view.setDirectory(&directory);
        ChangesModel* model = view.model();
        model->setChanges({moved, retitled});
        const auto cell = [&](int row, int column, int role) { return model->index(row, column).data(role); };
        QCOMPARE(cell(0, ChangesModel::BeforeColumn, Qt::DisplayRole).toString(), u"Ana Ortiz"_s);
        QVERIFY(cell(0, ChangesModel::BeforeColumn, Qt::ToolTipRole).toString().contains(u"m1"_s));
        QCOMPARE(cell(0, ChangesModel::BeforeColumn, ChangesModel::RawValueRole).toString(), u"m1"_s);
        QCOMPARE(cell(0, ChangesModel::AfterColumn, Qt::DisplayRole).toString(), u"m9"_s);
        QCOMPARE(cell(1, ChangesModel::BeforeColumn, Qt::DisplayRole).toString(), u"m1"_s);
        // The same words as the person's history.
        PersonHistory history(&directory);
        QCOMPARE(history.describe(moved), u"managerId: Ana Ortiz → m9"_s);
        // A manager who arrives later is shown by name from then on.
        directory.upsert({TestUsers::make(u"m9"_s, u"Eve"_s, u"Fox"_s)});
        QCOMPARE(cell(0, ChangesModel::AfterColumn, Qt::DisplayRole).toString(), u"Eve Fox"_s);

        // Copy and export keep the ids.
        auto* table = part<QTreeView>(view, "changesTable");
        table->selectionModel()->select(model->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QApplication::clipboard()->clear();
        part<QAction>(*table, "changesCopyAction")->trigger();
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.contains(u",m1,m9,"_s) && !copied.contains(u"Ortiz"_s), qPrintable(copied));
        const QString csv = m_home.filePath(u"managers.csv"_s);
        QString error;
        QVERIFY2(view.exportTo(csv, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(bytes.contains(",m1,m9,") && !bytes.contains("Ortiz"), bytes.constData());
    }

    // Quit while the snapshot of a load that just completed is being written, and start again at once: the window
    // goes, the write completes on the store's worker before the file closes, and the next window starts from that
    // snapshot. The screenshot flow's restart from the offline copy, twice (a first snapshot, then a refresh).
    void quitWhileStoringThenStartAgain()
    {
        constexpr int users = 6000;
        for (int round = 1; round <= 2; ++round) {
            auto window = std::make_unique<MainWindow>();
            window->enableOfflineCopy(nullptr);
            window->offlineSession()->setSettings(policy(OfflineSettings::Refresh::Always));
            window->show();
            bool answered = false;
            connect(window->offlineSession(), &OfflineSession::newestChanged, this,
                    [&](const SnapshotInfo& s) { answered = answered || s.id == round; });
            // Quit right after the load completes: the recorder has just asked for the save (the next turn of the
            // event loop), long before the worker has written thousands of people.
            bool quit = false;
            connect(window->loader(), &DirectoryLoader::finished, this, [&] {
                QMetaObject::invokeMethod(
                    this,
                    [&] {
                        QVERIFY(!answered);
                        window.reset();
                        quit = true;
                    },
                    Qt::QueuedConnection);
            });
            QVERIFY(UnpacedDemo::open(*window, users));
            QTRY_VERIFY_WITH_TIMEOUT(quit, 60000);

            MainWindow again;
            again.enableOfflineCopy(nullptr);
            again.offlineSession()->setSettings(policy(OfflineSettings::Refresh::Manual));
            again.show();
            QVERIFY(UnpacedDemo::open(again, users));
            QTRY_VERIFY_WITH_TIMEOUT(again.offlineSession()->newest().isValid(), 30000);
            QCOMPARE(again.offlineSession()->newest().id, qint64(round));
            // The demo company moves on a little with each stored load: the snapshot has whoever that load had.
            const int stored = again.offlineSession()->newest().userCount;
            QVERIFY2(qAbs(stored - users) < users / 20, qPrintable(QString::number(stored)));
            QTRY_COMPARE_WITH_TIMEOUT(part<Directory>(again, "directory")->count(), stored, 30000);
            QCOMPARE(demoOf(again)->server()->requestCount(), 0);
        }
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

    // Opens Connection Settings, shows the saved connection `id` and deletes it, answering the question with Yes;
    // returns what the question said.
    std::shared_ptr<QString> deleteInSettings(MainWindow& window, const QString& id)
    {
        part<QAction>(window, "connectionSettingsAction")->trigger();
        CredentialsDialog* d = nullptr;
        if (!QTest::qWaitFor([&] { return (d = findPart<CredentialsDialog>(window, "credentialsDialog")); }, 5000))
            return std::make_shared<QString>();
        auto* box = part<QComboBox>(*d, "profileBox");
        box->setCurrentIndex(box->findData(id));
        Q_EMIT box->activated(box->currentIndex());
        auto said = MessageBoxes::answer(u"deleteConnectionQuestion"_s, u"Yes"_s);
        QTest::mouseClick(part<QPushButton>(*d, "deleteButton"), Qt::LeftButton);
        d->reject();
        if (!QTest::qWaitFor([&] { return !findPart<CredentialsDialog>(window, "credentialsDialog"); }, 5000))
            return std::make_shared<QString>(); // the question was never answered: the test fails on it
        return said;
    }

    QTemporaryDir m_home;
    int m_profileFiles = 0;
};

QTEST_MAIN(TestOfflineGui)
#include "tst_offlinegui.moc"
