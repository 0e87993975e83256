// SPDX-License-Identifier: MIT
#pragma once

#include <QModelIndex>
#include <QObject>
#include <QString>

class Directory;
class QAbstractItemModel;
class User;

// What every model that shows people answers, and answers alike (libkleo's KeyListModelInterface): the person at an
// index, and where a person is, by Directory row or by id. UserTableModel, UserFilterModel, OrgTreeModel and
// OrgFilterModel implement it; views, the selection sync between the table, the tree and the detail pane, and export
// use only this, so no one goes from a row to an id and back. The roles of all of them are declared here, once.
class UserModelInterface
{
public:
    enum Role
    {
        UserIdRole = Qt::UserRole + 1, // QString: the Gong id; empty where no person is (a group of the org tree)
        DirectoryRowRole,              // int: the Directory row; -1 where no person is
        SortRole,                      // a value that sorts right in this column (numbers, ms, case-folded text)
        ColumnKeyRole,                 // header data: the UserColumns key of the column
        NodeKindRole,                  // org tree: int(OrgTreeModel::NodeKind)
        ManagerIdRole,                 // org tree: a person's managerId; the missing id of an unknown manager's group
        MatchRole,                     // org-chart filter: bool, the person matches the search (not only on the way)
    };

    virtual ~UserModelInterface() = default;

    virtual Directory* directory() const = 0;
    // The Directory row of the person shown at `index` (any column), or -1: no person there (a group node, an
    // invalid index, an index of another model).
    virtual int directoryRow(const QModelIndex& index) const = 0;
    // Where the person of a Directory row is shown, in `column`; invalid when not shown (filtered out, not loaded,
    // no such row).
    virtual QModelIndex indexOfRow(int directoryRow, int column = 0) const = 0;

    bool isUser(const QModelIndex& index) const { return directoryRow(index) >= 0; }
    // Precondition: isUser(index).
    const User& userAt(const QModelIndex& index) const;
    // Empty when no person is at `index`.
    QString userIdAt(const QModelIndex& index) const;
    QModelIndex indexOfUser(const QString& userId, int column = 0) const;

    // The interface of a model a view holds; nullptr when it does not show people.
    static UserModelInterface* of(QAbstractItemModel* model);
    static const UserModelInterface* of(const QAbstractItemModel* model);
};

#define UserModelInterface_iid "io.gong.directory.UserModelInterface"
Q_DECLARE_INTERFACE(UserModelInterface, UserModelInterface_iid)
