// SPDX-License-Identifier: MIT
// A deliberately misbehaving HTTP/1.1 server on 127.0.0.1 for the tests of the client's limits (tests/integration
// tst_hostileserver and the export command's tests). Each request gets what the test's handler returns: any status
// and headers, and a body that can be dripped a byte at a time, streamed to gigabytes without ever being held
// (generated as the socket drains), gzip-compressed as it streams, or announced with a false Content-Length. It
// counts what it sent, so a test sees where the client stopped reading.
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <list>
#include <memory>
#include <optional>
#include <utility>

class QTcpServer;
class QTcpSocket;

class HostileServer : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        int index = 0; // 0-based, in order of arrival
        QByteArray method;
        QByteArray target; // path and query as sent
        QUrlQuery query;
        QList<std::pair<QByteArray, QByteArray>> headers; // names in lower case
        QByteArray header(const QByteArray& lowerCaseName) const;
        QString cursor() const; // the decoded cursor query item ("" for the first page)
    };

    struct Response
    {
        int status = 200;
        QList<std::pair<QByteArray, QByteArray>> headers;
        // The body: `body`, then `repeat` repeated `repeatCount` times, then `tail`. Only `repeat` is stored, however
        // large the body: it is generated as the socket drains.
        QByteArray body;
        QByteArray repeat;
        qint64 repeatCount = 0;
        QByteArray tail;
        bool gzip = false;                   // Content-Encoding: gzip, compressed as it streams (no Content-Length)
        int dripMs = 0;                      // > 0: one byte every dripMs milliseconds
        std::optional<qint64> contentLength; // announced instead of the true length (a lie)
        bool announceLength = true;          // false: no Content-Length, the body ends when the connection closes

        qint64 plainSize() const { return body.size() + repeat.size() * repeatCount + tail.size(); }
        void addHeader(const QByteArray& name, const QByteArray& value) { headers.append({name, value}); }
    };
    using Handler = std::function<Response(const Request&)>;

    explicit HostileServer(QObject* parent = nullptr);
    ~HostileServer() override;

    // Answers every request (each on its own connection, closed after the answer). Default: an empty last page.
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    bool listen(const QHostAddress& address = QHostAddress::LocalHost);
    QUrl baseUrl() const; // http://127.0.0.1:<port>
    quint16 port() const;

    int requestCount() const { return int(m_requests.size()); }
    const QList<Request>& requests() const { return m_requests; }
    // Bytes of response bodies written to the sockets (compressed bytes for gzip), all requests together.
    qint64 bodyBytesSent() const { return m_bodyBytesSent; }
    // Plain (uncompressed) body bytes generated so far, all requests together.
    qint64 plainBytesGenerated() const { return m_plainBytesGenerated; }
    // Connections the client closed before its answer was complete.
    int abortedByClient() const { return m_abortedByClient; }

    // A users page as Gong sends it; `cursor` empty: the last page.
    static QByteArray page(const QList<QJsonObject>& users, const QString& cursor = {}, qint64 totalRecords = -1,
                           const QString& requestId = QStringLiteral("req-1"));
    static Response json(const QByteArray& body, int status = 200);
    static QList<QJsonObject> users(int count, int firstId = 1);

Q_SIGNALS:
    void requestReceived(int index);

private:
    struct Connection;
    void onNewConnection();
    void onReadyRead(Connection* c);
    void startResponse(Connection* c);
    void pump(Connection* c);
    void finish(Connection* c);
    QByteArray nextPlainChunk(Connection* c, qint64 max);

    QTcpServer* m_server;
    Handler m_handler;
    QList<Request> m_requests;
    std::list<std::unique_ptr<Connection>> m_connections;
    qint64 m_bodyBytesSent = 0;
    qint64 m_plainBytesGenerated = 0;
    int m_abortedByClient = 0;
};
