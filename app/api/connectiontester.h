// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"
#include "credentials/credentials.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QUrl>

class GongClient;
class PageDownload;

// What one test request found, in words for the user.
struct ConnectionTestResult
{
    bool ok = false;
    qint64 totalRecords = -1;   // on success: records.totalRecords of the first page
    int retryAfterSeconds = -1; // on 429: what Retry-After asked for (-1: not given)
    ApiError error;             // on failure

    // "Connected — 4,512 users", or exactly what is wrong and what to do about it.
    QString message() const;
};
Q_DECLARE_METATYPE(ConnectionTestResult)

// "Test connection": one real GET /v2/users request through GongClient (so with the same URL rules,
// redirect policy, timeout and TLS verification as loading), classified into a sentence. Asynchronous
// and cancellable; never retries, never waits out a rate limit.
class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 20000;

    explicit ConnectionTester(QObject* parent = nullptr);
    ~ConnectionTester() override;

    void setBaseUrl(const QUrl& url) { m_baseUrl = url; }
    void setCredentials(const Credentials& credentials) { m_credentials = credentials; }
    void setIncludeAvatars(bool on) { m_includeAvatars = on; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Extra CA certificates to trust (tests against a self-signed server); verification stays on.
    void setCaCertificates(const QList<QSslCertificate>& certificates) { m_caCertificates = certificates; }

    bool isRunning() const { return m_running; }

public Q_SLOTS:
    // Starts the test; finished() follows, never from inside this call. Restarts a running test.
    void start();
    // Aborts the request; finished() is not emitted for it.
    void cancel();

Q_SIGNALS:
    void finished(const ConnectionTestResult& result);

private:
    void onReplyFinished(PageDownload* download);
    void finishLater(const ConnectionTestResult& result);

    GongClient* m_client;
    QPointer<PageDownload> m_download;
    QUrl m_baseUrl;
    Credentials m_credentials;
    bool m_includeAvatars = false;
    int m_timeoutMs = DefaultTimeoutMs;
    QList<QSslCertificate> m_caCertificates;
    QList<QSslError> m_sslErrors;
    bool m_running = false;
    quint64 m_generation = 0; // drops answers of a cancelled or restarted test
};
