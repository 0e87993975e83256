// SPDX-License-Identifier: MIT
#pragma once

#include "offlinesettings.h"

#include "credentials/connectionprofile.h"
#include "store/snapshotinfo.h"
#include "store/storekey.h"
#include "store/storeresult.h"

#include <QObject>
#include <QPointer>

class Directory;
class DirectoryLoader;
class RequestLog;
class SnapshotLoader;
class SnapshotRecorder;
class SnapshotStore;

// The window's offline copy of the connection it shows: on connecting, the newest complete snapshot goes into the
// directory at once (SnapshotLoader), then the settings decide whether to load from the network; every load that
// completes is stored (SnapshotRecorder, on the store's worker). It also follows today's request count of the
// company for the quota meter. The history ("what changed") is read from store() by the Changes view and the
// details.
class OfflineSession : public QObject
{
    Q_OBJECT
public:
    static constexpr int GongDailyLimit = 10000; // calls per company per day, shared by all its integrations

    OfflineSession(DirectoryLoader* loader, Directory* directory, QObject* parent = nullptr);
    ~OfflineSession() override;

    // The request counter the app's client reports to (main.cpp owns it); null: no quota meter.
    void setRequestLog(RequestLog* log);
    // The preferences (OfflineSettings::load() at construction).
    void setSettings(const OfflineSettings& settings);
    OfflineSettings settings() const { return m_settings; }

    // A new connection: shows its newest snapshot, then emits refreshWanted() when the settings (or the lack of a
    // snapshot) ask for a load. `requestsUrl` is the base URL requests go to (the demo server's loopback URL).
    void open(const StoreKey& key, const QUrl& requestsUrl);
    // No connection: no copy.
    void close();
    // A network load is about to start: a snapshot still being read is abandoned (the network has the newer rows).
    void stopReading();
    // Deletes the offline copy of `key` (the database and the files SQLite keeps beside it): "Delete the offline
    // copy" in the preferences and removing a saved connection both come here. The copy this session has open is
    // closed first, after a save in progress. `keepStoring`: later loads of the connection start a new copy (the
    // preferences); otherwise the session closes the copy for good (the connection is gone). → copyDeleted().
    void deleteCopy(const StoreKey& key, bool keepStoring);
    // The copies a saved connection leaves behind when it is removed: those of its base URL (with and without
    // avatars) that exist, unless one of the saved connections that remain still uses that base URL.
    static QList<StoreKey> copiesOf(const ConnectionProfile& removed, const QList<ConnectionProfile>& remaining);

    SnapshotStore* store() const { return m_store; }
    StoreKey key() const { return m_key; }
    SnapshotInfo newest() const { return m_newest; }
    // The directory shows a stored snapshot, not (yet) a newer load from the network.
    bool isShowingCopy() const { return m_showingCopy; }
    // Requests this computer sent the company today (UTC), -1 while unknown.
    int callsToday() const { return m_callsToday; }
    // Calls the next full load needs, estimated from the newest snapshot's pages (0: unknown).
    int estimatedCalls() const { return m_newest.pages; }
    // For tests: the daily limit the quota question compares against.
    void setDailyLimit(int limit) { m_dailyLimit = limit; }
    int dailyLimit() const { return m_dailyLimit; }
    // The next load would need more calls than remain today.
    bool exceedsQuota() const;

    // "5 Dec 14:02 (2 h ago)", in local time.
    static QString asOfText(qint64 msecs, qint64 nowMsecs);

Q_SIGNALS:
    // The directory holds the rows of this snapshot (the first batch is in: rows can paint).
    void copyShown(const SnapshotInfo& snapshot);
    void refreshWanted();
    // A new snapshot was stored (the history grew), or the newest is known after open().
    void newestChanged(const SnapshotInfo& snapshot);
    void callsTodayChanged(int calls);
    // deleteCopy() is done (result.ok()) or could not delete a file (the message names it).
    void copyDeleted(const StoreKey& key, const StoreResult& result);
    // A problem with the copy, in one sentence (damaged file moved aside, disk full, …); nothing else stops.
    void notice(const QString& message);

private:
    void onCopyFinished(const SnapshotInfo& snapshot);
    void onCopyFailed(const StoreResult& result);
    void onSaved(const SaveResult& result);
    void readChangeFacts();
    void onDeleted(int ticket, const StoreResult& result);

    DirectoryLoader* m_loader;
    Directory* m_directory;
    QPointer<RequestLog> m_requests;
    OfflineSettings m_settings;
    StoreKey m_key;
    SnapshotStore* m_store = nullptr;
    SnapshotLoader* m_reader = nullptr;
    SnapshotRecorder* m_recorder = nullptr;
    SnapshotInfo m_newest;
    bool m_showingCopy = false;
    int m_callsToday = -1;
    int m_countTicket = -1;
    int m_deleteTicket = -1;
    int m_dailyLimit = GongDailyLimit;
};
