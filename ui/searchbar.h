// SPDX-License-Identifier: MIT
#pragma once

#include "search/userquery.h"

#include <QWidget>

#include <functional>

class QAction;
class QCompleter;
class QKeyEvent;
class QLabel;
class QLineEdit;
class QStringListModel;
class QToolButton;

// The search box: parses as you type, shows what is wrong with a query (red hint + tooltip) while the rest of it
// still applies, completes field names and values, and explains the syntax in a help popup. Its own keys are actions
// of the bar (listed with the window's shortcuts): Esc clears it, Down or Enter goes to the results.
class SearchBar : public QWidget
{
    Q_OBJECT
public:
    explicit SearchBar(QWidget* parent = nullptr);

    QString text() const;
    void setText(const QString& text); // also emits queryChanged
    const UserQuery& query() const { return m_query; }
    // Values offered after "title:", "lang:" and "manager:" (asked when completion starts).
    void setValueProvider(std::function<QStringList(const QString& field)> provider);

    static QString helpHtml();

public Q_SLOTS:
    void focusSearch();
    void showHelp();
    // The "?" button: opens the help, or closes it when open.
    void toggleHelp();

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
    // The bar's action for this key in the search box, when it applies now (enabled, no completion list open).
    QAction* keyAction(const QKeyEvent* key) const;
    // A key in the search box that is the window's shortcut (not typing, not an editing key): it goes to the window.
    bool windowShortcutWins(const QKeyEvent* key) const;
    // The word under the cursor: [start, cursor).
    qsizetype tokenStart() const;

    QLineEdit* m_edit;
    QLabel* m_error;
    QToolButton* m_help;
    QCompleter* m_completer;
    QStringListModel* m_completions;
    QAction* m_clearAction;
    UserQuery m_query;
    std::function<QStringList(const QString&)> m_values;
};
