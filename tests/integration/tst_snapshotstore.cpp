// SPDX-License-Identifier: MIT
// The offline copy as the app uses it: SnapshotStore answers on the caller's thread with the work on its own,
// SnapshotLoader fills a Directory a batch per turn of the event loop ("pages from disk", a refresh keeps the rows
// and drops who is gone), SnapshotRecorder stores completed loads only, and RequestLog counts every request the
// client sends — against the real client and DemoServer over loopback.
#include "api/directoryloader.h"
#include "api/gongclient.h"
#include "demo/demoserver.h"
#include "directory/directory.h"
#include "models/usertablemodel.h"
#include "store/requestlog.h"
#include "store/snapshotdatabase.h"
#include "store/snapshotloader.h"
#include "store/snapshotrecorder.h"
#include "store/snapshotstore.h"
#include "testusers.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;

namespace {
SnapshotInfo infoAt(qint64 msecs)
{
    SnapshotInfo i;
    i.finishedMsecs = QDateTime::currentMSecsSinceEpoch() - 3600000 + msecs; // recent: nothing is pruned
    i.baseUrl = u"demo"_s;
    return i;
}

Credentials demoCredentials()
{
    Credentials c;
    c.accessKey = DemoServer::defaultAccessKey();
    c.accessKeySecret = DemoServer::defaultSecret();
    return c;
}

// The store's answers are emitted on its worker thread, where a QSignalSpy (a direct connection) records them at
// once: an answer can be in the spy before wait() would start waiting for it. So: wait until it is there.
bool arrived(const QSignalSpy& spy, int timeoutMs)
{
    return QTest::qWaitFor([&spy] { return !spy.isEmpty(); }, timeoutMs);
}

QList<QJsonObject> objectsOf(const QList<User>& users)
{
    QList<QJsonObject> out;
    for (const User& u : users)
        out.append(u.toJson());
    return out;
}
} // namespace

class TestSnapshotStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_files = 0;
    QString newPath() { return m_dir.filePath(u"copy-%1.sqlite"_s.arg(++m_files)); }

    // Saves and waits for the answer.
    static SaveResult save(SnapshotStore& store, const QList<User>& users, qint64 msecs)
    {
        QSignalSpy saved(&store, &SnapshotStore::saved);
        const int ticket = store.save(users, infoAt(msecs));
        if (!arrived(saved, 60000))
            return {};
        const SaveResult r = saved.at(0).at(1).value<SaveResult>();
        return saved.at(0).at(0).toInt() == ticket ? r : SaveResult();
    }

private Q_SLOTS:
    void answersArriveOnTheCallersThread()
    {
        SnapshotStore store(StoreKey::forDemo(10), newPath());
        QThread* answeredOn = nullptr;
        connect(&store, &SnapshotStore::saved, this, [&] { answeredOn = QThread::currentThread(); });
        QSignalSpy saved(&store, &SnapshotStore::saved);
        store.save(TestUsers::demo(2000), infoAt(1000));
        QCOMPARE(saved.size(), 0); // save() only asks; the work is elsewhere
        QVERIFY(arrived(saved, 60000));
        QCOMPARE(answeredOn, QThread::currentThread());
        QVERIFY(saved.at(0).at(1).value<SaveResult>().ok());

        QSignalSpy opened(&store, &SnapshotStore::opened);
        const int ticket = store.open();
        QVERIFY(arrived(opened, 10000));
        QCOMPARE(opened.at(0).at(0).toInt(), ticket);
        QCOMPARE(opened.at(0).at(1).value<SnapshotInfo>().userCount, 2000);

        QSignalSpy compared(&store, &SnapshotStore::compared);
        store.compare();
        QVERIFY(arrived(compared, 10000));
        const SnapshotDiff d = compared.at(0).at(1).value<SnapshotDiff>();
        QVERIFY(!d.result.ok()); // one snapshot: nothing to compare with
        QVERIFY2(d.result.message.contains(u"needs two"_s), qPrintable(d.result.message));
    }

    // Pages from disk: the same upsert as pages from the network, one batch per turn of the event loop.
    void loaderFillsTheDirectoryBatchByBatch()
    {
        SnapshotStore store(StoreKey::forDemo(10), newPath());
        const QList<User> users = TestUsers::demo(12000);
        QVERIFY(save(store, users, 1000).ok());

        Directory directory;
        UserTableModel model(&directory);
        SnapshotLoader loader(&store, &directory);
        int ticks = 0;
        QTimer turns; // counts turns of the event loop
        turns.setInterval(0);
        connect(&turns, &QTimer::timeout, this, [&] { ++ticks; });
        turns.start();
        QList<int> ticksAtBatch;
        int rowsAtStart = -1;
        connect(&loader, &SnapshotLoader::progress, this, [&](int, int total) {
            ticksAtBatch.append(ticks);
            QCOMPARE(total, 12000);
        });
        connect(&loader, &SnapshotLoader::started, this, [&] { rowsAtStart = directory.count(); });
        QSignalSpy finished(&loader, &SnapshotLoader::finished);
        loader.load();
        QVERIFY(loader.isBusy());
        QVERIFY(finished.wait(60000));
        QCOMPARE(rowsAtStart, SnapshotDatabase::FirstBatchSize); // the first rows show before the rest is read
        QCOMPARE(directory.users(), users);
        QCOMPARE(model.rowCount(), 12000);
        QVERIFY(ticksAtBatch.size() >= 12000 / SnapshotDatabase::BatchSize);
        for (int i = 1; i < ticksAtBatch.size(); ++i)
            QVERIFY2(ticksAtBatch.at(i) > ticksAtBatch.at(i - 1), qPrintable(QString::number(i)));
        QCOMPARE(finished.at(0).at(0).value<SnapshotInfo>().userCount, 12000);
    }

    // Like a refresh from the network: rows stay while it loads; who is not in the snapshot goes at the end.
    void loadingIntoAFullDirectoryIsARefresh()
    {
        SnapshotStore store(StoreKey::forDemo(10), newPath());
        QList<User> users = TestUsers::demo(3000);
        Directory directory;
        directory.upsert(users);
        users.removeAt(100);
        users[200].title = u"Refreshed"_s;
        QVERIFY(save(store, users, 1000).ok());
        SnapshotLoader loader(&store, &directory);
        QSignalSpy finished(&loader, &SnapshotLoader::finished);
        bool keptRows = true;
        connect(&loader, &SnapshotLoader::progress, this, [&] { keptRows = keptRows && directory.count() >= 3000; });
        loader.load();
        QVERIFY(finished.wait(30000));
        QVERIFY(keptRows);
        QCOMPARE(directory.count(), 2999);
        QCOMPARE(directory.user(directory.rowOf(users.at(200).id)).title, u"Refreshed"_s);
        QVERIFY(!directory.isRefreshing());
    }

    void noCopyYetCreatesNothing()
    {
        const QString path = newPath();
        SnapshotStore store(StoreKey::forDemo(10), path);
        Directory directory;
        directory.upsert(TestUsers::demo(10));
        SnapshotLoader loader(&store, &directory);
        QSignalSpy failed(&loader, &SnapshotLoader::failed);
        loader.load();
        QVERIFY(failed.wait(10000));
        const StoreResult r = failed.at(0).at(0).value<StoreResult>();
        QCOMPARE(r.error, SqliteFile::Error::Missing);
        QVERIFY2(r.message.contains(u"no offline copy"_s), qPrintable(r.message));
        QCOMPARE(directory.count(), 10); // kept
        QVERIFY(!directory.isRefreshing());
        QVERIFY(!QFileInfo::exists(path));
    }

    // Only a load that completed becomes a snapshot; a failed or stopped one never replaces it.
    void recorderStoresCompletedLoadsOnly()
    {
        DemoServer server;
        const QList<User> users = TestUsers::demo(450);
        server.setUsers(objectsOf(users));
        QVERIFY(server.listen());
        SnapshotStore store(StoreKey::forBaseUrl(server.baseUrl(), false), newPath());
        GongClient client;
        client.setBaseUrl(server.baseUrl());
        client.setCredentials(demoCredentials());
        Directory directory;
        DirectoryLoader loader(&client, &directory);
        SnapshotRecorder recorder(&loader, &store);
        QSignalSpy saved(&recorder, &SnapshotRecorder::saved);
        loader.load();
        QVERIFY(saved.wait(30000));
        const SaveResult first = saved.at(0).at(0).value<SaveResult>();
        QVERIFY2(first.ok(), qPrintable(first.message));
        QCOMPARE(first.snapshot.userCount, 450);
        QCOMPARE(first.snapshot.pages, 5);
        QCOMPARE(first.snapshot.requests, 5);
        QCOMPARE(first.snapshot.baseUrl, server.baseUrl().toString());

        QSignalSpy failed(&loader, &DirectoryLoader::failed);
        server.enqueueFault(DemoServer::Fault::Status401);
        loader.load();
        QVERIFY(failed.wait(30000));
        QSignalSpy cancelled(&loader, &DirectoryLoader::cancelled);
        loader.load();
        loader.cancel();
        QCOMPARE(cancelled.size(), 1);
        QSignalSpy listed(&store, &SnapshotStore::snapshotsListed);
        store.listSnapshots();
        QVERIFY(arrived(listed, 10000));
        QCOMPARE(listed.at(0).at(1).value<QList<SnapshotInfo>>().size(), 1);
        QCOMPARE(saved.size(), 1);
    }

    // Every request the client sends, retries and all, counted per base URL per UTC day; two logs on one file (two
    // processes) add up.
    void requestLogCountsEveryRequest()
    {
        DemoServer server;
        server.setUsers(objectsOf(TestUsers::demo(350)));
        QVERIFY(server.listen());
        const QString path = newPath();
        RequestLog log(path);
        RequestLog other(path);
        log.setKey(server.baseUrl(), u"demo"_s);
        QCOMPARE(log.keyFor(server.baseUrl()), u"demo"_s);
        QCOMPARE(other.keyFor(QUrl(u"https://US-1.api.gong.io/v2/users/"_s)), u"https://us-1.api.gong.io"_s);
        RequestCounter::setDefault(&log);
        GongClient client;
        client.setBaseUrl(server.baseUrl());
        client.setCredentials(demoCredentials());
        Directory directory;
        DirectoryLoader loader(&client, &directory);
        server.enqueueFault(DemoServer::Fault::Status500); // one retry
        QSignalSpy finished(&loader, &DirectoryLoader::finished);
        QSignalSpy changed(&log, &RequestLog::countChanged);
        loader.load();
        QVERIFY(finished.wait(60000));
        QCOMPARE(server.requestCount(), 5);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 5, 10000);
        QCOMPARE(changed.last().at(1).toInt(), 5);

        GongClient second; // "another process" counting the same company
        second.setBaseUrl(server.baseUrl());
        second.setCredentials(demoCredentials());
        second.setRequestCounter(&other);
        other.setKey(server.baseUrl(), u"demo"_s);
        Directory secondDirectory;
        DirectoryLoader secondLoader(&second, &secondDirectory);
        QSignalSpy secondFinished(&secondLoader, &DirectoryLoader::finished);
        secondLoader.load();
        QVERIFY(secondFinished.wait(60000));
        other.flush();
        QSignalSpy counted(&log, &RequestLog::counted);
        log.countToday(u"demo"_s);
        QVERIFY(arrived(counted, 10000));
        QCOMPARE(counted.at(0).at(2).toInt(), 9);
        StoreResult r;
        QCOMPARE(RequestLog::readCount(path, u"demo"_s, RequestLog::today(), &r), 9);
        QVERIFY(r.ok());
        QCOMPARE(RequestLog::readCount(path, u"demo"_s, u"1999-01-01"_s, &r), 0);
        RequestCounter::setDefault(nullptr);
    }

    // A client on another thread counts its requests (keyFor()) while the window names companies (setKey()). Without
    // the lock the reader sees the table being rehashed: garbage here, a use after free under ASan (the asan leg).
    void keysAreSetWhileRequestsAreCounted()
    {
        RequestLog log(newPath());
        const auto url = [](int i) { return QUrl(u"https://h%1.example.com"_s.arg(i)); };
        std::atomic<bool> started{false};
        std::atomic<bool> done{false};
        std::atomic<bool> torn{false};
        std::thread counter([&] {
            started = true;
            while (!done && !torn) {
                for (int i = 0; i < 64; ++i) {
                    const QString key = log.keyFor(url(i));
                    if (key != u"k%1"_s.arg(i) && key != url(i).toString())
                        torn = true; // neither its key nor its URL
                }
            }
        });
        while (!started)
            std::this_thread::yield();
        for (int i = 0; i < 20000; ++i) // the table grows, and rehashes, under the reader
            log.setKey(url(i), u"k%1"_s.arg(i));
        done = true;
        counter.join();
        QVERIFY(!torn);
        QCOMPARE(log.keyFor(url(19999)), u"k19999"_s);
        QCOMPARE(log.keyFor(url(7)), u"k7"_s);
    }

    void historyFactsAndDelete()
    {
        const QString path = newPath();
        SnapshotStore store(StoreKey::forDemo(10), path);
        QList<User> users = TestUsers::demo(500);
        QVERIFY(save(store, users, 1000).ok());
        users[4].managerId = users.at(9).id;
        QVERIFY(save(store, users, 2000).ok());
        QSignalSpy history(&store, &SnapshotStore::historyRead);
        store.history(users.at(4).id);
        QVERIFY(arrived(history, 10000));
        const QList<UserChange> events = history.at(0).at(2).value<QList<UserChange>>();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).field, u"managerId"_s);
        QCOMPARE(events.at(0).after, QJsonValue(users.at(9).id));
        QSignalSpy facts(&store, &SnapshotStore::factsRead);
        store.changeFacts();
        QVERIFY(arrived(facts, 10000));
        QVERIFY(facts.at(0).at(1).value<ChangeFacts>().hasChanged(users.at(4).id, u"managerId"_s));
        QSignalSpy deleted(&store, &SnapshotStore::deleted);
        store.deleteCopy();
        QVERIFY(arrived(deleted, 10000));
        QVERIFY(deleted.at(0).at(1).value<StoreResult>().ok());
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
        QSignalSpy opened(&store, &SnapshotStore::opened);
        store.open();
        QVERIFY(arrived(opened, 10000));
        QVERIFY(!opened.at(0).at(1).value<SnapshotInfo>().isValid());
    }
};

QTEST_GUILESS_MAIN(TestSnapshotStore)
#include "tst_snapshotstore.moc"
