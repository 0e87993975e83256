// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>

class Directory;
class User;

// The table of people: one row per Directory row, columns from UserColumns. Rows are
// inserted page by page as the Directory grows; nothing is copied.
class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        SortRole = Qt::UserRole + 1, // raw value that sorts right (numbers, ms, case-folded text)
        UserIdRole,                  // the Gong id (QString)
        ColumnKeyRole,               // header data: the column key
    };

    explicit UserTableModel(Directory* directory, QObject* parent = nullptr);

    Directory* directory() const { return m_directory; }
    const User& userAt(const QModelIndex& index) const;
    QModelIndex indexOfUser(const QString& userId, int column = 0) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void emitRowsChanged(const QList<int>& sortedRows);

    Directory* m_directory;
};
