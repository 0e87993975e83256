// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QTimer>

class OfflineSession;
class QLabel;
class QStatusBar;

// What the status bar says about the offline copy: "as of 5 Dec 14:02 (2 h ago)" for the snapshot the rows come
// from (the age kept current), the calm "Offline — showing the copy as of …" when the network is unreachable, and
// the quota meter "API calls today: 37 (this computer) of Gong's 10,000 per company".
class OfflineStatus : public QObject
{
    Q_OBJECT
public:
    OfflineStatus(QStatusBar* bar, OfflineSession* session);

    // The last load could not reach the server: the rows are the copy's.
    void showOffline();
    // Nothing to say about a copy (not connected).
    void clear();

private:
    void updateAsOf();
    void updateQuota(int calls);

    OfflineSession* m_session;
    QLabel* m_asOf;
    QLabel* m_quota;
    QTimer m_ticker;
    bool m_offline = false;
    qint64 m_shownMsecs = 0;
};
