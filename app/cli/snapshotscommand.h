// SPDX-License-Identifier: MIT
#pragma once

#include "directorysource.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

// `gong-directory snapshots`: the stored snapshots of a connection's offline copy, newest first (time, users,
// requests used), and today's request count against Gong's daily quota. Reads the copy only: no request, no
// credentials.
class SnapshotsCommand : public QObject
{
    Q_OBJECT
public:
    struct Options : DirectorySource::Options
    {
        bool json = false; // --format json
    };

    explicit SnapshotsCommand(QObject* parent = nullptr);

    // Entry point from main(), before any QApplication exists: argv[1] is "snapshots".
    static bool isCommand(int argc, char* argv[]);
    static int main(int argc, char* argv[]);
    // As ExportCommand::parse(): -1 to go on, else the exit code with *output to print.
    static int parse(const QStringList& arguments, const QProcessEnvironment& environment, Options* options,
                     QString* output);
    int run(const Options& options);

    // Gong's default daily quota per company, for the request line.
    static constexpr int DailyQuota = 10000;

private:
    DirectorySource m_source;
};
