// SPDX-License-Identifier: MIT
#include "directoryloader.h"

#include "directory/directory.h"
#include "gongclient.h"

#include <QDateTime>

DirectoryLoader::DirectoryLoader(GongClient* client, Directory* directory, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_directory(directory)
    , m_pager(new UserPager(client, this))
{
    connect(m_pager, &UserPager::pageReceived, this, &DirectoryLoader::onPage);
    connect(m_pager, &UserPager::stateChanged, this, &DirectoryLoader::onStateChanged);
    connect(m_pager, &UserPager::failed, this, &DirectoryLoader::failed);
}

void DirectoryLoader::load()
{
    // Stop a load in progress first. Its Cancelled state abandons its own refresh (onStateChanged); left to
    // m_pager->start(), that would abandon the refresh begun below, and people who are gone would never be dropped.
    m_pager->cancel();
    if (m_directory->isRefreshing())
        m_directory->abandonRefresh();
    m_recordWarnings = {};
    m_reserved = false;
    m_startedMsecs = QDateTime::currentMSecsSinceEpoch();
    m_requestsBefore = m_pager->requestsSent();
    if (m_directory->count() > 0)
        m_directory->beginRefresh();
    m_pager->start();
}

int DirectoryLoader::requestsThisLoad() const
{
    return m_pager->requestsSent() - m_requestsBefore;
}

void DirectoryLoader::resume()
{
    m_pager->resume();
}

void DirectoryLoader::cancel()
{
    m_pager->cancel();
}

void DirectoryLoader::onPage(const UsersPage& page)
{
    m_recordWarnings.add(page.recordWarnings);
    m_directory->upsert(page.users);
    if (!m_reserved && page.totalRecords > 0) {
        m_reserved = true;
        m_directory->reserve(page.totalRecords); // after the first page, so the text estimate has rows to go by
    }
}

void DirectoryLoader::onStateChanged(UserPager::State state)
{
    switch (state) {
    case UserPager::State::Finished:
        if (m_directory->isRefreshing())
            m_directory->endRefresh();
        Q_EMIT finished();
        break;
    case UserPager::State::Cancelled:
        if (m_directory->isRefreshing())
            m_directory->abandonRefresh();
        Q_EMIT cancelled();
        break;
    case UserPager::State::Failed:
        // Keep the refresh open: resume() may still complete it. A new load() abandons it.
        break;
    default:
        break;
    }
}
