// SPDX-License-Identifier: MIT
// Small helpers shared by the export writer tests.
#pragma once

#include "directory/directory.h"
#include "export/exportwriter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <numeric>

namespace ExportTest {
// A UserMetadata object with the usual fields; callers add or override the rest.
inline QJsonObject user(const QString& id, const QString& first, const QString& last, const QString& managerId = {})
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("firstName"), first},
                  {QStringLiteral("lastName"), last},
                  {QStringLiteral("emailAddress"),
                   first.toLower() + QLatin1Char('.') + last.toLower() + QStringLiteral("@example.com")},
                  {QStringLiteral("active"), true}};
    if (!managerId.isEmpty())
        o.insert(QStringLiteral("managerId"), managerId);
    return o;
}

inline void fill(Directory* directory, const QList<QJsonObject>& objects)
{
    QList<User> users;
    for (const QJsonObject& o : objects)
        users.append(User::fromJson(o));
    directory->upsert(users);
}

inline QList<int> allRows(const Directory& directory)
{
    QList<int> rows(directory.count());
    std::iota(rows.begin(), rows.end(), 0);
    return rows;
}

// Writes to memory; fails the calling test (via the returned null array) when write() fails.
inline QByteArray write(ExportWriter& writer, const Directory& directory, const QList<int>& rows)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!writer.write(directory, rows, &buffer))
        return QByteArray();
    return buffer.data();
}
} // namespace ExportTest
