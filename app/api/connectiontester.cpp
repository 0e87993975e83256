// SPDX-License-Identifier: MIT
#include "connectiontester.h"

#include "base/safetext.h"
#include "gongclient.h"
#include "pagedownload.h"
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
    // The same body cap as loading; the test's timeout is also the deadline of the whole answer.
    ResponseLimits limits;
    limits.deadlineMs = m_timeoutMs;
    m_client->setResponseLimits(limits);

    PageDownload* download = m_client->fetchUsersPage(QString(), this);
    m_download = download;
    const quint64 generation = m_generation;
    // Collected for the message only; the errors are never ignored.
    connect(download->reply(), &QNetworkReply::sslErrors, this, [this, generation](const QList<QSslError>& errors) {
        if (generation == m_generation)
            m_sslErrors = errors;
    });
    connect(download, &PageDownload::finished, this, [this, download, generation] {
        download->deleteLater();
        if (generation == m_generation)
            onReplyFinished(download);
    });
}

void ConnectionTester::cancel()
{
    ++m_generation;
    m_running = false;
    if (PageDownload* download = m_download.data()) {
        m_download.clear();
        download->abort();
        download->deleteLater();
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

void ConnectionTester::onReplyFinished(PageDownload* download)
{
    m_download.clear();
    m_running = false;
    ConnectionTestResult result;
    const QNetworkReply* reply = download->reply();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray& body = download->body();

    if (download->outcome() != PageDownload::Outcome::Finished) {
        result.error = download->limitError(m_baseUrl);
    } else if (status == 0) {
        result.error = ApiError::fromNetworkReply(reply, m_baseUrl, m_timeoutMs, m_sslErrors);
    } else if (status >= 300 && status < 400) {
        result.error = ApiError::fromRefusedRedirect(reply, m_baseUrl);
        result.error.detail += QLatin1Char(' ') + tr("Check the base URL.");
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
                                  .arg(SafeText::shown(reply->url().toDisplayString(QUrl::RemoveQuery)));
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
