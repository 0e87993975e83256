// SPDX-License-Identifier: MIT
#include "offlinecopy.h"

#include "store/snapshotloader.h"

#include "directory/directory.h"

#include <QEventLoop>

OfflineCopy::OfflineCopy(const StoreKey& key, QObject* parent)
    : QObject(parent)
    , m_store(key)
{}

template <typename Ask, typename Signal, typename Take> void OfflineCopy::await(Ask ask, Signal signal, Take take)
{
    QEventLoop loop;
    int ticket = -1;
    // Queued to this thread: delivered only once the loop runs, when the ticket is known.
    connect(&m_store, signal, &loop, [&](int answered, const auto&... values) {
        if (answered != ticket)
            return;
        take(values...);
        loop.quit();
    });
    ticket = ask();
    loop.exec();
}

SnapshotInfo OfflineCopy::newest(StoreResult* result)
{
    SnapshotInfo newest;
    await([this] { return m_store.open(); }, &SnapshotStore::opened,
          [&](const SnapshotInfo& s, const StoreResult& r) {
              newest = s;
              *result = r;
          });
    return newest;
}

QList<SnapshotInfo> OfflineCopy::snapshots(StoreResult* result)
{
    QList<SnapshotInfo> all;
    await([this] { return m_store.listSnapshots(); }, &SnapshotStore::snapshotsListed,
          [&](const QList<SnapshotInfo>& s, const StoreResult& r) {
              all = s;
              *result = r;
          });
    return all;
}

StoreResult OfflineCopy::loadInto(qint64 snapshotId, Directory* directory, SnapshotInfo* snapshot)
{
    SnapshotLoader loader(&m_store, directory);
    StoreResult result;
    QEventLoop loop;
    connect(&loader, &SnapshotLoader::finished, &loop, [&](const SnapshotInfo& s) {
        *snapshot = s;
        loop.quit();
    });
    connect(&loader, &SnapshotLoader::failed, &loop, [&](const StoreResult& r) {
        result = r;
        loop.quit();
    });
    loader.load(snapshotId);
    loop.exec();
    return result;
}

SaveResult OfflineCopy::save(const QList<User>& users, const SnapshotInfo& info)
{
    SaveResult result;
    await([&] { return m_store.save(users, info); }, &SnapshotStore::saved, [&](const SaveResult& r) { result = r; });
    return result;
}

SnapshotDiff OfflineCopy::compare(qint64 fromId, qint64 toId)
{
    SnapshotDiff diff;
    await([&] { return m_store.compare(fromId, toId); }, &SnapshotStore::compared,
          [&](const SnapshotDiff& d) { diff = d; });
    return diff;
}

ChangeFacts OfflineCopy::lastChanges(StoreResult* result)
{
    const QList<SnapshotInfo> all = snapshots(result);
    ChangeFacts facts;
    if (!result->ok() || all.size() < 2)
        return facts;
    await([&] { return m_store.changeFacts(all.at(1).id, all.at(0).id); }, &SnapshotStore::factsRead,
          [&](const ChangeFacts& f, const StoreResult& r) {
              facts = f;
              *result = r;
          });
    return facts;
}

QString OfflineCopy::timeAndAge(qint64 msecs, qint64 nowMsecs)
{
    return tr("%1 (%2 ago)").arg(SnapshotInfo::isoTime(msecs), ageText(std::max<qint64>(0, nowMsecs - msecs)));
}

QString OfflineCopy::ageText(qint64 msecs)
{
    const qint64 s = msecs / 1000;
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min").arg(s / 60);
    if (s < 86400 * 2)
        return tr("%1 h").arg(s / 3600);
    return tr("%1 d").arg(s / 86400);
}
