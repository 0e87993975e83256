// SPDX-License-Identifier: MIT
#include "userfiltermodel.h"

#include "directory/directory.h"
#include "directory/usercolumns.h"
#include "usertablemodel.h"

#include <algorithm>

UserFilterModel::UserFilterModel(QObject* parent)
    : QAbstractProxyModel(parent)
{
    m_resortTimer.setSingleShot(true);
    m_resortTimer.setInterval(400);
    connect(&m_resortTimer, &QTimer::timeout, this, &UserFilterModel::resortNow);
}

UserFilterModel::~UserFilterModel() = default;

void UserFilterModel::setSourceModel(QAbstractItemModel* sourceModel)
{
    auto* table = qobject_cast<UserTableModel*>(sourceModel);
    Q_ASSERT_X(table || !sourceModel, "UserFilterModel", "the source must be a UserTableModel");
    beginResetModel();
    if (m_table) {
        disconnect(m_table, nullptr, this, nullptr);
        disconnect(m_table->directory(), nullptr, this, nullptr);
    }
    QAbstractProxyModel::setSourceModel(table);
    m_table = table;
    m_directory = table ? table->directory() : nullptr;
    if (table) {
        connect(table, &QAbstractItemModel::rowsInserted, this, &UserFilterModel::onRowsInserted);
        connect(table, &QAbstractItemModel::dataChanged, this, &UserFilterModel::onDataChanged);
        connect(table, &QAbstractItemModel::rowsAboutToBeRemoved, this, &UserFilterModel::onRowsAboutToBeRemoved);
        connect(table, &QAbstractItemModel::rowsRemoved, this, &UserFilterModel::onRowsRemoved);
        connect(table, &QAbstractItemModel::modelAboutToBeReset, this, &UserFilterModel::beginFullReset);
        connect(table, &QAbstractItemModel::modelReset, this, &UserFilterModel::endFullReset);
        connect(table, &QAbstractItemModel::layoutAboutToBeChanged, this, &UserFilterModel::beginFullReset);
        connect(table, &QAbstractItemModel::layoutChanged, this, &UserFilterModel::endFullReset);
        connect(table, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
        connect(m_directory, &Directory::usersChanged, this, &UserFilterModel::onUsersChanged);
        connect(m_directory, &Directory::changeFactsChanged, this, &UserFilterModel::onChangeFactsChanged);
    }
    m_resetting = true;
    endFullReset();
}

int UserFilterModel::sourceRowCount() const
{
    return m_directory ? m_directory->count() : 0;
}

void UserFilterModel::setQueryText(const QString& text)
{
    setQuery(UserQuery::parse(text));
}

void UserFilterModel::setQuery(const UserQuery& query)
{
    if (!m_directory)
        return;
    const int n = sourceRowCount();
    // Typing one more letter: only the rows shown now can still match. When they are few, check just those;
    // otherwise one scan of the whole index is cheaper than many small ones.
    int candidates = n;
    if (query.narrows(m_matcher.query()) && int(m_queryMatch.size()) == n)
        candidates = int(std::count(m_queryMatch.begin(), m_queryMatch.end(), 1));
    m_matcher = UserMatcher(query, *m_directory);
    if (candidates < n / 8) {
        for (int row = 0; row < n; ++row) {
            if (m_queryMatch[size_t(row)])
                m_queryMatch[size_t(row)] = m_matcher.matches(row);
        }
    } else {
        m_matcher.matchAll(m_queryMatch);
    }
    refilter();
}

// changed:/joined: ask the offline history: when it says something new, every row is matched again.
void UserFilterModel::onChangeFactsChanged()
{
    if (!m_directory || !m_matcher.query().dependsOnHistory())
        return;
    m_matcher = UserMatcher(m_matcher.query(), *m_directory);
    m_matcher.matchAll(m_queryMatch);
    refilter();
}

void UserFilterModel::setFacetSelection(const FacetSelection& selection)
{
    m_selection = selection;
    m_facetFilter = FacetFilter(selection, m_facets);
    refilter();
}

QString UserFilterModel::combinedQueryText() const
{
    const QString text = m_matcher.query().text().trimmed();
    const QString facets = m_selection.toQueryText();
    if (text.isEmpty())
        return facets;
    if (facets.isEmpty())
        return text;
    return text + QLatin1Char(' ') + facets;
}

const FacetCounts& UserFilterModel::facetCounts() const
{
    if (m_countsDirty) {
        m_counts = FacetCounts();
        FacetFilter::resize(m_facets, m_counts);
        const int n = int(m_queryMatch.size());
        for (int row = 0; row < n; ++row) {
            if (m_queryMatch[size_t(row)])
                m_facetFilter.count(m_facets, row, m_counts);
        }
        m_countsDirty = false;
    }
    return m_counts;
}

void UserFilterModel::refilter()
{
    beginRelayout();
    rebuildMapping();
    endRelayout();
    m_countsDirty = true;
    Q_EMIT filterChanged();
    emitCounts();
}

void UserFilterModel::emitCounts()
{
    Q_EMIT facetCountsChanged();
    Q_EMIT visibleCountChanged(rowCount(), sourceRowCount());
}

void UserFilterModel::rebuildMapping()
{
    m_proxyToSource.clear();
    const int n = int(m_queryMatch.size());
    const bool facets = !m_facetFilter.isEmpty();
    auto take = [&](int row) {
        if (m_queryMatch[size_t(row)] && (!facets || m_facetFilter.accepts(m_facets, row)))
            m_proxyToSource.push_back(row);
    };
    if (!m_sort.isSorted()) {
        for (int row = 0; row < n; ++row)
            take(row);
    } else {
        for (int row : m_sort.rows())
            take(row);
    }
    m_sourceToProxyDirty = true;
}

void UserFilterModel::ensureSourceToProxy() const
{
    if (!m_sourceToProxyDirty)
        return;
    m_sourceToProxy.assign(m_queryMatch.size(), -1);
    for (size_t p = 0; p < m_proxyToSource.size(); ++p)
        m_sourceToProxy[size_t(m_proxyToSource[p])] = int(p);
    m_sourceToProxyDirty = false;
}

void UserFilterModel::beginFullReset()
{
    if (m_resetting)
        return;
    m_resetting = true;
    beginResetModel();
}

void UserFilterModel::endFullReset()
{
    if (!m_resetting)
        return;
    rebuildAll();
    m_resetting = false;
    endResetModel();
    emitCounts();
}

void UserFilterModel::rebuildAll()
{
    m_resortTimer.stop();
    m_queryMatch.clear();
    if (m_directory) {
        m_facets.reset(*m_directory);
        m_facetFilter = FacetFilter(m_selection, m_facets);
        m_matcher = UserMatcher(m_matcher.query(), *m_directory);
        m_matcher.matchAll(m_queryMatch);
        m_sort.sort(*m_directory, m_sort.column(), m_sort.order());
    } else {
        m_sort = UserSortOrder();
    }
    rebuildMapping();
    m_countsDirty = true;
}

void UserFilterModel::beginRelayout()
{
    // Whole rows move together (the table has no children): VerticalSortHint lets views and selection models keep
    // one persistent index per row instead of one per cell.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_relayoutIndexes = persistentIndexList();
    m_relayoutRows.resize(size_t(m_relayoutIndexes.size()));
    for (qsizetype i = 0; i < m_relayoutIndexes.size(); ++i)
        m_relayoutRows[size_t(i)] = m_proxyToSource[size_t(m_relayoutIndexes[i].row())];
}

void UserFilterModel::endRelayout()
{
    if (m_relayoutIndexes.isEmpty()) { // nothing to move: source → proxy is built when first asked
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
        return;
    }
    ensureSourceToProxy();
    QModelIndexList after;
    after.reserve(m_relayoutIndexes.size());
    for (qsizetype i = 0; i < m_relayoutIndexes.size(); ++i) {
        const int source = m_relayoutRows[size_t(i)];
        const int p = source >= 0 && source < int(m_sourceToProxy.size()) ? m_sourceToProxy[size_t(source)] : -1;
        after.append(p < 0 ? QModelIndex() : index(p, m_relayoutIndexes[i].column()));
    }
    changePersistentIndexList(m_relayoutIndexes, after);
    m_relayoutIndexes.clear();
    m_relayoutRows.clear();
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void UserFilterModel::sort(int column, Qt::SortOrder order)
{
    if (!m_directory)
        return;
    beginRelayout();
    m_resortTimer.stop();
    m_sort.sort(*m_directory, column, order);
    rebuildMapping();
    endRelayout();
}

void UserFilterModel::resortNow()
{
    sort(m_sort.column(), m_sort.order());
}

void UserFilterModel::onRowsInserted(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid() || m_resetting)
        return;
    if (first != int(m_queryMatch.size()) || last + 1 != sourceRowCount()) {
        // Not an append at the end: UserTableModel never does this, but stay correct if it ever does.
        beginFullReset();
        endFullReset();
        return;
    }
    m_facets.append(*m_directory, first, last);
    m_queryMatch.resize(size_t(last + 1), 0);
    // New rows are matched alone; rows already shown are looked at again only when a relational term
    // (manager:, under:, is:manager) may answer differently now that this page is here.
    std::vector<int> recheck;
    if (m_matcher.query().dependsOnRelations()) {
        UserMatcher updated(m_matcher.query(), *m_directory, &m_matcher);
        recheck = updated.rowsToRecheck(m_matcher, first, last);
        m_matcher = std::move(updated);
    }
    for (int row = first; row <= last; ++row)
        m_queryMatch[size_t(row)] = m_matcher.matches(row);
    bool oldRowsChanged = false;
    for (int row : recheck) {
        const char now = m_matcher.matches(row);
        if (now != m_queryMatch[size_t(row)]) {
            m_queryMatch[size_t(row)] = now;
            oldRowsChanged = true;
        }
    }
    if (!m_facetFilter.isEmpty())
        m_facetFilter = FacetFilter(m_selection, m_facets); // values first seen on this page
    if (m_countsDirty || oldRowsChanged) {
        m_countsDirty = true;
    } else {
        FacetFilter::resize(m_facets, m_counts);
        for (int row = first; row <= last; ++row) {
            if (m_queryMatch[size_t(row)])
                m_facetFilter.count(m_facets, row, m_counts);
        }
    }

    m_sort.append(*m_directory, first, last);
    if (m_sort.isRelational())
        m_resortTimer.start();
    if (oldRowsChanged) {
        beginRelayout();
        rebuildMapping();
        endRelayout();
        emitCounts();
        return;
    }

    std::vector<int> accepted;
    for (int row = first; row <= last; ++row) {
        if (m_queryMatch[size_t(row)] && m_facetFilter.accepts(m_facets, row))
            accepted.push_back(row);
    }
    if (!accepted.empty()) {
        if (!m_sort.isSorted()) {
            const int at = int(m_proxyToSource.size());
            beginInsertRows(QModelIndex(), at, at + int(accepted.size()) - 1);
            m_proxyToSource.insert(m_proxyToSource.end(), accepted.begin(), accepted.end());
            if (!m_sourceToProxyDirty) {
                m_sourceToProxy.resize(m_queryMatch.size(), -1);
                for (size_t i = 0; i < accepted.size(); ++i)
                    m_sourceToProxy[size_t(accepted[i])] = at + int(i);
            }
            endInsertRows();
        } else {
            // Merge into the sorted rows. A few gaps: one insertion per run of new rows landing in the same gap.
            // Many gaps: one insertion at the end, then one layout change that moves them into place (two
            // signals instead of hundreds of insertions, each of which views and selection models pay for).
            auto less = [this](int a, int b) { return m_sort.lessThan(a, b); };
            std::sort(accepted.begin(), accepted.end(), less);
            std::vector<int> gaps(accepted.size());
            for (size_t i = 0; i < accepted.size(); ++i)
                gaps[i] = int(std::lower_bound(m_proxyToSource.begin(), m_proxyToSource.end(), accepted[i], less) -
                              m_proxyToSource.begin());
            const size_t runs = size_t(std::unique(gaps.begin(), gaps.end()) - gaps.begin());
            if (runs > 8)
                insertSortedByLayout(accepted);
            else
                insertSortedByRuns(accepted);
        }
    }
    m_sourceToProxyDirty = m_sourceToProxyDirty || m_sourceToProxy.size() != m_queryMatch.size();
    emitCounts();
}

void UserFilterModel::insertSortedByRuns(const std::vector<int>& accepted)
{
    auto less = [this](int a, int b) { return m_sort.lessThan(a, b); };
    size_t i = 0;
    while (i < accepted.size()) {
        const auto pos = std::lower_bound(m_proxyToSource.begin(), m_proxyToSource.end(), accepted[i], less);
        const int at = int(pos - m_proxyToSource.begin());
        size_t j = i + 1;
        while (j < accepted.size() && (at == int(m_proxyToSource.size()) || less(accepted[j], *pos)))
            ++j;
        beginInsertRows(QModelIndex(), at, at + int(j - i) - 1);
        m_proxyToSource.insert(m_proxyToSource.begin() + at, accepted.begin() + long(i), accepted.begin() + long(j));
        m_sourceToProxyDirty = true;
        endInsertRows();
        i = j;
    }
}

void UserFilterModel::insertSortedByLayout(const std::vector<int>& accepted)
{
    const int oldCount = int(m_proxyToSource.size());
    beginInsertRows(QModelIndex(), oldCount, oldCount + int(accepted.size()) - 1);
    m_proxyToSource.insert(m_proxyToSource.end(), accepted.begin(), accepted.end());
    m_sourceToProxyDirty = true;
    endInsertRows();

    beginRelayout();
    m_proxyToSource.resize(size_t(oldCount));
    m_sort.merge(m_proxyToSource, accepted);
    m_sourceToProxyDirty = true;
    endRelayout();
}

void UserFilterModel::onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles)
{
    if (m_resetting || m_proxyToSource.empty())
        return;
    if (topLeft.row() == bottomRight.row()) {
        const QModelIndex p = mapFromSource(topLeft);
        if (p.isValid())
            Q_EMIT dataChanged(p, index(p.row(), bottomRight.column()), roles);
        return;
    }
    // Ranges map to scattered proxy rows; one notification over the visible rows is cheaper than many.
    Q_EMIT dataChanged(index(0, topLeft.column()), index(rowCount() - 1, bottomRight.column()), roles);
}

void UserFilterModel::onUsersChanged(const QList<int>& rows)
{
    if (m_resetting)
        return;
    // A refresh that changed people: rare, so simply start over (keys, matches, order), keeping who is where.
    Q_UNUSED(rows);
    beginRelayout();
    rebuildAll();
    endRelayout();
    emitCounts();
}

void UserFilterModel::onRowsAboutToBeRemoved(const QModelIndex& parent, int, int)
{
    if (parent.isValid() || m_resetting)
        return;
    beginRelayout();
}

void UserFilterModel::onRowsRemoved(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid() || m_resetting)
        return;
    // A refresh dropped people: the rest keep their place in selections; the rows after them move up.
    const int removed = last - first + 1;
    for (int& row : m_relayoutRows)
        row = row < first ? row : row > last ? row - removed : -1;
    rebuildAll();
    endRelayout();
    emitCounts();
}

Directory* UserFilterModel::directory() const
{
    return m_table ? m_table->directory() : nullptr;
}

int UserFilterModel::directoryRow(const QModelIndex& index) const
{
    return index.isValid() && index.model() == this && index.row() < rowCount() ? m_proxyToSource[size_t(index.row())]
                                                                                : -1;
}

QModelIndex UserFilterModel::indexOfRow(int directoryRow, int column) const
{
    if (directoryRow < 0)
        return QModelIndex();
    ensureSourceToProxy();
    if (directoryRow >= int(m_sourceToProxy.size()))
        return QModelIndex();
    const int p = m_sourceToProxy[size_t(directoryRow)];
    return p < 0 ? QModelIndex() : index(p, column);
}

QModelIndex UserFilterModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return QModelIndex();
    return createIndex(row, column);
}

QModelIndex UserFilterModel::parent(const QModelIndex&) const
{
    return QModelIndex();
}

QModelIndex UserFilterModel::sibling(int row, int column, const QModelIndex&) const
{
    return index(row, column);
}

int UserFilterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_proxyToSource.size());
}

int UserFilterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_table ? 0 : m_table->columnCount();
}

bool UserFilterModel::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QModelIndex UserFilterModel::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!m_table || !proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() >= rowCount())
        return QModelIndex();
    return m_table->index(m_proxyToSource[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex UserFilterModel::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!m_table || !sourceIndex.isValid() || sourceIndex.model() != m_table)
        return QModelIndex();
    ensureSourceToProxy();
    const int row = sourceIndex.row();
    if (row >= int(m_sourceToProxy.size()))
        return QModelIndex();
    const int p = m_sourceToProxy[size_t(row)];
    return p < 0 ? QModelIndex() : index(p, sourceIndex.column());
}

QVariant UserFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_table)
        return QVariant();
    if (orientation == Qt::Horizontal)
        return m_table->headerData(section, orientation, role);
    return QAbstractItemModel::headerData(section, orientation, role);
}
