// SPDX-License-Identifier: MIT
#pragma once

#include "cli/connectionoptions.h"
#include "credentials/credentials.h"
#include "credentials/environmentconnection.h"

#include <QStringList>
#include <QUrl>

class QCommandLineParser;

// What the command line and the environment asked of the window.
// --demo, --base-url, --include-avatars and --rate are read as `gong-directory export` reads them.
struct AppOptions : ConnectionOptions
{
    QUrl baseUrl;            // --base-url, else GONG_BASE_URL
    Credentials credentials; // from GONG_ACCESS_KEY(+_SECRET) or GONG_BEARER_TOKEN
    EnvironmentConnection environment;
    bool verbose = false; // --verbose: the log on stderr

    // The window's description and options, for the parser and `gong-directory --help` (CommandLine adds --help
    // and --version).
    static void describe(QCommandLineParser* parser);
    // Parses the window's arguments (Qt's own, like -platform, already taken out); false with *error on a usage
    // error. Needs no application object, so that CommandLine can ask before the window exists.
    static bool parse(const QStringList& arguments, AppOptions* out, QString* error);
};
