// SPDX-License-Identifier: MIT
#include "orgfiltermodel.h"

#include "directory/directory.h"
#include "orgtreemodel.h"

OrgFilterModel::OrgFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setDynamicSortFilter(true);
}

void OrgFilterModel::setSourceModel(QAbstractItemModel* sourceModel)
{
    if (m_tree)
        disconnect(m_tree->directory(), nullptr, this, nullptr);
    m_tree = qobject_cast<OrgTreeModel*>(sourceModel);
    Q_ASSERT_X(m_tree || !sourceModel, "OrgFilterModel", "the source must be an OrgTreeModel");
    QSortFilterProxyModel::setSourceModel(m_tree);
    if (!m_tree)
        return;
    // Connected after the tree: it has placed the new people when these run.
    Directory* d = m_tree->directory();
    connect(d, &Directory::usersAppended, this, &OrgFilterModel::onDirectoryChanged);
    connect(d, &Directory::usersChanged, this, &OrgFilterModel::onDirectoryChanged);
    connect(d, &Directory::usersRemoved, this, &OrgFilterModel::onDirectoryChanged);
    connect(d, &Directory::reset, this, &OrgFilterModel::onDirectoryChanged);
    onDirectoryChanged();
}

void OrgFilterModel::setMatcher(Matcher matcher)
{
    m_matcher = std::move(matcher);
    findKept();
    invalidateRowsFilter();
}

void OrgFilterModel::onDirectoryChanged()
{
    // While a page lands, the tree's own signals are filtered with what was kept before; new matches and the managers
    // above them appear here, once per page.
    if (!m_matcher)
        return;
    findKept();
    invalidateRowsFilter();
}

void OrgFilterModel::findKept()
{
    std::vector<bool>().swap(m_kept);
    if (!m_matcher || !m_tree)
        return;
    const int n = m_tree->directory()->count();
    m_kept.resize(size_t(n));
    for (int row = 0; row < n; ++row) {
        if (!m_matcher(row))
            continue;
        // The match and everyone above it, up to someone already kept (their managers are then kept too).
        for (QModelIndex at = m_tree->indexOfRow(row); at.isValid(); at = at.parent()) {
            const int person = m_tree->directoryRow(at);
            if (person < 0)
                continue; // a group on the way
            if (m_kept[size_t(person)] && person != row)
                break;
            m_kept[size_t(person)] = true;
        }
    }
}

bool OrgFilterModel::keeps(const QModelIndex& sourceIndex) const
{
    const int row = m_tree->directoryRow(sourceIndex);
    if (row >= 0)
        return size_t(row) < m_kept.size() && m_kept[size_t(row)];
    // A group stays while anyone inside it does.
    for (int r = 0; r < m_tree->rowCount(sourceIndex); ++r) {
        if (keeps(m_tree->index(r, 0, sourceIndex)))
            return true;
    }
    return false;
}

bool OrgFilterModel::matches(const QModelIndex& index) const
{
    if (!m_matcher)
        return false;
    const int row = directoryRow(index);
    return row >= 0 && m_matcher(row);
}

Directory* OrgFilterModel::directory() const
{
    return m_tree ? m_tree->directory() : nullptr;
}

int OrgFilterModel::directoryRow(const QModelIndex& index) const
{
    if (!m_tree || !index.isValid() || index.model() != this)
        return -1;
    return m_tree->directoryRow(mapToSource(index));
}

QModelIndex OrgFilterModel::indexOfRow(int directoryRow, int column) const
{
    return m_tree ? mapFromSource(m_tree->indexOfRow(directoryRow, column)) : QModelIndex();
}

QVariant OrgFilterModel::data(const QModelIndex& index, int role) const
{
    if (role == MatchRole)
        return index.isValid() ? QVariant(matches(index)) : QVariant();
    return QSortFilterProxyModel::data(index, role);
}

bool OrgFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    return !m_matcher || keeps(m_tree->index(sourceRow, 0, sourceParent));
}
