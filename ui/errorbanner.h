// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// A strip above the table that says what went wrong and offers Retry (or another word for going on, such as
// "Keep Waiting"); the rows stay. The message is plain text: what a server wrote in it is never markup.
class ErrorBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget* parent = nullptr);

    // `retryText`: the button's label when going on is not a plain retry; empty for "Retry".
    void showError(const QString& message, bool canRetry, const QString& retryText = QString());
    QString message() const;

Q_SIGNALS:
    void retryRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyTone();

    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_retry;
    QPushButton* m_close;
};
