// SPDX-License-Identifier: MIT
#pragma once

#include "snapshotinfo.h"
#include "storeresult.h"

#include <QObject>
#include <QSet>

class DirectoryLoader;
class SnapshotStore;
class StoreKey;

// Saves each load that completes as a snapshot of its connection, on the store's worker: DirectoryLoader::finished
// hands the directory's users (shared, not copied) to SnapshotStore::save(). A failed or stopped load never gets
// here, so it never replaces the last complete snapshot.
class SnapshotRecorder : public QObject
{
    Q_OBJECT
public:
    SnapshotRecorder(DirectoryLoader* loader, SnapshotStore* store, QObject* parent = nullptr);

    // "Keep an offline copy on this computer" (default on).
    void setEnabled(bool on) { m_enabled = on; }
    bool isEnabled() const { return m_enabled; }

    // The snapshot a completed load makes: its times, users, requests and pages, and the connection's base URL
    // ("demo" for the demo company) and avatars setting.
    static SnapshotInfo infoFor(const DirectoryLoader& loader, const StoreKey& key);

Q_SIGNALS:
    // After each save, successful or not (result.message says why not, in one sentence).
    void saved(const SaveResult& result);

private:
    void onFinished();

    DirectoryLoader* m_loader;
    SnapshotStore* m_store;
    bool m_enabled = true;
    QSet<int> m_tickets; // saves asked for by this recorder (the store may serve others too)
};
