// SPDX-License-Identifier: MIT
#pragma once

#include "snapshotinfo.h"
#include "storeresult.h"

#include "directory/user.h"

#include <QList>
#include <QMutex>

#include <atomic>

// The users of one snapshot on their way from the store's worker (which reads and decodes them) to the GUI thread
// (which takes them a batch at a time, so painting and typing go on between batches). Thread-safe; shared by both
// sides (SnapshotStore::read() makes it).
class SnapshotStream
{
public:
    explicit SnapshotStream(int ticket)
        : m_ticket(ticket)
    {}

    int ticket() const { return m_ticket; }

    // Worker side.
    void setSnapshot(const SnapshotInfo& snapshot);
    void push(QList<User>&& batch);
    void finish(const StoreResult& result);
    bool isCancelled() const { return m_cancelled.load(); }

    // Consumer side. take() gives the next batch, if one is ready.
    bool take(QList<User>* batch);
    bool isFinished() const; // the worker is done (there may still be batches to take)
    bool atEnd() const;      // done, and every batch taken
    SnapshotInfo snapshot() const;
    StoreResult result() const;
    int usersRead() const; // decoded so far
    // The worker stops at its next batch; nothing more arrives.
    void cancel() { m_cancelled.store(true); }

private:
    const int m_ticket;
    mutable QMutex m_mutex;
    QList<QList<User>> m_batches;
    SnapshotInfo m_snapshot;
    StoreResult m_result;
    bool m_finished = false;
    int m_usersRead = 0;
    std::atomic<bool> m_cancelled{false};
};
