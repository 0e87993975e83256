// SPDX-License-Identifier: MIT
#include "changesmodel.h"

#include "directory/directory.h"
#include "export/changeswriter.h"

#include <QJsonValue>

ChangesModel::ChangesModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ChangesModel::setDirectory(const Directory* directory)
{
    if (m_directory)
        disconnect(m_directory, nullptr, this, nullptr);
    m_directory = directory;
    if (!directory)
        return;
    // A manager's name can arrive after the changes (the directory is still loading) or change with a refresh.
    const auto valuesChanged = [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, BeforeColumn), index(int(m_rows.size()) - 1, AfterColumn));
    };
    connect(directory, &Directory::usersAppended, this, valuesChanged);
    connect(directory, &Directory::usersChanged, this, valuesChanged);
    connect(directory, &Directory::usersRemoved, this, valuesChanged);
    connect(directory, &Directory::reset, this, valuesChanged);
}

QString ChangesModel::valueText(const QString& field, const QJsonValue& value, const Directory* directory)
{
    if (directory && field == QLatin1String("managerId") && value.isString()) {
        const int row = directory->rowOf(value.toString());
        if (row >= 0)
            return directory->user(row).fullName();
    }
    return ChangesWriter::cellText(value);
}

void ChangesModel::setChanges(const QList<UserChange>& changes)
{
    beginResetModel();
    m_all = changes;
    applyFilter();
    endResetModel();
}

void ChangesModel::setFilter(const QString& kindKey, const QString& field, const QString& name)
{
    if (kindKey == m_kind && field == m_field && name == m_name)
        return;
    beginResetModel();
    m_kind = kindKey;
    m_field = field;
    m_name = name;
    applyFilter();
    endResetModel();
}

void ChangesModel::applyFilter()
{
    m_rows.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        const UserChange& c = m_all.at(i);
        if (!m_kind.isEmpty() && UserChange::kindKey(c.kind) != m_kind)
            continue;
        if (!m_field.isEmpty() && c.field != m_field)
            continue;
        if (!m_name.isEmpty() && !c.name.contains(m_name, Qt::CaseInsensitive))
            continue;
        m_rows.append(i);
    }
}

QList<UserChange> ChangesModel::visibleChanges() const
{
    QList<UserChange> out;
    out.reserve(m_rows.size());
    for (int i : m_rows)
        out.append(m_all.at(i));
    return out;
}

QString ChangesModel::kindText(UserChange::Kind kind)
{
    switch (kind) {
    case UserChange::Kind::Joined:
        return tr("Joined");
    case UserChange::Kind::Left:
        return tr("Left");
    case UserChange::Kind::Activated:
        return tr("Activated");
    case UserChange::Kind::Deactivated:
        return tr("Deactivated");
    case UserChange::Kind::Changed:
        break;
    }
    return tr("Changed");
}

int ChangesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChangesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const UserChange& c = m_all.at(m_rows.at(index.row()));
    if (role == UserIdRole)
        return c.id;
    const bool value = index.column() == BeforeColumn || index.column() == AfterColumn;
    if (value) {
        if (c.kind != UserChange::Kind::Changed)
            return role == Qt::DisplayRole || role == Qt::ToolTipRole || role == RawValueRole ? QString() : QVariant();
        const QJsonValue& v = index.column() == BeforeColumn ? c.before : c.after;
        const QString raw = ChangesWriter::cellText(v);
        if (role == RawValueRole)
            return raw;
        const QString shown = valueText(c.field, v, m_directory);
        if (role == Qt::DisplayRole)
            return shown;
        if (role == Qt::ToolTipRole)
            return shown == raw ? raw : tr("%1 (ID %2)").arg(shown, raw);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case KindColumn:
        return kindText(c.kind);
    case NameColumn:
        return c.name;
    case FieldColumn:
        return c.field;
    default:
        return {};
    }
}

QVariant ChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Change");
    case NameColumn:
        return tr("Name");
    case FieldColumn:
        return tr("Field");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    default:
        return {};
    }
}
