// SPDX-License-Identifier: MIT
#pragma once

#include "credentials.h"

#include <QProcessEnvironment>
#include <QUrl>

// The connection asked for by the environment, for headless and scripted use:
// GONG_BASE_URL, and GONG_ACCESS_KEY + GONG_ACCESS_KEY_SECRET or GONG_BEARER_TOKEN.
// It takes precedence over saved connections and the keychain. The one place that reads these variables
// and says what they mean, for the GUI and the headless export alike.
struct EnvironmentConnection
{
    QString baseUrlText; // as given (empty: not set)
    QUrl baseUrl;        // normalised; empty when not set
    Credentials credentials;

    bool hasBaseUrl() const { return !baseUrlText.trimmed().isEmpty(); }
    bool hasCredentials() const { return credentials.isComplete(); }
    bool isEmpty() const { return !hasBaseUrl() && !hasCredentials(); }

    // The base URL to use: `commandLineUrl` (--base-url) when not empty, else GONG_BASE_URL; normalised and
    // validated. True with an empty *url when neither is set; false with *why for a URL that is not allowed.
    bool chooseBaseUrl(const QString& commandLineUrl, QUrl* url, QString* why) const;

    static EnvironmentConnection read(const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
    // The lines --help prints about it.
    static QString helpText();
    // One sentence for when the environment holds no (or only half a) set of credentials.
    static QString missingCredentialsText();
    // "GONG_ACCESS_KEY and GONG_ACCESS_KEY_SECRET, or GONG_BEARER_TOKEN", for messages that name them.
    static QString credentialVariables();
};
