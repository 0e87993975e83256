// SPDX-License-Identifier: MIT
#include "snapshotstream.h"

void SnapshotStream::setSnapshot(const SnapshotInfo& snapshot)
{
    const QMutexLocker lock(&m_mutex);
    m_snapshot = snapshot;
}

void SnapshotStream::push(QList<User>&& batch)
{
    const QMutexLocker lock(&m_mutex);
    m_usersRead += int(batch.size());
    m_batches.append(std::move(batch));
}

void SnapshotStream::finish(const StoreResult& result)
{
    const QMutexLocker lock(&m_mutex);
    m_result = result;
    m_finished = true;
}

bool SnapshotStream::take(QList<User>* batch)
{
    const QMutexLocker lock(&m_mutex);
    if (m_batches.isEmpty())
        return false;
    *batch = m_batches.takeFirst();
    return true;
}

bool SnapshotStream::isFinished() const
{
    const QMutexLocker lock(&m_mutex);
    return m_finished;
}

bool SnapshotStream::atEnd() const
{
    const QMutexLocker lock(&m_mutex);
    return m_finished && m_batches.isEmpty();
}

SnapshotInfo SnapshotStream::snapshot() const
{
    const QMutexLocker lock(&m_mutex);
    return m_snapshot;
}

StoreResult SnapshotStream::result() const
{
    const QMutexLocker lock(&m_mutex);
    return m_result;
}

int SnapshotStream::usersRead() const
{
    const QMutexLocker lock(&m_mutex);
    return m_usersRead;
}
