// SPDX-License-Identifier: MIT
// Files for the tests: input written for the app, and reading back what it left on disk (the tests that look for
// leaked secrets).
#pragma once

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QString>

namespace TestFiles {
// Writes `bytes` to `path` and returns the path; a file that cannot be written ends the test run.
inline QString write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("could not write %s", qPrintable(path));
    return path;
}

// The whole file, or `ifMissing` when it cannot be read (what an export left on disk).
inline QByteArray read(const QString& path, const QByteArray& ifMissing = {})
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : ifMissing;
}

// Every file below `dir`, concatenated: the place a leaked secret would show up.
inline QByteArray allFileBytes(const QString& dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}
} // namespace TestFiles
