// SPDX-License-Identifier: MIT
#include "loadingstatus.h"

#include "accessibility.h"
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
    m_count->setObjectName(QStringLiteral("userCountLabel"));
    m_state->setObjectName(QStringLiteral("loadingStateLabel"));
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
    // Every status-bar message (an export, a copy) is spoken: QStatusBar paints its message, which no screen reader
    // can read, so an alert-role label repeats it. It takes no room: the message is already on screen.
    m_announcer = new QLabel(bar);
    m_announcer->setObjectName(QStringLiteral("statusAnnouncer"));
    m_announcer->setFixedWidth(0);
    Accessibility::makeAlert(m_announcer);
    m_announcer->hide();
    bar->addPermanentWidget(m_announcer);
    connect(bar, &QStatusBar::messageChanged, this, [this](const QString& text) {
        if (text.isEmpty())
            return;
        m_announcer->setText(text);
        m_announcer->setAccessibleName(text);
        Accessibility::announce(m_announcer);
    });

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
    Accessibility::setLabelText(m_connection, tr("Connection"), name);
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
        setState(tr("Loading…"));
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
        setState(tr("Up to date"));
        break;
    case UserPager::State::Cancelled:
        m_waitTicker.stop();
        m_progress->hide();
        setState(tr("Stopped — %1 users loaded").arg(QLocale().toString(m_directory->count())));
        break;
    case UserPager::State::Failed:
        m_waitTicker.stop();
        m_progress->hide();
        setState(tr("Loading failed"));
        break;
    case UserPager::State::Idle:
        m_waitTicker.stop();
        setState(QString());
        break;
    }
}

void LoadingStatus::updateWaitText()
{
    const int seconds = m_pager->secondsUntilRetry();
    if (m_pager->state() == UserPager::State::WaitingRateLimit)
        setState(tr("Waiting %n s (rate limit)", nullptr, seconds));
    else if (m_pager->state() == UserPager::State::WaitingRetry)
        setState(tr("Connection problem — retrying in %n s", nullptr, seconds));
}

// "5,000 users", or "12 of 5,000 users" while a query or a facet filters the table.
void LoadingStatus::updateCount()
{
    const QLocale locale;
    const int total = m_directory->count();
    const QString count = !m_model->isFiltered()
                              ? (total == 1 ? tr("1 user") : tr("%1 users").arg(locale.toString(total)))
                              : tr("%1 of %2 users").arg(locale.toString(m_model->rowCount()), locale.toString(total));
    Accessibility::setLabelText(m_count, tr("Users loaded"),
                                m_selectionSummary.isEmpty() ? count
                                                             : count + QStringLiteral(" · ") + m_selectionSummary);
}

void LoadingStatus::setSelectionSummary(const QString& summary)
{
    if (summary == m_selectionSummary)
        return;
    m_selectionSummary = summary;
    updateCount();
}

void LoadingStatus::setState(const QString& text)
{
    Accessibility::setLabelText(m_state, tr("Loading state"), text);
}
