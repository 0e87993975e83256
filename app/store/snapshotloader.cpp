// SPDX-License-Identifier: MIT
#include "snapshotloader.h"

#include "snapshotstore.h"

#include "directory/directory.h"

SnapshotLoader::SnapshotLoader(SnapshotStore* store, Directory* directory, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_directory(directory)
{
    connect(m_store, &SnapshotStore::streamChanged, this, &SnapshotLoader::onStreamChanged);
}

SnapshotLoader::~SnapshotLoader()
{
    if (m_stream)
        m_stream->cancel();
}

void SnapshotLoader::load(qint64 snapshotId)
{
    cancel();
    m_loaded = 0;
    m_refresh = m_directory->count() > 0;
    if (m_refresh)
        m_directory->beginRefresh();
    m_stream = m_store->read(snapshotId);
}

void SnapshotLoader::cancel()
{
    if (!m_stream)
        return;
    m_stream->cancel();
    m_stream.reset();
    if (m_refresh && m_directory->isRefreshing())
        m_directory->abandonRefresh();
    m_refresh = false;
}

void SnapshotLoader::onStreamChanged(int ticket)
{
    if (!m_stream || ticket != m_stream->ticket() || m_scheduled)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &SnapshotLoader::takeBatch, Qt::QueuedConnection);
}

// One batch per call; the next call is queued behind whatever else the event loop has (paints, keys).
void SnapshotLoader::takeBatch()
{
    m_scheduled = false;
    if (!m_stream)
        return;
    QList<User> batch;
    if (m_stream->take(&batch)) {
        const bool first = m_loaded == 0;
        m_directory->upsert(batch);
        m_loaded += int(batch.size());
        const SnapshotInfo snapshot = m_stream->snapshot();
        if (first) {
            m_directory->reserve(snapshot.userCount); // after the first batch, as DirectoryLoader does
            Q_EMIT started(snapshot);
        }
        Q_EMIT progress(m_loaded, snapshot.userCount);
        m_scheduled = true;
        QMetaObject::invokeMethod(this, &SnapshotLoader::takeBatch, Qt::QueuedConnection);
        return;
    }
    if (!m_stream->atEnd())
        return; // the worker says when there is more
    const std::shared_ptr<SnapshotStream> stream = std::move(m_stream);
    const StoreResult result = stream->result();
    if (!result.ok() || stream->isCancelled()) {
        if (m_refresh && m_directory->isRefreshing())
            m_directory->abandonRefresh();
        m_refresh = false;
        Q_EMIT failed(result);
        return;
    }
    if (m_refresh && m_directory->isRefreshing())
        m_directory->endRefresh();
    m_refresh = false;
    Q_EMIT finished(stream->snapshot());
}
