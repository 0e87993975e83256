// SPDX-License-Identifier: MIT
// Small builders for test directories.
#pragma once

#include "demo/demoorggenerator.h"
#include "directory/directory.h"
#include "directory/user.h"

#include <QJsonObject>
#include <QList>

namespace TestUsers {
inline User make(const QString& id, const QString& first, const QString& last, const QString& managerId = {},
                 const QString& title = {})
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("firstName"), first},
                  {QStringLiteral("lastName"), last},
                  {QStringLiteral("emailAddress"),
                   first.toLower() + QLatin1Char('.') + last.toLower() + QStringLiteral("@example.com")}};
    if (!managerId.isEmpty())
        o.insert(QStringLiteral("managerId"), managerId);
    if (!title.isEmpty())
        o.insert(QStringLiteral("title"), title);
    return User::fromJson(o);
}

inline QList<User> demo(int count, quint32 seed = 42)
{
    DemoOrgOptions options;
    options.userCount = count;
    options.seed = seed;
    QList<User> users;
    const QList<QJsonObject> objects = DemoOrgGenerator(options).users();
    users.reserve(objects.size());
    for (const QJsonObject& o : objects)
        users.append(User::fromJson(o));
    return users;
}
// The top of the organisation: of the people without a manager, the one with the largest organisation (the demo
// company also has people whose manager was left empty by mistake). -1 in an empty directory.
inline int ceo(const Directory& directory)
{
    int top = -1;
    for (int r = 0; r < directory.count(); ++r) {
        if (directory.user(r).managerId.isEmpty() &&
            (top < 0 || directory.totalReports(r) > directory.totalReports(top)))
            top = r;
    }
    return top;
}
} // namespace TestUsers
