// SPDX-License-Identifier: MIT
#include "connectiontester.h"

#include "gongclient.h"
#include "retrypolicy.h"
#include "userspageparser.h"

#include <QDateTime>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>

QString ConnectionTestResult::message() const
{
    if (ok) {
        if (totalRecords < 0)
            return ConnectionTester::tr("Connected.");
        if (totalRecords == 1)
            return ConnectionTester::tr("Connected — 1 user");
        // With the locale's digit grouping: "4,512".
        return ConnectionTester::tr("Connected — %1 users").arg(QLocale().toString(totalRecords));
    }
    return error.message();
}

ConnectionTester::ConnectionTester(QObject* parent)
    : QObject(parent)
    , m_client(new GongClient(this))
{
    qRegisterMetaType<ConnectionTestResult>();
}

ConnectionTester::~ConnectionTester()
{
    cancel();
}

void ConnectionTester::start()
{
    cancel();
    m_running = true;
    ++m_generation;
    m_sslErrors.clear();

    ConnectionTestResult result;
    QString why;
    if (!BaseUrl::validate(m_baseUrl, &why)) {
        result.error.kind = ApiError::Kind::InvalidUrl;
        result.error.detail = why;
        finishLater(result);
        return;
    }
    if (!m_credentials.isComplete()) {
        result.error.kind = ApiError::Kind::Unauthorized;
        result.error.detail = m_credentials.method == Credentials::Method::BearerToken
                                  ? tr("Enter the OAuth access token.")
                                  : tr("Enter both the access key and the access key secret.");
        finishLater(result);
        return;
    }

    m_client->setBaseUrl(m_baseUrl);
    m_client->setCredentials(m_credentials);
    m_client->setIncludeAvatars(m_includeAvatars);
    m_client->setTransferTimeoutMs(m_timeoutMs);
    if (!m_caCertificates.isEmpty()) {
        // A fresh client: GongClient only ever adds CAs.
        delete m_client;
        m_client = new GongClient(this);
        m_client->setBaseUrl(m_baseUrl);
        m_client->setCredentials(m_credentials);
        m_client->setIncludeAvatars(m_includeAvatars);
        m_client->setTransferTimeoutMs(m_timeoutMs);
        m_client->addCaCertificates(m_caCertificates);
    }
    // Each test starts from a clean connection: no cached TLS session or credentials from an earlier test.
    m_client->networkAccessManager()->clearConnectionCache();
    m_client->networkAccessManager()->clearAccessCache();

    QNetworkReply* reply = m_client->getUsersPage(QString());
    m_reply = reply;
    const quint64 generation = m_generation;
    // Collected for the message only; the errors are never ignored.
    connect(reply, &QNetworkReply::sslErrors, this, [this, generation](const QList<QSslError>& errors) {
        if (generation == m_generation)
            m_sslErrors = errors;
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, generation] {
        reply->deleteLater();
        if (generation == m_generation)
            onReplyFinished(reply);
    });
}

void ConnectionTester::cancel()
{
    ++m_generation;
    m_running = false;
    if (QNetworkReply* reply = m_reply.data()) {
        m_reply.clear();
        reply->abort();
    }
}

void ConnectionTester::finishLater(const ConnectionTestResult& result)
{
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, result, generation] {
            if (generation != m_generation)
                return;
            m_running = false;
            Q_EMIT finished(result);
        },
        Qt::QueuedConnection);
}

void ConnectionTester::onReplyFinished(QNetworkReply* reply)
{
    m_reply.clear();
    m_running = false;
    ConnectionTestResult result;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();

    if (status == 0) {
        result.error = ApiError::fromNetworkReply(reply, m_baseUrl, m_timeoutMs, m_sslErrors);
    } else if (status >= 300 && status < 400) {
        result.error.kind = ApiError::Kind::Redirect;
        result.error.httpStatus = status;
        result.error.detail =
            tr("The server redirected to %1, which was refused so that your credentials stay with %2. Check the "
               "base URL.")
                .arg(reply->header(QNetworkRequest::LocationHeader).toUrl().toDisplayString(QUrl::RemoveQuery),
                     m_baseUrl.host());
    } else if (status == 429) {
        result.error = ApiError::fromHttpStatus(status, body);
        const auto seconds =
            RetryPolicy::parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        if (seconds) {
            result.retryAfterSeconds = int(*seconds);
            result.error.detail =
                tr("Gong's rate limit was reached (HTTP 429) — try again in %n s.", nullptr, int(*seconds));
        } else {
            result.error.detail = tr("Gong's rate limit was reached (HTTP 429) — try again in a minute.");
        }
    } else if (status == 404) {
        result.error = ApiError::fromHttpStatus(status, body);
        result.error.detail = tr("Nothing answers at %1 (HTTP 404). Check the base URL: it looks like "
                                 "https://us-12345.api.gong.io.")
                                  .arg(reply->url().toDisplayString(QUrl::RemoveQuery));
    } else if (status != 200) {
        result.error = ApiError::fromHttpStatus(status, body);
        if (status >= 500)
            result.error.detail += QLatin1Char(' ') + tr("Gong may be having trouble; try again later.");
    } else {
        UsersPage page;
        ApiError parseError;
        if (UsersPageParser::parse(body, &page, &parseError)) {
            result.ok = true;
            result.totalRecords = page.totalRecords >= 0 ? page.totalRecords : page.users.size();
        } else {
            result.error = parseError;
            result.error.httpStatus = status;
            result.error.detail = tr("The server at %1 answered, but not the way Gong's API does. Check the base URL.")
                                      .arg(m_baseUrl.host());
        }
    }
    Q_EMIT finished(result);
}
