// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class Directory;
class DirectoryCompleteness;
class PeopleView;
class QAction;
class ReconcileDialog;

// Edit → Find a List… (Ctrl+Shift+L): opens the one ReconcileDialog of the window, and selects the people it
// matched in the People table (clearing a search that hides some of them), so the usual Copy and Export take them.
class ReconcileActions : public QObject
{
    Q_OBJECT
public:
    ReconcileActions(const Directory* directory, const DirectoryCompleteness* completeness, PeopleView* people,
                     QWidget* window);

    QAction* findListAction() const { return m_action; }
    ReconcileDialog* openDialog();
    // Selects exactly these Directory rows in the People table, the first one current; returns whether the search
    // had to be cleared to show them all.
    bool selectInTable(const QList<int>& rows);

Q_SIGNALS:
    // The People table now shows the selected people: the window brings it to the front.
    void peopleShown();
    void userActivated(const QString& userId);

private:
    const Directory* m_directory;
    const DirectoryCompleteness* m_completeness;
    PeopleView* m_people;
    QWidget* m_window;
    QAction* m_action;
    QPointer<ReconcileDialog> m_dialog;
};
