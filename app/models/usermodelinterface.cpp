// SPDX-License-Identifier: MIT
#include "usermodelinterface.h"

#include "directory/directory.h"

#include <QAbstractItemModel>

const User& UserModelInterface::userAt(const QModelIndex& index) const
{
    const int row = directoryRow(index);
    Q_ASSERT(row >= 0);
    return directory()->user(row);
}

QString UserModelInterface::userIdAt(const QModelIndex& index) const
{
    const int row = directoryRow(index);
    return row < 0 ? QString() : directory()->user(row).id;
}

QModelIndex UserModelInterface::indexOfUser(const QString& userId, int column) const
{
    const Directory* d = directory();
    const int row = d ? d->rowOf(userId) : -1;
    return row < 0 ? QModelIndex() : indexOfRow(row, column);
}

UserModelInterface* UserModelInterface::of(QAbstractItemModel* model)
{
    return qobject_cast<UserModelInterface*>(model);
}

const UserModelInterface* UserModelInterface::of(const QAbstractItemModel* model)
{
    return qobject_cast<const UserModelInterface*>(model);
}
