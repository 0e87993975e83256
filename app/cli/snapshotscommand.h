// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"
#include "directorysource.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

class QCommandLineParser;

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

    // The subcommand for CommandLine (CoreCommands), and its options.
    static CliCommand command();
    static void describe(QCommandLineParser* parser);
    // As ExportCommand::parse(): -1 to go on, else the exit code with *output to print.
    static int parse(const QStringList& arguments, const QProcessEnvironment& environment, Options* options,
                     QString* output);
    int run(const Options& options);

    // Gong's default daily quota per company, for the request line.
    static constexpr int DailyQuota = 10000;

private:
    DirectorySource m_source;
};
