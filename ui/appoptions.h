// SPDX-License-Identifier: MIT
#pragma once

#include "cli/connectionoptions.h"
#include "credentials/credentials.h"
#include "credentials/environmentconnection.h"

#include <QStringList>
#include <QUrl>

// What the command line and the environment asked for.
// --demo, --base-url, --include-avatars and --rate are read as `gong-directory export` reads them.
struct AppOptions : ConnectionOptions
{
    QUrl baseUrl;            // --base-url, else GONG_BASE_URL
    Credentials credentials; // from GONG_ACCESS_KEY(+_SECRET) or GONG_BEARER_TOKEN
    EnvironmentConnection environment;

    // Parses the GUI's arguments; on a usage error returns false with *error set.
    // `--help` and `--version` print and set *exitNow.
    static bool parse(const QStringList& arguments, AppOptions* out, QString* error, bool* exitNow);
};
