// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class Directory;
class DirectoryCompleteness;
class ExportDialog;
class QAction;
class QMenu;
class QMimeData;
class QModelIndex;
class QTableView;

// Export and copy for a table of people: the actions (Export…, Copy, Export this team…), what
// they act on (selection, filtered view, whole directory, one manager's organisation) and the
// dialog. Works through the view's model as a UserModelInterface, so any proxy in between
// (sorting, filtering) is respected.
// People selected but hidden by the search are never exported or copied unseen: Copy and the
// "Selected people" scope take what the table shows; the export dialog offers them as a scope of
// their own that says how many are hidden, and the status bar counts them (selectionSummary()).
class ExportActions : public QObject
{
    Q_OBJECT
public:
    ExportActions(QTableView* view, Directory* directory, QWidget* window);

    // Lets the dialog say when the directory is not all loaded, and ask before exporting what is.
    void setCompleteness(const DirectoryCompleteness* completeness) { m_completeness = completeness; }

    QAction* exportAction() const { return m_exportAction; }
    QAction* copyAction() const { return m_copyAction; }

    // Directory rows in view order: the selected people shown, everyone shown.
    QList<int> selectedRows() const;
    QList<int> viewRows() const;
    // Selected people the search hides (kept selected until it is cleared), in Directory order.
    QList<int> hiddenSelectedRows() const;
    // "12 selected", "20 selected, 8 of them hidden by the search"; empty when nobody is selected.
    QString selectionSummary() const;
    // Keys of the visible columns in the order the header shows them.
    QStringList visibleColumnKeys() const;
    // The manager first, then everyone below them, breadth first (each person once).
    static QList<int> teamRows(const Directory& directory, int managerRow);

    // Non-modal, so it can be driven from tests; deleted when closed.
    ExportDialog* openExportDialog();
    ExportDialog* openTeamExportDialog(const QString& managerId);

    // Selected rows as TSV (text/plain) and CSV (text/csv), with a header of column titles.
    QMimeData* mimeDataForRows(const QList<int>& rows) const;

public Q_SLOTS:
    void copySelection();

Q_SIGNALS:
    void message(const QString& text); // for the status bar

private:
    ExportDialog* createDialog();
    // "Whole directory", or what it is while not everyone is loaded.
    QString wholeDirectoryLabel() const;
    void markIncomplete(ExportDialog* dialog, const QList<int>& partialScopes) const;
    void showContextMenu(const QPoint& pos);
    void updateActions();

    QTableView* m_view;
    Directory* m_directory;
    QWidget* m_window;
    QAction* m_exportAction;
    QAction* m_copyAction;
    QPointer<ExportDialog> m_dialog;
    const DirectoryCompleteness* m_completeness = nullptr;
};
