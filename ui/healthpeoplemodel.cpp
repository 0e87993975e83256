// SPDX-License-Identifier: MIT
#include "healthpeoplemodel.h"

#include "audit/directoryhealth.h"
#include "directory/directory.h"

#include <algorithm>

HealthPeopleModel::HealthPeopleModel(Directory* directory, QObject* parent)
    : QAbstractTableModel(parent)
    , m_directory(directory)
{}

QList<int> HealthPeopleModel::currentRows() const
{
    const DirectoryHealth& health = DirectoryHealth::of(*m_directory);
    // Rows the health has not seen yet, or that the directory no longer has, are left out until the next sync.
    if (m_check < 0 || health.rowCount() > m_directory->count())
        return {};
    return health.rows(m_check);
}

void HealthPeopleModel::setCheck(int check)
{
    beginResetModel();
    m_check = check;
    m_rows = currentRows();
    endResetModel();
}

void HealthPeopleModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void HealthPeopleModel::update()
{
    const QList<int> next = currentRows();
    if (next == m_rows)
        return;
    // Both lists ascend. First the runs of rows that left, removed last first so that earlier positions stay valid.
    QList<std::pair<int, int>> removals; // [first, last] positions in m_rows
    qsizetype j = 0;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        while (j < next.size() && next[j] < m_rows[i])
            ++j;
        if (j < next.size() && next[j] == m_rows[i])
            continue;
        if (!removals.isEmpty() && removals.last().second == i - 1)
            removals.last().second = int(i);
        else
            removals.append({int(i), int(i)});
    }
    for (auto it = removals.crbegin(); it != removals.crend(); ++it) {
        beginRemoveRows({}, it->first, it->second);
        m_rows.remove(it->first, it->second - it->first + 1);
        endRemoveRows();
    }
    // m_rows is now a part of `next`, in order: the runs it lacks go in, first first. Before position j both agree.
    for (j = 0; j < next.size();) {
        if (j < m_rows.size() && m_rows[j] == next[j]) {
            ++j;
            continue;
        }
        qsizetype end = j;
        while (end < next.size() && (j >= m_rows.size() || next[end] != m_rows[j]))
            ++end;
        beginInsertRows({}, int(j), int(end - 1));
        m_rows.insert(j, end - j, 0);
        std::copy(next.begin() + j, next.begin() + end, m_rows.begin() + j);
        endInsertRows();
        j = end;
    }
}

void HealthPeopleModel::rowsChanged(const QList<int>& directoryRows)
{
    for (int row : directoryRows) {
        const QModelIndex at = indexOfRow(row);
        if (at.isValid())
            Q_EMIT dataChanged(at, at.siblingAtColumn(ColumnCount - 1));
    }
}

int HealthPeopleModel::directoryRow(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return -1;
    return m_rows[index.row()];
}

QModelIndex HealthPeopleModel::indexOfRow(int directoryRow, int column) const
{
    const auto at = std::lower_bound(m_rows.begin(), m_rows.end(), directoryRow);
    if (at == m_rows.end() || *at != directoryRow)
        return {};
    return index(int(at - m_rows.begin()), column);
}

int HealthPeopleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HealthPeopleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HealthPeopleModel::data(const QModelIndex& index, int role) const
{
    const int row = directoryRow(index);
    if (row < 0 || row >= m_directory->count())
        return {};
    const User& user = m_directory->user(row);
    switch (role) {
    case UserIdRole:
        return user.id;
    case DirectoryRowRole:
        return row;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case SortRole:
        break;
    default:
        return {};
    }
    QString text;
    switch (index.column()) {
    case NameColumn:
        text = user.displayName();
        break;
    case EmailColumn:
        text = user.emailAddress;
        break;
    case FindingColumn:
        text = DirectoryHealth::of(*m_directory).detail(m_check, row);
        break;
    case IdColumn:
        text = user.id;
        break;
    default:
        return {};
    }
    if (role == SortRole)
        return text.toCaseFolded();
    // A finding can be long (a loop of many people, several addresses): whole in the tooltip.
    if (role == Qt::ToolTipRole && (index.column() != FindingColumn || text.isEmpty()))
        return {};
    return text;
}

QVariant HealthPeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case FindingColumn:
        return tr("What is wrong");
    case EmailColumn:
        return tr("Email");
    case IdColumn:
        return tr("Id");
    default:
        return {};
    }
}
