// SPDX-License-Identifier: MIT
#include "demosession.h"

#include "demoorgevolution.h"
#include "demoorggenerator.h"
#include "demoserver.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPromise>
#include <QSslConfiguration>

#include <future>
#include <memory>
#include <mutex>
#include <optional>

namespace {
struct PreparedDemo
{
    int userCount = 0;
    quint32 seed = 0;
    std::future<DemoOrgGenerator> generator;
    QFuture<void> generated; // finished when `generator` has its result, for whenPrepared()'s watcher
    std::future<void> tlsReady;
};

std::mutex preparedMutex;
std::optional<PreparedDemo> prepared;

std::optional<DemoOrgGenerator> takePrepared(int userCount, quint32 seed)
{
    std::optional<PreparedDemo> p;
    {
        const std::lock_guard<std::mutex> lock(preparedMutex);
        p.swap(prepared);
    }
    if (!p)
        return std::nullopt;
    DemoOrgGenerator generator = p->generator.get(); // always joined, even when not the one asked for
    p->tlsReady.wait();
    if (p->userCount != userCount || p->seed != seed)
        return std::nullopt;
    return generator;
}
} // namespace

void DemoSession::prepare(int userCount, quint32 seed)
{
    DemoOrgOptions options;
    options.userCount = qMax(0, userCount);
    options.seed = seed;
    auto generated = std::make_shared<QPromise<void>>();
    generated->start();
    PreparedDemo p;
    p.userCount = options.userCount;
    p.seed = seed;
    p.generated = generated->future();
    p.generator = std::async(std::launch::async, [options, generated] {
        DemoOrgGenerator generator(options);
        generated->finish();
        return generator;
    });
    // QHttpServer 6.4 holds a QSslConfiguration, and constructing one loads the TLS plugin and initialises
    // OpenSSL, even for a server that speaks plain HTTP: ~9 ms on the GUI thread's way to the first rows, in
    // DemoServer's constructor. Done here, on a thread of its own while the company is generated, it is done by
    // the time start() builds the server (QSslSocket initialises under a mutex).
    p.tlsReady = std::async(std::launch::async, [] { const QSslConfiguration initializesTlsBackend; });
    const std::lock_guard<std::mutex> lock(preparedMutex);
    if (prepared)
        prepared->generator.wait();
    prepared = std::move(p);
}

void DemoSession::whenPrepared(QObject* context, std::function<void()> then)
{
    QFuture<void> generated;
    {
        const std::lock_guard<std::mutex> lock(preparedMutex);
        if (!prepared) {
            QMetaObject::invokeMethod(context, std::move(then), Qt::QueuedConnection);
            return;
        }
        generated = prepared->generated;
    }
    auto* watcher = new QFutureWatcher<void>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, then = std::move(then)] {
        watcher->deleteLater();
        then();
    });
    watcher->setFuture(generated);
}

DemoSession::DemoSession(QObject* parent)
    : QObject(parent)
    , m_server(new DemoServer(this))
{}

DemoSession::~DemoSession() = default;

bool DemoSession::start(int userCount, quint32 seed, QString* error)
{
    DemoOrgOptions options;
    options.userCount = qMax(0, userCount);
    options.seed = seed;
    std::optional<DemoOrgGenerator> generator = takePrepared(options.userCount, seed);
    if (!generator)
        generator.emplace(options);
    m_company = generator->users();
    m_seed = seed;
    m_server->setUsers(DemoOrgEvolution::atLoad(m_company, m_seed, m_load));
    m_server->setAvatars(generator->avatars());
    // Behave like Gong: 3 requests per rolling second.
    m_server->setRateLimit(3, 1000);
    if (!m_server->listen()) {
        if (error)
            *error = QCoreApplication::translate("DemoSession", "The demo server could not listen on 127.0.0.1.");
        return false;
    }
    m_userCount = options.userCount;
    return true;
}

void DemoSession::setLoad(int load)
{
    m_load = qMax(0, load);
    if (!m_company.isEmpty())
        m_server->setUsers(DemoOrgEvolution::atLoad(m_company, m_seed, m_load));
}

QUrl DemoSession::baseUrl() const
{
    return m_server->baseUrl();
}

Credentials DemoSession::credentials() const
{
    Credentials c;
    c.method = Credentials::Method::AccessKey;
    c.accessKey = DemoServer::defaultAccessKey();
    c.accessKeySecret = DemoServer::defaultSecret();
    return c;
}
