// SPDX-License-Identifier: MIT
#include "demosession.h"

#include "demoorggenerator.h"
#include "demoserver.h"

#include <QCoreApplication>

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
    const DemoOrgGenerator generator(options);
    m_server->setUsers(generator.users());
    m_server->setAvatars(generator.avatars());
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
