// SPDX-License-Identifier: MIT
#pragma once

#include "directorysource.h"

#include <QCoreApplication>
#include <QLocale>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <cstdio>

class QCommandLineOption;
class QCommandLineParser;

// What every headless command (`gong-directory export`, `gong-directory reconcile`) does alike: the application
// object's names and translations, messages on stderr, numbers people can read, and the common part of parsing
// (--help, parse errors, stray arguments).
namespace HeadlessCommand {
// Application name, organisation (they name the settings file), version and translations.
void setUpApplication();
// Text to stderr at once, in the local encoding.
void writeStderr(const QString& text);
// "gong-directory <command>: <text>" and "Try 'gong-directory <command> --help'." on stderr.
void printUsageError(const QString& command, const QString& text);
// The system locale for numbers, or US English for the "C" locale (people read "5,000", not "5000").
QLocale numberLocale();
// The command line without the command's name ("gong-directory export …" → "gong-directory …"), "--demo" alone
// expanded; then parses it. Returns -1 to go on, 0 with the help text in *output after --help, 2 with the reason
// in *output for an unknown option or a stray argument.
int parse(QCommandLineParser* parser, const QCommandLineOption& help, const QStringList& arguments,
          const QString& command, QString* output);

// A command's main(), before any QApplication exists: the application object, parsing (help on stdout, a usage
// error on stderr), then Command::run(). Command has Options (a DirectorySource::Options), a static
// parse(arguments, environment, options, output) and run(options).
template <typename Command> int main(int argc, char* argv[], const QString& command)
{
    QCoreApplication app(argc, argv);
    setUpApplication();
    typename Command::Options options;
    QString output;
    const int code =
        Command::parse(QCoreApplication::arguments(), QProcessEnvironment::systemEnvironment(), &options, &output);
    if (code == DirectorySource::Success) {
        std::fputs(output.toLocal8Bit().constData(), stdout);
        return code;
    }
    if (code > 0) {
        printUsageError(command, output);
        return code;
    }
    DirectorySource::applyVerbosity(options);
    Command instance;
    return instance.run(options);
}
} // namespace HeadlessCommand
