// SPDX-License-Identifier: MIT
#pragma once

#include "demo/demosession.h"

#include <QString>
#include <QStringList>

class QCommandLineOption;
class QCommandLineParser;

// The command-line options that say where the directory comes from, shared by the app and `gong-directory
// export` so that both accept and check them alike: --demo[=N], --base-url URL, --include-avatars, --rate N.
// The environment's part (GONG_BASE_URL, credentials) is EnvironmentConnection's.
struct ConnectionOptions
{
    static constexpr int MaxDemoUsers = 2000000;

    bool demo = false;
    int demoUsers = DemoSession::DefaultUserCount;
    QString baseUrlText; // --base-url as given; empty when not given
    bool includeAvatars = false;
    double requestsPerSecond = 3.0; // Gong's limit

    // QCommandLineParser has no optional values: "--demo" alone becomes "--demo=<default size>".
    static QStringList expandOptionalDemo(const QStringList& arguments);
    // Adds the four options to `parser`; the descriptions of --demo and --include-avatars say what the command
    // does with them.
    static void addOptions(QCommandLineParser* parser, const QString& demoDescription,
                           const QString& avatarsDescription);
    // --profile NAME: a connection saved in the app (the headless commands; the app has its own list).
    static QCommandLineOption profileOption();
    // Reads them from a parser that has parsed; false with *error for a value that is not allowed.
    bool read(const QCommandLineParser& parser, QString* error);
};
