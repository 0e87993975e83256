// SPDX-License-Identifier: MIT
#pragma once

#include "snapshotcomparer.h"
#include "snapshotinfo.h"
#include "snapshotstream.h"
#include "storekey.h"
#include "storeresult.h"
#include "storethread.h"

#include "directory/changefacts.h"
#include "directory/user.h"
#include "directory/userchange.h"

#include <QObject>

#include <atomic>
#include <memory>

class SnapshotDatabase;

// One connection's offline copy for the GUI: every call returns at once with a ticket, the work runs on the store's
// own worker thread (SQLite, packing, diffs), and the answer arrives as the signal named after the call, with the
// same ticket, queued to this object's thread. The GUI thread never waits on the database. Jobs run one at a time,
// in the order they were asked; connect with the default (auto) or a queued connection, never a direct one.
//
// The file is opened on first use: reads only open an existing file, save() creates it. A damaged file is moved
// aside, a file from a newer version or one that is not a file is left alone; the notice says so (notice()).
class SnapshotStore : public QObject
{
    Q_OBJECT
public:
    explicit SnapshotStore(const StoreKey& key, QObject* parent = nullptr);
    // The same for a file at an explicit path (tests, tools).
    SnapshotStore(const StoreKey& key, const QString& path, QObject* parent = nullptr);
    // Waits for the job in progress (a read stops at its next batch; a save completes).
    ~SnapshotStore() override;

    StoreKey key() const { return m_key; }
    // "There is no offline copy of … yet." (the message of a result with error Missing, unless the file was just
    // moved aside: then that notice).
    static QString noCopyText(const StoreKey& key);
    QString path() const { return m_path; }
    // History older than this is pruned when a snapshot is saved (default 365 days; <= 0 keeps only the newest).
    void setHistoryDays(int days) { m_historyDays.store(days); }
    int historyDays() const { return m_historyDays.load(); }
    // The busy timeout of the file (default SqliteFile::DefaultBusyTimeoutMs); before the first call.
    void setBusyTimeoutMs(int ms) { m_busyTimeoutMs = ms; }

    // The newest complete snapshot (invalid when there is none) → opened().
    int open();
    // Every snapshot, newest first → snapshotsListed().
    int listSnapshots();
    // Saves a complete load (the list is shared, not copied: the caller's directory can go on changing) → saved().
    int save(const QList<User>& users, const SnapshotInfo& info);
    // The users of a snapshot (0: the newest), batch by batch into the stream; streamChanged() when there is more
    // to take or the stream ended. SnapshotLoader puts them into a Directory.
    std::shared_ptr<SnapshotStream> read(qint64 snapshotId = 0);
    // The changes between two snapshots (0, 0: the one before the newest and the newest) → compared().
    int compare(qint64 fromId = 0, qint64 toId = 0);
    // One person's history across every snapshot, oldest first → historyRead().
    int history(const QString& userId);
    // compare()'s changed fields and everyone's last join, for `changed:` / `joined:` queries → factsRead().
    int changeFacts(qint64 fromId = 0, qint64 toId = 0);
    // Prunes history older than historyDays() → pruned().
    int prune();
    // Deletes the file ("Delete the offline copy"; removing a connection) → deleted().
    int deleteCopy();

Q_SIGNALS:
    void opened(int ticket, const SnapshotInfo& newest, const StoreResult& result);
    void snapshotsListed(int ticket, const QList<SnapshotInfo>& snapshots, const StoreResult& result);
    void saved(int ticket, const SaveResult& result);
    void streamChanged(int ticket);
    void compared(int ticket, const SnapshotDiff& diff);
    void historyRead(int ticket, const QString& userId, const QList<UserChange>& changes, const StoreResult& result);
    void factsRead(int ticket, const ChangeFacts& facts, const StoreResult& result);
    void pruned(int ticket, const SaveResult& result);
    void deleted(int ticket, const StoreResult& result);

private:
    template <typename Job> int post(Job job);
    // On the worker: the database, opened for reading (an existing file) or for writing (created when missing).
    SnapshotDatabase* database(bool forWriting);
    StoreResult unavailable() const;

    StoreKey m_key;
    QString m_path;
    std::atomic<int> m_historyDays;
    int m_busyTimeoutMs;
    StoreThread m_thread;
    SnapshotDatabase* m_db = nullptr; // created, used and deleted on m_thread only
    std::atomic<bool> m_stopping{false};
    int m_nextTicket = 0;
};
