// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"
#include "commandline.h"

#include <QLocale>
#include <QProcessEnvironment>
#include <QString>

#include <cstdio>

class QCommandLineParser;

// What the headless commands (export, snapshots, changes) share about the console: stderr, numbers as people read
// them, parsing their command line, and one main() for CommandLine's registry.
namespace Console {
// To stderr, escaped: what a line quotes (a server's words, a file name) cannot drive the terminal or forge a line.
void writeStderr(const QString& text);
// The locale for numbers: CommandLine::setApplicationInfo() made "C" read "5,000" instead of "5000".
QLocale numberLocale();
// Parses "gong-directory <command> …" with the command's options (CommandLine::parse) and refuses a stray argument:
// -1 to go on, 0 after --help or --version (*output: what to print), 2 for a usage error (*output: the reason).
int parse(QCommandLineParser* parser, const CliCommand& command, const QStringList& arguments, QString* output);

// CliCommand::run for a `Command` that has Options, command(), parse() and run() (see ExportCommand): parses; prints
// the help (exit 0) or the usage error (exit 2); else runs and returns its code.
template <typename Command> int main(const QStringList& arguments)
{
    typename Command::Options options;
    QString output;
    const int code = Command::parse(arguments, QProcessEnvironment::systemEnvironment(), &options, &output);
    if (code == 0) {
        std::fputs(output.toLocal8Bit().constData(), stdout);
        return code;
    }
    if (code > 0) {
        CommandLine::printUsageError(Command::command().name, output);
        return code;
    }
    CommandLine::setVerbose(options.verbose);
    Command instance;
    return instance.run(options);
}

// The registry entry of a `Command` with a static describe(): its name, its one-line summary
// (QT_TRANSLATE_NOOP("CliCommand", …)) and main() above as what runs it.
template <typename Command> CliCommand command(const QString& name, const char* summary)
{
    CliCommand c;
    c.name = name;
    c.summary = summary;
    c.describe = &Command::describe;
    c.run = &main<Command>;
    return c;
}
} // namespace Console
