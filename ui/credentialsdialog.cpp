// SPDX-License-Identifier: MIT
#include "credentialsdialog.h"

#include "accessibility.h"
#include "credentialfields.h"
#include "offlinesession.h"
#include "tones.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

CredentialsDialog::CredentialsDialog(CredentialStore* store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_tester(new ConnectionTester(this))
{
    setObjectName(QStringLiteral("credentialsDialog"));
    m_tester->setObjectName(QStringLiteral("connectionTester"));
    setWindowTitle(tr("Connection Settings"));
    buildUi();
    connect(m_tester, &ConnectionTester::finished, this, &CredentialsDialog::showTestResult);
    connect(m_store, &CredentialStore::credentialsRead, this, &CredentialsDialog::onCredentialsRead);
    connect(m_store, &CredentialStore::credentialsWritten, this, &CredentialsDialog::onKeychainAnswer);
    connect(m_store, &CredentialStore::credentialsForgotten, this, &CredentialsDialog::onKeychainAnswer);
    connect(m_store, &CredentialStore::keychainStateChanged, this, [this] {
        if (m_store->isSessionOnly())
            showKeychainText(m_store->keychainStateText(), true);
    });
    const QString active = m_store->activeProfileId();
    reloadProfileList(active);
    loadProfile(active);
    if (m_store->isSessionOnly())
        showKeychainText(m_store->keychainStateText(), true);
}

CredentialsDialog::~CredentialsDialog()
{
    m_tester->cancel();
}

void CredentialsDialog::buildUi()
{
    auto* top = new QVBoxLayout(this);

    auto* profileRow = new QHBoxLayout;
    auto* profileLabel = new QLabel(tr("C&onnection:"), this);
    m_profileBox = new QComboBox(this);
    m_profileBox->setObjectName(QStringLiteral("profileBox"));
    m_profileBox->setAccessibleName(tr("Saved connection"));
    m_profileBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profileBox->setMinimumContentsLength(20);
    profileLabel->setBuddy(m_profileBox);
    m_newButton = new QPushButton(tr("&New"), this);
    m_newButton->setObjectName(QStringLiteral("newButton"));
    m_newButton->setToolTip(tr("Add another connection"));
    m_deleteButton = new QPushButton(tr("&Delete"), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_deleteButton->setToolTip(tr("Delete this connection and its saved credentials"));
    profileRow->addWidget(profileLabel);
    profileRow->addWidget(m_profileBox, 1);
    profileRow->addWidget(m_newButton);
    profileRow->addWidget(m_deleteButton);
    top->addLayout(profileRow);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setPlaceholderText(tr("e.g. Production"));
    m_form->addRow(tr("N&ame:"), m_nameEdit);

    m_urlEdit = new QLineEdit(this);
    m_urlEdit->setObjectName(QStringLiteral("baseUrlEdit"));
    m_urlEdit->setPlaceholderText(QStringLiteral("https://us-12345.api.gong.io"));
    m_urlEdit->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_form->addRow(tr("&Base URL:"), m_urlEdit);
    m_urlHint = new QLabel(this);
    m_urlHint->setObjectName(QStringLiteral("baseUrlHint"));
    m_urlHint->setWordWrap(true);
    m_urlHint->setTextFormat(Qt::PlainText);
    m_urlHint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->addRow(QString(), m_urlHint);

    m_fields = new CredentialFields(m_form, this);

    m_avatarsBox = new QCheckBox(tr("Include a&vatars (Gong staff who accessed the account)"), this);
    m_avatarsBox->setObjectName(QStringLiteral("avatarsBox"));
    m_form->addRow(QString(), m_avatarsBox);

    auto* rememberRow = new QWidget(this);
    auto* rememberLayout = new QHBoxLayout(rememberRow);
    rememberLayout->setContentsMargins(0, 0, 0, 0);
    m_rememberBox = new QCheckBox(tr("&Remember in the system keychain"), rememberRow);
    m_rememberBox->setObjectName(QStringLiteral("rememberBox"));
    m_rememberBox->setChecked(true);
    m_forgetButton = new QPushButton(tr("&Forget saved credentials"), rememberRow);
    m_forgetButton->setObjectName(QStringLiteral("forgetButton"));
    rememberLayout->addWidget(m_rememberBox);
    rememberLayout->addStretch(1);
    rememberLayout->addWidget(m_forgetButton);
    m_form->addRow(QString(), rememberRow);
    m_keychainLabel = new QLabel(this);
    m_keychainLabel->setObjectName(QStringLiteral("keychainLabel"));
    m_keychainLabel->setWordWrap(true);
    m_keychainLabel->setTextFormat(Qt::PlainText);
    m_keychainLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_keychainLabel->hide();
    m_form->addRow(QString(), m_keychainLabel);
    top->addLayout(m_form);

    auto* testRow = new QHBoxLayout;
    m_testButton = new QPushButton(tr("&Test connection"), this);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_testIcon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_testIcon->setObjectName(QStringLiteral("testIcon"));
    m_testIcon->setFixedSize(iconSize, iconSize);
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setTextFormat(Qt::PlainText); // it quotes the server
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResult->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    m_testResult->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    Accessibility::makeAlert(m_testResult); // the outcome is spoken when it arrives
    testRow->addWidget(m_testButton, 0, Qt::AlignTop);
    testRow->addWidget(m_testIcon, 0, Qt::AlignTop);
    testRow->addWidget(m_testResult, 1);
    top->addLayout(testRow);

    // Wrapped labels ask for more height than they use at the dialog's width: the slack goes here.
    top->addStretch(1);
    m_environmentNote = new QLabel(this);
    m_environmentNote->setWordWrap(true);
    m_environmentNote->hide();
    top->addWidget(m_environmentNote);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("connectButton"));
    top->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &CredentialsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CredentialsDialog::reject);
    connect(m_profileBox, &QComboBox::activated, this, [this] { loadProfile(currentId()); });
    connect(m_newButton, &QPushButton::clicked, this, &CredentialsDialog::newProfile);
    connect(m_deleteButton, &QPushButton::clicked, this, &CredentialsDialog::deleteProfile);
    connect(m_urlEdit, &QLineEdit::textChanged, this, &CredentialsDialog::updateUrlHint);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &CredentialsDialog::updateButtons);
    connect(m_fields, &CredentialFields::changed, this, &CredentialsDialog::updateButtons);
    connect(m_testButton, &QPushButton::clicked, this, [this] {
        if (m_tester->isRunning())
            cancelTest();
        else
            testConnection();
    });
    connect(m_forgetButton, &QPushButton::clicked, this, &CredentialsDialog::forgetSavedCredentials);

    setMinimumWidth(560);
    updateUrlHint();
}

QPushButton* CredentialsDialog::connectButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString CredentialsDialog::currentId() const
{
    return m_profileBox->currentData().toString();
}

Credentials CredentialsDialog::credentials() const
{
    return m_fields->credentials();
}

QUrl CredentialsDialog::normalizedBaseUrl(QString* why) const
{
    const QUrl url = BaseUrl::normalize(m_urlEdit->text());
    if (!BaseUrl::validate(url, why))
        return {};
    return url;
}

void CredentialsDialog::setEnvironment(const EnvironmentConnection& environment)
{
    if (environment.isEmpty()) {
        m_environmentNote->hide();
        return;
    }
    QStringList names;
    if (environment.hasBaseUrl())
        names.append(QStringLiteral("GONG_BASE_URL"));
    if (environment.hasCredentials())
        names.append(environment.credentials.method == Credentials::Method::BearerToken
                         ? QStringLiteral("GONG_BEARER_TOKEN")
                         : QStringLiteral("GONG_ACCESS_KEY, GONG_ACCESS_KEY_SECRET"));
    m_environmentNote->setText(
        tr("Set in the environment: %1. These take precedence over the connection chosen here until the app is "
           "started without them.")
            .arg(names.join(QLatin1String(", "))));
    m_environmentNote->show();
}

void CredentialsDialog::setCaCertificates(const QList<QSslCertificate>& certificates)
{
    m_tester->setCaCertificates(certificates);
}

void CredentialsDialog::selectProfile(const QString& id)
{
    reloadProfileList(id);
    loadProfile(currentId());
}

void CredentialsDialog::reloadProfileList(const QString& selectId)
{
    m_profileBox->clear();
    for (const ConnectionProfile& p : m_store->profiles())
        m_profileBox->addItem(p.name, p.id);
    int index = selectId.isEmpty() ? -1 : m_profileBox->findData(selectId);
    if (index < 0) {
        if (selectId.isEmpty() || m_profileBox->count() == 0) {
            m_profileBox->addItem(tr("New connection"), QString());
            index = m_profileBox->count() - 1;
        } else {
            index = 0;
        }
    }
    m_profileBox->setCurrentIndex(index);
}

void CredentialsDialog::loadProfile(const QString& id)
{
    cancelTest();
    Accessibility::setLabelText(m_testResult, QString(), QString());
    m_testIcon->clear();
    m_testIcon->setAccessibleName(QString());
    m_keychainLabel->hide();
    m_rememberBox->setAccessibleDescription(QString());
    m_loadingId.clear();
    const std::optional<ConnectionProfile> saved = m_store->profile(id);
    m_profile = saved.value_or(ConnectionProfile());
    if (!saved)
        m_profile.name = m_store->uniqueProfileName(tr("Gong"));
    m_nameEdit->setText(m_profile.name);
    m_urlEdit->setText(m_profile.baseUrl.toString());
    m_fields->setMethod(m_profile.method);
    m_avatarsBox->setChecked(m_profile.includeAvatars);
    m_rememberBox->setChecked(m_profile.rememberSecrets);
    m_fields->setCredentials(Credentials());
    m_fields->hideSecrets();
    if (saved) {
        if (const auto known = m_store->sessionCredentials(id)) {
            m_fields->setCredentials(*known);
        } else {
            m_loadingId = id;
            showKeychainText(tr("Reading saved credentials from the system keychain…"), false);
            m_store->readCredentials(id);
        }
    }
    if (m_store->isSessionOnly())
        showKeychainText(m_store->keychainStateText(), true);
    updateUrlHint();
}

void CredentialsDialog::onCredentialsRead(const QString& id, const KeychainResult& result)
{
    if (id != m_loadingId || id != currentId())
        return;
    m_loadingId.clear();
    // Whatever the user typed meanwhile wins over what the keychain held.
    if (result.isOk() && m_fields->isEmpty())
        m_fields->setCredentials(result.credentials);
    showKeychainText(result.message, !result.isOk() && result.status != KeychainResult::Status::NotFound);
    updateButtons();
}

void CredentialsDialog::onKeychainAnswer(const QString& id, const KeychainResult& result)
{
    if (id != currentId() || id.isEmpty())
        return;
    showKeychainText(result.message, !result.isOk());
}

void CredentialsDialog::showKeychainText(const QString& text, bool problem)
{
    Tones::setToned(m_keychainLabel, text, problem ? Tones::Tone::Error : Tones::Tone::Normal);
    m_rememberBox->setAccessibleDescription(text);
}

void CredentialsDialog::updateUrlHint()
{
    const QString text = m_urlEdit->text().trimmed();
    QString why;
    const QUrl url = BaseUrl::normalize(text);
    if (text.isEmpty()) {
        Tones::setToned(m_urlHint,
                        tr("Shown in Gong under Company settings → Ecosystem → API, e.g. https://us-12345.api.gong.io"),
                        Tones::Tone::Normal);
    } else if (!BaseUrl::validate(url, &why)) {
        Tones::setToned(m_urlHint, why, Tones::Tone::Error);
    } else if (url.scheme() == QLatin1String("http")) {
        Tones::setToned(
            m_urlHint,
            tr("Plain http:// is accepted only because %1 is this computer (loopback); anything else must use "
               "https://.")
                .arg(url.host()),
            Tones::Tone::Warning);
    } else if (url.toString() != text) {
        Tones::setToned(m_urlHint, tr("Will connect to %1").arg(url.toString()), Tones::Tone::Normal);
    } else {
        Tones::setToned(m_urlHint, QString(), Tones::Tone::Normal);
    }
    m_urlEdit->setAccessibleDescription(m_urlHint->text());
    updateButtons();
}

void CredentialsDialog::updateButtons()
{
    const bool urlOk = !normalizedBaseUrl().isEmpty();
    const bool credsOk = credentials().isComplete();
    connectButton()->setEnabled(urlOk && credsOk);
    m_testButton->setEnabled(urlOk || m_tester->isRunning());
    m_deleteButton->setEnabled(!currentId().isEmpty());
    m_forgetButton->setEnabled(!currentId().isEmpty());
}

void CredentialsDialog::testConnection()
{
    QString why;
    const QUrl url = normalizedBaseUrl(&why);
    m_tester->setBaseUrl(url.isEmpty() ? BaseUrl::normalize(m_urlEdit->text()) : url);
    m_tester->setCredentials(credentials());
    m_tester->setIncludeAvatars(m_avatarsBox->isChecked());
    m_tester->start();
    m_testIcon->clear();
    m_testIcon->setAccessibleName(QString());
    Accessibility::setLabelText(m_testResult, QString(), tr("Testing the connection to %1…").arg(url.host()));
    m_testButton->setText(tr("Cancel &test"));
    updateButtons();
}

void CredentialsDialog::cancelTest()
{
    if (!m_tester->isRunning())
        return;
    m_tester->cancel();
    Accessibility::setLabelText(m_testResult, QString(), tr("Test cancelled."));
    Accessibility::announce(m_testResult);
    m_testButton->setText(tr("&Test connection"));
    updateButtons();
}

void CredentialsDialog::showTestResult(const ConnectionTestResult& result)
{
    m_testButton->setText(tr("&Test connection"));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_testIcon->setPixmap(
        style()->standardIcon(result.ok ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxCritical).pixmap(size));
    m_testIcon->setAccessibleName(result.ok ? tr("Connection works") : tr("Connection failed"));
    Accessibility::setLabelText(m_testResult, m_testIcon->accessibleName(), result.message());
    Accessibility::announce(m_testResult);
    updateButtons();
}

void CredentialsDialog::forgetSavedCredentials()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    m_rememberBox->setChecked(false);
    ConnectionProfile p = *m_store->profile(id);
    p.rememberSecrets = false;
    m_store->saveProfile(p);
    showKeychainText(tr("Removing the saved credentials…"), false);
    // Keeps the fields: they are still usable for this session.
    const Credentials entered = credentials();
    m_store->forgetCredentials(id);
    if (entered.isComplete())
        m_store->setSessionCredentials(id, entered);
}

void CredentialsDialog::newProfile()
{
    reloadProfileList(QString());
    loadProfile(QString());
    m_urlEdit->setFocus();
}

void CredentialsDialog::deleteProfile()
{
    const QString id = currentId();
    const auto p = m_store->profile(id);
    if (!p)
        return;
    // The offline copy of the company goes with the connection, unless another saved connection still uses it.
    const QList<StoreKey> copies = OfflineSession::copiesOf(*p, m_store->profiles());
    QMessageBox box(QMessageBox::Question, tr("Delete Connection"),
                    tr("Delete the connection “%1” and remove its credentials from the system keychain?").arg(p->name),
                    QMessageBox::Yes | QMessageBox::No, this);
    if (!copies.isEmpty())
        box.setInformativeText(
            tr("Its offline copy on this computer, with the history of every change, will be deleted too."));
    box.setObjectName(QStringLiteral("deleteConnectionQuestion"));
    box.setDefaultButton(QMessageBox::No);
    if (box.exec() != QMessageBox::Yes)
        return;
    m_store->removeProfile(id);
    if (!copies.isEmpty())
        Q_EMIT offlineCopiesOrphaned(copies);
    selectProfile(m_store->activeProfileId());
}

void CredentialsDialog::accept()
{
    QString why;
    const QUrl url = normalizedBaseUrl(&why);
    const Credentials creds = credentials();
    if (url.isEmpty() || !creds.isComplete()) {
        updateButtons();
        return;
    }
    cancelTest();
    ConnectionProfile p = m_profile;
    p.id = currentId();
    p.name = m_nameEdit->text().trimmed().isEmpty() ? url.host() : m_nameEdit->text().trimmed();
    p.baseUrl = url;
    p.method = creds.method;
    p.includeAvatars = m_avatarsBox->isChecked();
    p.rememberSecrets = m_rememberBox->isChecked();
    m_profile = m_store->saveProfile(p);
    m_store->setActiveProfileId(m_profile.id);
    if (m_profile.rememberSecrets) {
        m_store->writeCredentials(m_profile.id, creds);
    } else {
        m_store->forgetCredentials(m_profile.id); // a copy saved earlier must not outlive "don't remember"
        m_store->setSessionCredentials(m_profile.id, creds);
    }
    QDialog::accept();
}

void CredentialsDialog::reject()
{
    cancelTest();
    QDialog::reject();
}
