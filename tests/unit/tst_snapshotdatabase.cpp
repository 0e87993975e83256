// SPDX-License-Identifier: MIT
// The offline copy's file, synchronously: snapshots read back exactly, each version of a user stored once, history
// pruned without the newest snapshot, an older file upgraded in place, and files that are not what they should be
// (random bytes, truncated, from a newer version, a folder) recognised with one clear message, never a crash.
#include "directory/userrecord.h"
#include "store/snapshotdatabase.h"
#include "store/snapshotwriter.h"
#include "store/storefiles.h"
#include "testusers.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// Snapshots from an hour ago on (history older than a year would be pruned as it is written).
const qint64 Start = QDateTime::currentMSecsSinceEpoch() - 3600000;

SnapshotInfo infoAt(qint64 msecs)
{
    SnapshotInfo i;
    const qint64 finishedMsecs = msecs >= 86400000 ? msecs : Start + msecs; // the prune test gives days itself
    i.startedMsecs = finishedMsecs - 5000;
    i.finishedMsecs = finishedMsecs;
    i.requests = 3;
    i.pages = 3;
    i.baseUrl = u"https://us-1.api.gong.io"_s;
    return i;
}

QList<User> readAll(SnapshotDatabase& db, qint64 id, StoreResult* result = nullptr)
{
    QList<User> all;
    const StoreResult r = db.readUsers(id, [&](QList<User>&& batch) {
        all += batch;
        return true;
    });
    if (result)
        *result = r;
    return all;
}

qint64 count(SnapshotDatabase& db, const QString& table)
{
    QSqlQuery q(db.file().database());
    return q.exec(u"SELECT COUNT(*) FROM "_s + table) && q.next() ? q.value(0).toLongLong() : -1;
}

QFile::Permissions mode(const QString& path)
{
    return QFileInfo(path).permissions() &
           (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::WriteGroup |
            QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther);
}

const QFile::Permissions ownerFile = QFile::ReadOwner | QFile::WriteOwner;
const QFile::Permissions ownerFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
} // namespace

class TestSnapshotDatabase : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(u"offline/"_s + name); }

private Q_SLOTS:
    void writesAndReadsBackExactly()
    {
        SnapshotDatabase db;
        QVERIFY(db.open(path(u"exact.sqlite"_s), SqliteFile::Mode::Create));
        QCOMPARE(db.file().state(), SqliteFile::State::Open);
        QList<User> users = TestUsers::demo(1500);
        users.append(users.at(3)); // a repeated id: the last copy wins, once
        users.last().title = u"Repeated"_s;
        const SaveResult saved = SnapshotWriter::write(db, users, infoAt(1000000));
        QVERIFY2(saved.ok(), qPrintable(saved.message));
        QCOMPARE(saved.snapshot.userCount, 1500);
        QCOMPARE(saved.newVersions, 1500);
        StoreResult r;
        const QList<SnapshotInfo> all = db.snapshots(&r);
        QVERIFY(r.ok());
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first(), saved.snapshot);
        QCOMPARE(all.first().baseUrl, u"https://us-1.api.gong.io"_s);
        QCOMPARE(all.first().startedMsecs, Start + 995000);
        const QList<User> back = readAll(db, saved.snapshot.id, &r);
        QVERIFY(r.ok());
        QCOMPARE(back.size(), 1500);
        for (int i = 0; i < 1500; ++i) {
            const User& expected = i == 3 ? users.last() : users.at(i);
            QCOMPARE(back.at(i), expected); // in the order people were first seen
        }
        QCOMPARE(back.at(3).title, u"Repeated"_s);
    }

    // Folder 0700, database and its -wal and -shm 0600: the personal data of a whole company is in there.
    void filesAreOwnerOnly()
    {
        const QString file = path(u"modes.sqlite"_s);
        SnapshotDatabase db;
        QVERIFY(db.open(file, SqliteFile::Mode::Create));
        QVERIFY(SnapshotWriter::write(db, TestUsers::demo(50), infoAt(1000)).ok());
        QCOMPARE(mode(QFileInfo(file).absolutePath()), ownerFolder);
        for (const QString& f : {file, file + u"-wal"_s, file + u"-shm"_s}) {
            QVERIFY2(QFileInfo::exists(f), qPrintable(f));
            QCOMPARE(mode(f), ownerFile);
        }
    }

    // Content-addressed: a user unchanged across snapshots adds no row; a change adds one version; changing back
    // reuses the old one; leaving and coming back are spans, not copies.
    void eachVersionOnce()
    {
        SnapshotDatabase db;
        QVERIFY(db.open(path(u"versions.sqlite"_s), SqliteFile::Mode::Create));
        const QList<User> first = TestUsers::demo(400);
        QVERIFY(SnapshotWriter::write(db, first, infoAt(1000)).ok());
        QCOMPARE(count(db, u"versions"_s), 400);

        SaveResult same = SnapshotWriter::write(db, first, infoAt(2000));
        QVERIFY(same.ok());
        QCOMPARE(same.newVersions, 0);
        QCOMPARE(count(db, u"versions"_s), 400);
        QCOMPARE(count(db, u"spans"_s), 400);

        QList<User> second = first;
        second[10].title = u"Chief Snapshot Officer"_s;
        second.removeAt(20); // leaves
        const User gone = first.at(20);
        SaveResult changed = SnapshotWriter::write(db, second, infoAt(3000));
        QVERIFY(changed.ok());
        QCOMPARE(changed.newVersions, 1);
        QCOMPARE(count(db, u"versions"_s), 401);

        QList<User> third = first; // changed back, and back again
        SaveResult back = SnapshotWriter::write(db, third, infoAt(4000));
        QVERIFY(back.ok());
        QCOMPARE(back.newVersions, 0);
        QCOMPARE(count(db, u"versions"_s), 401);
        QCOMPARE(count(db, u"people"_s), 400);

        // Every snapshot reads back as it was written.
        StoreResult r;
        const QList<SnapshotInfo> all = db.snapshots(&r);
        QCOMPARE(all.size(), 4);
        const QList<QList<User>> written = {first, first, second, third};
        for (int k = 0; k < 4; ++k) {
            const qint64 id = all.at(3 - k).id;
            QList<User> read = readAll(db, id);
            QCOMPARE(read.size(), written.at(k).size());
            QHash<QString, User> byId;
            for (const User& u : read)
                byId.insert(u.id, u);
            for (const User& u : written.at(k))
                QCOMPARE(byId.value(u.id), u);
        }
        QVERIFY(!readAll(db, all.at(1).id).contains(gone));
        QVERIFY(readAll(db, all.at(0).id).contains(gone));
    }

    // An unchanged refresh of many people adds one row, not a copy: the file does not grow.
    void unchangedRefreshAddsAlmostNothing()
    {
        SnapshotDatabase db;
        const QString file = path(u"growth.sqlite"_s);
        QVERIFY(db.open(file, SqliteFile::Mode::Create));
        const QList<User> users = TestUsers::demo(5000);
        QVERIFY(SnapshotWriter::write(db, users, infoAt(1000)).ok());
        QSqlQuery(db.file().database()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        const qint64 before = QFileInfo(file).size();
        for (int i = 0; i < 3; ++i)
            QVERIFY(SnapshotWriter::write(db, users, infoAt(2000 + i)).ok());
        QSqlQuery(db.file().database()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        const qint64 after = QFileInfo(file).size();
        QVERIFY2(after - before <= before / 100, qPrintable(u"%1 → %2"_s.arg(before).arg(after)));
    }

    // History older than the days kept goes, with what only it used; the newest snapshot never does.
    void pruningKeepsTheNewest()
    {
        SnapshotDatabase db;
        QVERIFY(db.open(path(u"prune.sqlite"_s), SqliteFile::Mode::Create));
        const qint64 day = 86400000;
        QList<User> users = TestUsers::demo(200);
        QVERIFY(SnapshotWriter::write(db, users, infoAt(1 * day)).ok());
        const User leaver = users.takeAt(5); // only the first snapshot has them
        users[6].title = u"Newer title"_s;
        QVERIFY(SnapshotWriter::write(db, users, infoAt(50 * day), 365, 51 * day).ok());
        QCOMPARE(count(db, u"people"_s), 200);

        // 400 days later, with 365 kept: the first snapshot, the leaver and the old title go.
        const SaveResult pruned = SnapshotWriter::write(db, users, infoAt(400 * day), 365, 401 * day);
        QVERIFY(pruned.ok());
        QCOMPARE(pruned.prunedSnapshots, 1);
        StoreResult r;
        QCOMPARE(db.snapshots(&r).size(), 2);
        QCOMPARE(count(db, u"people"_s), 199);
        QCOMPARE(count(db, u"versions"_s), 199);
        QCOMPARE(readAll(db, db.newest(&r).id), users);

        // Years later: everything but the newest goes, never the newest.
        const SaveResult alone = SnapshotWriter::prune(db, 365, 5000 * day);
        QVERIFY(alone.ok());
        QCOMPARE(alone.prunedSnapshots, 1);
        const QList<SnapshotInfo> left = db.snapshots(&r);
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().finishedMsecs, 400 * day);
        QCOMPARE(readAll(db, left.first().id), users);
        QVERIFY(!readAll(db, left.first().id).contains(leaver));
        QCOMPARE(SnapshotWriter::prune(db, 0, 6000 * day).prunedSnapshots, 0);
    }

    // A file of format 1 (before snapshots recorded their pages) is upgraded in place, its history kept.
    void olderFormatIsUpgradedInPlace()
    {
        const QString file = path(u"format1.sqlite"_s);
        const QList<User> users = TestUsers::demo(30);
        {
            SqliteFile::Schema v1 = SnapshotDatabase::schema();
            v1.migrations.resize(1);
            SqliteFile old;
            QVERIFY(old.open(file, v1, SqliteFile::Mode::Create));
            QCOMPARE(old.fileVersion(), 1);
            // What version 1 of the app wrote: a snapshot of 30 users, no pages column.
            QSqlQuery q(old.database());
            QVERIFY(
                q.exec(u"INSERT INTO snapshots VALUES(1, %1, %2, 230, 2, 'https://x.api.gong.io', 0)"_s.arg(Start).arg(
                    Start + 100)));
            for (int i = 0; i < users.size(); ++i) {
                const QByteArray record = UserRecord::pack(users.at(i));
                QVERIFY(q.prepare(u"INSERT INTO people VALUES(?, ?)"_s));
                q.addBindValue(i + 1);
                q.addBindValue(users.at(i).id);
                QVERIFY(q.exec());
                QVERIFY(q.prepare(u"INSERT INTO versions VALUES(?, ?, ?, ?)"_s));
                q.addBindValue(i + 1);
                q.addBindValue(i + 1);
                q.addBindValue(SnapshotWriter::contentHash(record));
                q.addBindValue(record);
                QVERIFY(q.exec());
                QVERIFY(q.exec(u"INSERT INTO spans VALUES(%1, %1, 1, NULL)"_s.arg(i + 1)));
            }
        }
        SnapshotDatabase db;
        QVERIFY(db.open(file, SqliteFile::Mode::ExistingOnly));
        QCOMPARE(db.file().fileVersion(), SnapshotDatabase::schema().version());
        QVERIFY(db.file().notice().isEmpty());
        StoreResult r;
        const SnapshotInfo s = db.newest(&r);
        QVERIFY(r.ok());
        QCOMPARE(s.userCount, 230);
        QCOMPARE(s.pages, 3); // estimated from the user count
        QCOMPARE(readAll(db, 1), users);
        QVERIFY(SnapshotWriter::write(db, users, infoAt(300)).ok()); // and it goes on
        QCOMPARE(db.snapshots(&r).size(), 2);
    }

    // A file from a newer version of the app is left exactly as it is, with one sentence saying so.
    void newerFormatIsLeftAlone()
    {
        const QString file = path(u"future.sqlite"_s);
        {
            SnapshotDatabase db;
            QVERIFY(db.open(file, SqliteFile::Mode::Create));
            QVERIFY(SnapshotWriter::write(db, TestUsers::demo(10), infoAt(1000)).ok());
            QVERIFY(QSqlQuery(db.file().database()).exec(u"PRAGMA user_version=99"_s));
            QSqlQuery(db.file().database()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        f.close();
        for (const SqliteFile::Mode m : {SqliteFile::Mode::ExistingOnly, SqliteFile::Mode::Create}) {
            SnapshotDatabase db;
            QVERIFY(!db.open(file, m));
            QCOMPARE(db.file().state(), SqliteFile::State::NewerSchema);
            QVERIFY2(db.file().notice().contains(u"newer version"_s), qPrintable(db.file().notice()));
            QVERIFY(!db.file().notice().contains(u'\n')); // one message, not a trace
            const SaveResult refused = SnapshotWriter::write(db, TestUsers::demo(3), infoAt(2000));
            QVERIFY(!refused.ok());
        }
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), bytes);
        QVERIFY(QDir(m_dir.filePath(u"offline"_s)).entryList({u"future.sqlite.damaged*"_s}).isEmpty());
    }

    void damagedFilesAreMovedAside_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("random bytes") << u"random"_s;
        QTest::newRow("truncated") << u"truncated"_s;
        QTest::newRow("header only") << u"header"_s;
    }
    void damagedFilesAreMovedAside()
    {
        QFETCH(QString, kind);
        const QString file = path(kind + u".sqlite"_s);
        if (kind == u"random"_s) {
            QByteArray junk(64 * 1024, Qt::Uninitialized);
            QRandomGenerator rng(7);
            rng.fillRange(reinterpret_cast<quint32*>(junk.data()), junk.size() / 4);
            QDir().mkpath(QFileInfo(file).absolutePath());
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(junk);
        } else {
            {
                SnapshotDatabase db;
                QVERIFY(db.open(file, SqliteFile::Mode::Create));
                QVERIFY(SnapshotWriter::write(db, TestUsers::demo(2000), infoAt(1000)).ok());
                QSqlQuery(db.file().database()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
            }
            QFile::remove(file + u"-wal"_s);
            QFile::remove(file + u"-shm"_s);
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.resize(kind == u"header"_s ? 100 : f.size() / 2));
        }
        // Reading: moved aside, with a sentence; nothing to read.
        {
            SnapshotDatabase db;
            QVERIFY(!db.open(file, SqliteFile::Mode::ExistingOnly));
            QCOMPARE(db.file().state(), SqliteFile::State::Missing);
            QVERIFY2(db.file().notice().contains(u"moved aside"_s), qPrintable(db.file().notice()));
            StoreResult r;
            QVERIFY(db.snapshots(&r).isEmpty());
            QCOMPARE(r.error, SqliteFile::Error::Missing);
        }
        QVERIFY(!QFileInfo::exists(file));
        const QStringList aside = QDir(QFileInfo(file).absolutePath()).entryList({kind + u".sqlite.damaged-*"_s});
        QCOMPARE(aside.size(), 1);
        // Writing: a new copy starts.
        SnapshotDatabase db;
        QVERIFY(db.open(file, SqliteFile::Mode::Create));
        const QList<User> users = TestUsers::demo(40);
        QVERIFY(SnapshotWriter::write(db, users, infoAt(2000)).ok());
        QCOMPARE(readAll(db, 1), users);
    }

    // A folder where the file should be is left alone: no offline copy, one sentence, no crash.
    void folderInsteadOfFile()
    {
        const QString file = path(u"folder.sqlite"_s);
        QVERIFY(QDir().mkpath(file + u"/inside"_s));
        for (const SqliteFile::Mode m : {SqliteFile::Mode::ExistingOnly, SqliteFile::Mode::Create}) {
            SnapshotDatabase db;
            QVERIFY(!db.open(file, m));
            QCOMPARE(db.file().state(), SqliteFile::State::Unusable);
            QVERIFY2(db.file().notice().contains(u"folder"_s), qPrintable(db.file().notice()));
            StoreResult r;
            QVERIFY(db.snapshots(&r).isEmpty());
            QCOMPARE(r.error, SqliteFile::Error::Unavailable);
            QVERIFY(!SnapshotWriter::write(db, TestUsers::demo(3), infoAt(1)).ok());
        }
        QVERIFY(QFileInfo(file + u"/inside"_s).isDir());
    }

    // SQLite's max_page_count stands in for a full disk: the write fails with a clear message and the previous
    // snapshot is exactly as it was.
    void fullDiskKeepsThePreviousSnapshot()
    {
        SnapshotDatabase db;
        QVERIFY(db.open(path(u"full.sqlite"_s), SqliteFile::Mode::Create));
        const QList<User> first = TestUsers::demo(500);
        QVERIFY(SnapshotWriter::write(db, first, infoAt(1000)).ok());
        QSqlQuery q(db.file().database());
        QVERIFY(q.exec(u"PRAGMA page_count"_s) && q.next());
        const int pages = q.value(0).toInt();
        QVERIFY(q.exec(u"PRAGMA max_page_count=%1"_s.arg(pages + 2)));
        q = QSqlQuery();
        QList<User> bigger = TestUsers::demo(3000, 7); // other people: all new versions
        const SaveResult full = SnapshotWriter::write(db, bigger, infoAt(2000));
        QVERIFY(!full.ok());
        QCOMPARE(full.error, SqliteFile::Error::Full);
        QVERIFY2(full.message.contains(u"disk is full"_s), qPrintable(full.message));
        StoreResult r;
        const QList<SnapshotInfo> all = db.snapshots(&r);
        QCOMPARE(all.size(), 1);
        QCOMPARE(readAll(db, all.first().id), first);
        QSqlQuery check(db.file().database());
        QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
        QCOMPARE(check.value(0).toString(), u"ok"_s);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotDatabase)
#include "tst_snapshotdatabase.moc"
