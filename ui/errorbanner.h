// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// A strip above the table that says what went wrong and offers Retry; the rows stay.
class ErrorBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget* parent = nullptr);

    void showError(const QString& message, bool canRetry);
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
