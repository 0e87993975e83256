// SPDX-License-Identifier: MIT
#include "credentialstore.h"

CredentialStore::CredentialStore(QObject* parent)
    : QObject(parent)
{
    forwardSignals();
}

CredentialStore::CredentialStore(const QString& settingsFile, QObject* parent)
    : QObject(parent)
    , m_profiles(settingsFile)
{
    forwardSignals();
}

void CredentialStore::forwardSignals()
{
    connect(&m_profiles, &ProfileStore::profilesChanged, this, &CredentialStore::profilesChanged);
    connect(&m_secrets, &SecretStore::credentialsRead, this, &CredentialStore::credentialsRead);
    connect(&m_secrets, &SecretStore::credentialsWritten, this, &CredentialStore::credentialsWritten);
    connect(&m_secrets, &SecretStore::credentialsForgotten, this, &CredentialStore::credentialsForgotten);
    connect(&m_secrets, &SecretStore::keychainStateChanged, this, &CredentialStore::keychainStateChanged);
}

void CredentialStore::removeProfile(const QString& id)
{
    if (m_profiles.removeProfile(id))
        m_secrets.forgetCredentials(id);
}
