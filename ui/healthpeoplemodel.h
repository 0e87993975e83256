// SPDX-License-Identifier: MIT
#pragma once

#include "models/usermodelinterface.h"

#include <QAbstractTableModel>
#include <QList>

class Directory;

// The people one health check lists, for the Health view: name, what fails for them (the check's detail, ids whole),
// email and id. It holds Directory rows and follows DirectoryHealth by difference — the rows that left are
// removed, the rows that came are inserted — so a page that adds a few people keeps the selection, the current row
// and the scroll position, and costs the rows that changed, not the list.
class HealthPeopleModel : public QAbstractTableModel, public UserModelInterface
{
    Q_OBJECT
    Q_INTERFACES(UserModelInterface)
public:
    enum Column
    {
        NameColumn,
        FindingColumn,
        EmailColumn,
        IdColumn,
        ColumnCount
    };

    explicit HealthPeopleModel(Directory* directory, QObject* parent = nullptr);

    // The check whose people to list (-1: none); the list is read at once from the directory's DirectoryHealth as
    // last synced.
    void setCheck(int check);
    int check() const { return m_check; }
    // Brings the list up to date with DirectoryHealth (synced by the caller): removes and inserts the difference.
    void update();
    // People of the list whose fields changed (Directory rows, any order): their cells are read again, and a sorted
    // view puts them in place.
    void rowsChanged(const QList<int>& directoryRows);
    // Forgets every row at once: the directory was reset or lost rows, so the rows held no longer name the same
    // people. update() reads them again.
    void clear();

    Directory* directory() const override { return m_directory; }
    int directoryRow(const QModelIndex& index) const override;
    QModelIndex indexOfRow(int directoryRow, int column = 0) const override;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<int> currentRows() const;

    Directory* m_directory;
    int m_check = -1;
    QList<int> m_rows; // Directory rows, ascending
};
