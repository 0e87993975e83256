// SPDX-License-Identifier: MIT
#include "hostileserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <zlib.h>

namespace {
// How far ahead of the client the server writes: a body the client stops reading stays mostly unsent.
constexpr qint64 PlainWindow = 256 * 1024;
constexpr qint64 GzipWindow = 16 * 1024;
constexpr qint64 ChunkSize = 64 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    default:
        return "Whatever";
    }
}
} // namespace

struct HostileServer::Connection
{
    QTcpSocket* socket = nullptr;
    QByteArray head;
    bool responding = false;
    bool complete = false; // the whole answer is written (or handed to the socket)
    Response response;
    qint64 plainDone = 0;
    z_stream zs = {};
    bool zInit = false;
    bool zFinished = false;
    QByteArray pending; // produced but not yet written (dripping)
    QTimer* drip = nullptr;

    ~Connection()
    {
        if (zInit)
            deflateEnd(&zs);
    }
};

QByteArray HostileServer::Request::header(const QByteArray& lowerCaseName) const
{
    for (const auto& [name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

QString HostileServer::Request::cursor() const
{
    return query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded);
}

HostileServer::HostileServer(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    m_handler = [](const Request&) { return json(page({})); };
    connect(m_server, &QTcpServer::newConnection, this, &HostileServer::onNewConnection);
}

HostileServer::~HostileServer()
{
    for (auto& c : m_connections) {
        if (c->socket) {
            c->socket->disconnect(this);
            c->socket->abort();
        }
    }
}

bool HostileServer::listen(const QHostAddress& address)
{
    return m_server->listen(address, 0);
}

QUrl HostileServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

quint16 HostileServer::port() const
{
    return m_server->serverPort();
}

QByteArray HostileServer::page(const QList<QJsonObject>& users, const QString& cursor, qint64 totalRecords,
                               const QString& requestId)
{
    QJsonObject records{{QStringLiteral("currentPageSize"), int(users.size())},
                        {QStringLiteral("currentPageNumber"), 0}};
    if (totalRecords >= 0)
        records.insert(QStringLiteral("totalRecords"), totalRecords);
    if (!cursor.isEmpty())
        records.insert(QStringLiteral("cursor"), cursor);
    QJsonArray list;
    for (const QJsonObject& u : users)
        list.append(u);
    return QJsonDocument(QJsonObject{{QStringLiteral("requestId"), requestId},
                                     {QStringLiteral("records"), records},
                                     {QStringLiteral("users"), list}})
        .toJson(QJsonDocument::Compact);
}

HostileServer::Response HostileServer::json(const QByteArray& body, int status)
{
    Response r;
    r.status = status;
    r.addHeader("Content-Type", "application/json");
    r.body = body;
    return r;
}

QList<QJsonObject> HostileServer::users(int count, int firstId)
{
    QList<QJsonObject> list;
    for (int i = 0; i < count; ++i) {
        list.append(QJsonObject{{QStringLiteral("id"), QString::number(firstId + i)},
                                {QStringLiteral("firstName"), QStringLiteral("Person")},
                                {QStringLiteral("lastName"), QString::number(firstId + i)}});
    }
    return list;
}

void HostileServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        auto connection = std::make_unique<Connection>();
        Connection* c = connection.get();
        c->socket = socket;
        m_connections.push_back(std::move(connection));
        connect(socket, &QTcpSocket::readyRead, this, [this, c] { onReadyRead(c); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, c] {
            if (c->response.dripMs == 0) // a dripping body goes at the timer's pace only
                pump(c);
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, c] { finish(c); });
    }
}

void HostileServer::onReadyRead(Connection* c)
{
    c->head += c->socket->readAll();
    if (c->responding)
        return; // a request body, or a pipelined request: not served
    const qsizetype end = c->head.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QList<QByteArray> lines = c->head.left(end).split('\n');
    Request request;
    request.index = int(m_requests.size());
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    const qsizetype q = request.target.indexOf('?');
    if (q >= 0)
        request.query = QUrlQuery(QString::fromLatin1(request.target.mid(q + 1)));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    m_requests.append(request);
    c->responding = true;
    Q_EMIT requestReceived(request.index);
    c->response = m_handler(request);
    startResponse(c);
}

void HostileServer::startResponse(Connection* c)
{
    const Response& r = c->response;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) + "\r\n";
    for (const auto& [name, value] : r.headers)
        head += name + ": " + value + "\r\n";
    if (r.gzip)
        head += "Content-Encoding: gzip\r\n";
    if (r.contentLength)
        head += "Content-Length: " + QByteArray::number(*r.contentLength) + "\r\n";
    else if (r.announceLength && !r.gzip)
        head += "Content-Length: " + QByteArray::number(r.plainSize()) + "\r\n";
    head += "Connection: close\r\n\r\n";
    c->socket->write(head);
    if (r.gzip) {
        // windowBits 15 + 16: a gzip wrapper around the deflate stream.
        c->zInit = deflateInit2(&c->zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) == Z_OK;
    }
    if (r.dripMs > 0) {
        c->drip = new QTimer(c->socket);
        connect(c->drip, &QTimer::timeout, this, [this, c] { pump(c); });
        c->drip->start(r.dripMs);
        return;
    }
    pump(c);
}

QByteArray HostileServer::nextPlainChunk(Connection* c, qint64 max)
{
    const Response& r = c->response;
    const qint64 repeatBytes = r.repeat.size() * r.repeatCount;
    QByteArray out;
    while (out.size() < max) {
        const qint64 at = c->plainDone;
        const qint64 want = max - out.size();
        QByteArray piece;
        if (at < r.body.size()) {
            piece = r.body.mid(at, want);
        } else if (at < r.body.size() + repeatBytes) {
            const qint64 inRepeat = at - r.body.size();
            const qint64 left = repeatBytes - inRepeat;
            const qint64 offset = inRepeat % r.repeat.size();
            piece = r.repeat.mid(offset, std::min(want, left));
        } else if (at < r.plainSize()) {
            piece = r.tail.mid(at - r.body.size() - repeatBytes, want);
        } else {
            break;
        }
        c->plainDone += piece.size();
        out += piece;
    }
    m_plainBytesGenerated += out.size();
    return out;
}

void HostileServer::pump(Connection* c)
{
    if (!c->socket || c->complete || !c->responding)
        return;
    const Response& r = c->response;
    const auto produce = [&](qint64 max) -> QByteArray {
        if (!r.gzip)
            return nextPlainChunk(c, max);
        QByteArray out;
        while (out.size() < max && !c->zFinished && c->zInit) {
            QByteArray in = nextPlainChunk(c, ChunkSize);
            const bool last = c->plainDone >= r.plainSize();
            c->zs.next_in = reinterpret_cast<Bytef*>(in.data());
            c->zs.avail_in = uInt(in.size());
            char buffer[ChunkSize];
            int status = Z_OK;
            do {
                c->zs.next_out = reinterpret_cast<Bytef*>(buffer);
                c->zs.avail_out = sizeof buffer;
                status = deflate(&c->zs, last ? Z_FINISH : Z_NO_FLUSH);
                out.append(buffer, qsizetype(sizeof buffer - c->zs.avail_out));
            } while (c->zs.avail_out == 0 || (last && status != Z_STREAM_END));
            if (last)
                c->zFinished = true;
        }
        return out;
    };
    const auto finished = [&] { return c->plainDone >= r.plainSize() && (!r.gzip || c->zFinished); };

    if (r.dripMs > 0) {
        if (c->pending.isEmpty() && !finished())
            c->pending = produce(1024);
        if (!c->pending.isEmpty()) {
            c->socket->write(c->pending.left(1));
            c->pending.remove(0, 1);
            ++m_bodyBytesSent;
        }
        if (c->pending.isEmpty() && finished()) {
            c->complete = true;
            c->drip->stop();
            c->socket->disconnectFromHost();
        }
        return;
    }
    const qint64 window = r.gzip ? GzipWindow : PlainWindow;
    while (c->socket->bytesToWrite() < window && !finished()) {
        const QByteArray chunk = produce(r.gzip ? 4096 : ChunkSize);
        c->socket->write(chunk);
        m_bodyBytesSent += chunk.size();
    }
    if (finished()) {
        c->complete = true;
        c->socket->disconnectFromHost(); // after what is still buffered has been written
    }
}

void HostileServer::finish(Connection* c)
{
    if (!c->socket)
        return;
    if (c->responding && !c->complete)
        ++m_abortedByClient;
    c->socket->deleteLater();
    c->socket = nullptr;
    // Freed later: this runs inside one of the socket's signals.
    QTimer::singleShot(0, this, [this, c] {
        m_connections.remove_if([c](const std::unique_ptr<Connection>& p) { return p.get() == c; });
    });
}
