// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"
#include "directorysource.h"

#include "chart/chartexporter.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

#include <memory>

class CredentialStore;
class Directory;
class QCommandLineParser;
class QCoreApplication;

// `gong-directory chart …`: loads the directory like `export` does and draws a team (the root, their reports down to
// --depth levels, their manager chain above) as SVG, PNG or PDF, with the same painter as the window. Runs on the
// offscreen platform: no display needed. Exit codes as `export`.
class ChartCommand : public QObject
{
    Q_OBJECT
public:
    struct Options : DirectorySource::Options
    {
        QString root;  // --root: an id or an e-mail address
        int depth = 2; // --depth: levels below the root
        ChartExporter::Format format = ChartExporter::Format::Svg;
        QString output; // -o: a file, or '-' for stdout
        int scale = 1;  // --scale (PNG)
        ChartExporter::Paper paper = ChartExporter::Paper::A4;
        bool dark = false; // --theme dark
    };
    static constexpr int MaxDepth = 50;
    // A chart larger than this is refused: no reader opens it, and it would take minutes to draw.
    static constexpr int MaxPeople = 20000;

    explicit ChartCommand(QObject* parent = nullptr);
    ~ChartCommand() override;

    // The subcommand for CommandLine (CoreCommands), and its options.
    static CliCommand command();
    static void describe(QCommandLineParser* parser);
    // CliCommand::makeApplication: fonts and painting need a QGuiApplication, here on the offscreen platform.
    static std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv);

    // Parses the whole command line ("gong-directory", "chart", …). Returns -1 to go on, or the exit code to end
    // with at once (0 after --help, 2 on a usage error); *output is what to print then (stdout for 0, stderr for 2).
    static int parse(const QStringList& arguments, const QProcessEnvironment& environment, Options* options,
                     QString* output);

    // The row of the person --root names: an id, else an e-mail address or alias (any case); -1 when nobody.
    static int findRoot(const Directory& directory, const QString& root);

    // Where --profile looks; by default the app's own saved connections and the OS keychain.
    void setCredentialStore(CredentialStore* store) { m_source.setCredentialStore(store); }

    // Loads, lays out and writes; returns the exit code.
    int run(const Options& options);

private:
    bool writeToStdout(const ChartExporter& exporter, const ChartExporter::Options& options);

    DirectorySource m_source{QStringLiteral("chart")};
};
