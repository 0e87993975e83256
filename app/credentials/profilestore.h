// SPDX-License-Identifier: MIT
#pragma once

#include "connectionprofile.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

// The saved connections without their secrets (name, base URL, authentication method, avatars, whether to remember
// the secrets) and which one is active, in QSettings. It never sees a secret: those are SecretStore's.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    // Profiles in the application's QSettings.
    explicit ProfileStore(QObject* parent = nullptr);
    // Profiles in the INI file `settingsFile` (tests, portable use).
    explicit ProfileStore(const QString& settingsFile, QObject* parent = nullptr);
    ~ProfileStore() override;

    QList<ConnectionProfile> profiles() const; // sorted by name
    std::optional<ConnectionProfile> profile(const QString& id) const;
    // The profile the user calls `name` (as shown in the app): an exact match, else one that differs only in case.
    std::optional<ConnectionProfile> profileNamed(const QString& name) const;
    // Stores `profile`, giving it an id when it has none; returns what was stored.
    ConnectionProfile saveProfile(ConnectionProfile profile);
    // Removes the profile (and its being active); false when there was none.
    bool removeProfile(const QString& id);
    QString activeProfileId() const; // empty when none is, or the active one was removed
    void setActiveProfileId(const QString& id);
    // `wanted` (or "Gong"), with " (2)", " (3)", … when a profile already has that name in any case.
    QString uniqueProfileName(const QString& wanted) const;
    QString settingsFileName() const;

Q_SIGNALS:
    void profilesChanged();

private:
    std::unique_ptr<QSettings> m_settings;
};
