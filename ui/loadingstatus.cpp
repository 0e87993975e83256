// SPDX-License-Identifier: MIT
#include "loadingstatus.h"

#include "accessibility.h"
#include "directory/directory.h"
#include "directorycompleteness.h"
#include "models/userfiltermodel.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>

LoadingStatus::LoadingStatus(QStatusBar* bar, const Directory* directory, const UserFilterModel* model,
                             UserPager* pager, const DirectoryCompleteness* completeness)
    : QObject(bar)
    , m_directory(directory)
    , m_model(model)
    , m_pager(pager)
    , m_completeness(completeness)
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
    // A stopped load's reason can be long: the label shows what fits, the tooltip all of it.
    m_state->setMaximumWidth(560);
    m_state->setMinimumWidth(80);
    bar->addWidget(m_connection);
    bar->addWidget(m_count, 1);
    // Permanent: a passing message (a copy, a keychain notice) covers the left part only, never the countdown.
    bar->addPermanentWidget(m_state);
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
    connect(pager, &UserPager::retrying, this, [this](int attempt, int maxRetries, int, const ApiError& error) {
        onRetrying(attempt, maxRetries, error);
    });
    connect(completeness, &DirectoryCompleteness::changed, this, [this] {
        const UserPager::State state = m_pager->state();
        if (state == UserPager::State::Failed || state == UserPager::State::Cancelled)
            setStateText(m_completeness->summary());
    });
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
        setStateText(tr("Loading…"));
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
        setStateText(tr("Up to date"));
        break;
    case UserPager::State::Cancelled:
        m_waitTicker.stop();
        m_progress->hide();
        setStateText(m_completeness->summary());
        break;
    case UserPager::State::Failed:
        m_waitTicker.stop();
        m_progress->hide();
        setStateText(m_completeness->summary());
        break;
    case UserPager::State::Idle:
        m_waitTicker.stop();
        setStateText(QString());
        break;
    }
}

void LoadingStatus::updateWaitText()
{
    const int seconds = m_pager->secondsUntilRetry();
    if (m_pager->state() == UserPager::State::WaitingRateLimit)
        setStateText(tr("Waiting %n s (rate limit)", nullptr, seconds));
    else if (m_pager->state() == UserPager::State::WaitingRetry && !m_retryText.isEmpty())
        setStateText(tr("%1 in %n s", nullptr, seconds).arg(m_retryText));
}

void LoadingStatus::onRetrying(int attempt, int maxRetries, const ApiError& error)
{
    // Attempts, not retries: the first retry is the second of maxRetries + 1.
    const QString of = tr("(%1 of %2)").arg(attempt + 1).arg(maxRetries + 1);
    switch (error.kind) {
    case ApiError::Kind::Unreadable:
        m_retryText = tr("Gong sent a response that could not be read — retrying %1").arg(of);
        break;
    case ApiError::Kind::BadResponse:
        m_retryText = tr("Gong sent an unexpected response — retrying %1").arg(of);
        break;
    case ApiError::Kind::Server:
        m_retryText = tr("Gong's server had an error (HTTP %1) — retrying %2").arg(error.httpStatus).arg(of);
        break;
    default:
        m_retryText = tr("Connection problem — retrying %1").arg(of);
        break;
    }
    updateWaitText();
}

void LoadingStatus::setStateText(const QString& text)
{
    // A screen reader reads the whole text in the name ("Loading state: …"); the label shows it cut to its width.
    Accessibility::setLabelText(m_state, tr("Loading state"), text);
    m_state->setText(m_state->fontMetrics().elidedText(text, Qt::ElideRight, m_state->maximumWidth()));
    m_state->setToolTip(text);
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
