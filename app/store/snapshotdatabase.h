// SPDX-License-Identifier: MIT
#pragma once

#include "snapshotinfo.h"
#include "sqlitefile.h"
#include "storeresult.h"

#include "directory/user.h"

#include <QHash>
#include <QList>
#include <QVariant>

#include <functional>
#include <vector>

// One connection's offline copy, synchronously, on the thread that opened it (SnapshotStore runs it on a worker;
// tests and tools use it directly). The file keeps complete loads as snapshots and each version of a user once:
//
//   snapshots  one row per complete load (times, user count, requests and pages used, base URL, avatars)
//   people     one row per user id ever seen
//   versions   one row per distinct content of a person (UserRecord bytes, content-addressed by a 128-bit hash)
//   spans      which version a person had from snapshot `first` to snapshot `last` (NULL: still current)
//
// A refresh that finds a person unchanged writes nothing for them: their open span simply goes on. So an unchanged
// refresh of 100,000 people adds one snapshot row, and a person who changes adds one version and one span.
class SnapshotDatabase
{
public:
    // A person in a snapshot: their row in `people` and the version they had.
    struct Member
    {
        qint64 person = 0;
        qint64 version = 0;
    };
    // A version a person had from snapshot `first` to snapshot `last` (0: still current).
    struct Span
    {
        qint64 person = 0;
        qint64 version = 0;
        qint64 first = 0;
        qint64 last = 0;
    };

    // The current schema: the migrations from an empty file (format 0) up to SnapshotDatabase's format.
    static SqliteFile::Schema schema();
    static constexpr int FirstBatchSize = 200;
    static constexpr int BatchSize = 1000;

    bool open(const QString& path, SqliteFile::Mode mode, int busyTimeoutMs = SqliteFile::DefaultBusyTimeoutMs);
    void close() { m_file.close(); }
    SqliteFile& file() { return m_file; }
    const SqliteFile& file() const { return m_file; }
    bool isOpen() const { return m_file.isOpen(); }

    // Newest first. Empty (with *result ok) when there are none.
    QList<SnapshotInfo> snapshots(StoreResult* result);
    SnapshotInfo newest(StoreResult* result);

    // The users of a snapshot in the order people were first seen, in batches (the first one small, so the first
    // rows show at once), each handed to `sink` on this thread; `sink` returns false to stop.
    StoreResult readUsers(qint64 snapshotId, const std::function<bool(QList<User>&&)>& sink,
                          int firstBatch = FirstBatchSize, int batch = BatchSize);
    // Members of a snapshot, ordered by person.
    StoreResult members(qint64 snapshotId, std::vector<Member>* out);
    // One user's spans, oldest first (none when the id was never stored).
    StoreResult spansOfUser(const QString& userId, std::vector<Span>* out);
    // Every span that began at or before a snapshot, ordered by person and then time, with the people's user ids.
    StoreResult spansUpTo(qint64 snapshotId, std::vector<Span>* out, QHash<qint64, QString>* userIds);
    // The users stored as these versions.
    StoreResult usersOfVersions(const QList<qint64>& versions, QHash<qint64, User>* out);

    // A failed statement as a result: damage moves the file aside (so the next write starts a new one).
    StoreResult failure(const QSqlError& error, const QString& doing);

private:
    StoreResult querySpans(const QString& sql, const QVariant& bound, std::vector<Span>* out,
                           QHash<qint64, QString>* userIds);

    SqliteFile m_file;
};
