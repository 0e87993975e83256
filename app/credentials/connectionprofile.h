// SPDX-License-Identifier: MIT
#pragma once

#include "credentials.h"

#include <QString>
#include <QUrl>

// One saved connection: everything but the secrets, which SecretStore keeps in the OS keychain
// under the profile's id. Stored in QSettings by ProfileStore.
struct ConnectionProfile
{
    QString id; // stable; names the keychain entry, survives renames; never shown
    QString name;
    QUrl baseUrl;
    Credentials::Method method = Credentials::Method::AccessKey;
    bool includeAvatars = false;
    bool rememberSecrets = true; // keep the secrets in the system keychain

    bool isValid() const { return !id.isEmpty(); }
    bool operator==(const ConnectionProfile& o) const
    {
        return id == o.id && name == o.name && baseUrl == o.baseUrl && method == o.method &&
               includeAvatars == o.includeAvatars && rememberSecrets == o.rememberSecrets;
    }
    bool operator!=(const ConnectionProfile& o) const { return !(*this == o); }
};
