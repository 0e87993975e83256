// SPDX-License-Identifier: MIT
#pragma once

#include "snapshotinfo.h"
#include "sqlitefile.h"

#include <QString>

// How a request to the offline store went: the kind of failure (Busy, Full, Damaged, …) for the caller to decide on,
// and one sentence for the user. A success may carry a message too (the file was damaged and a new one started).
struct StoreResult
{
    SqliteFile::Error error = SqliteFile::Error::None;
    QString message;
    bool ok() const { return error == SqliteFile::Error::None; }
};

// A snapshot saved (or why not).
struct SaveResult : StoreResult
{
    SnapshotInfo snapshot;   // the new snapshot, with its id
    int newVersions = 0;     // users whose content was not stored before (joined, changed, or changed back)
    int prunedSnapshots = 0; // snapshots older than the history kept, removed in the same transaction
};
Q_DECLARE_METATYPE(StoreResult)
Q_DECLARE_METATYPE(SaveResult)
