// SPDX-License-Identifier: MIT
#pragma once

#include "directorysource.h"
#include "export/exportwriter.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

#include <functional>

class CredentialStore;
class Directory;
class User;

// `gong-directory export …`: loads the directory through the normal client (paced, retried) and
// writes it with the same writers as the GUI, to a file or stdout. Needs no display. Progress
// goes to stderr, data to the output only, and the exit code says what went wrong.
class ExportCommand : public QObject, public CommandExitCodes
{
    Q_OBJECT
public:
    // Where the people come from (--demo, --base-url, --profile, … as the app reads them), and the export's own
    // options.
    struct Options : SourceOptions
    {
        QString query;
        ExportFormat format = ExportFormat::Csv;
        QStringList columns; // empty: the default visible columns
        ExportOptions writerOptions;
        QString output = QStringLiteral("-");
    };

    // Selects rows of a loaded directory; built from --query.
    using RowMatcher = std::function<bool(const Directory& directory, int row)>;

    explicit ExportCommand(QObject* parent = nullptr);
    ~ExportCommand() override;

    // Entry point from main(), before any QApplication exists: argv[1] is "export".
    static bool isExportCommand(int argc, char* argv[]);
    static int main(int argc, char* argv[]);

    // Parses the arguments after "export" (arguments[0] is the program). Returns -1 to go on, or
    // the exit code to end with at once (0 after --help or --columns help, 2 on a usage error);
    // *output is what to print then (stdout for 0, stderr for 2).
    static int parse(const QStringList& arguments, const QProcessEnvironment& environment, Options* options,
                     QString* output);

    // Turns --query into a matcher; false with *error for a query that does not parse.
    static bool compileQuery(const QString& query, RowMatcher* matcher, QString* error);

    // Where --profile looks; by default the app's own saved connections and the OS keychain.
    void setCredentialStore(CredentialStore* store) { m_store = store; }

    // Loads, filters and writes; returns the exit code.
    int run(const Options& options);

private:
    int write(const Options& options, const Directory& directory, const QList<int>& rows);

    CredentialStore* m_store = nullptr;
    DirectorySource m_source{QStringLiteral("export")};
};
