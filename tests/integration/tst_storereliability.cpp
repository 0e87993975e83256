// SPDX-License-Identifier: MIT
// The offline copy under the failures a desktop app meets: a writer killed (SIGKILL) at random moments while it
// stores a 5,000-user snapshot, two writers at once, and a writer that finds the file busy. Writers are separate
// processes — this test binary started again in a child mode — because SQLite's locks are per process.
// Afterwards the file passes PRAGMA integrity_check and every snapshot in it is exactly what was written.
#include "demo/demoorgevolution.h"
#include "demo/demoorggenerator.h"
#include "store/snapshotdatabase.h"
#include "store/snapshotwriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {
// Large enough that a write lasts long enough for kills to land inside it (the test measures how long and fails if
// none did); the size is not the point, and each of the ~20 children builds the company and writes it.
constexpr int Users = 5000;
constexpr int ChildBusy = 3;

// The company at a load, as users (the same in the parent and the children: it is deterministic).
QList<User> companyAt(int load)
{
    DemoOrgOptions options;
    options.userCount = Users;
    static const QList<QJsonObject> company = DemoOrgGenerator(options).users();
    QList<User> users;
    for (const QJsonObject& o : DemoOrgEvolution::atLoad(company, options.seed, load))
        users.append(User::fromJson(o));
    return users;
}

QList<User> readSnapshot(SnapshotDatabase& db, qint64 id)
{
    QList<User> all;
    db.readUsers(id, [&](QList<User>&& batch) {
        all += batch;
        return true;
    });
    return all;
}

SnapshotInfo infoFor(int load)
{
    SnapshotInfo info;
    info.finishedMsecs = QDateTime::currentMSecsSinceEpoch() - 3600000 + load; // recent: nothing is pruned
    info.baseUrl = u"demo"_s;
    return info;
}

// Child mode: write the company at `load` into `path` as a snapshot. Says "begin" on stdout just before.
int writeChild(const QString& path, int load, int busyTimeoutMs)
{
    const QList<User> users = companyAt(load);
    SnapshotDatabase db;
    if (!db.open(path, SqliteFile::Mode::Create, busyTimeoutMs)) {
        std::fprintf(stderr, "open: %s\n", qPrintable(db.file().notice()));
        return 1;
    }
    std::fputs("begin\n", stdout);
    std::fflush(stdout);
    const SaveResult r = SnapshotWriter::write(db, users, infoFor(load));
    if (!r.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(r.message));
        return r.error == SqliteFile::Error::Busy ? ChildBusy : 1;
    }
    std::fprintf(stdout, "done %lld\n", r.snapshot.id);
    return 0;
}
} // namespace

class TestStoreReliability : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_base; // a copy holding the company at load 0 as its one snapshot
    QList<User> m_first;
    QList<User> m_second;

    QString copyOfBase(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!QFile::copy(m_base, path))
            return {};
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }
    static QProcess* startChild(const QString& path, int load, int busyTimeoutMs = SqliteFile::DefaultBusyTimeoutMs)
    {
        auto* child = new QProcess;
        child->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child->start(QCoreApplication::applicationFilePath(),
                     {u"--write-child"_s, path, QString::number(load), QString::number(busyTimeoutMs)});
        return child;
    }
    static bool waitForLine(QProcess* child, const QByteArray& line, int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (!child->canReadLine() && child->state() != QProcess::NotRunning && timer.elapsed() < timeoutMs)
            child->waitForReadyRead(100);
        return child->canReadLine() && child->readLine().trimmed() == line;
    }
    // The file is sound, and its snapshots are exactly the loads written, oldest first.
    static void verify(const QString& path, const QList<QList<User>>& expected)
    {
        SnapshotDatabase db;
        QVERIFY(db.open(path, SqliteFile::Mode::ExistingOnly));
        QSqlQuery check(db.file().database());
        QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
        QCOMPARE(check.value(0).toString(), u"ok"_s);
        check = QSqlQuery();
        StoreResult r;
        const QList<SnapshotInfo> all = db.snapshots(&r);
        QVERIFY(r.ok());
        QCOMPARE(all.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            const SnapshotInfo& s = all.at(all.size() - 1 - i);
            QCOMPARE(s.userCount, int(expected.at(i).size()));
            QCOMPARE(readSnapshot(db, s.id), expected.at(i));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_first = companyAt(0);
        m_second = companyAt(1);
        m_base = m_dir.filePath(u"base.sqlite"_s);
        SnapshotDatabase db;
        QVERIFY(db.open(m_base, SqliteFile::Mode::Create));
        QVERIFY(SnapshotWriter::write(db, m_first, infoFor(0)).ok());
        QVERIFY(QSqlQuery(db.file().database()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        db.close();
        QFile::remove(m_base + u"-wal"_s);
        QFile::remove(m_base + u"-shm"_s);
    }

    // kill -9 at random moments of a write: afterwards the last complete snapshot is exactly as before (or, when
    // the kill came after the commit, the new one is exactly what was written). Several seeds; a failure prints it.
    void killedWriterLeavesTheLastCompleteSnapshot()
    {
        // How long a whole write takes here, so the kills fall inside it.
        const QString timing = copyOfBase(u"timing.sqlite"_s);
        QScopedPointer<QProcess> probe(startChild(timing, 1));
        QVERIFY(waitForLine(probe.data(), "begin", 120000));
        QElapsedTimer clock;
        clock.start();
        QVERIFY(probe->waitForFinished(120000));
        const qint64 writeMs = std::max<qint64>(20, clock.elapsed());
        verify(timing, {m_first, m_second});

        int interrupted = 0;
        const quint32 seeds[] = {1, 2, 3, 5, 8, 13, 21, 34};
        for (const quint32 seed : seeds) {
            const QString path = copyOfBase(u"kill-%1.sqlite"_s.arg(seed));
            QScopedPointer<QProcess> child(startChild(path, 1));
            QVERIFY2(waitForLine(child.data(), "begin", 120000), qPrintable(u"seed %1"_s.arg(seed)));
            const int delay = int(QRandomGenerator(seed).bounded(qint64(writeMs * 9 / 10)));
            QEventLoop wait; // the random moment is the point here, not a synchronisation
            QTimer::singleShot(delay, &wait, &QEventLoop::quit);
            wait.exec();
            const bool finishedFirst = child->state() == QProcess::NotRunning;
            child->kill(); // SIGKILL
            // A child that already ended is reaped: waitForFinished() would say false.
            if (child->state() != QProcess::NotRunning)
                QVERIFY(child->waitForFinished(30000));
            SnapshotDatabase db;
            QVERIFY(db.open(path, SqliteFile::Mode::ExistingOnly));
            StoreResult r;
            const int snapshots = int(db.snapshots(&r).size());
            db.close();
            qInfo("seed %u: killed after %d of ~%lld ms: %s", seed, delay, writeMs,
                  snapshots == 1 ? "before the commit" : "after the commit");
            if (snapshots == 1) {
                ++interrupted;
                verify(path, {m_first});
            } else {
                QVERIFY2(!finishedFirst || snapshots == 2, qPrintable(u"seed %1"_s.arg(seed)));
                verify(path, {m_first, m_second});
            }
            // And the file takes the next write as if nothing had happened.
            QScopedPointer<QProcess> again(startChild(path, 2));
            QVERIFY(again->waitForFinished(120000));
            QCOMPARE(again->exitCode(), 0);
        }
        QVERIFY2(interrupted > 0, "no kill landed inside a write: the test proved nothing");
    }

    // Two processes storing snapshots of the same connection at once: both finish (one waits for the other), and
    // each snapshot is exactly what its writer wrote.
    void twoWritersAtOnce()
    {
        const QString path = copyOfBase(u"two.sqlite"_s);
        QScopedPointer<QProcess> a(startChild(path, 1));
        QScopedPointer<QProcess> b(startChild(path, 2));
        QVERIFY(a->waitForFinished(180000));
        QVERIFY(b->waitForFinished(180000));
        QCOMPARE(a->exitCode(), 0);
        QCOMPARE(b->exitCode(), 0);
        const QByteArray outA = a->readAll();
        const QByteArray outB = b->readAll();
        const bool aFirst = outA.contains("done 2");
        QVERIFY2(aFirst != outB.contains("done 2"), (outA + outB).constData());
        const QList<User> third = companyAt(2);
        verify(path,
               aFirst ? QList<QList<User>>{m_first, m_second, third} : QList<QList<User>>{m_first, third, m_second});
    }

    // A writer that cannot get the lock within its busy timeout says the store is busy, and changes nothing.
    void busyStoreSaysSo()
    {
        const QString path = copyOfBase(u"busy.sqlite"_s);
        SnapshotDatabase holder;
        QVERIFY(holder.open(path, SqliteFile::Mode::Create));
        QSqlError error;
        QVERIFY(holder.file().begin(&error)); // holds the write lock
        QScopedPointer<QProcess> child(startChild(path, 1, 200));
        QVERIFY(child->waitForFinished(120000));
        QCOMPARE(child->exitCode(), ChildBusy);
        holder.file().rollback();
        holder.close();
        verify(path, {m_first});
        SnapshotDatabase db;
        QVERIFY(db.open(path, SqliteFile::Mode::Create, 200));
        QSqlError lockError;
        {
            SnapshotDatabase other;
            QVERIFY(other.open(path, SqliteFile::Mode::Create));
            QVERIFY(other.file().begin(&lockError));
            const SaveResult busy = SnapshotWriter::write(db, m_second, infoFor(1));
            QCOMPARE(busy.error, SqliteFile::Error::Busy);
            QVERIFY2(busy.message.contains(u"busy"_s), qPrintable(busy.message));
            other.file().rollback();
        }
        QVERIFY(SnapshotWriter::write(db, m_second, infoFor(1)).ok());
    }
};

int main(int argc, char* argv[])
{
    if (argc == 5 && std::strcmp(argv[1], "--write-child") == 0) {
        QCoreApplication app(argc, argv);
        return writeChild(QString::fromLocal8Bit(argv[2]), std::atoi(argv[3]), std::atoi(argv[4]));
    }
    QCoreApplication app(argc, argv);
    TestStoreReliability test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_storereliability.moc"
