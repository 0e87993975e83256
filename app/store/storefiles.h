// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

// Where the offline copies live and how their files are handled: one folder under the app's data location
// (QStandardPaths::AppDataLocation, which honours XDG_DATA_HOME), readable by the owner only, like the databases in
// it. The personal data of a whole company is in there.
namespace StoreFiles {
// <AppDataLocation>/offline
QString folder();
// Creates the folder (and the app's data folder) owner-only when missing; *error names the folder and the reason.
bool ensureFolder(const QString& folder, QString* error);
// chmod 0600 for a file, 0700 for a folder. The one place that decides the mode (issue #22 brings a shared helper
// for exports; this is the function to swap for it).
bool makeOwnerOnly(const QString& path);
// The database and the files SQLite keeps beside it (-wal, -shm, -journal).
QStringList withCompanions(const QString& path);
// Renames the database and its companions to "<path>.damaged-<UTC time>" so a new one can start; returns the new
// path of the database (empty with *error when it could not be moved).
QString moveAside(const QString& path, QString* error);
// Deletes the database and its companions; false with *error naming what could not be removed.
bool remove(const QString& path, QString* error);
} // namespace StoreFiles
