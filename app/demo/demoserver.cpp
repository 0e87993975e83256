// SPDX-License-Identifier: MIT
#include "demoserver.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <utility>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

static Q_LOGGING_CATEGORY(lcDemo, "gongdir.demo")

    // A JWT-looking header, like Gong's cursors ("eyJhbGciOiJIUzI1NiJ9" is base64 of {"alg":"HS256"}).
    static constexpr char cursorHeader[] = "eyJhbGciOiJIUzI1NiJ9";
// Fixed on purpose: a cursor stays valid on a restarted server with the same users, so resume can be tested.
static constexpr char cursorKey[] = "gong-directory-demo-cursor-signing-key";

// What a GET /v2/users request asks for, decoded once.
struct DemoServer::UsersQuery
{
    QString cursor; // decoded; empty for the first page
    bool hasCursor = false;
    bool includeAvatars = false;
    qint64 arrivalMs = 0; // QElapsedTimer::msecsSinceReference()
};

struct DemoServer::Reply
{
    enum class Kind
    {
        Respond,  // status line, headers, Content-Length, body
        Truncate, // as Respond, but only half the body is sent before the connection closes
        Stall,    // nothing is sent; the connection is closed later
        Reset,    // the connection is reset, nothing is sent
    };
    Kind kind = Kind::Respond;
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool servesPage = false; // counts in servedPageCount() once written
};

// A responder held back for latency or a stall. QHttpServerResponder (6.4) keeps a raw socket pointer, so the
// socket is tracked separately: the client may disconnect (and the server delete the socket) while we wait.
struct DemoServer::PendingReply
{
    PendingReply(QHttpServerResponder&& heldResponder, Reply&& heldReply)
        : responder(std::move(heldResponder))
        , socket(responder.socket())
        , reply(std::move(heldReply))
    {}
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
    Reply reply;
};

// Decodes one query component the way web servers do (application/x-www-form-urlencoded): '+' is a space. A client
// that sends a cursor's '+' unencoded therefore gets a different cursor here, as it would from Gong.
static QString decodeQueryComponent(QByteArray component)
{
    component.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(component));
}

static QByteArray gatewayPage(int status, const char* reason)
{
    const QByteArray title = QByteArray::number(status) + ' ' + reason;
    return "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title +
           "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
}

namespace {
QLoggingCategory::CategoryFilter previousLoggingFilter = nullptr;

// QHttpServer 6.4 logs every request with all its headers, Authorization included, at debug level in
// qt.httpserver*: never let that category print debug output in a process that may hold a secret.
void silenceHttpServerDebug(QLoggingCategory* category)
{
    if (previousLoggingFilter)
        previousLoggingFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0)
        category->setEnabled(QtDebugMsg, false);
}
} // namespace

DemoServer::DemoServer(QObject* parent)
    : QObject(parent)
    , m_server(new QHttpServer(this))
    , m_accessKey(defaultAccessKey().toUtf8())
    , m_secret(defaultSecret().toUtf8())
    , m_random(0x60d1e5u)
{
    static const bool filterInstalled = [] {
        previousLoggingFilter = QLoggingCategory::installFilter(silenceHttpServerDebug);
        return true;
    }();
    Q_UNUSED(filterInstalled)
    m_server->route(QStringLiteral("/v2/users"),
                    [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                        handleUsers(request, std::move(responder));
                    });
    m_server->setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        qCDebug(lcDemo) << "no route for" << request.url().path();
        send(responder, errorReply(404, QStringLiteral("Not found: %1").arg(request.url().path())));
    });
}

DemoServer::~DemoServer()
{
    // Held responders point at sockets the HTTP server owns: drop them before the server closes the sockets.
    m_pending.clear();
    delete m_server;
}

void DemoServer::setUsers(QList<QJsonObject> users)
{
    m_users = std::move(users);
}

void DemoServer::setAvatars(QList<QJsonObject> avatars)
{
    m_avatars = std::move(avatars);
}

void DemoServer::setTlsCertificate(const QSslCertificate& certificate, const QSslKey& privateKey)
{
    m_tlsConfiguration = QSslConfiguration::defaultConfiguration();
    m_tlsConfiguration.setLocalCertificate(certificate);
    m_tlsConfiguration.setPrivateKey(privateKey);
    m_tls = true;
}

bool DemoServer::listen(const QHostAddress& address, quint16 port)
{
    if (m_tcpServer) {
        qCWarning(lcDemo) << "already listening on port" << m_tcpServer->serverPort();
        return false;
    }
    QTcpServer* tcpServer = nullptr;
    if (m_tls) {
        // QHttpServer 6.4 serves TLS when bound to a QSslServer (6.4+), which hands over encrypted sockets.
        auto* sslServer = new QSslServer(this);
        sslServer->setSslConfiguration(m_tlsConfiguration);
        tcpServer = sslServer;
    } else {
        tcpServer = new QTcpServer(this);
    }
    if (!tcpServer->listen(address, port)) {
        qCWarning(lcDemo) << "cannot listen on" << address << port << tcpServer->errorString();
        delete tcpServer;
        return false;
    }
    m_server->bind(tcpServer); // reparents it to the HTTP server
    m_tcpServer = tcpServer;
    qCInfo(lcDemo) << "demo Gong API listening on" << baseUrl().toString();
    return true;
}

QUrl DemoServer::baseUrl() const
{
    if (!m_tcpServer)
        return {};
    QHostAddress host = m_tcpServer->serverAddress();
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4 || host == QHostAddress::AnyIPv6)
        host = QHostAddress(QHostAddress::LocalHost);
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(m_tcpServer->serverPort());
    return url;
}

quint16 DemoServer::port() const
{
    return m_tcpServer ? m_tcpServer->serverPort() : 0;
}

void DemoServer::setBasicCredentials(const QString& accessKey, const QString& secret)
{
    m_accessKey = accessKey.toUtf8();
    m_secret = secret.toUtf8();
}

void DemoServer::setBearerToken(const QString& token)
{
    m_bearerToken = token.toUtf8();
}

void DemoServer::setRequireAuth(bool on)
{
    m_requireAuth = on;
}

QString DemoServer::defaultAccessKey()
{
    return QStringLiteral("demo-key");
}

QString DemoServer::defaultSecret()
{
    return QStringLiteral("demo-secret");
}

void DemoServer::setPageSize(int n)
{
    m_pageSize = std::max(1, n);
}

void DemoServer::setRateLimit(int requests, int windowMs)
{
    m_rateLimitRequests = std::max(0, requests);
    m_rateLimitWindowMs = std::max(1, windowMs);
    m_admittedTimes.clear();
}

void DemoServer::setLatency(int ms)
{
    m_latencyMs = std::max(0, ms);
}

void DemoServer::enqueueFault(Fault fault, int count)
{
    for (int i = 0; i < count; ++i)
        m_faults.push_back(fault);
}

void DemoServer::clearFaults()
{
    m_faults.clear();
}

int DemoServer::pendingFaultCount() const
{
    return int(m_faults.size());
}

void DemoServer::setRetryAfterSeconds(int s)
{
    m_retryAfterSeconds = std::max(0, s);
}

void DemoServer::setStallMs(int ms)
{
    m_stallMs = std::max(0, ms);
}

void DemoServer::setRedirectTarget(const QUrl& url)
{
    m_redirectTarget = url;
}

int DemoServer::requestCount() const
{
    return m_requestCount;
}

int DemoServer::servedPageCount() const
{
    return m_servedPageCount;
}

int DemoServer::rateLimitedCount() const
{
    return m_rateLimitedCount;
}

int DemoServer::pendingReplyCount() const
{
    return int(m_pending.size());
}

QList<qint64> DemoServer::requestTimesMs() const
{
    return m_requestTimes;
}

QList<QByteArray> DemoServer::authorizationHeaders() const
{
    return m_authorizationHeaders;
}

QList<QString> DemoServer::cursorsReceived() const
{
    return m_cursorsReceived;
}

void DemoServer::resetStatistics()
{
    m_requestCount = 0;
    m_servedPageCount = 0;
    m_rateLimitedCount = 0;
    m_requestTimes.clear();
    m_authorizationHeaders.clear();
    m_cursorsReceived.clear();
}

void DemoServer::handleUsers(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    QElapsedTimer clock;
    clock.start();
    UsersQuery query;
    query.arrivalMs = clock.msecsSinceReference();
    const int index = m_requestCount++;

    const QByteArray rawQuery = request.url().query(QUrl::FullyEncoded).toLatin1();
    for (const QByteArray& item : rawQuery.split('&')) {
        if (item.isEmpty())
            continue;
        const qsizetype equals = item.indexOf('=');
        const QString name = decodeQueryComponent(item.left(equals));
        const QString value = equals < 0 ? QString() : decodeQueryComponent(item.mid(equals + 1));
        if (name == QLatin1String("cursor")) {
            query.cursor = value;
            query.hasCursor = true;
        } else if (name == QLatin1String("includeAvatars")) {
            query.includeAvatars = value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
        }
    }
    m_requestTimes.append(query.arrivalMs);
    m_authorizationHeaders.append(request.value(QByteArrayLiteral("Authorization")));
    m_cursorsReceived.append(query.cursor);

    const QPointer<DemoServer> self(this);
    Q_EMIT requestReceived(index);
    if (!self)
        return;

    Reply reply = request.method() == QHttpServerRequest::Method::Get
                      ? decide(request, query)
                      : errorReply(405, QStringLiteral("Method not allowed"));
    qCDebug(lcDemo).nospace() << "request #" << index << " cursor=" << (query.hasCursor ? "yes" : "no") << " -> "
                              << reply.status;

    if (m_latencyMs <= 0 && reply.kind != Reply::Kind::Stall) {
        send(responder, reply);
        return;
    }
    const int delayMs = m_latencyMs + (reply.kind == Reply::Kind::Stall ? m_stallMs : 0);
    const quint64 id = m_nextPendingId++;
    m_pending.emplace(id, std::make_unique<PendingReply>(std::move(responder), std::move(reply)));
    QTimer::singleShot(delayMs, Qt::PreciseTimer, this, [this, id] { finishPending(id); });
}

DemoServer::Reply DemoServer::decide(const QHttpServerRequest& request, const UsersQuery& query)
{
    if (!m_faults.empty()) {
        const Fault fault = m_faults.front();
        m_faults.pop_front();
        qCInfo(lcDemo) << "injecting fault" << fault;
        if (m_rateLimitRequests > 0)
            m_admittedTimes.push_back(query.arrivalMs); // a faulted call still counts against the budget
        return faultReply(fault, request, query);
    }

    if (m_requireAuth && !isAuthorized(request))
        return errorReply(401, QStringLiteral("Invalid credentials: the access key, secret or token is not valid"));

    if (const int retryAfter = rateLimitRetryAfter(query.arrivalMs); retryAfter > 0) {
        ++m_rateLimitedCount;
        return errorReply(429, QStringLiteral("API rate limit exceeded, retry after %1 seconds").arg(retryAfter),
                          QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter));
    }

    qint64 offset = 0;
    if (!cursorOffset(query, &offset))
        return errorReply(400, QStringLiteral("cursor is invalid"));
    return pageReply(offset, query);
}

DemoServer::Reply DemoServer::faultReply(Fault fault, const QHttpServerRequest& request, const UsersQuery& query)
{
    Reply reply;
    switch (fault) {
    case Fault::Status400:
        return errorReply(400, QStringLiteral("Bad request: the request is malformed"));
    case Fault::Status401:
        return errorReply(401, QStringLiteral("Invalid credentials: the access key, secret or token is not valid"));
    case Fault::Status403:
        return errorReply(403, QStringLiteral("Access denied: the credentials lack the api:users:read scope"));
    case Fault::Status429:
        return errorReply(429, QStringLiteral("API rate limit exceeded"), QByteArrayLiteral("Retry-After"),
                          QByteArray::number(m_retryAfterSeconds));
    case Fault::Status429HttpDate: {
        // HTTP-dates have whole seconds: round up so the date is never earlier than the intended wait.
        const qint64 untilMs = QDateTime::currentMSecsSinceEpoch() + qint64(m_retryAfterSeconds) * 1000;
        const QDateTime until = QDateTime::fromSecsSinceEpoch((untilMs + 999) / 1000, Qt::UTC);
        const QString date = QLocale::c().toString(until, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
        return errorReply(429, QStringLiteral("API rate limit exceeded"), QByteArrayLiteral("Retry-After"),
                          date.toLatin1());
    }
    case Fault::Status429NoRetryAfter:
        return errorReply(429, QStringLiteral("API rate limit exceeded"));
    case Fault::Status500:
        return errorReply(500, QStringLiteral("Internal server error"));
    case Fault::Status502Html:
    case Fault::Status503Html:
    case Fault::Status504Html: {
        static const std::pair<int, const char*> pages[] = {
            {502, "Bad Gateway"}, {503, "Service Temporarily Unavailable"}, {504, "Gateway Time-out"}};
        const auto& page = pages[int(fault) - int(Fault::Status502Html)];
        reply.status = page.first;
        reply.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html")}};
        reply.body = gatewayPage(page.first, page.second);
        return reply;
    }
    case Fault::MalformedBody:
        // What a proxy error looks like when it still claims to be the API's JSON.
        reply.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8")}};
        reply.body = QByteArrayLiteral("upstream connect error or disconnect/reset before headers. "
                                       "reset reason: connection termination");
        return reply;
    case Fault::Stall:
        reply.kind = Reply::Kind::Stall;
        reply.status = 0;
        return reply;
    case Fault::ResetConnection:
        reply.kind = Reply::Kind::Reset;
        reply.status = 0;
        return reply;
    case Fault::RedirectCrossOrigin: {
        // By default the "other origin" is this same server under the name localhost: a client that follows
        // the redirect shows up in authorizationHeaders(), so tests can see whether credentials leaked.
        QUrl target = m_redirectTarget;
        if (target.isEmpty()) {
            target.setScheme(QStringLiteral("http"));
            target.setHost(QStringLiteral("localhost"));
            target.setPort(port());
        }
        QByteArray location =
            target.toEncoded(QUrl::StripTrailingSlash) + request.url().path(QUrl::FullyEncoded).toUtf8();
        const QString originalQuery = request.url().query(QUrl::FullyEncoded);
        if (!originalQuery.isEmpty())
            location += '?' + originalQuery.toUtf8();
        reply.status = 302;
        reply.headers = {{QByteArrayLiteral("Location"), location}};
        return reply;
    }
    case Fault::TruncatedBody:
    case Fault::MissingUsers:
    case Fault::DuplicatePage:
    case Fault::RepeatCursor:
        break;
    }

    // The remaining faults damage an otherwise correct page, so the request must name a valid one.
    qint64 offset = 0;
    if (!cursorOffset(query, &offset))
        return errorReply(400, QStringLiteral("cursor is invalid"));
    reply = pageReply(offset, query, fault);
    if (fault == Fault::TruncatedBody) {
        reply.kind = Reply::Kind::Truncate;
        reply.servesPage = false;
    }
    return reply;
}

DemoServer::Reply DemoServer::pageReply(qint64 offset, const UsersQuery& query, std::optional<Fault> fault)
{
    const qint64 total = servedTotal(query.includeAvatars);
    const qint64 end = std::min(total, offset + m_pageSize);

    QByteArray cursor;
    if (fault == Fault::DuplicatePage && total > 0)
        cursor = makeCursor(offset); // a fresh cursor for the same offset: the same users once more
    else if (fault == Fault::RepeatCursor)
        cursor = query.cursor.isEmpty() ? makeCursor(offset) : query.cursor.toUtf8();
    else if (end < total)
        cursor = makeCursor(end);

    // Built by hand to keep Gong's key order (QJsonObject would sort the keys).
    QByteArray body;
    body.reserve(int(end - offset) * 1200 + 256);
    body += "{\"requestId\":\"" + makeRequestId().toLatin1() +
            "\",\"records\":{\"totalRecords\":" + QByteArray::number(total) +
            ",\"currentPageSize\":" + QByteArray::number(end - offset) +
            ",\"currentPageNumber\":" + QByteArray::number(offset / m_pageSize);
    if (!cursor.isEmpty())
        body += ",\"cursor\":\"" + cursor + '"';
    body += '}';
    const bool withUsers = fault != Fault::MissingUsers;
    if (withUsers) {
        QJsonArray users;
        for (qint64 i = offset; i < end; ++i)
            users.append(servedUser(i));
        body += ",\"users\":" + QJsonDocument(users).toJson(QJsonDocument::Compact);
    }
    body += '}';

    Reply reply;
    reply.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8")}};
    reply.body = std::move(body);
    reply.servesPage = withUsers;
    return reply;
}

DemoServer::Reply DemoServer::errorReply(int status, const QString& message, const QByteArray& extraHeader,
                                         const QByteArray& extraValue)
{
    QJsonObject error;
    error.insert(QLatin1String("requestId"), makeRequestId());
    error.insert(QLatin1String("errors"), QJsonArray{message});
    Reply reply;
    reply.status = status;
    reply.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8")}};
    if (!extraHeader.isEmpty())
        reply.headers.append({extraHeader, extraValue});
    reply.body = QJsonDocument(error).toJson(QJsonDocument::Compact);
    return reply;
}

bool DemoServer::isAuthorized(const QHttpServerRequest& request) const
{
    const QByteArray header = request.value(QByteArrayLiteral("Authorization")).trimmed();
    const qsizetype space = header.indexOf(' ');
    if (space <= 0)
        return false;
    const QByteArray scheme = header.left(space).toLower();
    const QByteArray credentials = header.mid(space + 1).trimmed();
    if (scheme == "basic") {
        const auto decoded = QByteArray::fromBase64Encoding(credentials, QByteArray::AbortOnBase64DecodingErrors);
        return decoded && *decoded == m_accessKey + ':' + m_secret;
    }
    if (scheme == "bearer")
        return !m_bearerToken.isEmpty() && credentials == m_bearerToken;
    return false;
}

int DemoServer::rateLimitRetryAfter(qint64 nowMs)
{
    if (m_rateLimitRequests <= 0)
        return 0;
    while (!m_admittedTimes.empty() && m_admittedTimes.front() <= nowMs - m_rateLimitWindowMs)
        m_admittedTimes.pop_front();
    if (int(m_admittedTimes.size()) < m_rateLimitRequests) {
        m_admittedTimes.push_back(nowMs);
        return 0;
    }
    // The slot frees up when the oldest call in the window leaves it.
    const qint64 waitMs = m_admittedTimes.front() + m_rateLimitWindowMs - nowMs;
    return int(std::max<qint64>(1, (waitMs + 999) / 1000));
}

void DemoServer::send(QHttpServerResponder& responder, const Reply& reply)
{
    QTcpSocket* socket = responder.socket();
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return; // the client went away; 6.4's responder would write into a closed socket

    switch (reply.kind) {
    case Reply::Kind::Stall:
        socket->disconnectFromHost();
        return;
    case Reply::Kind::Reset:
#ifdef Q_OS_UNIX
        // SO_LINGER with a zero timeout turns close() into a TCP RST instead of an orderly FIN.
        if (const qintptr fd = socket->socketDescriptor(); fd >= 0) {
            const linger resetOnClose{1, 0};
            ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &resetOnClose, sizeof resetOnClose);
        }
#endif
        socket->abort();
        return;
    case Reply::Kind::Respond:
    case Reply::Kind::Truncate:
        break;
    }

    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    for (const auto& [name, value] : reply.headers)
        responder.writeHeader(name, value);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(reply.body.size()));
    if (reply.kind == Reply::Kind::Truncate) {
        // Content-Length promises the whole page; closing after half of it is what a dropped proxy
        // connection looks like to the client.
        responder.writeBody(reply.body.left(reply.body.size() / 2));
        socket->disconnectFromHost();
        return;
    }
    responder.writeBody(reply.body);
    if (reply.servesPage)
        ++m_servedPageCount;
}

void DemoServer::finishPending(quint64 id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    const std::unique_ptr<PendingReply> pending = std::move(it->second);
    m_pending.erase(it);
    if (pending->socket)
        send(pending->responder, pending->reply);
}

QByteArray DemoServer::makeCursor(qint64 offset)
{
    // Standard (not URL-safe) base64 with padding, and only cursors that contain '+' and '/': a client that
    // forgets to percent-encode the cursor gets "cursor is invalid", as it would from the real API.
    for (;;) {
        const QByteArray payload =
            "{\"o\":" + QByteArray::number(offset) + ",\"n\":" + QByteArray::number(++m_cursorNonce) + '}';
        const QByteArray signingInput = QByteArray(cursorHeader) + '.' + payload.toBase64();
        const QByteArray signature =
            QMessageAuthenticationCode::hash(signingInput, cursorKey, QCryptographicHash::Sha256).left(23);
        const QByteArray cursor = signingInput + '.' + signature.toBase64();
        if (cursor.contains('+') && cursor.contains('/'))
            return cursor;
    }
}

bool DemoServer::parseCursor(const QString& cursor, qint64* offset) const
{
    const QList<QByteArray> parts = cursor.toLatin1().split('.');
    if (parts.size() != 3 || parts.at(0) != cursorHeader)
        return false;
    const QByteArray signingInput = parts.at(0) + '.' + parts.at(1);
    const QByteArray signature =
        QMessageAuthenticationCode::hash(signingInput, cursorKey, QCryptographicHash::Sha256).left(23);
    if (parts.at(2) != signature.toBase64())
        return false;
    const auto payload = QByteArray::fromBase64Encoding(parts.at(1), QByteArray::AbortOnBase64DecodingErrors);
    if (!payload)
        return false;
    const qint64 value = QJsonDocument::fromJson(*payload).object().value(QLatin1String("o")).toInteger(-1);
    if (value < 0)
        return false;
    *offset = value;
    return true;
}

bool DemoServer::cursorOffset(const UsersQuery& query, qint64* offset) const
{
    *offset = 0;
    if (query.cursor.isEmpty()) // no cursor, or "cursor=": the first page
        return true;
    // Cursors are only handed out while records remain, so one at or past the end is not ours.
    return parseCursor(query.cursor, offset) && (*offset == 0 || *offset < servedTotal(query.includeAvatars));
}

QString DemoServer::makeRequestId()
{
    static const char alphabet[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    QString id(19, Qt::Uninitialized);
    for (QChar& c : id)
        c = QLatin1Char(alphabet[m_random.bounded(36)]);
    return id;
}

qint64 DemoServer::servedTotal(bool includeAvatars) const
{
    return m_users.size() + (includeAvatars ? m_avatars.size() : 0);
}

const QJsonObject& DemoServer::servedUser(qint64 index) const
{
    return index < m_users.size() ? m_users.at(index) : m_avatars.at(index - m_users.size());
}
