// SPDX-License-Identifier: MIT
#pragma once

#include "credentials/credentialstore.h"
#include "credentials/environmentconnection.h"

#include <QObject>
#include <QPointer>

class CredentialsDialog;
class MainWindow;
class QAction;
class QComboBox;

// Which connection the main window uses: the environment's when set, else the active saved profile
// (secrets from the keychain or this session), else the first-run dialog. Owns the "Connection settings"
// action (Ctrl+,) and the toolbar's connection switcher; switching reloads the directory.
class ConnectionManager : public QObject
{
    Q_OBJECT
public:
    ConnectionManager(MainWindow* window, CredentialStore* store, QObject* parent = nullptr);
    ~ConnectionManager() override;

    // Variables from the environment take precedence over saved connections and the keychain.
    void setEnvironment(const EnvironmentConnection& environment) { m_environment = environment; }
    // At startup: the active saved connection, or on first run (nothing saved) the settings dialog.
    void start();

    QString activeProfileId() const { return m_activeId; }

public Q_SLOTS:
    // Opens the settings dialog (window-modal, not blocking) on the active connection.
    void openSettings();
    // Connects the window to a saved connection, reading its secrets first.
    void activateProfile(const QString& id);

Q_SIGNALS:
    void activeProfileChanged(const QString& id);

private:
    void reloadSwitcher();
    void onCredentialsRead(const QString& id, const KeychainResult& result);
    void onKeychainProblem(const QString& id, const KeychainResult& result);

    MainWindow* m_window;
    CredentialStore* m_store;
    EnvironmentConnection m_environment;
    QAction* m_settingsAction;
    QComboBox* m_switcher;
    QAction* m_switcherAction = nullptr;
    QPointer<CredentialsDialog> m_dialog;
    QString m_activeId;
    QString m_pendingId;            // profile whose secrets are being read to connect
    bool m_toldSessionOnly = false; // "the keychain is unavailable" is said once a session
};
