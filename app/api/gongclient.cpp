// SPDX-License-Identifier: MIT
#include "gongclient.h"

#include "requestcounter.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcApi, "gongdir.api")

GongClient::GongClient(QObject* parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_ownsNam(true)
{}

GongClient::GongClient(QNetworkAccessManager* manager, QObject* parent)
    : QObject(parent)
    , m_nam(manager)
{}

GongClient::~GongClient() = default;

void GongClient::setBaseUrl(const QUrl& url)
{
    m_baseUrl = url;
}

void GongClient::setCredentials(const Credentials& credentials)
{
    m_credentials = credentials.trimmed();
}

void GongClient::addCaCertificates(const QList<QSslCertificate>& certificates)
{
    m_extraCas += certificates;
}

bool GongClient::isConfigured(QString* why) const
{
    return BaseUrl::validate(m_baseUrl, why);
}

QUrl GongClient::usersPageUrl(const QString& cursor) const
{
    QUrl url = m_baseUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QLatin1String("/v2/users"));
    QUrlQuery query;
    // Cursors are base64-ish and may hold '+', '/' and '=': encode them fully, not leniently.
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    query.addQueryItem(QStringLiteral("includeAvatars"),
                       m_includeAvatars ? QStringLiteral("true") : QStringLiteral("false"));
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

QNetworkRequest GongClient::usersPageRequest(const QString& cursor) const
{
    const QUrl url = usersPageUrl(cursor);
    QNetworkRequest request(url);
    // Qt forwards a hand-set Authorization header across origins on redirect unless told not to.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setTransferTimeout(m_transferTimeoutMs);
    // Qt's own check refuses only compressed bodies above a ratio (40:1, past a threshold), with an empty reason, and
    // a bomb just under the ratio costs gigabytes. PageDownload counts the unpacked bytes against our own cap
    // instead, whatever the ratio, with a message that says so.
    request.setDecompressedSafetyCheckThreshold(-1);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("GongDirectory/" GONGDIR_VERSION));
    if (m_credentials.isComplete() && BaseUrl::validate(url, nullptr))
        request.setRawHeader("Authorization", m_credentials.authorizationHeader());
    if (!m_extraCas.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_extraCas);
        request.setSslConfiguration(ssl);
    }
    return request;
}

RequestCounter* GongClient::requestCounter() const
{
    return m_counter ? m_counter : RequestCounter::defaultCounter();
}

QNetworkReply* GongClient::getUsersPage(const QString& cursor)
{
    const QNetworkRequest request = usersPageRequest(cursor);
    qCDebug(lcApi) << "GET" << request.url().toDisplayString(QUrl::RemoveQuery)
                   << (cursor.isEmpty() ? "(first page)" : "");
    QNetworkReply* reply = m_nam->get(request);
    // Counted when it goes out on the wire, each time: QNetworkAccessManager may resend a request silently (the
    // server counts both), and a request that never left (DNS, refused connection) costs no quota.
    connect(reply, &QNetworkReply::requestSent, this, [this, baseUrl = m_baseUrl] {
        if (RequestCounter* counter = requestCounter())
            counter->requestSent(baseUrl);
    });
    return reply;
}

PageDownload* GongClient::fetchUsersPage(const QString& cursor, QObject* parent)
{
    return new PageDownload(getUsersPage(cursor), m_limits, parent);
}
