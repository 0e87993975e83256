// SPDX-License-Identifier: MIT
#pragma once

#include "connectionoptions.h"
#include "credentials/credentials.h"
#include "export/exportfile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

class CredentialStore;
class Directory;
class QCommandLineParser;

// Where a headless command's people come from: --demo; or the base URL from --base-url, GONG_BASE_URL or a
// connection saved in the app (--profile), with the credentials from the environment or that connection's keychain
// entry. With -q and --verbose, as every command that loads the directory takes them.
struct SourceOptions : ConnectionOptions
{
    QUrl baseUrl;            // --base-url, else GONG_BASE_URL, else the saved profile's
    Credentials credentials; // from the environment; else read from the keychain for --profile
    QString profile;         // --profile: the name of a connection saved in the app
    bool quiet = false;
    bool verbose = false;

    // Adds ConnectionOptions' options, --profile, -q and --verbose.
    static void addOptions(QCommandLineParser* parser, const QString& demoDescription,
                           const QString& avatarsDescription);
    // Reads them from a parser that has parsed, and checks that the environment or a profile can supply the rest;
    // false with *error (a usage error) when not.
    bool read(const QCommandLineParser& parser, const QProcessEnvironment& environment, QString* error);
    // The help's paragraphs on the environment, saved connections and exit codes.
    static QString helpText();
    // The command line as a command's parser reads it: "--demo" alone made "--demo=<default size>", and the
    // command's word ("gong-directory export …" → "gong-directory …") removed.
    static QStringList commandArguments(const QStringList& arguments, const QString& command);
};

// The exit codes of every headless command that loads the directory (the README's table): the commands and
// DirectorySource inherit them, so ExportCommand::UsageError and ChartCommand::UsageError are the same number.
struct CommandExitCodes
{
    enum ExitCode
    {
        Success = 0,
        UsageError = 2,  // bad option, bad query, missing configuration (no credentials, unknown profile, no keychain)
        AuthError = 3,   // 401/403
        ApiFailure = 4,  // API or network failure after retries
        OutputError = 5, // the output could not be written
    };
};

// Loads the directory for a headless command (`gong-directory export`, `gong-directory chart`) through the normal
// client (paced, retried), reading --profile's secrets from the keychain first. Progress and errors go to stderr as
// "gong-directory <command>: …"; the results are the commands' shared exit codes.
class DirectorySource : public QObject, public CommandExitCodes
{
    Q_OBJECT
public:
    explicit DirectorySource(const QString& command, QObject* parent = nullptr);
    ~DirectorySource() override;

    // Where --profile looks; by default the app's own saved connections and the OS keychain.
    void setCredentialStore(CredentialStore* store) { m_store = store; }
    void setQuiet(bool quiet) { m_quiet = quiet; }

    // Fills in what the environment left open from the saved connection named by --profile; the secrets come from
    // the keychain, asynchronously, within the store's watchdog time. Returns the exit code.
    int useProfile(SourceOptions* options);
    // Loads everyone into `directory`. Returns the exit code.
    int load(const SourceOptions& options, Directory* directory);
    // What a command does before its own work: checks that `output` can be written (before a long load; "-" is
    // stdout), fills in --profile (useProfile()) and loads. Returns the exit code.
    int loadFor(const QString& output, SourceOptions* options, Directory* directory);
    // Fills stdout with `write`; false after saying on stderr why it could not.
    bool writeToStdout(const ExportFile::DeviceWriter& write);

    // One line to stderr, unless quiet.
    void message(const QString& text) const;
    // A progress line, at most about one a second unless forced.
    void progressLine(const QString& text, bool force = false);
    // "gong-directory <command>: <text>" on stderr, quiet or not.
    void error(const QString& text) const;
    static void writeStderr(const QString& text);
    // The "C" locale prints 5000 as "5000"; people read "5,000".
    static QLocale numberLocale();
    // The help of a parser, its first line naming "gong-directory <command>" instead of the program's path.
    static QString helpFor(const QCommandLineParser& parser, const QString& command);
    // Parses a command's arguments (SourceOptions::commandArguments()) with its parser, which has a "help" option.
    // Returns -1 to go on, 0 with --help's text in *output, or UsageError with the reason (an unknown option, a
    // stray argument).
    static int parseArguments(QCommandLineParser* parser, const QStringList& arguments, const QString& command,
                              QString* output);

    // What every command's main() does around its own parse() and run(). Before: the application's names (they name
    // the settings file --profile reads) and the translations. After parse(): --help's text on stdout or the usage
    // error on stderr, and the library's info lines kept off stderr unless --verbose. Returns -1 to go on to run(),
    // else the exit code.
    static void prepareApplication();
    static int afterParse(const QString& command, int code, const QString& output, bool verbose);
    // The whole main() of a command class with Options, parse() and run(), under the application object the caller
    // made.
    template <typename Command> static int runMain(const QString& command)
    {
        prepareApplication();
        typename Command::Options options;
        QString output;
        const int code =
            Command::parse(QCoreApplication::arguments(), QProcessEnvironment::systemEnvironment(), &options, &output);
        const int done = afterParse(command, code, output, options.verbose);
        if (done >= 0)
            return done;
        Command instance;
        return instance.run(options);
    }

private:
    QString m_command;
    CredentialStore* m_store = nullptr;
    QString m_connectionName; // the saved connection in use, for the progress lines
    bool m_quiet = false;
    QElapsedTimer m_clock;
    qint64 m_lastProgressMs = -1;
};
