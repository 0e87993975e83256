// SPDX-License-Identifier: MIT
#pragma once

#include "api/userpager.h"

#include <QObject>
#include <QTimer>

class Directory;
class DirectoryCompleteness;
class QLabel;
class QProgressBar;
class QStatusBar;
class UserFilterModel;

// What the status bar says about the directory: the connection, how many people are loaded (and how many of them
// the filter shows), and the load: progress while pages arrive, the countdown of a rate-limit or retry wait, and how
// it ended (how much of the directory a stopped load left, DirectoryCompleteness). Its widgets live in the window's
// status bar; the loading state and progress are permanent there, so no passing message covers a countdown.
class LoadingStatus : public QObject
{
    Q_OBJECT
public:
    LoadingStatus(QStatusBar* bar, const Directory* directory, const UserFilterModel* model, UserPager* pager,
                  const DirectoryCompleteness* completeness);

    void setConnectionName(const QString& name);
    // A load starts: busy until the first page tells the total.
    void showConnecting();
    // A failed load continues from the page that failed.
    void showResuming();
    // What is selected ("300 selected, 12 of them hidden by the search"), shown after the count; empty for nothing.
    void setSelectionSummary(const QString& summary);

private:
    void onProgress(qint64 loaded, qint64 total);
    void onStateChanged(UserPager::State state);
    void updateWaitText();
    void updateCount();
    void setStateText(const QString& text);
    void onRetrying(int attempt, int maxRetries, const ApiError& error);

    const Directory* m_directory;
    const UserFilterModel* m_model;
    UserPager* m_pager;
    const DirectoryCompleteness* m_completeness;
    QString m_retryText; // what is retried, e.g. "Gong's server had an error — retrying (2 of 5)"
    QLabel* m_connection;
    QLabel* m_count;
    QString m_selectionSummary;
    QLabel* m_state;
    QProgressBar* m_progress;
    QLabel* m_announcer; // speaks the status bar's messages
    QTimer m_waitTicker;
};
