// SPDX-License-Identifier: MIT
#include "offlinestatus.h"

#include "offlinesession.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>

OfflineStatus::OfflineStatus(QStatusBar* bar, OfflineSession* session)
    : QObject(bar)
    , m_session(session)
    , m_asOf(new QLabel(bar))
    , m_quota(new QLabel(bar))
{
    setObjectName(QStringLiteral("offlineStatus"));
    m_asOf->setObjectName(QStringLiteral("asOfLabel"));
    m_asOf->setAccessibleName(tr("Offline copy"));
    m_quota->setObjectName(QStringLiteral("quotaLabel"));
    m_quota->setAccessibleName(tr("API calls today"));
    m_quota->setToolTip(tr("Requests this computer sent to the company today (UTC). Gong allows 10,000 a day per "
                           "company, shared by all of its integrations."));
    bar->addPermanentWidget(m_asOf);
    bar->addPermanentWidget(m_quota);
    m_asOf->hide();
    m_quota->hide();

    connect(session, &OfflineSession::copyShown, this, [this](const SnapshotInfo& snapshot) {
        m_offline = false;
        m_shownMsecs = snapshot.finishedMsecs;
        updateAsOf();
    });
    connect(session, &OfflineSession::newestChanged, this, [this](const SnapshotInfo& snapshot) {
        // A refresh was stored: the rows on screen are this snapshot now.
        if (!m_session->isShowingCopy())
            m_offline = false;
        m_shownMsecs = snapshot.finishedMsecs;
        updateAsOf();
    });
    connect(session, &OfflineSession::callsTodayChanged, this, &OfflineStatus::updateQuota);
    m_ticker.setInterval(30 * 1000);
    connect(&m_ticker, &QTimer::timeout, this, &OfflineStatus::updateAsOf);
}

void OfflineStatus::showOffline()
{
    m_offline = true;
    updateAsOf();
}

void OfflineStatus::clear()
{
    m_offline = false;
    m_shownMsecs = 0;
    m_asOf->hide();
    m_quota->hide();
    m_ticker.stop();
}

void OfflineStatus::updateAsOf()
{
    if (m_shownMsecs <= 0) {
        m_asOf->hide();
        m_ticker.stop();
        return;
    }
    const QString when = OfflineSession::asOfText(m_shownMsecs, QDateTime::currentMSecsSinceEpoch());
    m_asOf->setText(m_offline ? tr("Offline — showing the copy as of %1").arg(when) : tr("as of %1").arg(when));
    m_asOf->show();
    m_ticker.start();
}

void OfflineStatus::updateQuota(int calls)
{
    const QLocale locale;
    m_quota->setText(tr("API calls today: %1 (this computer) of Gong's %2 per company")
                         .arg(locale.toString(calls), locale.toString(OfflineSession::GongDailyLimit)));
    m_quota->show();
}
