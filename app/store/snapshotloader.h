// SPDX-License-Identifier: MIT
#pragma once

#include "snapshotinfo.h"
#include "storeresult.h"

#include <QObject>

#include <memory>

class Directory;
class SnapshotStore;
class SnapshotStream;

// Fills a Directory from a snapshot of the offline copy: "pages from disk", through the same Directory::upsert as
// pages from the network. The store's worker reads and decodes; this takes one batch per turn of the event loop, so
// the window paints and takes input between batches. Like DirectoryLoader, a directory that already has rows is
// refreshed: they stay on screen, and the people the snapshot does not have are dropped when it is complete.
class SnapshotLoader : public QObject
{
    Q_OBJECT
public:
    SnapshotLoader(SnapshotStore* store, Directory* directory, QObject* parent = nullptr);
    ~SnapshotLoader() override;

    bool isBusy() const { return m_stream != nullptr; }
    int usersLoaded() const { return m_loaded; }

public Q_SLOTS:
    // 0: the newest snapshot.
    void load(qint64 snapshotId = 0);
    // Stops; what was loaded stays (a refresh in progress is abandoned, as DirectoryLoader does).
    void cancel();

Q_SIGNALS:
    // The first batch is in the directory (the rows can show) — the snapshot says what and from when.
    void started(const SnapshotInfo& snapshot);
    void progress(int loaded, int total);
    void finished(const SnapshotInfo& snapshot);
    // Nothing to load (no offline copy yet: error Unavailable) or the file could not be read; the directory keeps
    // what it had.
    void failed(const StoreResult& result);

private:
    void onStreamChanged(int ticket);
    void takeBatch();

    SnapshotStore* m_store;
    Directory* m_directory;
    std::shared_ptr<SnapshotStream> m_stream;
    bool m_scheduled = false;
    bool m_refresh = false;
    int m_loaded = 0;
};
