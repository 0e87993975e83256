// SPDX-License-Identifier: MIT
#pragma once

#include "connectionprofile.h"
#include "credentials.h"
#include "profilestore.h"
#include "secretstore.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

// A saved connection's two halves behind one object, for the code that needs both (the connection settings, the
// switcher, `export --profile`): its profile (ProfileStore: QSettings, never a secret) and its secrets (SecretStore:
// the OS keychain with its watchdog, or memory in session-only mode). The one rule that spans them lives here:
// removing a profile also forgets its secrets. Everything else is the halves' own, passed through.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    using KeychainState = SecretStore::KeychainState;
    static constexpr int DefaultWatchdogMs = SecretStore::DefaultWatchdogMs;

    // Profiles in the application's QSettings.
    explicit CredentialStore(QObject* parent = nullptr);
    // Profiles in the INI file `settingsFile` (tests, portable use).
    explicit CredentialStore(const QString& settingsFile, QObject* parent = nullptr);

    // --- Profiles (ProfileStore) ---
    QList<ConnectionProfile> profiles() const { return m_profiles.profiles(); }
    std::optional<ConnectionProfile> profile(const QString& id) const { return m_profiles.profile(id); }
    std::optional<ConnectionProfile> profileNamed(const QString& name) const { return m_profiles.profileNamed(name); }
    ConnectionProfile saveProfile(const ConnectionProfile& profile) { return m_profiles.saveProfile(profile); }
    // Removes the profile and forgets its secrets (keychain and session).
    void removeProfile(const QString& id);
    QString activeProfileId() const { return m_profiles.activeProfileId(); }
    void setActiveProfileId(const QString& id) { m_profiles.setActiveProfileId(id); }
    QString uniqueProfileName(const QString& wanted) const { return m_profiles.uniqueProfileName(wanted); }
    QString settingsFileName() const { return m_profiles.settingsFileName(); }

    // --- Secrets (SecretStore) ---
    void setServiceName(const QString& service) { m_secrets.setServiceName(service); }
    QString serviceName() const { return m_secrets.serviceName(); }
    void setWatchdogMs(int ms) { m_secrets.setWatchdogMs(ms); }
    int watchdogMs() const { return m_secrets.watchdogMs(); }
    KeychainState keychainState() const { return m_secrets.keychainState(); }
    bool isSessionOnly() const { return m_secrets.isSessionOnly(); }
    QString keychainStateText() const { return m_secrets.keychainStateText(); }
    QString unavailableReason() const { return m_secrets.unavailableReason(); }
    void readCredentials(const QString& profileId) { m_secrets.readCredentials(profileId); }
    void writeCredentials(const QString& profileId, const Credentials& c) { m_secrets.writeCredentials(profileId, c); }
    void forgetCredentials(const QString& profileId) { m_secrets.forgetCredentials(profileId); }
    std::optional<Credentials> sessionCredentials(const QString& id) const { return m_secrets.sessionCredentials(id); }
    void setSessionCredentials(const QString& id, const Credentials& c) { m_secrets.setSessionCredentials(id, c); }
    int pendingJobCount() const { return m_secrets.pendingJobCount(); }

Q_SIGNALS:
    void credentialsRead(const QString& profileId, const KeychainResult& result);
    void credentialsWritten(const QString& profileId, const KeychainResult& result);
    void credentialsForgotten(const QString& profileId, const KeychainResult& result);
    void keychainStateChanged(SecretStore::KeychainState state);
    void profilesChanged();

private:
    void forwardSignals();

    ProfileStore m_profiles;
    SecretStore m_secrets;
};
