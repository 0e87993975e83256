// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QCommandLineParser;
class QCoreApplication;

// One subcommand of gong-directory (`gong-directory export …`): what `--help` lists, what `help NAME` and
// `NAME --help` print, and what runs it. CommandLine (commandline.h) keeps the list and adds --help and --version
// to every command, so a command describes only its own options.
struct CliCommand
{
    QString name; // as typed: "export"
    // One line for `gong-directory --help`: QT_TRANSLATE_NOOP("CliCommand", "…"), translated when shown.
    const char* summary = nullptr;
    // Adds the command's description (setApplicationDescription) and its options to a parser.
    std::function<void(QCommandLineParser* parser)> describe;
    // Runs the command, under the application object CommandLine made (no display), with the whole command line
    // ("gong-directory", "export", …), after --help, --version and unknown options were dealt with. Returns the
    // exit code.
    std::function<int(const QStringList& arguments)> run;
    // The application object the command runs under, made from main()'s argc and argv (which it must keep); unset:
    // a QCoreApplication. A command that paints (chart) makes a QGuiApplication on the offscreen platform.
    std::function<std::unique_ptr<QCoreApplication>(int& argc, char** argv)> makeApplication;
};
