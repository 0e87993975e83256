// SPDX-License-Identifier: MIT
#pragma once

#include "credentials/credentials.h"
#include "pagedownload.h"

#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <QSslCertificate>

class QNetworkAccessManager;
class RequestCounter;
class QNetworkReply;
class QNetworkRequest;

Q_DECLARE_LOGGING_CATEGORY(lcApi)

// Builds every request to Gong in one place: the URL, the Authorization header, the
// same-origin redirect policy, the transfer timeout and the limits every answer is read under. Knows nothing
// about paging.
class GongClient : public QObject
{
    Q_OBJECT
public:
    explicit GongClient(QObject* parent = nullptr);
    // Uses `manager` instead of an own one (not owned).
    explicit GongClient(QNetworkAccessManager* manager, QObject* parent = nullptr);
    ~GongClient() override;

    void setBaseUrl(const QUrl& url);
    QUrl baseUrl() const { return m_baseUrl; }
    void setCredentials(const Credentials& credentials);
    bool hasCredentials() const { return m_credentials.isComplete(); }
    void setIncludeAvatars(bool on) { m_includeAvatars = on; }
    bool includeAvatars() const { return m_includeAvatars; }
    void setTransferTimeoutMs(int ms) { m_transferTimeoutMs = ms; }
    int transferTimeoutMs() const { return m_transferTimeoutMs; }
    // The body cap and the deadline of each answer (fetchUsersPage()).
    void setResponseLimits(const ResponseLimits& limits) { m_limits = limits; }
    const ResponseLimits& responseLimits() const { return m_limits; }
    // Told about every request this client sends (for the daily quota); nullptr: RequestCounter::defaultCounter().
    // Not owned.
    void setRequestCounter(RequestCounter* counter) { m_counter = counter; }
    RequestCounter* requestCounter() const;
    // Extra CA certificates to trust (tests against a self-signed DemoServer); verification stays on.
    void addCaCertificates(const QList<QSslCertificate>& certificates);

    // Base URL usable? (https, or http to loopback.) *why says what to fix.
    bool isConfigured(QString* why = nullptr) const;

    // GET {base}/v2/users?cursor=...&includeAvatars=..., read under responseLimits(); the caller owns it.
    PageDownload* fetchUsersPage(const QString& cursor, QObject* parent = nullptr);
    // The same request without the limits; the caller owns the reply and reads it as it likes.
    QNetworkReply* getUsersPage(const QString& cursor);
    // The request getUsersPage() sends. Carries Authorization only when the base URL passes
    // BaseUrl::validate() (never in clear text to a remote host, whatever the caller checked).
    QNetworkRequest usersPageRequest(const QString& cursor) const;
    QUrl usersPageUrl(const QString& cursor) const;

    QNetworkAccessManager* networkAccessManager() const { return m_nam; }

private:
    QNetworkAccessManager* m_nam = nullptr;
    bool m_ownsNam = false;
    QUrl m_baseUrl;
    Credentials m_credentials;
    bool m_includeAvatars = false;
    int m_transferTimeoutMs = 30000;
    ResponseLimits m_limits;
    QList<QSslCertificate> m_extraCas;
    RequestCounter* m_counter = nullptr;
};
