// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

struct DemoOrgOptions
{
    int userCount = 5000;
    quint32 seed = 42;
    int avatarCount = 12; // synthetic Gong staff, only served with includeAvatars=true
};

// Builds a synthetic but realistic company directory in Gong's UserMetadata shape, for --demo, the tests and the
// benchmarks. The same options always give the same users in the same order, on every platform.
class DemoOrgGenerator
{
public:
    explicit DemoOrgGenerator(const DemoOrgOptions& options = {});

    // The directory, in the order the server pages it (shuffled: reports often come before their managers).
    QList<QJsonObject> users() const { return m_users; }
    // Gong staff "avatar" users (@gong.io); nobody in users() reports to them.
    QList<QJsonObject> avatars() const { return m_avatars; }

    // The company's e-mail domain, e.g. "northwind-analytics.com".
    QString companyDomain() const { return m_domain; }

private:
    QList<QJsonObject> m_users;
    QList<QJsonObject> m_avatars;
    QString m_domain;
};
