// SPDX-License-Identifier: MIT
#pragma once

#include "usermodelinterface.h"

#include <QAbstractTableModel>

class Directory;

// The table of people: one row per Directory row, columns from UserColumns. Rows are
// inserted page by page as the Directory grows; nothing is copied.
class UserTableModel : public QAbstractTableModel, public UserModelInterface
{
    Q_OBJECT
    Q_INTERFACES(UserModelInterface)
public:
    explicit UserTableModel(Directory* directory, QObject* parent = nullptr);

    Directory* directory() const override { return m_directory; }
    int directoryRow(const QModelIndex& index) const override;
    QModelIndex indexOfRow(int directoryRow, int column = 0) const override;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void emitRowsChanged(const QList<int>& sortedRows);

    Directory* m_directory;
};
