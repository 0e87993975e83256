// SPDX-License-Identifier: MIT
#pragma once

#include "snapshotinfo.h"
#include "storeresult.h"

#include "directory/changefacts.h"
#include "directory/userchange.h"

#include <QList>
#include <QMetaType>

class SnapshotDatabase;

// The changes between two snapshots, sorted as `gong-directory changes` prints them (UserChange::sort).
struct SnapshotDiff
{
    SnapshotInfo from;
    SnapshotInfo to;
    QList<UserChange> changes;
    StoreResult result;

    int count(UserChange::Kind kind) const;
};
Q_DECLARE_METATYPE(SnapshotDiff)

// Questions about the history in an offline copy: what changed between two snapshots, what happened to one person
// across all of them, and the facts the query language asks about. Only the people whose version differs are
// read and compared, so two snapshots of 100,000 people with a few changes compare in milliseconds.
class SnapshotComparer
{
public:
    // Joined (in `to` only), left (in `from` only), and the field changes of everyone else whose stored version
    // differs (see UserDiff). Any two snapshots; `from` is usually the older.
    static SnapshotDiff diff(SnapshotDatabase& db, qint64 fromId, qint64 toId);
    // One person across every stored snapshot, oldest first: joined (unless there from the first snapshot kept),
    // each change with the times of the two snapshots it came between, left, joined again, …
    static QList<UserChange> history(SnapshotDatabase& db, const QString& userId, StoreResult* result);
    // diff(fromId, toId)'s changed fields, and when each person in `toId` last joined (from the whole history).
    static ChangeFacts facts(SnapshotDatabase& db, qint64 fromId, qint64 toId, StoreResult* result);
};
