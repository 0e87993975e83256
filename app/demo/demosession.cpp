// SPDX-License-Identifier: MIT
#include "demosession.h"

#include "demoorggenerator.h"
#include "demoserver.h"

#include <QCoreApplication>

#include <future>
#include <mutex>
#include <optional>

namespace {
struct PreparedDemo
{
    int userCount = 0;
    quint32 seed = 0;
    std::future<DemoOrgGenerator> generator;
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
    PreparedDemo p{options.userCount, seed,
                   std::async(std::launch::async, [options] { return DemoOrgGenerator(options); })};
    const std::lock_guard<std::mutex> lock(preparedMutex);
    if (prepared)
        prepared->generator.wait();
    prepared = std::move(p);
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
    m_server->setUsers(generator->users());
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
