// SPDX-License-Identifier: MIT
#pragma once

#include "credentials/credentials.h"

#include <QObject>

class QFormLayout;
class QLabel;
class QLineEdit;
class QRadioButton;
class QToolButton;
class QWidget;

// The authentication rows of the connection form: an access key and its secret, or an OAuth access token (each
// secret hidden behind a Show toggle, never completed, remembered by an input method or dragged out), and a hint that
// says what is missing or that blanks pasted along are ignored. It adds its rows to the dialog's form.
class CredentialFields : public QObject
{
    Q_OBJECT
public:
    CredentialFields(QFormLayout* form, QWidget* dialog);

    Credentials::Method method() const;
    void setMethod(Credentials::Method method);
    // What was entered, without pasted blanks, line breaks and invisible characters.
    Credentials credentials() const;
    // Fills the fields of both methods (the method stays as it is).
    void setCredentials(const Credentials& credentials);
    // Nothing typed in any field.
    bool isEmpty() const;
    // Back to dots in both secret fields.
    void hideSecrets();

Q_SIGNALS:
    void changed(); // a field or the method

private:
    void updateMethod();
    void updateHint();

    QFormLayout* m_form;
    QRadioButton* m_accessKeyButton;
    QRadioButton* m_tokenButton;
    QLineEdit* m_keyEdit;
    QLineEdit* m_secretEdit;
    QLineEdit* m_tokenEdit;
    QToolButton* m_showSecret;
    QToolButton* m_showToken;
    QWidget* m_secretRow;
    QWidget* m_tokenRow;
    QLabel* m_hint;
};
