// SPDX-License-Identifier: MIT
#include "directorycompleteness.h"

#include "directory/directory.h"

#include <QLocale>

DirectoryCompleteness::DirectoryCompleteness(const Directory* directory, const UserPager* pager, QObject* parent)
    : QObject(parent)
    , m_directory(directory)
    , m_pager(pager)
{
    setObjectName(QStringLiteral("directoryCompleteness"));
    connect(pager, &UserPager::stateChanged, this, &DirectoryCompleteness::changed);
    connect(pager, &UserPager::progress, this, &DirectoryCompleteness::changed);
    connect(directory, &Directory::reset, this, &DirectoryCompleteness::changed);
}

bool DirectoryCompleteness::isComplete() const
{
    switch (m_pager->state()) {
    case UserPager::State::Idle:
    case UserPager::State::Finished:
        return true;
    case UserPager::State::Loading:
    case UserPager::State::WaitingRateLimit:
    case UserPager::State::WaitingRetry:
    case UserPager::State::Failed:
    case UserPager::State::Cancelled:
        break;
    }
    return false;
}

QString DirectoryCompleteness::summary() const
{
    if (isComplete())
        return QString();
    const QLocale locale;
    const qint64 total = m_pager->totalRecords();
    const QString loaded = total > m_directory->count()
                               ? tr("%1 of %2").arg(locale.toString(m_directory->count()), locale.toString(total))
                               : locale.toString(m_directory->count());
    switch (m_pager->state()) {
    case UserPager::State::Failed:
        return tr("%1 users loaded — the load stopped: %2").arg(loaded, m_pager->lastError().detail);
    case UserPager::State::Cancelled:
        return tr("Stopped — %1 users loaded").arg(loaded);
    default:
        return tr("%1 users loaded — still loading").arg(loaded);
    }
}
