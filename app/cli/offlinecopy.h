// SPDX-License-Identifier: MIT
#pragma once

#include "store/snapshotcomparer.h"
#include "store/snapshotinfo.h"
#include "store/snapshotstore.h"
#include "store/storekey.h"
#include "store/storeresult.h"

#include "directory/changefacts.h"

#include <QObject>

class Directory;

// One connection's offline copy for the command line: the app's SnapshotStore (the work runs on its worker thread,
// as in the app), with each answer awaited in a local event loop — a command has nothing else to do meanwhile.
class OfflineCopy : public QObject
{
    Q_OBJECT
public:
    explicit OfflineCopy(const StoreKey& key, QObject* parent = nullptr);

    SnapshotStore* store() { return &m_store; }
    SnapshotInfo newest(StoreResult* result);
    QList<SnapshotInfo> snapshots(StoreResult* result);
    // The users of a snapshot (0: the newest) into `directory` through SnapshotLoader, as the app starts from it.
    StoreResult loadInto(qint64 snapshotId, Directory* directory, SnapshotInfo* snapshot);
    SaveResult save(const QList<User>& users, const SnapshotInfo& info);
    SnapshotDiff compare(qint64 fromId, qint64 toId);
    // Between the newest snapshot and the one before (empty facts, ok, when there are fewer than two).
    ChangeFacts lastChanges(StoreResult* result);

    // "2026-12-05T14:02:11Z (2 h ago)"
    static QString timeAndAge(qint64 msecs, qint64 nowMsecs);
    // "45 s", "12 min", "2 h", "3 d"
    static QString ageText(qint64 msecs);

private:
    // Asks (`ask` returns the ticket), then runs the event loop until `signal` brings the answer to that ticket,
    // handing its arguments to `take`. Connected before asking: the worker may answer at once.
    template <typename Ask, typename Signal, typename Take> void await(Ask ask, Signal signal, Take take);

    SnapshotStore m_store;
};
