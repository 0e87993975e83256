// SPDX-License-Identifier: MIT
#include "userpager.h"

#include "gongclient.h"
#include "pagedownload.h"

#include <QCoreApplication>
#include <QLocale>
#include <QNetworkReply>

UserPager::UserPager(GongClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_timer(this)
{
    // A named child, so a test can see that no request is scheduled instead of waiting to see none go out.
    m_timer.setObjectName(QStringLiteral("nextRequestTimer"));
    m_clock.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &UserPager::sendRequest);
}

UserPager::~UserPager()
{
    cancel();
}

bool UserPager::isBusy() const
{
    return m_state == State::Loading || m_state == State::WaitingRateLimit || m_state == State::WaitingRetry;
}

int UserPager::secondsUntilRetry() const
{
    if (m_state != State::WaitingRateLimit && m_state != State::WaitingRetry)
        return 0;
    const qint64 left = m_waitUntilMs - m_clock.elapsed();
    return left > 0 ? int((left + 999) / 1000) : 0;
}

void UserPager::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    Q_EMIT stateChanged(s);
}

void UserPager::start()
{
    cancel();
    m_cursor.clear();
    m_guard.reset();
    m_pagesReceived = 0;
    m_usersReceived = 0;
    m_totalRecords = -1;
    m_lastError = {};
    m_attempt = 0;
    m_consecutiveRateLimits = 0;
    m_rateLimitWaitMs = 0;
    m_largestResponseBytes = 0;
    QString why;
    if (!m_client->isConfigured(&why)) {
        ApiError e;
        e.kind = ApiError::Kind::InvalidUrl;
        e.detail = why;
        setState(State::Loading);
        fail(e);
        return;
    }
    setState(State::Loading);
    scheduleRequest(0);
}

void UserPager::resume()
{
    if (isBusy())
        return;
    if (m_state == State::Idle || m_state == State::Finished) {
        start();
        return;
    }
    // Stopped by the total wait for the rate limit: the user chose to keep waiting, first what the server asked.
    const qint64 wait =
        m_lastError.canKeepWaiting ? std::max(0, m_lastError.retryAfterSeconds) * qint64(1000) : qint64(0);
    if (m_lastError.canKeepWaiting)
        m_rateLimitWaitMs = 0;
    m_attempt = 0;
    m_consecutiveRateLimits = 0;
    m_lastError = {};
    setState(wait > 0 ? State::WaitingRateLimit : State::Loading);
    scheduleRequest(wait);
    if (wait > 0) {
        m_rateLimitWaitMs += wait;
        Q_EMIT rateLimited(int((wait + 999) / 1000));
    }
}

void UserPager::cancel()
{
    m_timer.stop();
    if (PageDownload* download = m_download.data()) {
        m_download.clear();
        download->disconnect(this);
        download->reply()->disconnect(this);
        download->abort();
        download->deleteLater();
    }
    if (isBusy())
        setState(State::Cancelled);
}

void UserPager::scheduleRequest(qint64 extraDelayMs)
{
    const qint64 now = m_clock.elapsed();
    const qint64 delay = std::max(extraDelayMs, m_limiter.delayMs(now));
    m_waitUntilMs = now + delay;
    m_timer.start(int(delay));
}

void UserPager::sendRequest()
{
    if (!isBusy())
        return;
    // Timers may fire a millisecond early; never start before the spacing or a Retry-After wait allows.
    const qint64 now = m_clock.elapsed();
    const qint64 early = std::max(m_limiter.delayMs(now), m_waitUntilMs - now);
    if (early > 0) {
        m_timer.start(int(early));
        return;
    }
    setState(State::Loading);
    m_limiter.markStarted(m_clock.elapsed());
    ++m_requestsSent;
    PageDownload* download = m_client->fetchUsersPage(m_cursor, this);
    QNetworkReply* reply = download->reply();
    m_download = download;
    m_sslErrors.clear();
    connect(reply, &QNetworkReply::sslErrors, this, [this, download](const QList<QSslError>& errors) {
        if (download == m_download)
            m_sslErrors = errors;
    });
    connect(reply, &QNetworkReply::requestSent, this, [this, download, sends = 0]() mutable {
        if (download != m_download)
            return;
        if (++sends == 1) {
            m_limiter.markSent(m_clock.elapsed());
            return;
        }
        // QNetworkAccessManager (6.4) silently resends a request once when the connection closes before any
        // response byte, and says so only by emitting requestSent again. The server counts both; so must we.
        qCDebug(lcApi) << "the request was resent by the network stack";
        m_limiter.markStarted(m_clock.elapsed());
        ++m_requestsSent;
    });
    connect(download, &PageDownload::finished, this, &UserPager::onReplyFinished);
}

void UserPager::onReplyFinished()
{
    PageDownload* download = m_download.data();
    if (!download || download != sender())
        return;
    m_download.clear();
    download->deleteLater();
    m_largestResponseBytes = std::max(m_largestResponseBytes, download->peakBufferedBytes());

    switch (download->outcome()) {
    case PageDownload::Outcome::TooLarge:
        fail(download->limitError(m_client->baseUrl())); // the same again, however often it is asked
        return;
    case PageDownload::Outcome::DeadlineExceeded:
        retryOrFail(download->limitError(m_client->baseUrl()));
        return;
    case PageDownload::Outcome::Running:
    case PageDownload::Outcome::Finished:
        break;
    }

    const QNetworkReply* reply = download->reply();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray& body = download->body();

    // A transfer that broke after the headers (a truncated page) has a status but is no answer: retry it, even if
    // what arrived happens to parse.
    if (status == 0 || (status == 200 && reply->error() != QNetworkReply::NoError)) {
        const ApiError e =
            ApiError::fromNetworkReply(reply, m_client->baseUrl(), m_client->transferTimeoutMs(), m_sslErrors);
        if (e.kind == ApiError::Kind::Tls || e.kind == ApiError::Kind::Redirect)
            fail(e); // retrying cannot help, and must never weaken verification
        else
            retryOrFail(e);
        return;
    }
    if (status >= 300 && status < 400) {
        // Only reached for a redirect that was not followed: to another origin, or one too many of a loop.
        fail(ApiError::fromRefusedRedirect(reply, m_client->baseUrl()));
        return;
    }
    if (status == 429) {
        onRateLimited(reply, body);
        return;
    }
    if (status != 200) {
        const ApiError e = ApiError::fromHttpStatus(status, body);
        if (status >= 500)
            retryOrFail(e);
        else
            fail(e);
        return;
    }
    onPage(body);
}

void UserPager::onRateLimited(const QNetworkReply* reply, const QByteArray& body)
{
    ++m_consecutiveRateLimits;
    ApiError e = ApiError::fromHttpStatus(429, body);
    // An HTTP-date has whole seconds: counted from a "now" with milliseconds, the wait would be rounded down
    // and the retry would come before the date. Counted from the start of the current second, it never does.
    QDateTime now = QDateTime::currentDateTimeUtc();
    now = now.addMSecs(-now.time().msec());
    const auto seconds = RetryPolicy::parseRetryAfter(reply->rawHeader("Retry-After"), now);
    if (seconds && *seconds > m_policy.maxRetryAfterSeconds) {
        // When, in the user's own clock, and how long from now: "until 01:00, in 12 h".
        const QDateTime until = QDateTime::currentDateTime().addSecs(*seconds);
        const QLocale locale;
        const QString at = until.date() == QDate::currentDate() ? locale.toString(until.time(), QLocale::ShortFormat)
                                                                : locale.toString(until, QLocale::ShortFormat);
        const qint64 minutes = (*seconds + 59) / 60;
        const QString in = minutes < 60        ? tr("%n min", nullptr, int(minutes))
                           : minutes % 60 == 0 ? tr("%n h", nullptr, int(minutes / 60))
                                               : tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
        e.detail = tr("Gong's daily API quota seems used up: it asks to wait until %1, in %2.").arg(at, in);
        e.retryAfterSeconds = int(std::min<qint64>(*seconds, INT_MAX));
        fail(e);
        return;
    }
    if (m_consecutiveRateLimits > m_policy.maxConsecutiveRateLimits) {
        e.detail =
            tr("Gong kept answering \"rate limit exceeded\"; stopped after %1 tries.").arg(m_consecutiveRateLimits);
        fail(e);
        return;
    }
    const qint64 waitMs = seconds ? *seconds * 1000 : m_policy.backoffMs(std::min(m_consecutiveRateLimits, 6));
    if (m_rateLimitWaitMs + waitMs > m_policy.maxTotalRateLimitWaitMs) {
        // Each wait is reasonable, but together they would hold the load for hours: stop and let the user decide.
        const qint64 minutes = (m_rateLimitWaitMs + 59999) / 60000;
        // What happens to the people loaded so far is the caller's to say (the window keeps them, export refuses).
        e.detail = tr("Gong's rate limit has held this load for %n minute(s) in all, and asks to wait %1 s more.",
                      nullptr, int(minutes))
                       .arg((waitMs + 999) / 1000);
        e.canKeepWaiting = true;
        e.retryAfterSeconds = int((waitMs + 999) / 1000);
        fail(e);
        return;
    }
    qCInfo(lcApi) << "rate limited; waiting" << waitMs << "ms";
    m_rateLimitWaitMs += waitMs;
    setState(State::WaitingRateLimit);
    scheduleRequest(waitMs);
    Q_EMIT rateLimited(int((waitMs + 999) / 1000));
}

void UserPager::onPage(const QByteArray& body)
{
    UsersPage page;
    ApiError parseError;
    if (!UsersPageParser::parse(body, &page, &parseError)) {
        parseError.httpStatus = 200;
        if (parseError.kind == ApiError::Kind::Refused)
            fail(parseError); // a page no server of Gong's sends: asking again gets the same
        else
            retryOrFail(parseError); // gateways truncate bodies; a retry usually gets the real page
        return;
    }
    if (!page.recordWarnings.isEmpty())
        qCDebug(lcApi).noquote() << "page" << m_pagesReceived + 1 << page.recordWarnings.summary();

    m_attempt = 0;
    m_consecutiveRateLimits = 0;
    ++m_pagesReceived;
    m_usersReceived += page.users.size();
    if (page.totalRecords >= 0)
        m_totalRecords = page.totalRecords;
    const ApiError stop = m_guard.check(m_cursor, page);
    const std::optional<QString> next = page.cursor;
    // Advance before telling anyone: a slot that cancels now and resumes later continues after this page
    // instead of fetching it again.
    if (next && !stop.isError())
        m_cursor = *next;
    // A slot may cancel, or start over (start() and resume() schedule their own request): what follows this
    // page is then no longer ours to do.
    const auto restarted = [this] { return m_timer.isActive() || !m_download.isNull(); };
    Q_EMIT pageReceived(page);
    if (restarted())
        return;
    Q_EMIT progress(m_usersReceived, m_totalRecords);
    if (!isBusy() || restarted())
        return;

    if (!next) {
        setState(State::Finished);
        Q_EMIT finished();
        return;
    }
    if (stop.isError()) {
        fail(stop);
        return;
    }
    scheduleRequest(0);
}

void UserPager::retryOrFail(const ApiError& error)
{
    if (m_attempt >= m_policy.maxRetries) {
        ApiError e = error;
        e.detail += QLatin1Char(' ') + tr("Gave up after %1 attempts.").arg(m_attempt + 1);
        fail(e);
        return;
    }
    ++m_attempt;
    const int delay = m_policy.backoffMs(m_attempt);
    qCInfo(lcApi).noquote() << "retry" << m_attempt << "of" << m_policy.maxRetries << "in" << delay
                            << "ms:" << error.detail;
    setState(State::WaitingRetry);
    scheduleRequest(delay);
    Q_EMIT retrying(m_attempt, m_policy.maxRetries, delay, error);
}

void UserPager::fail(const ApiError& error)
{
    m_timer.stop();
    m_lastError = error;
    // Info, not a warning: whoever started the load tells the user (the window's banner, export's one line).
    qCInfo(lcApi).noquote() << "paging stopped:" << error.message();
    setState(State::Failed);
    Q_EMIT failed(error);
}
