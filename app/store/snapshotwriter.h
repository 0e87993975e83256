// SPDX-License-Identifier: MIT
#pragma once

#include "snapshotinfo.h"
#include "storeresult.h"

#include "directory/user.h"

#include <QByteArray>
#include <QList>

class SnapshotDatabase;

// Saves a complete load as a snapshot, in one transaction: either the whole snapshot is there afterwards, or the
// file is exactly as before (a failed, stopped or killed write never replaces the last complete snapshot). History
// older than the days kept is pruned in the same transaction, never the newest snapshot.
class SnapshotWriter
{
public:
    static constexpr int DefaultHistoryDays = 365;

    // `users` is the complete load (for a repeated id the last copy wins). From `info` the times, requests, pages,
    // base URL and avatars setting are kept; the id and user count are the writer's. historyDays <= 0 keeps only
    // the newest snapshot. nowMsecs (UTC ms, 0: the clock) is what "older than" is measured from.
    static SaveResult write(SnapshotDatabase& db, const QList<User>& users, const SnapshotInfo& info,
                            int historyDays = DefaultHistoryDays, qint64 nowMsecs = 0);
    // Pruning alone, e.g. after the setting changed.
    static SaveResult prune(SnapshotDatabase& db, int historyDays, qint64 nowMsecs = 0);

    // What a version is addressed by: 128 bits of BLAKE2b over the UserRecord bytes.
    static QByteArray contentHash(const QByteArray& record);
};
