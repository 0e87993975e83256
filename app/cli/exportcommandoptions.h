// SPDX-License-Identifier: MIT
#pragma once

#include "directorysource.h"

#include "export/exportwriter.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

class Directory;
class QCommandLineParser;

// What `gong-directory export` was asked to do: its options, described once (for the parser, `--help` and through
// it the man page and completion tests), read and checked; --demo, --base-url, --include-avatars and --rate as the
// app reads them, --profile and the offline copy's options (DirectorySource::Options).
struct ExportCommandOptions : DirectorySource::Options
{
    QString query;
    ExportFormat format = ExportFormat::Csv;
    QStringList columns; // empty: the default visible columns
    ExportOptions writerOptions;
    QString output = QStringLiteral("-");
    qint64 timeoutMs = 0; // --timeout, for the whole run; 0: none
    QString timeoutText;

    // Selects rows of a loaded directory; built from --query.
    using RowMatcher = std::function<bool(const Directory& directory, int row)>;

    // The command's description and options.
    static void describe(QCommandLineParser* parser);

    // Parses the whole command line ("gong-directory", "export", …). Returns -1 to go on, or the exit code to end
    // with at once (0 after --help, --version or --columns help, 2 on a usage error); *output is what to print then
    // (stdout for 0, stderr for 2).
    static int parse(const QStringList& arguments, const QProcessEnvironment& environment,
                     ExportCommandOptions* options, QString* output);

    // Turns --query into a matcher; false with *error for a query that does not parse.
    static bool compileQuery(const QString& query, RowMatcher* matcher, QString* error);
};
