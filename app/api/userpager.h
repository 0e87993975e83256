// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"
#include "pagingguard.h"
#include "ratelimiter.h"
#include "retrypolicy.h"
#include "userspageparser.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>

class GongClient;
class PageDownload;
class QNetworkReply;

// Turns Gong's cursor protocol into a stream of parsed pages: paces requests under the
// rate limit, waits out 429s, retries transient failures with backoff, and can cancel and
// resume from the cursor that failed. Bounded in memory and time whatever the server does:
// each answer is read under the client's limits (PageDownload), paging that would never end
// stops (PagingGuard), and the waits for the rate limit have a total per load.
// Knows nothing about models or widgets.
class UserPager : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Loading,
        WaitingRateLimit,
        WaitingRetry,
        Finished,
        Failed,
        Cancelled
    };
    Q_ENUM(State)

    explicit UserPager(GongClient* client, QObject* parent = nullptr);
    ~UserPager() override;

    void setRequestsPerSecond(double rate) { m_limiter.setRate(rate); }
    double requestsPerSecond() const { return m_limiter.rate(); }
    void setRetryPolicy(const RetryPolicy& policy) { m_policy = policy; }
    RetryPolicy retryPolicy() const { return m_policy; }

    State state() const { return m_state; }
    bool isBusy() const;
    bool isRequestInFlight() const { return !m_download.isNull(); }
    ApiError lastError() const { return m_lastError; }
    int pagesReceived() const { return m_pagesReceived; }
    qint64 usersReceived() const { return m_usersReceived; }
    qint64 totalRecords() const { return m_totalRecords; }
    // Requests that went out, the network stack's silent resends included (the server counts those too).
    int requestsSent() const { return m_requestsSent; }
    // Seconds left in the current rate-limit or retry wait (0 when not waiting).
    int secondsUntilRetry() const;
    // Time spent waiting for Gong's rate limit since the load started, or since resume() chose to keep waiting.
    qint64 rateLimitWaitMs() const { return m_rateLimitWaitMs; }
    // The most bytes held for one answer during this load (the body, and what Qt had unread).
    qint64 largestResponseBytes() const { return m_largestResponseBytes; }

public Q_SLOTS:
    // Starts from the first page (a refresh).
    void start();
    // After a failure: continues with the cursor that failed, keeping everything loaded. After a stop for the
    // rate limit's total (ApiError::canKeepWaiting), first waits what the server last asked for.
    void resume();
    // Stops at once; no request is left in flight and no signal but stateChanged follows.
    void cancel();

Q_SIGNALS:
    void pageReceived(const UsersPage& page);
    void progress(qint64 usersReceived, qint64 totalRecords);
    void stateChanged(UserPager::State state);
    // A 429 is being waited out (seconds), or a transient failure retried after delayMs.
    void rateLimited(int seconds);
    void retrying(int attempt, int maxRetries, int delayMs, const ApiError& error);
    void finished();
    void failed(const ApiError& error);

private:
    void setState(State s);
    void scheduleRequest(qint64 extraDelayMs);
    void sendRequest();
    void onReplyFinished();
    void onRateLimited(const QNetworkReply* reply, const QByteArray& body);
    void onPage(const QByteArray& body);
    void retryOrFail(const ApiError& error);
    void fail(const ApiError& error);

    GongClient* m_client;
    RateLimiter m_limiter;
    RetryPolicy m_policy;
    QElapsedTimer m_clock;
    QTimer m_timer;
    QPointer<PageDownload> m_download;
    QList<QSslError> m_sslErrors; // of the request in flight, for the message only (never ignored)
    State m_state = State::Idle;
    ApiError m_lastError;
    QString m_cursor; // the cursor of the page to fetch next ("" = first page)
    PagingGuard m_guard;
    int m_attempt = 0; // retries used for the current cursor
    int m_consecutiveRateLimits = 0;
    int m_pagesReceived = 0;
    qint64 m_usersReceived = 0;
    qint64 m_totalRecords = -1;
    int m_requestsSent = 0;
    qint64 m_waitUntilMs = 0;
    qint64 m_rateLimitWaitMs = 0;
    qint64 m_largestResponseBytes = 0;
};
