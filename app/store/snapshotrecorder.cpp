// SPDX-License-Identifier: MIT
#include "snapshotrecorder.h"

#include "snapshotstore.h"
#include "storekey.h"

#include "api/directoryloader.h"
#include "directory/directory.h"

#include <QDateTime>

SnapshotRecorder::SnapshotRecorder(DirectoryLoader* loader, SnapshotStore* store, QObject* parent)
    : QObject(parent)
    , m_loader(loader)
    , m_store(store)
{
    connect(m_loader, &DirectoryLoader::finished, this, &SnapshotRecorder::onFinished);
    connect(m_store, &SnapshotStore::saved, this, [this](int ticket, const SaveResult& result) {
        if (m_tickets.remove(ticket))
            Q_EMIT saved(result);
    });
}

SnapshotInfo SnapshotRecorder::infoFor(const DirectoryLoader& loader, const StoreKey& key)
{
    SnapshotInfo info;
    info.startedMsecs = loader.loadStartedMsecs();
    info.finishedMsecs = QDateTime::currentMSecsSinceEpoch();
    info.userCount = loader.directory()->count();
    info.requests = loader.requestsThisLoad();
    info.pages = loader.pager()->pagesReceived();
    info.baseUrl = key.isDemo() ? QStringLiteral("demo") : key.baseUrl().toString();
    info.includeAvatars = key.includeAvatars();
    return info;
}

void SnapshotRecorder::onFinished()
{
    if (!m_enabled)
        return;
    m_tickets.insert(m_store->save(m_loader->directory()->users(), infoFor(*m_loader, m_store->key())));
}
