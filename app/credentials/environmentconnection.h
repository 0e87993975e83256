// SPDX-License-Identifier: MIT
#pragma once

#include "credentials.h"

#include <QProcessEnvironment>
#include <QUrl>

// The connection asked for by the environment, for headless and scripted use:
// GONG_BASE_URL, and GONG_ACCESS_KEY + GONG_ACCESS_KEY_SECRET or GONG_BEARER_TOKEN.
// It takes precedence over saved connections and the keychain. The one place that reads these variables.
struct EnvironmentConnection
{
    QString baseUrlText; // as given (empty: not set)
    QUrl baseUrl;        // normalised; empty when not set
    Credentials credentials;

    bool hasBaseUrl() const { return !baseUrlText.trimmed().isEmpty(); }
    bool hasCredentials() const { return credentials.isComplete(); }
    bool isEmpty() const { return !hasBaseUrl() && !hasCredentials(); }

    static EnvironmentConnection read(const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
    // The lines --help prints about it.
    static QString helpText();
};
