// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// One snapshot: a complete load of a connection's directory, as the offline store keeps it.
struct SnapshotInfo
{
    qint64 id = 0;            // grows with each snapshot saved to the same file
    qint64 startedMsecs = 0;  // UTC ms since the epoch: when the load started…
    qint64 finishedMsecs = 0; // …and when it completed: the snapshot's time ("as of")
    int userCount = 0;
    int requests = 0; // requests the load sent (retries and resends included)
    int pages = 0;    // pages it took: the next full load needs about as many requests
    QString baseUrl;  // "demo" for the demo company
    bool includeAvatars = false;

    bool isValid() const { return id > 0; }
    // "2026-12-05T14:02:11Z"
    static QString isoTime(qint64 msecs);
    bool operator==(const SnapshotInfo& o) const
    {
        return id == o.id && startedMsecs == o.startedMsecs && finishedMsecs == o.finishedMsecs &&
               userCount == o.userCount && requests == o.requests && pages == o.pages && baseUrl == o.baseUrl &&
               includeAvatars == o.includeAvatars;
    }
};
Q_DECLARE_METATYPE(SnapshotInfo)
