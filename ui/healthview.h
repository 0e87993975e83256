// SPDX-License-Identifier: MIT
#pragma once

#include <QTimer>
#include <QWidget>

class Directory;
class DirectoryCompleteness;
class HealthPeopleModel;
class QAction;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;
class QTreeWidget;
class QTreeWidgetItem;

// The Health tab: every data-health check of the directory (HealthCheck's catalog, grouped by kind) with how many
// people it lists; the people of the selected check with what is wrong for each (ids whole, copyable); "Show in
// People" puts the check's query term in the People search. It follows the directory as pages arrive, after a
// refresh and after a switch to another account, through DirectoryHealth's incremental upkeep, at most a few times a
// second and only while shown.
class HealthView : public QWidget
{
    Q_OBJECT
public:
    explicit HealthView(Directory* directory, QWidget* parent = nullptr);

    // Lets the view say when the counts cover only part of the directory.
    void setCompleteness(const DirectoryCompleteness* completeness);

    // The check whose people are listed (HealthCheck::Id), -1 for none.
    int currentCheck() const;
    void setCurrentCheck(int check);
    // "Export Health Summary…" (the view's button and the File menu).
    QAction* exportSummaryAction() const { return m_exportAction; }
    // Writes the summary CSV (check, title, count, ids) to `path`: all or nothing; false with *error.
    bool exportSummaryTo(const QString& path, QString* error);

Q_SIGNALS:
    // The user moved to a person in the list.
    void currentUserChanged(const QString& userId);
    // Enter or a double click on a person.
    void userActivated(const QString& userId);
    // "Show in People": the query that lists the check's people (health:<key>).
    void showInPeopleRequested(const QString& query);
    void message(const QString& text); // for the status bar

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildChecks();
    void buildPeople(QWidget* parent);
    void scheduleRefresh();
    void refresh();
    void forgetRows();
    void noteChanged(const QList<int>& rows);
    void updateHeading();
    void updateCompleteness();
    void exportSummary();
    void showPeopleMenu(const QPoint& pos);
    void copyIds();
    QString userIdAt(const QModelIndex& index) const;

    Directory* m_directory;
    const DirectoryCompleteness* m_completeness = nullptr;
    HealthPeopleModel* m_model;
    QSortFilterProxyModel* m_sorted;
    QLabel* m_summary = nullptr;
    QLabel* m_incomplete = nullptr;
    QTreeWidget* m_checks = nullptr;
    QList<QTreeWidgetItem*> m_checkItems; // by HealthCheck::Id
    QLabel* m_title = nullptr;
    QLabel* m_description = nullptr;
    QPushButton* m_showInPeople = nullptr;
    QPushButton* m_export = nullptr;
    QTreeView* m_people = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_copyIdAction = nullptr;
    QTimer m_later;
    QList<int> m_changed;    // Directory rows changed in place since the last refresh
    bool m_rebuild = false;  // people changed while hidden: the list is read anew when shown
    bool m_stale = true;     // the directory changed while the view was hidden
    bool m_updating = false; // the list changes under the user: not them moving to someone
};
