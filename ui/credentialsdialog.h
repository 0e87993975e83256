// SPDX-License-Identifier: MIT
#pragma once

#include "api/connectiontester.h"
#include "credentials/connectionprofile.h"
#include "credentials/credentials.h"
#include "credentials/credentialstore.h"
#include "credentials/environmentconnection.h"
#include "store/storekey.h"

#include <QDialog>

class CredentialFields;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

// Connection settings: several named connections (profiles), each with a base URL, an authentication
// method and its secrets; "Test connection" (asynchronous, cancellable); remember in or forget from the
// system keychain. Saving goes through CredentialStore; secrets never leave the store and the keychain.
class CredentialsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CredentialsDialog(CredentialStore* store, QWidget* parent = nullptr);
    ~CredentialsDialog() override;

    // Shows the saved connection `id` (or a new one when empty or unknown).
    void selectProfile(const QString& id);
    // Says that these variables are set and take precedence.
    void setEnvironment(const EnvironmentConnection& environment);
    // Extra CA certificates Test connection trusts (tests against a self-signed server).
    void setCaCertificates(const QList<QSslCertificate>& certificates);

    // After accept(): the saved profile and the credentials entered.
    ConnectionProfile profile() const { return m_profile; }
    Credentials credentials() const;
    // The base URL as it will be used (normalised); empty when unusable.
    QUrl normalizedBaseUrl(QString* why = nullptr) const;

Q_SIGNALS:
    // A saved connection was deleted (confirmed): these offline copies were its alone and are to be deleted too.
    void offlineCopiesOrphaned(const QList<StoreKey>& keys);

public Q_SLOTS:
    void accept() override;
    void reject() override;
    void testConnection();
    void cancelTest();
    void forgetSavedCredentials();
    void newProfile();
    void deleteProfile();

private:
    void buildUi();
    void reloadProfileList(const QString& selectId);
    void loadProfile(const QString& id);
    void updateUrlHint();
    void updateButtons();
    void showTestResult(const ConnectionTestResult& result);
    void showKeychainText(const QString& text, bool problem);
    void onCredentialsRead(const QString& id, const KeychainResult& result);
    void onKeychainAnswer(const QString& id, const KeychainResult& result);
    QString currentId() const;
    QPushButton* connectButton() const;

    CredentialStore* m_store;
    ConnectionTester* m_tester;
    ConnectionProfile m_profile;
    QString m_loadingId; // profile whose secrets are being read from the keychain

    QComboBox* m_profileBox = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QFormLayout* m_form = nullptr;
    QLineEdit* m_nameEdit = nullptr;
    QLineEdit* m_urlEdit = nullptr;
    QLabel* m_urlHint = nullptr;
    CredentialFields* m_fields = nullptr;
    QCheckBox* m_avatarsBox = nullptr;
    QCheckBox* m_rememberBox = nullptr;
    QPushButton* m_forgetButton = nullptr;
    QLabel* m_keychainLabel = nullptr;
    QPushButton* m_testButton = nullptr;
    QLabel* m_testIcon = nullptr;
    QLabel* m_testResult = nullptr;
    QLabel* m_environmentNote = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
