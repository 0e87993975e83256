// SPDX-License-Identifier: MIT
#pragma once

#include "connectionoptions.h"
#include "credentials/credentials.h"

#include <QElapsedTimer>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

class CredentialStore;
class Directory;
class QCommandLineParser;

// Where a headless command's directory comes from — the demo company, --base-url with credentials from the
// environment, or a connection saved in the app (--profile, secrets from the keychain) — and loading it through the
// normal client (paced, retried) with progress on stderr. Every command that reads the directory (export,
// reconcile) uses this one, so they accept, check and report the same things.
class DirectorySource : public QObject
{
    Q_OBJECT
public:
    // The exit codes of the headless commands.
    enum ExitCode
    {
        Success = 0,
        UsageError = 2,  // bad option or input, missing configuration (no credentials, unknown profile, no keychain)
        AuthError = 3,   // 401/403
        ApiFailure = 4,  // API or network failure after retries
        OutputError = 5, // the output could not be written
    };

    // --demo, --base-url, --include-avatars, --rate and --profile as read, with the environment's part resolved.
    struct Options : ConnectionOptions
    {
        QUrl baseUrl;            // --base-url, else GONG_BASE_URL, else the saved profile's
        Credentials credentials; // from the environment; else read from the keychain for --profile
        QString profile;         // --profile: the name of a connection saved in the app
        bool quiet = false;      // -q: no progress, only errors
        bool verbose = false;    // --verbose: the client's log too
    };

    // `command` names the command in messages ("gong-directory export: …").
    explicit DirectorySource(const QString& command, QObject* parent = nullptr);

    // The description's paragraphs about the environment and saved connections, and the --profile, -q and --verbose
    // options (ConnectionOptions::addOptions adds the rest: their descriptions differ per command).
    static QString helpText();
    static void addOptions(QCommandLineParser* parser);
    // After parsing: reads the options above and decides where the directory comes from. `noSourceText` is the
    // sentence for "nothing to read from" with %1 for the credential variables. Returns -1 to go on, or UsageError
    // with *error.
    static int read(const QCommandLineParser& parser, const QProcessEnvironment& environment, Options* options,
                    QString* error, const QString& noSourceText);
    // Lowers the library's log to warnings unless --verbose (QT_LOGGING_RULES still wins for the rules it names).
    static void applyVerbosity(const Options& options);

    // Where --profile looks; by default the app's own saved connections and the OS keychain.
    void setCredentialStore(CredentialStore* store) { m_store = store; }

    // Fills in what a --profile leaves open, then loads the whole directory. Returns the exit code.
    int load(const Options& options, Directory* directory);

    // One line to stderr, unless quiet; an error line (always, prefixed with the command); progress at most about
    // once a second unless forced.
    void message(const QString& text) const;
    void error(const QString& text) const;
    void progressLine(const QString& text, bool force = false);
    void setQuiet(bool quiet) { m_quiet = quiet; }

private:
    int useProfile(Options* options);
    int loadFrom(const Options& options, Directory* directory);

    QString m_command;
    CredentialStore* m_store = nullptr;
    QString m_connectionName; // the saved connection in use, for the progress lines
    bool m_quiet = false;
    QElapsedTimer m_clock;
    qint64 m_lastProgressMs = -1;
};
