// SPDX-License-Identifier: MIT
#include "demoserver.h"

#include "democursor.h"
#include "demoreply.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <utility>

static Q_LOGGING_CATEGORY(lcDemo, "gongdir.demo")

    // What a GET /v2/users request asks for, decoded once.
    struct DemoServer::UsersQuery
{
    QString cursor; // decoded; empty for the first page
    bool hasCursor = false;
    bool includeAvatars = false;
    qint64 arrivalMs = 0; // QElapsedTimer::msecsSinceReference()
};

// A responder held back for latency or a stall. QHttpServerResponder (6.4) keeps a raw socket pointer, so the
// socket is tracked separately: the client may disconnect (and the server delete the socket) while we wait.
struct DemoServer::PendingReply
{
    PendingReply(QHttpServerResponder&& heldResponder, DemoReply&& heldReply)
        : responder(std::move(heldResponder))
        , socket(responder.socket())
        , reply(std::move(heldReply))
    {}
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
    DemoReply reply;
};

// Decodes one query component the way web servers do (application/x-www-form-urlencoded): '+' is a space. A client
// that sends a cursor's '+' unencoded therefore gets a different cursor here, as it would from Gong.
static QString decodeQueryComponent(QByteArray component)
{
    component.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(component));
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

void DemoServer::setRateLimit(int requests, int windowMs)
{
    m_rateLimitRequests = std::max(0, requests);
    m_rateLimitWindowMs = std::max(1, windowMs);
    m_admittedTimes.clear();
}

void DemoServer::enqueueFault(Fault fault, int count)
{
    for (int i = 0; i < count; ++i)
        m_faults.push_back(fault);
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

    DemoReply reply = request.method() == QHttpServerRequest::Method::Get
                          ? decide(request, query)
                          : errorReply(405, QStringLiteral("Method not allowed"));
    qCDebug(lcDemo).nospace() << "request #" << index << " cursor=" << (query.hasCursor ? "yes" : "no") << " -> "
                              << reply.status;

    if (m_latencyMs <= 0 && reply.kind != DemoReply::Kind::Stall) {
        send(responder, reply);
        return;
    }
    const int delayMs = m_latencyMs + (reply.kind == DemoReply::Kind::Stall ? m_stallMs : 0);
    const quint64 id = m_nextPendingId++;
    m_pending.emplace(id, std::make_unique<PendingReply>(std::move(responder), std::move(reply)));
    QTimer::singleShot(delayMs, Qt::PreciseTimer, this, [this, id] { finishPending(id); });
}

DemoReply DemoServer::decide(const QHttpServerRequest& request, const UsersQuery& query)
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

DemoReply DemoServer::faultReply(Fault fault, const QHttpServerRequest& request, const UsersQuery& query)
{
    DemoReply reply;
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
        return DemoReply::gatewayPage(page.first, page.second);
    }
    case Fault::MalformedBody:
        // What a proxy error looks like when it still claims to be the API's JSON.
        reply.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8")}};
        reply.body = QByteArrayLiteral("upstream connect error or disconnect/reset before headers. "
                                       "reset reason: connection termination");
        return reply;
    case Fault::Stall:
        reply.kind = DemoReply::Kind::Stall;
        reply.status = 0;
        return reply;
    case Fault::ResetConnection:
        reply.kind = DemoReply::Kind::Reset;
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
        reply.kind = DemoReply::Kind::Truncate;
        reply.servesPage = false;
    }
    return reply;
}

DemoReply DemoServer::pageReply(qint64 offset, const UsersQuery& query, std::optional<Fault> fault)
{
    const qint64 total = servedTotal(query.includeAvatars);
    const qint64 end = std::min(total, offset + m_pageSize);

    QByteArray cursor;
    if (fault == Fault::DuplicatePage && total > 0)
        cursor = m_cursors.make(offset); // a fresh cursor for the same offset: the same users once more
    else if (fault == Fault::RepeatCursor)
        cursor = query.cursor.isEmpty() ? m_cursors.make(offset) : query.cursor.toUtf8();
    else if (end < total)
        cursor = m_cursors.make(end);

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

    DemoReply reply;
    reply.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8")}};
    reply.body = std::move(body);
    reply.servesPage = withUsers;
    return reply;
}

DemoReply DemoServer::errorReply(int status, const QString& message, const QByteArray& extraHeader,
                                 const QByteArray& extraValue)
{
    return DemoReply::error(status, message, makeRequestId(), extraHeader, extraValue);
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

void DemoServer::send(QHttpServerResponder& responder, const DemoReply& reply)
{
    if (reply.send(responder))
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

bool DemoServer::cursorOffset(const UsersQuery& query, qint64* offset) const
{
    *offset = 0;
    if (query.cursor.isEmpty()) // no cursor, or "cursor=": the first page
        return true;
    // Cursors are only handed out while records remain, so one at or past the end is not ours.
    return DemoCursor::parse(query.cursor, offset) && (*offset == 0 || *offset < servedTotal(query.includeAvatars));
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
