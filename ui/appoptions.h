// SPDX-License-Identifier: MIT
#pragma once

#include "credentials/credentials.h"
#include "credentials/environmentconnection.h"

#include <QStringList>
#include <QUrl>

// What the command line and the environment asked for.
struct AppOptions
{
    bool demo = false;
    int demoUsers = 5000;
    QUrl baseUrl;            // --base-url, else GONG_BASE_URL
    Credentials credentials; // from GONG_ACCESS_KEY(+_SECRET) or GONG_BEARER_TOKEN
    EnvironmentConnection environment;
    bool includeAvatars = false;
    double requestsPerSecond = 3.0;

    // Parses the GUI's arguments; on a usage error returns false with *error set.
    // `--help` and `--version` print and set *exitNow.
    static bool parse(const QStringList& arguments, AppOptions* out, QString* error, bool* exitNow);
};
