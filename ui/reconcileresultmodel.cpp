// SPDX-License-Identifier: MIT
#include "reconcileresultmodel.h"
#include "icons.h"

#include "directory/directory.h"

#include <QLocale>
#include <QSet>

ReconcileResultModel::ReconcileResultModel(const Directory* directory, QObject* parent)
    : QAbstractTableModel(parent)
    , m_directory(directory)
{}

void ReconcileResultModel::run(const QStringList& values)
{
    const Reconciler reconciler(*m_directory);
    QList<Reconciler::Result> results = reconciler.matchAll(values);
    if (m_ran && values == m_values) {
        m_results = std::move(results);
        m_counts = Reconciler::count(m_results);
        if (!m_results.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_values = values;
        m_results = std::move(results);
        m_counts = Reconciler::count(m_results);
        m_ran = true;
        endResetModel();
    }
    Q_EMIT resultsChanged();
}

void ReconcileResultModel::clear()
{
    beginResetModel();
    m_values.clear();
    m_results.clear();
    m_counts = {};
    m_ran = false;
    endResetModel();
    Q_EMIT resultsChanged();
}

QList<int> ReconcileResultModel::matchedRows() const
{
    QList<int> rows;
    QSet<int> seen;
    for (const Reconciler::Result& r : m_results) {
        const int row = r.row();
        if (row >= 0 && !seen.contains(row)) {
            seen.insert(row);
            rows.append(row);
        }
    }
    return rows;
}

QList<QStringList> ReconcileResultModel::records() const
{
    return Reconciler::tableRows(*m_directory, m_results);
}

QIcon ReconcileResultModel::statusIcon(Reconciler::Status status)
{
    switch (status) {
    case Reconciler::Status::Active:
        return Icons::get("reconcile-active");
    case Reconciler::Status::Inactive:
        return Icons::get("reconcile-inactive");
    case Reconciler::Status::NotFound:
        return Icons::get("reconcile-not-found");
    case Reconciler::Status::Ambiguous:
        return Icons::get("reconcile-ambiguous");
    }
    return QIcon();
}

QString ReconcileResultModel::matchedByTitle(Reconciler::MatchedBy field)
{
    switch (field) {
    case Reconciler::MatchedBy::None:
        return QString();
    case Reconciler::MatchedBy::EmailAddress:
        return tr("Email");
    case Reconciler::MatchedBy::EmailAliases:
        return tr("Email alias");
    case Reconciler::MatchedBy::TrustedEmailAddress:
        return tr("Trusted email");
    case Reconciler::MatchedBy::Id:
        return tr("Id");
    case Reconciler::MatchedBy::Name:
        return tr("Name");
    }
    return QString();
}

int ReconcileResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int ReconcileResultModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReconcileResultModel::people(const Reconciler::Result& result, Column column) const
{
    // An ambiguous value lists everyone it matched, so the user sees who shares the address or the name.
    QStringList parts;
    for (int row : result.rows) {
        if (row < 0 || row >= m_directory->count())
            continue;
        const User& u = m_directory->user(row);
        parts.append(column == NameColumn ? u.fullName() : column == EmailColumn ? u.emailAddress : u.id);
    }
    return parts.join(QStringLiteral("; "));
}

QVariant ReconcileResultModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_results.size())
        return {};
    const Reconciler::Result& r = m_results[index.row()];
    const auto column = Column(index.column());
    if (role == StatusKeyRole)
        return Reconciler::statusKey(r.status);
    if (role == SortRole) {
        switch (column) {
        case LineColumn:
            return index.row();
        case StatusColumn:
            return int(r.status);
        case MatchedByColumn:
            return int(r.matchedBy);
        default:
            return QLocale().toLower(data(index, Qt::DisplayRole).toString());
        }
    }
    if (role == Qt::DecorationRole && column == StatusColumn)
        return statusIcon(r.status);
    if (role == Qt::ToolTipRole && column == StatusColumn && r.status == Reconciler::Status::Ambiguous)
        return tr("Matches %Ln people", nullptr, int(r.rows.size()));
    if (role == Qt::TextAlignmentRole && column == LineColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case LineColumn:
        return QLocale().toString(index.row() + 1);
    case InputColumn:
        return r.input;
    case StatusColumn:
        return Reconciler::statusTitle(r.status);
    case MatchedByColumn:
        return matchedByTitle(r.matchedBy);
    case NameColumn:
    case EmailColumn:
    case IdColumn:
        return people(r, column);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ReconcileResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case LineColumn:
        return tr("#");
    case InputColumn:
        return tr("Value");
    case StatusColumn:
        return tr("Status");
    case MatchedByColumn:
        return tr("Matched by");
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case IdColumn:
        return tr("Id");
    case ColumnCount:
        break;
    }
    return {};
}
