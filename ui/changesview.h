// SPDX-License-Identifier: MIT
#pragma once

#include "store/snapshotcomparer.h"
#include "store/snapshotinfo.h"

#include <QPointer>
#include <QWidget>

class ChangesModel;
class Directory;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;
class SnapshotStore;

// The Changes tab: what changed between two snapshots of the offline copy (by default the one before the newest
// and the newest; pickers list every snapshot by date), narrowed by kind, field and name, with a summary line
// ("Since 28 Nov: 12 joined, 3 left, 27 changes"). Double-click goes to the person; Export writes the changes shown
// as CSV or JSON through ChangesWriter.
class ChangesView : public QWidget
{
    Q_OBJECT
public:
    explicit ChangesView(QWidget* parent = nullptr);

    // The copy to read (null: none); reads its snapshots and the default comparison.
    void setStore(SnapshotStore* store);
    // A snapshot was added: the pickers and, when they showed the default, the comparison follow.
    void reload();
    // Writes the changes shown to `path` (CSV or JSON by its suffix); false with *error.
    bool exportTo(const QString& path, QString* error) const;
    ChangesModel* model() const { return m_model; }
    // Managers are shown by name from here.
    void setDirectory(const Directory* directory);
    // Copy (Ctrl+C): the selected changes as CSV, with ids as exported.
    void copySelection();

Q_SIGNALS:
    void userActivated(const QString& userId);
    void message(const QString& text);

private:
    void onListed(int ticket, const QList<SnapshotInfo>& snapshots);
    void onCompared(int ticket, const SnapshotDiff& diff);
    void compareSelected();
    void updateFacets();
    void applyFilter();
    void exportClicked();

    QPointer<SnapshotStore> m_store;
    ChangesModel* m_model;
    QComboBox* m_from;
    QComboBox* m_to;
    QComboBox* m_kind;
    QComboBox* m_field;
    QLineEdit* m_name;
    QPushButton* m_export;
    QLabel* m_summary;
    QTreeView* m_view;
    int m_listTicket = -1;
    int m_compareTicket = -1;
    bool m_filling = false;
};
