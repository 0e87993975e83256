// SPDX-License-Identifier: MIT
#include "userpager.h"

#include "gongclient.h"

#include <QCoreApplication>
#include <QNetworkReply>

UserPager::UserPager(GongClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
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
    m_seenCursors.clear();
    m_pagesReceived = 0;
    m_usersReceived = 0;
    m_totalRecords = -1;
    m_lastError = {};
    m_attempt = 0;
    m_consecutiveRateLimits = 0;
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
    m_attempt = 0;
    m_consecutiveRateLimits = 0;
    m_lastError = {};
    setState(State::Loading);
    scheduleRequest(0);
}

void UserPager::cancel()
{
    m_timer.stop();
    if (QNetworkReply* reply = m_reply.data()) {
        m_reply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
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
    QNetworkReply* reply = m_client->getUsersPage(m_cursor);
    m_reply = reply;
    m_sslErrors.clear();
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError>& errors) {
        if (reply == m_reply)
            m_sslErrors = errors;
    });
    connect(reply, &QNetworkReply::requestSent, this, [this, reply, sends = 0]() mutable {
        if (reply != m_reply)
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
    connect(reply, &QNetworkReply::finished, this, &UserPager::onReplyFinished);
}

void UserPager::onReplyFinished()
{
    QNetworkReply* reply = m_reply.data();
    if (!reply || reply != sender())
        return;
    m_reply.clear();
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // A reply that timed out or was aborted is closed: reading it only earns a warning.
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();

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
        // Only reached when the redirect policy refused to follow (cross-origin).
        ApiError e;
        e.kind = ApiError::Kind::Redirect;
        e.httpStatus = status;
        e.detail = tr("The server redirected to %1, which was refused so that your credentials stay with %2.")
                       .arg(reply->header(QNetworkRequest::LocationHeader).toUrl().toDisplayString(QUrl::RemoveQuery),
                            m_client->baseUrl().host());
        fail(e);
        return;
    }
    if (status == 429) {
        ++m_consecutiveRateLimits;
        ApiError e = ApiError::fromHttpStatus(status, body);
        // An HTTP-date has whole seconds: counted from a "now" with milliseconds, the wait would be rounded down
        // and the retry would come before the date. Counted from the start of the current second, it never does.
        QDateTime now = QDateTime::currentDateTimeUtc();
        now = now.addMSecs(-now.time().msec());
        const auto seconds = RetryPolicy::parseRetryAfter(reply->rawHeader("Retry-After"), now);
        if (seconds && *seconds > m_policy.maxRetryAfterSeconds) {
            e.detail = tr("Gong's rate limit asks to wait %1 minutes — the daily API quota is probably used up. "
                          "Try again later; everything loaded so far is kept.")
                           .arg((*seconds + 59) / 60);
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
        qCInfo(lcApi) << "rate limited; waiting" << waitMs << "ms";
        setState(State::WaitingRateLimit);
        scheduleRequest(waitMs);
        Q_EMIT rateLimited(int((waitMs + 999) / 1000));
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

    UsersPage page;
    ApiError parseError;
    if (!UsersPageParser::parse(body, &page, &parseError)) {
        parseError.httpStatus = status;
        retryOrFail(parseError); // gateways truncate bodies; a retry usually gets the real page
        return;
    }
    for (const QString& w : std::as_const(page.warnings))
        qCWarning(lcApi).noquote() << w;

    m_attempt = 0;
    m_consecutiveRateLimits = 0;
    ++m_pagesReceived;
    m_usersReceived += page.users.size();
    if (page.totalRecords >= 0)
        m_totalRecords = page.totalRecords;
    if (!m_cursor.isEmpty())
        m_seenCursors.insert(m_cursor);
    const std::optional<QString> next = page.cursor;
    const bool loop = next && (*next == m_cursor || m_seenCursors.contains(*next));
    // Advance before telling anyone: a slot that cancels now and resumes later continues after this page
    // instead of fetching it again.
    if (next && !loop)
        m_cursor = *next;
    // A slot may cancel, or start over (start() and resume() schedule their own request): what follows this
    // page is then no longer ours to do.
    const auto restarted = [this] { return m_timer.isActive() || !m_reply.isNull(); };
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
    if (loop) {
        ApiError e;
        e.kind = ApiError::Kind::CursorLoop;
        e.requestId = page.requestId;
        e.detail = tr("The server returned a cursor it had already given; paging stopped to avoid an endless loop. "
                      "Everything loaded so far is kept.");
        fail(e);
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
