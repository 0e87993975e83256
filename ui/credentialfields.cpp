// SPDX-License-Identifier: MIT
#include "credentialfields.h"

#include "tones.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QToolButton>

namespace {
// A password field with a Show/Hide toggle beside it, in one row widget.
QWidget* secretRow(QLineEdit* edit, QToolButton* toggle, QWidget* parent)
{
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    edit->setEchoMode(QLineEdit::Password);
    // No completion, no input method memory, no drag out for secrets.
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    edit->setDragEnabled(false);
    toggle->setCheckable(true);
    toggle->setText(CredentialFields::tr("Show"));
    toggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toggle->setFocusPolicy(Qt::TabFocus);
    QObject::connect(toggle, &QToolButton::toggled, edit, [edit, toggle](bool shown) {
        edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        toggle->setText(shown ? CredentialFields::tr("Hide") : CredentialFields::tr("Show"));
    });
    layout->addWidget(edit, 1);
    layout->addWidget(toggle);
    return row;
}
} // namespace

CredentialFields::CredentialFields(QFormLayout* form, QWidget* dialog)
    : QObject(dialog)
    , m_form(form)
{
    setObjectName(QStringLiteral("credentialFields"));
    auto* methodRow = new QWidget(dialog);
    auto* methodLayout = new QHBoxLayout(methodRow);
    methodLayout->setContentsMargins(0, 0, 0, 0);
    m_accessKeyButton = new QRadioButton(tr("Access &key + secret"), methodRow);
    m_accessKeyButton->setObjectName(QStringLiteral("accessKeyButton"));
    m_accessKeyButton->setToolTip(tr("An API key created in Gong under Company settings → Ecosystem → API"));
    m_tokenButton = new QRadioButton(tr("OA&uth access token"), methodRow);
    m_tokenButton->setObjectName(QStringLiteral("tokenButton"));
    auto* methodGroup = new QButtonGroup(this);
    methodGroup->addButton(m_accessKeyButton);
    methodGroup->addButton(m_tokenButton);
    m_accessKeyButton->setChecked(true);
    methodLayout->addWidget(m_accessKeyButton);
    methodLayout->addWidget(m_tokenButton);
    methodLayout->addStretch(1);
    form->addRow(tr("Authentication:"), methodRow);

    m_keyEdit = new QLineEdit(dialog);
    m_keyEdit->setObjectName(QStringLiteral("accessKeyEdit"));
    m_keyEdit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    form->addRow(tr("Access ke&y:"), m_keyEdit);
    m_secretEdit = new QLineEdit(dialog);
    m_secretEdit->setObjectName(QStringLiteral("secretEdit"));
    m_secretEdit->setAccessibleName(tr("Access key secret"));
    m_showSecret = new QToolButton(dialog);
    m_showSecret->setObjectName(QStringLiteral("showSecretButton"));
    m_showSecret->setAccessibleName(tr("Show the access key secret"));
    m_secretRow = secretRow(m_secretEdit, m_showSecret, dialog);
    form->addRow(tr("Access key &secret:"), m_secretRow);
    m_tokenEdit = new QLineEdit(dialog);
    m_tokenEdit->setObjectName(QStringLiteral("tokenEdit"));
    m_tokenEdit->setAccessibleName(tr("OAuth access token"));
    m_showToken = new QToolButton(dialog);
    m_showToken->setObjectName(QStringLiteral("showTokenButton"));
    m_showToken->setAccessibleName(tr("Show the access token"));
    m_tokenRow = secretRow(m_tokenEdit, m_showToken, dialog);
    form->addRow(tr("Access tok&en:"), m_tokenRow);
    m_hint = new QLabel(dialog);
    m_hint->setObjectName(QStringLiteral("credentialsHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_hint->hide();
    form->addRow(QString(), m_hint);

    connect(m_accessKeyButton, &QRadioButton::toggled, this, [this] {
        updateMethod();
        Q_EMIT changed();
    });
    for (QLineEdit* edit : {m_keyEdit, m_secretEdit, m_tokenEdit}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            updateHint();
            Q_EMIT changed();
        });
    }
    updateMethod();
}

Credentials::Method CredentialFields::method() const
{
    return m_tokenButton->isChecked() ? Credentials::Method::BearerToken : Credentials::Method::AccessKey;
}

void CredentialFields::setMethod(Credentials::Method method)
{
    (method == Credentials::Method::BearerToken ? m_tokenButton : m_accessKeyButton)->setChecked(true);
}

Credentials CredentialFields::credentials() const
{
    Credentials c;
    c.method = method();
    if (c.method == Credentials::Method::BearerToken) {
        c.bearerToken = m_tokenEdit->text();
    } else {
        c.accessKey = m_keyEdit->text();
        c.accessKeySecret = m_secretEdit->text();
    }
    return c.trimmed();
}

void CredentialFields::setCredentials(const Credentials& c)
{
    m_keyEdit->setText(c.accessKey);
    m_secretEdit->setText(c.accessKeySecret);
    m_tokenEdit->setText(c.bearerToken);
}

bool CredentialFields::isEmpty() const
{
    return m_keyEdit->text().isEmpty() && m_secretEdit->text().isEmpty() && m_tokenEdit->text().isEmpty();
}

void CredentialFields::hideSecrets()
{
    m_showSecret->setChecked(false);
    m_showToken->setChecked(false);
}

void CredentialFields::updateMethod()
{
    const bool token = method() == Credentials::Method::BearerToken;
    m_form->setRowVisible(m_keyEdit, !token);
    m_form->setRowVisible(m_secretRow, !token);
    m_form->setRowVisible(m_tokenRow, token);
    updateHint();
}

void CredentialFields::updateHint()
{
    const Credentials c = credentials(); // already stripped of blanks, line breaks and invisible characters
    // One line per field: empty as typed, empty once the pasted blanks are gone, or fine.
    struct Field
    {
        QString typed;
        QString used;
        QString name;
    };
    QList<Field> fields;
    if (c.method == Credentials::Method::BearerToken) {
        fields.append({m_tokenEdit->text(), c.bearerToken, tr("access token")});
    } else {
        fields.append({m_keyEdit->text(), c.accessKey, tr("access key")});
        fields.append({m_secretEdit->text(), c.accessKeySecret, tr("access key secret")});
    }
    bool allEmpty = true;
    bool cleaned = false;
    QStringList problems;
    for (const Field& f : std::as_const(fields)) {
        allEmpty = allEmpty && f.typed.isEmpty();
        if (f.used.isEmpty() && !f.typed.isEmpty())
            problems.append(tr("The %1 holds only spaces, line breaks or invisible characters.").arg(f.name));
        else if (f.used.isEmpty())
            problems.append(tr("The %1 is empty.").arg(f.name));
        else if (f.used != f.typed)
            cleaned = true;
    }
    if (allEmpty) {
        Tones::setToned(m_hint,
                        c.method == Credentials::Method::BearerToken
                            ? tr("Paste the OAuth access token.")
                            : tr("Enter the access key and its secret (Gong: Company settings → Ecosystem → API)."),
                        Tones::Tone::Normal);
    } else if (!problems.isEmpty()) {
        Tones::setToned(m_hint, problems.join(QLatin1Char(' ')), Tones::Tone::Error);
    } else if (cleaned) {
        Tones::setToned(
            m_hint, tr("Spaces, line breaks and invisible characters pasted along with the credentials are ignored."),
            Tones::Tone::Normal);
    } else {
        Tones::setToned(m_hint, QString(), Tones::Tone::Normal);
    }
    // Read with the fields it is about, not only as a label after them.
    for (QLineEdit* edit : {m_keyEdit, m_secretEdit, m_tokenEdit})
        edit->setAccessibleDescription(m_hint->text());
}
