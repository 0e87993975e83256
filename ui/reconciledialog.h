// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QList>

class Directory;
class DirectoryCompleteness;
class QAbstractButton;
class QButtonGroup;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;
class ReconcileInputPanel;
class ReconcileResultModel;

// Edit → Find a List: a list from another system (e-mails, ids or names) matched against the directory with
// Reconciler, as `gong-directory reconcile` does. The result table has one row per value, sortable, narrowed to
// one status by the counts above it; Ctrl+C copies rows; the matched people can be selected in the People table;
// the result exports as the command's CSV or JSON. Non-modal: it follows the directory while it loads or refreshes
// (the result is matched again) and says when the directory is incomplete.
class ReconcileDialog : public QDialog
{
    Q_OBJECT
public:
    ReconcileDialog(const Directory* directory, const DirectoryCompleteness* completeness, QWidget* parent = nullptr);

    // Matches the list now.
    void find();
    // Writes the result's records to `path`: JSON when it ends in .json, else CSV with a byte-order mark (the
    // command's defaults). False with *error; a failed write leaves no partial file.
    bool exportTo(const QString& path, QString* error) const;
    QByteArray exportBytes(bool json) const;

Q_SIGNALS:
    // "Show matched people in the table", with the Directory rows of the people (valid while the signal runs).
    void showPeopleRequested(const QList<int>& rows);
    // A result row was activated (Enter, double-click) on a value that matched one person.
    void userActivated(const QString& userId);

public Q_SLOTS:
    // Shown in the dialog: what "Show matched people" did, an export written, an error.
    void showMessage(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildResults();
    void updateNotice();
    void updateCounts();
    void applyFilter();
    void copySelection();
    void chooseExportFile();
    void directoryChanged(bool rowsMoved);

    const Directory* m_directory;
    const DirectoryCompleteness* m_completeness;
    ReconcileInputPanel* m_input;
    ReconcileResultModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_notice;
    QPushButton* m_find;
    QButtonGroup* m_filters;
    QList<QAbstractButton*> m_filterButtons; // All, then one per Reconciler::Status
    QTableView* m_table;
    QPushButton* m_showPeople;
    QPushButton* m_export;
    QLabel* m_message;
    QTimer* m_rerunTimer;
    bool m_stale = false; // the directory changed while the dialog was hidden
};
