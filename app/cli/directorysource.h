// SPDX-License-Identifier: MIT
#pragma once

#include "connectionoptions.h"

#include "api/retrypolicy.h"
#include "credentials/credentials.h"
#include "store/storekey.h"

#include <QCommandLineOption>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QUrl>

#include <optional>

class CredentialStore;
class Directory;
class QCommandLineParser;
class RunTimeout;
struct SnapshotInfo;

// Where a headless command's directory comes from, and getting it, for `export`, `snapshots` and `changes` alike:
// the saved connection named by --profile (its base URL and avatars setting; its secrets from the keychain only when
// a load needs them), a load through the client (paced, retried, progress on stderr, every request counted in the
// request log), each completed load stored as a snapshot of the connection, and the offline copy instead of a load
// (--offline, --max-age).
class DirectorySource : public QObject
{
    Q_OBJECT
public:
    // What the commands share beyond ConnectionOptions.
    struct Options : ConnectionOptions
    {
        QUrl baseUrl;            // --base-url, else GONG_BASE_URL, else the saved profile's
        Credentials credentials; // from the environment; else read from the keychain for --profile
        QString profile;         // --profile: the name of a connection saved in the app
        bool quiet = false;
        bool verbose = false;
        bool noStore = false;    // a completed load is stored as a snapshot unless this is set
        bool offline = false;    // no request: the newest snapshot
        qint64 maxAgeMsecs = -1; // >= 0: the newest snapshot when it is younger, else a load
    };

    // Exit codes, as `gong-directory export` documents them.
    enum ExitCode
    {
        Success = 0,
        UsageError = 2,
        AuthError = 3,
        ApiFailure = 4,
        OutputError = 5,
    };

    // `command` names the command in messages ("gong-directory export: …").
    explicit DirectorySource(const QString& command, QObject* parent = nullptr);
    ~DirectorySource() override;

    // The base URL from --base-url, else GONG_BASE_URL, and credentials from the environment; --profile's name.
    // With `needCredentials`, a connection that cannot load is a usage error now. -1 to go on, else UsageError
    // with *output.
    // `noSourceText` replaces the sentence for no connection at all when credentials are needed ("Nothing to export
    // from: …").
    static int resolveConnection(const QCommandLineParser& parser, const QProcessEnvironment& environment,
                                 Options* options, bool needCredentials, QString* output,
                                 const QString& noSourceText = QString());
    // The options of a command that reads a directory besides ConnectionOptions' own: --profile, -q, --verbose,
    // --offline (`offlineText` says what the command does with the snapshot) and --max-age.
    static QList<QCommandLineOption> sourceOptions(const QString& offlineText);
    // Reads what addOptions() and sourceOptions() added, then resolveConnection (credentials are needed unless the
    // offline copy may do). -1 to go on, else UsageError with *output.
    static int readSourceOptions(const QCommandLineParser& parser, const QProcessEnvironment& environment,
                                 Options* options, QString* output, const QString& noSourceText);
    // The offline copy the options name.
    static StoreKey storeKey(const Options& options);

    // Where --profile looks; by default the app's own saved connections and the OS keychain.
    void setCredentialStore(CredentialStore* store) { m_store = store; }
    void setQuiet(bool quiet) { m_quiet = quiet; }
    // Retries and rate-limit waits other than the client's defaults (tests shorten them).
    void setRetryPolicy(const RetryPolicy& policy) { m_retryPolicy = policy; }
    // --timeout: a load still running when it expires is stopped (ApiFailure) with its message. Not owned.
    void setTimeout(RunTimeout* timeout) { m_timeout = timeout; }
    // The saved connection's name, once resolved (for messages).
    QString connectionName() const { return m_connectionName; }

    // The directory for a command, however the options say: from the offline copy (--offline; --max-age when it is
    // young enough) or loaded (and stored). *snapshot: the snapshot it came from or was stored as (invalid when a
    // load was not stored). Returns the exit code.
    int get(Options* options, Directory* directory, SnapshotInfo* snapshot);
    // Fills in the saved connection named by --profile; with `withSecrets` also its secrets from the keychain.
    int resolveProfile(Options* options, bool withSecrets);

    // One line to stderr unless quiet; an error line always ("gong-directory <command>: …"). Both escaped: what a
    // message quotes (a server's words, a file name) cannot drive the terminal or forge a line.
    void message(const QString& text) const;
    void error(const QString& text) const;
    // A progress line, at most about one a second unless `force`.
    void progressLine(const QString& text, bool force = false);

private:
    int load(const Options& options, Directory* directory, SnapshotInfo* snapshot);
    // -1 to go on loading, else the exit code (Success: loaded from the copy).
    int fromCopy(const Options& options, Directory* directory, SnapshotInfo* snapshot);

    QString m_command;
    CredentialStore* m_store = nullptr;
    std::optional<RetryPolicy> m_retryPolicy;
    RunTimeout* m_timeout = nullptr;
    QString m_connectionName;
    bool m_quiet = false;
    QElapsedTimer m_clock;
    qint64 m_lastProgressMs = -1;
};
