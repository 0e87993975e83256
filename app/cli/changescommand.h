// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"
#include "directorysource.h"

#include "export/exportformat.h"
#include "export/exportwriter.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

class QCommandLineParser;

// `gong-directory changes`: what changed between the newest snapshot of a connection's offline copy and the newest
// one taken at or before --since (without it, the one before the newest): who joined, left, was activated or
// deactivated, and every changed field with its values before and after, as CSV or JSON (ChangesWriter). Offline by
// default; --refresh first loads and stores a new snapshot. Exit 2 when there are fewer than two snapshots.
class ChangesCommand : public QObject
{
    Q_OBJECT
public:
    struct Options : DirectorySource::Options
    {
        qint64 sinceMsecs = -1; // --since, UTC ms; -1: the snapshot before the newest
        bool refresh = false;
        ExportFormat format = ExportFormat::Csv;
        ExportOptions writerOptions;
        QString output = QStringLiteral("-");
    };

    explicit ChangesCommand(QObject* parent = nullptr);

    // The subcommand for CommandLine (CoreCommands), and its options.
    static CliCommand command();
    static void describe(QCommandLineParser* parser);
    // As ExportCommand::parse(): -1 to go on, else the exit code with *output to print.
    static int parse(const QStringList& arguments, const QProcessEnvironment& environment, Options* options,
                     QString* output);
    // --since: an ISO-8601 date (midnight UTC) or date and time (UTC when it names no offset), or a span back from
    // `nowMsecs` ("7d", "12h"). False when it is none of those.
    static bool parseWhen(const QString& text, qint64 nowMsecs, qint64* msecs);
    // Sets the credential store --profile reads (tests); by default the app's own.
    void setCredentialStore(CredentialStore* store) { m_source.setCredentialStore(store); }
    int run(const Options& options);

private:
    DirectorySource m_source;
};
