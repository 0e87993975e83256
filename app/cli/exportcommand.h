// SPDX-License-Identifier: MIT
#pragma once

#include "api/retrypolicy.h"
#include "connectionoptions.h"
#include "credentials/credentials.h"
#include "export/exportwriter.h"
#include "runtimeout.h"

#include <QElapsedTimer>
#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

#include <functional>
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

    // --demo, --base-url, --include-avatars and --rate as the app reads them, and the export's own options.
    struct Options : ConnectionOptions
    {
        QUrl baseUrl;            // --base-url, else GONG_BASE_URL, else the saved profile's
        Credentials credentials; // from the environment; else read from the keychain for --profile
        QString profile;         // --profile: the name of a connection saved in the app
        QString query;
        ExportFormat format = ExportFormat::Csv;
        QStringList columns; // empty: the default visible columns
        ExportOptions writerOptions;
        QString output = QStringLiteral("-");
        bool quiet = false;
        bool verbose = false;
        qint64 timeoutMs = 0; // --timeout, for the whole run; 0: none
        QString timeoutText;
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
