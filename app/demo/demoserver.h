// SPDX-License-Identifier: MIT
#pragma once

#include "democursor.h"
#include "demoreply.h"

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QString>
#include <QTcpServer>
#include <QUrl>

#include <algorithm>
#include <deque>
#include <map>
#include <memory>
#include <optional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QSslCertificate;
class QSslKey;

// Stands in for Gong's GET /v2/users on loopback (demo mode, integration tests, benchmarks): real HTTP, real
// cursors, authentication, a rolling-window rate limit, latency and scripted faults. Never blocks the event loop.
class DemoServer : public QObject
{
    Q_OBJECT
public:
    enum class Fault
    {
        Status400,             // 400 + JSON error body
        Status401,             // 401 + JSON error body
        Status403,             // 403 + JSON error body naming the api:users:read scope
        Status429,             // 429 + Retry-After: <retryAfterSeconds> + JSON error body
        Status429HttpDate,     // 429 + Retry-After as an RFC 9110 HTTP-date (now + retryAfterSeconds)
        Status429NoRetryAfter, // 429 without Retry-After
        Status500,             // 500 + JSON error body
        Status502Html,         // 502 + text/html gateway page
        Status503Html,         // 503 + text/html gateway page
        Status504Html,         // 504 + text/html gateway page
        MalformedBody,         // 200, Content-Type application/json, body that is not JSON
        TruncatedBody,         // 200, Content-Length of the full page, half of it sent, then the connection closes
        MissingUsers,          // 200 JSON page whose "users" key is missing
        // Connection-level faults. QNetworkAccessManager (6.4) silently resends a request once when the connection
        // closes before any response byte, so enqueue them with count 2 for the client to see the failure.
        Stall,               // no answer; the connection is closed (FIN) after setStallMs()
        ResetConnection,     // the TCP connection is reset (RST) without any answer
        DuplicatePage,       // the requested page, but its cursor points at the same offset again (once)
        RepeatCursor,        // the requested page, but its cursor is the one received (a cursor loop)
        RedirectCrossOrigin, // 302 to setRedirectTarget() (default http://localhost:<port>) + path and query
    };
    Q_ENUM(Fault)

    explicit DemoServer(QObject* parent = nullptr);
    ~DemoServer() override;

    void setUsers(QList<QJsonObject> users) { m_users = std::move(users); } // also accepts an empty list
    void setAvatars(QList<QJsonObject> avatars) { m_avatars = std::move(avatars); }

    // Serves HTTPS with this certificate and key (call before listen()); baseUrl() then says https://.
    // Used by the TLS tests with a self-signed certificate made at test time.
    void setTlsCertificate(const QSslCertificate& certificate, const QSslKey& privateKey);
    bool listen(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);
    QUrl baseUrl() const; // e.g. http://127.0.0.1:43123 (empty before listen())
    quint16 port() const { return m_tcpServer ? m_tcpServer->serverPort() : 0; }

    // Authentication: requests must carry one of the accepted credentials, else 401 with an error body.
    void setBasicCredentials(const QString& accessKey, const QString& secret) // default "demo-key" / "demo-secret"
    {
        m_accessKey = accessKey.toUtf8();
        m_secret = secret.toUtf8();
    }
    void setBearerToken(const QString& token) { m_bearerToken = token.toUtf8(); } // empty: no Bearer (the default)
    void setRequireAuth(bool on) { m_requireAuth = on; }                          // default true
    static QString defaultAccessKey() { return QStringLiteral("demo-key"); }
    static QString defaultSecret() { return QStringLiteral("demo-secret"); }

    void setPageSize(int n) { m_pageSize = std::max(1, n); } // default 100

    // Rate limit: at most `requests` admitted requests in any rolling `windowMs` window (default 0 = unlimited).
    // Over it: 429 with Retry-After (integer seconds, ceil, at least 1) and an error body; rejected requests do not
    // count against the window, faulted ones do.
    void setRateLimit(int requests, int windowMs = 1000);
    void setLatency(int ms) { m_latencyMs = std::max(0, ms); } // before every answer (a timer, never blocking)

    // Faults are consumed by the next requests, in order, before authentication and the rate limit:
    // each enqueue adds `count` requests' worth.
    void enqueueFault(Fault fault, int count = 1);
    void clearFaults() { m_faults.clear(); }
    int pendingFaultCount() const { return int(m_faults.size()); }
    // Retry-After used by the Status429 faults (default 1).
    void setRetryAfterSeconds(int s) { m_retryAfterSeconds = std::max(0, s); }
    // How long Stall holds the request before closing (default 60000).
    void setStallMs(int ms) { m_stallMs = std::max(0, ms); }
    // RedirectCrossOrigin answers 302 to url + original path + query.
    void setRedirectTarget(const QUrl& url) { m_redirectTarget = url; }

    // Statistics for tests and benchmarks.
    int requestCount() const { return m_requestCount; } // all requests received on /v2/users
    // 200 pages with users actually written (DuplicatePage/RepeatCursor included).
    int servedPageCount() const { return m_servedPageCount; }
    int rateLimitedCount() const { return m_rateLimitedCount; } // 429s due to the rate limiter (not faults)
    // Answers held back (latency, stalls) and not yet sent or dropped.
    int pendingReplyCount() const { return int(m_pending.size()); }
    // Arrival times, QElapsedTimer::msecsSinceReference() (monotonic ms).
    QList<qint64> requestTimesMs() const { return m_requestTimes; }
    // The Authorization header of every request, in order.
    QList<QByteArray> authorizationHeaders() const { return m_authorizationHeaders; }
    // The decoded cursor query item of each request ("" for the first).
    QList<QString> cursorsReceived() const { return m_cursorsReceived; }
    void resetStatistics();

Q_SIGNALS:
    // Emitted when a request arrives, before it is answered: a slot may still enqueue a fault for it.
    void requestReceived(int index);

private:
    struct UsersQuery;
    struct PendingReply;

    void handleUsers(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    DemoReply decide(const QHttpServerRequest& request, const UsersQuery& query);
    DemoReply faultReply(Fault fault, const QHttpServerRequest& request, const UsersQuery& query);
    DemoReply pageReply(qint64 offset, const UsersQuery& query, std::optional<Fault> fault = std::nullopt);
    DemoReply errorReply(int status, const QString& message, const QByteArray& extraHeader = {},
                         const QByteArray& extraValue = {});
    bool isAuthorized(const QHttpServerRequest& request) const;
    int rateLimitRetryAfter(qint64 nowMs); // 0 = admitted
    void send(QHttpServerResponder& responder, const DemoReply& reply);
    void finishPending(quint64 id);
    bool cursorOffset(const UsersQuery& query, qint64* offset) const; // false: "cursor is invalid"
    QString makeRequestId();
    qint64 servedTotal(bool includeAvatars) const;
    const QJsonObject& servedUser(qint64 index) const;

    QHttpServer* m_server = nullptr;
    QTcpServer* m_tcpServer = nullptr;
    QList<QJsonObject> m_users;
    QList<QJsonObject> m_avatars;

    QByteArray m_accessKey;
    QByteArray m_secret;
    QByteArray m_bearerToken;
    bool m_requireAuth = true;
    bool m_tls = false;
    QSslConfiguration m_tlsConfiguration;
    int m_pageSize = 100;

    int m_rateLimitRequests = 0;
    int m_rateLimitWindowMs = 1000;
    std::deque<qint64> m_admittedTimes;
    int m_latencyMs = 0;

    std::deque<Fault> m_faults;
    int m_retryAfterSeconds = 1;
    int m_stallMs = 60000;
    QUrl m_redirectTarget;

    int m_requestCount = 0;
    int m_servedPageCount = 0;
    int m_rateLimitedCount = 0;
    QList<qint64> m_requestTimes;
    QList<QByteArray> m_authorizationHeaders;
    QList<QString> m_cursorsReceived;

    std::map<quint64, std::unique_ptr<PendingReply>> m_pending;
    quint64 m_nextPendingId = 1;
    DemoCursor m_cursors;
    QRandomGenerator m_random; // request ids only
};
