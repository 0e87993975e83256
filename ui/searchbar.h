// SPDX-License-Identifier: MIT
#pragma once

#include "search/userquery.h"

#include <QWidget>

#include <functional>

class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;
class QToolButton;

// The search box: parses as you type, shows what is wrong with a query (red hint + tooltip) while the rest of it
// still applies, completes field names and values, and explains the syntax in a help popup. Esc clears it.
class SearchBar : public QWidget
{
    Q_OBJECT
public:
    explicit SearchBar(QWidget* parent = nullptr);

    QString text() const;
    void setText(const QString& text); // also emits queryChanged
    const UserQuery& query() const { return m_query; }
    QLineEdit* lineEdit() const { return m_edit; }
    QLabel* errorLabel() const { return m_error; }
    // Values offered after "title:", "lang:" and "manager:" (asked when completion starts).
    void setValueProvider(std::function<QStringList(const QString& field)> provider);

    static QString helpHtml();

public Q_SLOTS:
    void focusSearch();
    void showHelp();

Q_SIGNALS:
    void queryChanged(const UserQuery& query);
    // Down, Enter or Return in the search box (no completion showing): go to the results.
    void resultsRequested();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onEdited();
    void updateCompletion();
    void insertCompletion(const QString& completion);
    void showErrors();
    // The word under the cursor: [start, cursor).
    qsizetype tokenStart() const;

    QLineEdit* m_edit;
    QLabel* m_error;
    QToolButton* m_help;
    QCompleter* m_completer;
    QStringListModel* m_completions;
    UserQuery m_query;
    std::function<QStringList(const QString&)> m_values;
};
