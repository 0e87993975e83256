// SPDX-License-Identifier: MIT
#pragma once

#include "api/retrypolicy.h"
#include "clicommand.h"
#include "exportcommandoptions.h"
#include "runtimeout.h"

#include <QElapsedTimer>
#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

#include <optional>

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
    // Runs `gong-directory export …` under the QCoreApplication CommandLine made; returns the exit code.
    static int main(const QStringList& arguments);

    // ExportCommandOptions' parse() and compileQuery(), for callers that start from the command.
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
    void setCredentialStore(CredentialStore* store) { m_store = store; }
    // Retries and rate-limit waits other than the client's defaults (tests shorten them).
    void setRetryPolicy(const RetryPolicy& policy) { m_retryPolicy = policy; }

    // Loads, filters and writes; returns the exit code.
    int run(const Options& options);

private:
    // Fills in what the environment left open from the saved connection named by --profile; the secrets come
    // from the keychain, asynchronously, within the store's watchdog time. Returns the exit code.
    int useProfile(Options* options);
    void message(const QString& text) const; // one line to stderr, unless --quiet
    void progressLine(const QString& text, bool force = false);
    int load(const Options& options, Directory* directory);
    int write(const Options& options, const Directory& directory, const QList<int>& rows);

    CredentialStore* m_store = nullptr;
    std::optional<RetryPolicy> m_retryPolicy;
    RunTimeout m_timeout;
    QString m_connectionName; // the saved connection in use, for the progress lines
    bool m_quiet = false;
    QElapsedTimer m_clock;
    qint64 m_lastProgressMs = -1;
};
