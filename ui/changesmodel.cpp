// SPDX-License-Identifier: MIT
#include "changesmodel.h"

#include "export/changeswriter.h"

ChangesModel::ChangesModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

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
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case KindColumn:
        return kindText(c.kind);
    case NameColumn:
        return c.name;
    case FieldColumn:
        return c.field;
    case BeforeColumn:
        return c.kind == UserChange::Kind::Changed ? ChangesWriter::cellText(c.before) : QString();
    case AfterColumn:
        return c.kind == UserChange::Kind::Changed ? ChangesWriter::cellText(c.after) : QString();
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
