// SPDX-License-Identifier: MIT
// Reading back what the app left on disk, for the tests that look for leaked secrets.
#pragma once

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QString>

namespace TestFiles {
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
