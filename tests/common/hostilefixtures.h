// SPDX-License-Identifier: MIT
// What the tests of hostile servers and local attackers set up again and again: credentials for a test server,
// and a symbolic link another local user could have planted for an export to follow.
#pragma once

#include "credentials/credentials.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <sys/stat.h>

namespace HostileFixtures {
inline Credentials credentials()
{
    Credentials c;
    c.method = Credentials::Method::AccessKey;
    c.accessKey = QStringLiteral("key");
    c.accessKeySecret = QStringLiteral("secret");
    return c;
}

// `link` in `folder`, a sticky folder anyone can write to (like /tmp), points at `victim`, a file of the user's
// that holds `content`. Empty paths when something could not be made.
struct PlantedLink
{
    QString victim;
    QString folder;
    QString link;
};

inline PlantedLink plantLink(const QTemporaryDir& dir, const QByteArray& content = "my notes")
{
    PlantedLink planted{dir.filePath(QStringLiteral("notes.txt")), dir.filePath(QStringLiteral("tmp")), {}};
    QFile victim(planted.victim);
    if (!victim.open(QIODevice::WriteOnly) || victim.write(content) != content.size() ||
        !QDir().mkdir(planted.folder) || ::chmod(QFile::encodeName(planted.folder).constData(), 01777) != 0)
        return {};
    const QString link = planted.folder + QStringLiteral("/people.csv");
    if (!QFile::link(planted.victim, link))
        return {};
    planted.link = link;
    return planted;
}

// What `path` holds now ("(missing)" when it cannot be read).
inline QByteArray contentOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(missing)");
}
} // namespace HostileFixtures
