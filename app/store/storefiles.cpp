// SPDX-License-Identifier: MIT
#include "storefiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace StoreFiles {
QString folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/offline");
}

bool ensureFolder(const QString& folder, QString* error)
{
    const QFileInfo info(folder);
    if (info.isDir())
        return true;
    const QString shown = QDir::toNativeSeparators(folder);
    if (info.exists()) {
        if (error)
            *error = QCoreApplication::translate("StoreFiles", "“%1” is a file, not a folder.").arg(shown);
        return false;
    }
    // The app's own data folder and this one are made owner-only; folders above them are the user's business.
    const QString parent = info.absolutePath();
    const bool parentIsNew = !QFileInfo::exists(parent);
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = QCoreApplication::translate("StoreFiles", "Could not create the folder “%1”.").arg(shown);
        return false;
    }
    if (parentIsNew)
        makeOwnerOnly(parent);
    return makeOwnerOnly(folder);
}

bool makeOwnerOnly(const QString& path)
{
    const QFileInfo info(path);
    if (info.isSymLink())
        return false; // never change the mode of whatever a link points at
    const QFile::Permissions mode = info.isDir()
                                        ? QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser |
                                              QFile::WriteUser | QFile::ExeUser
                                        : QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
    return QFile::setPermissions(path, mode);
}

QStringList withCompanions(const QString& path)
{
    return {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"), path + QStringLiteral("-journal")};
}

QString moveAside(const QString& path, QString* error)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = path + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = path + QStringLiteral(".damaged-") + stamp + QLatin1Char('-') + QString::number(n);
    const QStringList from = withCompanions(path);
    const QStringList to = withCompanions(target);
    for (int i = 0; i < from.size(); ++i) {
        if (!QFileInfo::exists(from[i]))
            continue;
        if (!QFile::rename(from[i], to[i])) {
            if (error)
                *error = QCoreApplication::translate("StoreFiles", "Could not move “%1” aside.")
                             .arg(QDir::toNativeSeparators(from[i]));
            return {};
        }
    }
    return target;
}

bool remove(const QString& path, QString* error)
{
    for (const QString& file : withCompanions(path)) {
        if (QFileInfo::exists(file) && !QFile::remove(file)) {
            if (error)
                *error = QCoreApplication::translate("StoreFiles", "Could not delete “%1”.")
                             .arg(QDir::toNativeSeparators(file));
            return false;
        }
    }
    return true;
}
} // namespace StoreFiles
