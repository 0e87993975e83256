// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"
#include "directorysource.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class CredentialStore;
class QCommandLineParser;

// `gong-directory reconcile …`: reads a list (one value per line, or one column of a CSV), loads the directory as
// `export` does, and writes one record per value — input, status, matchedBy, id, fullName, emailAddress — as CSV
// (the export's quoting and formula guard) or JSON, in input order. Needs no display; exit codes as `export`.
class ReconcileCommand : public QObject
{
    Q_OBJECT
public:
    enum class Format
    {
        Csv,
        Json
    };
    struct Options : DirectorySource::Options
    {
        QString input;  // a file, or "-" for stdin
        QString column; // a header column of a CSV input; empty: one value per line
        Format format = Format::Csv;
        QString output = QStringLiteral("-");
        bool byteOrderMark = true; // CSV
    };
    explicit ReconcileCommand(QObject* parent = nullptr);

    // The subcommand for CommandLine (CoreCommands), and its options.
    static CliCommand command();
    static void describe(QCommandLineParser* parser);

    // Parses the whole command line ("gong-directory", "reconcile", …). Returns -1 to go on, or the exit code to end
    // with at once (0 after --help, 2 on a usage error); *output is what to print then.
    static int parse(const QStringList& arguments, const QProcessEnvironment& environment, Options* options,
                     QString* output);
    // The values of the input, as the command reads them; false with *error (a file that cannot be read, a column
    // the CSV does not have).
    static bool readValues(const Options& options, QStringList* values, QString* error);

    void setCredentialStore(CredentialStore* store) { m_source.setCredentialStore(store); }
    // Reads the input, loads the directory, writes the records; returns the exit code.
    int run(const Options& options);

private:
    DirectorySource m_source{QStringLiteral("reconcile")};
};
