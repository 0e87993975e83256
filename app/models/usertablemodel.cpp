// SPDX-License-Identifier: MIT
#include "usertablemodel.h"

#include "directory/directory.h"
#include "directory/usercolumns.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace {
// The locale's short date, with a four-digit year ("3/12/2021", "12.03.2021"): two-digit years
// are ambiguous in a directory that spans decades.
QString shortDateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}
} // namespace

UserTableModel::UserTableModel(Directory* directory, QObject* parent)
    : QAbstractTableModel(parent)
    , m_directory(directory)
{
    connect(directory, &Directory::usersAboutToBeAppended, this,
            [this](int first, int last) { beginInsertRows(QModelIndex(), first, last); });
    connect(directory, &Directory::usersAppended, this, [this](int, int) { endInsertRows(); });
    connect(directory, &Directory::usersChanged, this, &UserTableModel::emitRowsChanged);
    connect(directory, &Directory::derivedDataChanged, this, &UserTableModel::emitRowsChanged);
    connect(directory, &Directory::usersAboutToBeRemoved, this,
            [this](int first, int last) { beginRemoveRows(QModelIndex(), first, last); });
    connect(directory, &Directory::usersRemoved, this, [this](int, int) {
        endRemoveRows();
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    });
    connect(directory, &Directory::aboutToReset, this, [this] { beginResetModel(); });
    connect(directory, &Directory::reset, this, [this] { endResetModel(); });
}

void UserTableModel::emitRowsChanged(const QList<int>& sortedRows)
{
    // One dataChanged per run of consecutive rows: views and proxies then touch only those.
    const int lastColumn = columnCount() - 1;
    for (qsizetype i = 0; i < sortedRows.size();) {
        qsizetype j = i;
        while (j + 1 < sortedRows.size() && sortedRows[j + 1] == sortedRows[j] + 1)
            ++j;
        Q_EMIT dataChanged(index(sortedRows[i], 0), index(sortedRows[j], lastColumn));
        i = j + 1;
    }
}

int UserTableModel::directoryRow(const QModelIndex& index) const
{
    return index.isValid() && index.model() == this && index.row() < m_directory->count() ? index.row() : -1;
}

QModelIndex UserTableModel::indexOfRow(int directoryRow, int column) const
{
    return index(directoryRow, column); // invalid when out of range
}

int UserTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_directory->count();
}

int UserTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : UserColumns::count();
}

QVariant UserTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (UserColumns::at(column).kind == UserColumn::Kind::DateTime) {
            // Dates read in the user's locale; the ISO string the API sent is the tooltip.
            const qint64 ms = m_directory->user(row).createdMsecs;
            if (ms != 0)
                return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().date(), shortDateFormat());
        }
        return UserColumns::singleLine(UserColumns::text(*m_directory, row, column));
    case Qt::ToolTipRole: {
        const QString text = UserColumns::text(*m_directory, row, column);
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case Qt::TextAlignmentRole:
        if (UserColumns::at(column).kind == UserColumn::Kind::Number)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case SortRole:
        return UserColumns::sortValue(*m_directory, row, column);
    case UserIdRole:
        return m_directory->user(row).id;
    case DirectoryRowRole:
        return row;
    default:
        return QVariant();
    }
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= UserColumns::count())
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (role) {
    case Qt::DisplayRole:
        return UserColumns::title(section);
    case Qt::ToolTipRole:
        return UserColumns::at(section).derived
                   ? QCoreApplication::translate("UserTableModel", "%1 (computed from the directory)")
                         .arg(UserColumns::title(section))
                   : QCoreApplication::translate("UserTableModel", "%1 (API field %2)")
                         .arg(UserColumns::title(section), UserColumns::at(section).key);
    case ColumnKeyRole:
        return UserColumns::at(section).key;
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> UserTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(UserIdRole, "userId");
    names.insert(DirectoryRowRole, "directoryRow");
    return names;
}
