// SPDX-License-Identifier: MIT
#include "loadingstatus.h"

#include "directory/directory.h"
#include "models/userfiltermodel.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>

LoadingStatus::LoadingStatus(QStatusBar* bar, const Directory* directory, const UserFilterModel* model,
                             UserPager* pager)
    : QObject(bar)
    , m_directory(directory)
    , m_model(model)
    , m_pager(pager)
    , m_connection(new QLabel(bar))
    , m_count(new QLabel(bar))
    , m_state(new QLabel(bar))
    , m_progress(new QProgressBar(bar))
{
    setObjectName(QStringLiteral("loadingStatus"));
    m_connection->setObjectName(QStringLiteral("connectionLabel"));
    m_connection->setAccessibleName(tr("Connection"));
    m_count->setObjectName(QStringLiteral("userCountLabel"));
    m_count->setAccessibleName(tr("Users loaded"));
    m_state->setObjectName(QStringLiteral("loadingStateLabel"));
    m_state->setAccessibleName(tr("Loading state"));
    m_progress->setObjectName(QStringLiteral("loadingProgress"));
    m_progress->setAccessibleName(tr("Loading progress"));
    m_progress->setMaximumWidth(320);
    m_progress->setMinimumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    bar->addWidget(m_connection);
    bar->addWidget(m_count);
    bar->addWidget(m_state, 1);
    bar->addPermanentWidget(m_progress);

    connect(pager, &UserPager::progress, this, &LoadingStatus::onProgress);
    connect(pager, &UserPager::stateChanged, this, &LoadingStatus::onStateChanged);
    connect(directory, &Directory::usersAppended, this, &LoadingStatus::updateCount);
    connect(directory, &Directory::usersRemoved, this, &LoadingStatus::updateCount);
    connect(directory, &Directory::reset, this, &LoadingStatus::updateCount);
    connect(model, &UserFilterModel::visibleCountChanged, this, &LoadingStatus::updateCount);
    m_waitTicker.setInterval(250);
    connect(&m_waitTicker, &QTimer::timeout, this, &LoadingStatus::updateWaitText);
    updateCount();
}

void LoadingStatus::setConnectionName(const QString& name)
{
    m_connection->setText(name);
}

void LoadingStatus::showConnecting()
{
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Connecting…"));
    m_progress->show();
}

void LoadingStatus::showResuming()
{
    m_progress->show();
}

void LoadingStatus::onProgress(qint64 loaded, qint64 total)
{
    const QLocale locale;
    if (total > 0) {
        // QProgressBar is int-based; a directory never comes near INT_MAX users.
        m_progress->setRange(0, int(qMin<qint64>(total, INT_MAX)));
        m_progress->setValue(int(qMin(loaded, total)));
        m_progress->setFormat(tr("Loaded %1 of %2 users").arg(locale.toString(loaded), locale.toString(total)));
    } else {
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("Loaded %1 users").arg(locale.toString(loaded)));
    }
}

void LoadingStatus::onStateChanged(UserPager::State state)
{
    switch (state) {
    case UserPager::State::Loading:
        m_state->setText(tr("Loading…"));
        m_waitTicker.stop();
        break;
    case UserPager::State::WaitingRateLimit:
    case UserPager::State::WaitingRetry:
        updateWaitText();
        m_waitTicker.start();
        break;
    case UserPager::State::Finished:
        m_waitTicker.stop();
        m_progress->hide();
        m_state->setText(tr("Up to date"));
        break;
    case UserPager::State::Cancelled:
        m_waitTicker.stop();
        m_progress->hide();
        m_state->setText(tr("Stopped — %1 users loaded").arg(QLocale().toString(m_directory->count())));
        break;
    case UserPager::State::Failed:
        m_waitTicker.stop();
        m_progress->hide();
        m_state->setText(tr("Loading failed"));
        break;
    case UserPager::State::Idle:
        m_waitTicker.stop();
        m_state->clear();
        break;
    }
}

void LoadingStatus::updateWaitText()
{
    const int seconds = m_pager->secondsUntilRetry();
    if (m_pager->state() == UserPager::State::WaitingRateLimit)
        m_state->setText(tr("Waiting %n s (rate limit)", nullptr, seconds));
    else if (m_pager->state() == UserPager::State::WaitingRetry)
        m_state->setText(tr("Connection problem — retrying in %n s", nullptr, seconds));
}

// "5,000 users", or "12 of 5,000 users" while a query or a facet filters the table.
void LoadingStatus::updateCount()
{
    const QLocale locale;
    const int total = m_directory->count();
    const QString count = !m_model->isFiltered()
                              ? (total == 1 ? tr("1 user") : tr("%1 users").arg(locale.toString(total)))
                              : tr("%1 of %2 users").arg(locale.toString(m_model->rowCount()), locale.toString(total));
    m_count->setText(m_selectionSummary.isEmpty() ? count : count + QStringLiteral(" · ") + m_selectionSummary);
}

void LoadingStatus::setSelectionSummary(const QString& summary)
{
    if (summary == m_selectionSummary)
        return;
    m_selectionSummary = summary;
    updateCount();
}
