// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"

#include <QCoreApplication>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

class QCommandLineParser;

// The command line of gong-directory: its subcommands (`export`, …) and the window, told apart before any
// application object exists, so that a mistyped command, an unknown option or a missing display gets one sentence
// instead of Qt's platform-plugin abort. `gong-directory --help`, `help NAME`, `NAME --help` and `--version` after
// any command all come from here; a new command needs one add() call (CoreCommands::registerAll()).
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    enum ExitCode
    {
        Success = 0,
        NoDisplay = 1,  // the window was asked for and there is no display to show it on
        UsageError = 2, // unknown command or option, a value that is not allowed
    };

    // What a command line asks for, decided from the arguments and the environment alone.
    struct Route
    {
        enum class Kind
        {
            Window,         // start the GUI: its options parsed and checked, and a display is there
            NoDisplay,      // the GUI, but there is no display for it
            Command,        // a subcommand; `command` names it
            Help,           // the overview (`gong-directory --help`)
            Version,        // `gong-directory --version`
            UnknownCommand, // `word` is no command
            UsageError,     // `error` says why
        };
        Kind kind = Kind::Window;
        QString command;
        QString word;
        QString error;
    };

    // Registers a subcommand (a second one with the same name replaces the first).
    static void add(const CliCommand& command);
    // Every command, `help` included, by name.
    static QList<CliCommand> commands();
    static const CliCommand* find(const QString& name);
    // The commands closest to a mistyped name: a couple of edits away (letters swapped, one missing or extra), or
    // starting with it. Empty when none is close.
    static QStringList suggestions(const QString& typed);

    // The window's options for `gong-directory --help` and for telling them from a command: `describe` adds its
    // description and options, `check` says whether parsed arguments are acceptable (false with *error).
    static void setWindow(std::function<void(QCommandLineParser*)> describe,
                          std::function<bool(const QStringList& arguments, QString* error)> check);

    static Route route(const QStringList& arguments, const QProcessEnvironment& environment);
    // Whether main() should start the window; needs no application object.
    static bool wantsWindow(int argc, char* argv[]);
    // Every route but the window: makes a QCoreApplication, then runs the command, prints the help, the version or
    // the error. Returns the exit code.
    static int runHeadless(int argc, char* argv[]);

    // A parser with --help, --version and the command's options.
    static void prepare(QCommandLineParser* parser, const CliCommand& command);
    // Parses the whole command line of a command ("gong-directory", "export", …) with prepare()'s parser. Returns
    // -1 to go on, or the exit code to end with at once: 0 after --help or --version (*output is what to print on
    // stdout), 2 on a usage error (*output says why). `--demo` alone becomes `--demo=<default size>`.
    static int parse(QCommandLineParser* parser, const CliCommand& command, const QStringList& arguments,
                     QString* output);
    // `gong-directory export --help`, and `gong-directory --help`.
    static QString helpText(const CliCommand& command);
    static QString overview();
    static QString versionText(); // "gong-directory 0.1.0\n"

    // Application name, organisation (they name the settings file), version, numbers in a readable locale,
    // translations, and the log: the app's own categories (gongdir.*) from warnings up, unless setVerbose(true).
    // QT_LOGGING_RULES still wins over both.
    static void setApplicationInfo();
    static void setVerbose(bool verbose);

    // "gong-directory export: <text>" and "Try 'gong-directory export --help'." on stderr (no command: the
    // program's own).
    static void printUsageError(const QString& command, const QString& text);
    // One line on stderr, prefixed with the program and command ("gong-directory export: …").
    static void printError(const QString& command, const QString& text);
};
