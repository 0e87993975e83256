// SPDX-License-Identifier: MIT
#pragma once

#include <QFileDevice>
#include <QString>

// Files that hold personal data (exports, the offline store) are their owner's alone: the app creates them
// owner-only (0600) and the folders it makes for them owner-only (0700). A file or folder that already exists keeps
// its mode: its owner chose it.
namespace PrivateFiles {
// Read and write for the owner, nothing for anyone else (0600).
constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Restricts a file the app has just created and opened (a QSaveFile's temporary file, say) to its owner, before
// anything is written to it. False with *error when the mode could not be set.
bool restrictToOwner(QFileDevice* file, QString* error = nullptr);

// Creates `path` as an empty owner-only file, never through a symbolic link; an existing file is left as it is.
// For files another library opens by name (SQLite keeps the database's mode for its journal and WAL files).
bool createFile(const QString& path, QString* error = nullptr);

// Creates the folder `path` and any missing parents; the folders made here are owner-only (0700), existing ones
// keep their mode.
bool createFolder(const QString& path, QString* error = nullptr);
} // namespace PrivateFiles
