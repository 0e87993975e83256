// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QString>

class QCommandLineOption;
class QCommandLineParser;

// What the headless commands (export, snapshots, changes) share about the console: stderr, numbers as people read
// them, the help text, and one entry point that parses, reports usage errors and runs.
namespace Console {
void writeStderr(const QString& text);
// The system locale, except that "C" prints 5000 as "5000" where people read "5,000".
QLocale numberLocale();
// The parser's help with the first line naming "gong-directory <command>".
QString helpText(const QCommandLineParser& parser, const QString& command);
// The application's names and the translations, as the app sets them (the offline copy's folder depends on them).
void setUp();
// "Try 'gong-directory <command> --help'."
QString tryHelp(const QString& command);
// -h, --help.
QCommandLineOption helpOption();
// Parses "gong-directory <command> …" (the command word removed, --demo alone expanded): -1 to go on, 0 after
// --help (*output: the help text), 2 for a usage error or a stray argument (*output: the reason).
int parse(QCommandLineParser& parser, const QStringList& arguments, const QCommandLineOption& help,
          const QString& command, QString* output);

// Entry point from main(), before any QApplication exists: `Command` has Options, parse() and run() (see
// ExportCommand). Parses; prints the help (exit 0) or the usage error (exit 2); else runs and returns its code.
template <typename Command> int run(int argc, char* argv[], const QString& command)
{
    QCoreApplication app(argc, argv);
    setUp();
    typename Command::Options options;
    QString output;
    const int code =
        Command::parse(QCoreApplication::arguments(), QProcessEnvironment::systemEnvironment(), &options, &output);
    if (code == 0) {
        std::fputs(output.toLocal8Bit().constData(), stdout);
        return code;
    }
    if (code > 0) {
        writeStderr(QStringLiteral("gong-directory %1: %2\n%3\n").arg(command, output, tryHelp(command)));
        return code;
    }
    if (!options.verbose) {
        // stderr is for progress and errors; the library's info lines would drown them.
        // (QT_LOGGING_RULES still wins for the rules it names.)
        QLoggingCategory::setFilterRules(QStringLiteral("gongdir.*.debug=false\ngongdir.*.info=false"));
    }
    Command instance;
    return instance.run(options);
}
} // namespace Console
