// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"
#include "directorysource.h"
#include "exportcommandoptions.h"
#include "runtimeout.h"

#include "api/retrypolicy.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

class CredentialStore;
class Directory;
class User;

// `gong-directory export …`: loads the directory through the normal client (paced, retried) and
// writes it with the same writers as the GUI, to a file or stdout. Needs no display. Progress
// goes to stderr, data to the output only, and the exit code says what went wrong.
class ExportCommand : public QObject
{
    Q_OBJECT
public:
    enum ExitCode
    {
        Success = 0,
        UsageError = 2,  // bad option, bad query, missing configuration (no credentials, unknown profile, no keychain)
        AuthError = 3,   // 401/403
        ApiFailure = 4,  // API or network failure after retries, a refused answer, or --timeout passed
        OutputError = 5, // the output could not be written
    };

    using Options = ExportCommandOptions;
    using RowMatcher = ExportCommandOptions::RowMatcher;

    explicit ExportCommand(QObject* parent = nullptr);
    ~ExportCommand() override;

    // The `export` subcommand for CommandLine: its options and its entry point.
    static CliCommand command();
    // Runs `gong-directory export …` (the whole command line) under CommandLine's QCoreApplication.
    static int main(const QStringList& arguments);

    // As ExportCommandOptions::parse().
    static int parse(const QStringList& arguments, const QProcessEnvironment& environment, Options* options,
                     QString* output)
    {
        return ExportCommandOptions::parse(arguments, environment, options, output);
    }
    static bool compileQuery(const QString& query, RowMatcher* matcher, QString* error)
    {
        return ExportCommandOptions::compileQuery(query, matcher, error);
    }

    // Where --profile looks; by default the app's own saved connections and the OS keychain.
    void setCredentialStore(CredentialStore* store) { m_source.setCredentialStore(store); }
    // Retries and rate-limit waits other than the client's defaults (tests shorten them).
    void setRetryPolicy(const RetryPolicy& policy) { m_source.setRetryPolicy(policy); }

    // Loads, filters and writes; returns the exit code.
    int run(const Options& options);

private:
    int write(const Options& options, const Directory& directory, const QList<int>& rows);

    DirectorySource m_source; // where the directory comes from; also the console lines
    RunTimeout m_timeout;     // --timeout, for loading and writing
};
