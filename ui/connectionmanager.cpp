// SPDX-License-Identifier: MIT
#include "connectionmanager.h"
#include "icons.h"

#include "api/directoryloader.h"
#include "credentialsdialog.h"
#include "mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QKeySequence>
#include <QSignalBlocker>
#include <QStatusBar>

ConnectionManager::ConnectionManager(MainWindow* window, CredentialStore* store, QObject* parent)
    : QObject(parent ? parent : window)
    , m_window(window)
    , m_store(store)
    , m_settingsAction(new QAction(tr("&Connection Settings…"), window))
    , m_switcher(new QComboBox(window))
{
    m_settingsAction->setObjectName(QStringLiteral("connectionSettingsAction"));
    m_settingsAction->setIcon(Icons::get("connection"));
    m_settingsAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Comma), QKeySequence::Preferences});
    m_settingsAction->setToolTip(tr("Base URL, credentials and saved connections (Ctrl+,)"));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &ConnectionManager::openSettings);

    m_switcher->setObjectName(QStringLiteral("connectionSwitcher"));
    m_switcher->setAccessibleName(tr("Active connection"));
    m_switcher->setToolTip(tr("Switch to another saved connection (reloads the directory)"));
    m_switcher->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_switcher->setMinimumContentsLength(12);
    connect(m_switcher, &QComboBox::activated, this,
            [this](int index) { activateProfile(m_switcher->itemData(index).toString()); });

    connect(m_store, &CredentialStore::profilesChanged, this, &ConnectionManager::reloadSwitcher);
    connect(m_store, &CredentialStore::credentialsRead, this, &ConnectionManager::onCredentialsRead);
    connect(m_store, &CredentialStore::credentialsWritten, this, &ConnectionManager::onKeychainProblem);
    // Gong's answer to bad credentials: open the dialog so they can be fixed.
    connect(m_window->loader()->pager(), &UserPager::failed, this, [this](const ApiError& error) {
        if (error.kind == ApiError::Kind::Unauthorized && !m_activeId.isEmpty() && !m_environment.hasCredentials())
            openSettings();
    });
    m_switcherAction = m_window->addConnectionControls(m_settingsAction, m_switcher);
    connect(m_window, &MainWindow::connectionChanged, this, &ConnectionManager::reloadSwitcher);
    reloadSwitcher();
}

ConnectionManager::~ConnectionManager() = default;

void ConnectionManager::start()
{
    const QList<ConnectionProfile> profiles = m_store->profiles();
    if (profiles.isEmpty()) {
        m_window->showFirstRun(); // "Connect to Gong…" or "Try the demo company"
        return;
    }
    QString id = m_store->activeProfileId();
    if (id.isEmpty())
        id = profiles.constFirst().id;
    activateProfile(id);
}

void ConnectionManager::openSettings()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    auto* dialog = new CredentialsDialog(m_store, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setEnvironment(m_environment);
    if (!m_activeId.isEmpty())
        dialog->selectProfile(m_activeId);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { activateProfile(dialog->profile().id); });
    connect(dialog, &CredentialsDialog::offlineCopiesOrphaned, m_window, &MainWindow::deleteOfflineCopies);
    m_dialog = dialog;
    dialog->open();
}

void ConnectionManager::activateProfile(const QString& id)
{
    const std::optional<ConnectionProfile> profile = m_store->profile(id);
    if (!profile)
        return;
    m_activeId = id;
    m_store->setActiveProfileId(id);
    reloadSwitcher();
    Q_EMIT activeProfileChanged(id);
    m_window->setIncludeAvatars(profile->includeAvatars);
    if (m_environment.hasCredentials()) {
        m_pendingId.clear();
        m_window->connectTo(profile->baseUrl, m_environment.credentials, profile->name);
        return;
    }
    m_pendingId = id;
    m_window->showNotConnected(tr("Reading the credentials of “%1”…").arg(profile->name));
    m_store->readCredentials(id);
}

void ConnectionManager::onCredentialsRead(const QString& id, const KeychainResult& result)
{
    if (id != m_pendingId)
        return;
    m_pendingId.clear();
    const std::optional<ConnectionProfile> profile = m_store->profile(id);
    if (!profile)
        return;
    if (result.isOk() && result.credentials.isComplete()) {
        m_window->connectTo(profile->baseUrl, result.credentials, profile->name);
        // Only when it matters (the connection asks to remember its secrets, which cannot be kept), and once.
        if (result.status == KeychainResult::Status::Ok && m_store->isSessionOnly() && profile->rememberSecrets &&
            !m_toldSessionOnly) {
            m_toldSessionOnly = true;
            m_window->statusBar()->showMessage(m_store->keychainStateText(), 10000);
        }
        return;
    }
    m_window->showNotConnected(tr("“%1” has no credentials yet: %2 Enter them in Connection Settings (Ctrl+,).")
                                   .arg(profile->name, result.message));
    openSettings();
}

void ConnectionManager::onKeychainProblem(const QString& id, const KeychainResult& result)
{
    Q_UNUSED(id)
    if (result.isOk())
        return;
    // "The keychain is unavailable" is the same news each time: once a session. A keychain error is said each time.
    if (result.status == KeychainResult::Status::Unavailable) {
        if (m_toldSessionOnly)
            return;
        m_toldSessionOnly = true;
    }
    m_window->statusBar()->showMessage(result.message, 10000);
}

void ConnectionManager::reloadSwitcher()
{
    const QSignalBlocker block(m_switcher);
    m_switcher->clear();
    for (const ConnectionProfile& p : m_store->profiles())
        m_switcher->addItem(p.name, p.id);
    // On the demo no saved connection is in use, whichever is active for the next start.
    const bool demo = m_window->isDemo();
    const int index = demo ? -1 : m_switcher->findData(m_activeId);
    m_switcher->setCurrentIndex(index);
    m_switcher->setPlaceholderText(demo ? tr("Demo company") : tr("Choose a connection"));
    m_switcherAction->setVisible(m_switcher->count() > 0 || demo);
}
