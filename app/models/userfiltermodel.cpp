// SPDX-License-Identifier: MIT
#include "userfiltermodel.h"

#include "directory/directory.h"
#include "directory/usercolumns.h"
#include "usertablemodel.h"

#include <QLocale>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcFilter, "gongdir.filter", QtWarningMsg)

// What the sorted order of one column keeps per source row: the number for number and date columns; for text,
// only the row's place in m_order. Collation keys (an ICU sort key per row, ~120 bytes with its allocations) are
// made for a full sort and dropped after it; rows that arrive later find their place with QCollator::compare.
struct UserFilterModel::SortKeys
{
    int column = -1;
    bool numeric = false;
    bool relational = false; // depends on other rows (manager name, report counts): goes stale as pages arrive
    bool fullName = false;
    std::vector<qint64> numbers;
    std::vector<int> rank; // text: every source row's position in m_order (ties are already ordered there)
    // Text, after a full sort and until a page arrives: tieBefore[p] when m_order[p] sorts equal to m_order[p - 1],
    // so that the other direction is the runs of equal rows reversed, without collating anything again.
    std::vector<bool> tieBefore;
};
namespace {
bool isRelationalColumn(const QString& key)
{
    return key == QLatin1String("managerName") || key == QLatin1String("managerEmail") ||
           key == QLatin1String("managerChain") || key == QLatin1String("directReports") ||
           key == QLatin1String("totalReports");
}

// A longer last word narrows the result: only rows that matched before can match now.
bool narrows(const UserQuery& before, const UserQuery& after)
{
    const QList<UserQueryTerm>& a = before.terms();
    const QList<UserQueryTerm>& b = after.terms();
    if (a.isEmpty() || a.size() > b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        const UserQueryTerm& x = a[i];
        const UserQueryTerm& y = b[i];
        const bool last = i == a.size() - 1;
        if (x.field != y.field || x.negated != y.negated || x.exact != y.exact ||
            x.primaryLanguage != y.primaryLanguage)
            return false;
        if (x.values == y.values && x.flags == y.flags && x.settingStates == y.settingStates &&
            x.setting == y.setting && x.createdFrom == y.createdFrom && x.createdTo == y.createdTo)
            continue;
        // Only a growing substring of a positive text term narrows.
        if (!last || x.negated || x.exact || x.folded.size() != 1 || y.folded.size() != 1 ||
            (x.field != UserQueryTerm::Field::Any && x.field != UserQueryTerm::Field::Name &&
             x.field != UserQueryTerm::Field::Email && x.field != UserQueryTerm::Field::Title) ||
            y.folded.front().find(x.folded.front()) == std::string::npos)
            return false;
    }
    return true; // extra terms in `after` can only remove rows
}
// Merges `added` (sorted) into `into` (sorted). Each new element finds its place by binary search and the old ones
// move in blocks: O(k log n) comparisons for k new elements, where std::inplace_merge compares up to all n on every
// page that arrives. `less(a, b)` is only asked with a from `added` and b from `into`.
template <typename Less> void mergeSorted(std::vector<int>& into, const std::vector<int>& added, Less less)
{
    size_t end = into.size(); // old elements [0, end) not placed yet
    into.resize(into.size() + added.size());
    size_t out = into.size(); // [out, size) is final
    for (size_t i = added.size(); i-- > 0;) {
        const auto pos = std::upper_bound(into.begin(), into.begin() + long(end), added[i], less);
        const size_t p = size_t(pos - into.begin());
        std::move_backward(pos, into.begin() + long(end), into.begin() + long(out));
        out -= end - p;
        into[--out] = added[i];
        end = p;
    }
}
} // namespace

UserFilterModel::UserFilterModel(QObject* parent)
    : QAbstractProxyModel(parent)
{
    // The "C" locale collates by code point ("Zulu" before "Álvarez"); people expect dictionary order.
    if (QLocale().language() == QLocale::C)
        m_collator.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
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
        connect(table, &QAbstractItemModel::rowsAboutToBeRemoved, this, &UserFilterModel::beginFullReset);
        connect(table, &QAbstractItemModel::rowsRemoved, this, &UserFilterModel::endFullReset);
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
    if (narrows(m_matcher.query(), query) && int(m_queryMatch.size()) == n)
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
    beginResetModel();
    rebuildMapping();
    endResetModel();
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
    if (m_order.empty()) {
        for (int row = 0; row < n; ++row)
            take(row);
    } else {
        for (int row : m_order)
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
    m_resortTimer.stop();
    m_keys.reset();
    m_order.clear();
    m_queryMatch.clear();
    if (m_directory) {
        m_facets.reset(*m_directory);
        m_facetFilter = FacetFilter(m_selection, m_facets);
        m_matcher = UserMatcher(m_matcher.query(), *m_directory);
        m_matcher.matchAll(m_queryMatch);
        if (m_sortColumn >= 0)
            sortAllRows();
    }
    rebuildMapping();
    m_countsDirty = true;
    m_resetting = false;
    endResetModel();
    emitCounts();
}

QString UserFilterModel::sortText(int row) const
{
    if (m_keys->fullName) {
        // People sort by last name, then first name, as a directory would.
        const User& u = m_directory->user(row);
        return u.lastName.isEmpty() ? u.displayName() : u.lastName + QLatin1String(", ") + u.firstName;
    }
    return UserColumns::text(*m_directory, row, m_keys->column);
}

void UserFilterModel::sortAllRows()
{
    m_keys = std::make_unique<SortKeys>();
    SortKeys& k = *m_keys;
    k.column = m_sortColumn;
    const UserColumn& column = UserColumns::at(m_sortColumn);
    k.numeric = column.kind != UserColumn::Kind::Text;
    k.relational = isRelationalColumn(column.key);
    k.fullName = column.key == QLatin1String("fullName");
    const int n = sourceRowCount();
    m_order.resize(size_t(n));
    for (int row = 0; row < n; ++row)
        m_order[size_t(row)] = row;
    if (k.numeric) {
        k.numbers.reserve(size_t(n));
        for (int row = 0; row < n; ++row)
            k.numbers.push_back(UserColumns::sortValue(*m_directory, row, m_sortColumn).toLongLong());
        std::sort(m_order.begin(), m_order.end(), [this](int a, int b) { return lessThan(a, b); });
        return;
    }
    {
        std::vector<QCollatorSortKey> keys;
        keys.reserve(size_t(n));
        for (int row = 0; row < n; ++row)
            keys.push_back(m_collator.sortKey(sortText(row)));
        const bool ascending = m_sortOrder == Qt::AscendingOrder;
        std::sort(m_order.begin(), m_order.end(), [&keys, ascending](int a, int b) {
            const int c = keys[size_t(a)].compare(keys[size_t(b)]);
            if (c == 0)
                return a < b; // stable: ties keep arrival order in both directions
            return ascending ? c < 0 : c > 0;
        });
        k.tieBefore.resize(size_t(n));
        for (int p = 1; p < n; ++p)
            k.tieBefore[size_t(p)] =
                keys[size_t(m_order[size_t(p)])].compare(keys[size_t(m_order[size_t(p - 1)])]) == 0;
    }
    rankFromOrder();
}

void UserFilterModel::rankFromOrder()
{
    std::vector<int>& rank = m_keys->rank;
    rank.resize(m_order.size());
    for (size_t p = 0; p < m_order.size(); ++p)
        rank[size_t(m_order[p])] = int(p);
}

void UserFilterModel::reverseOrder()
{
    // Runs of equal rows in reverse order; inside a run, arrival order stays (ties in both directions).
    SortKeys& k = *m_keys;
    const size_t n = m_order.size();
    std::vector<int> order;
    order.reserve(n);
    std::vector<bool> ties;
    ties.reserve(n);
    size_t end = n;
    while (end > 0) {
        size_t begin = end - 1;
        while (begin > 0 && k.tieBefore[begin])
            --begin;
        for (size_t p = begin; p < end; ++p) {
            order.push_back(m_order[p]);
            ties.push_back(p != begin);
        }
        end = begin;
    }
    m_order = std::move(order);
    k.tieBefore = std::move(ties);
    rankFromOrder();
}

void UserFilterModel::sortNewRows(int first, int last)
{
    SortKeys& k = *m_keys;
    std::vector<int> added(size_t(last - first + 1));
    for (int row = first; row <= last; ++row)
        added[size_t(row - first)] = row;
    if (k.numeric) {
        for (int row = int(k.numbers.size()); row <= last; ++row)
            k.numbers.push_back(UserColumns::sortValue(*m_directory, row, m_sortColumn).toLongLong());
        auto less = [this](int a, int b) { return lessThan(a, b); };
        std::sort(added.begin(), added.end(), less);
        mergeSorted(m_order, added, less);
        return;
    }
    // The new rows' text is made once; each old row's as a comparison needs it (about log2(n) per new row).
    std::vector<QString> texts(added.size());
    for (int row = first; row <= last; ++row)
        texts[size_t(row - first)] = sortText(row);
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    const auto textOf = [&](int row) { return row >= first ? texts[size_t(row - first)] : sortText(row); };
    // a < b in the sort order; the same rule as sortAllRows(), with QCollator::compare in place of the keys.
    const auto less = [&](int a, int b) {
        const int c = m_collator.compare(textOf(a), textOf(b));
        if (c == 0)
            return a < b;
        return ascending ? c < 0 : c > 0;
    };
    std::stable_sort(added.begin(), added.end(), less);
    mergeSorted(m_order, added, less);
    k.tieBefore.clear(); // the next change of direction sorts again
    rankFromOrder();
}

bool UserFilterModel::lessThan(int a, int b) const
{
    const SortKeys& k = *m_keys;
    if (!k.numeric)
        return k.rank[size_t(a)] < k.rank[size_t(b)];
    const qint64 x = k.numbers[size_t(a)];
    const qint64 y = k.numbers[size_t(b)];
    if (x == y)
        return a < b; // stable: ties keep arrival order in both directions
    return m_sortOrder == Qt::AscendingOrder ? x < y : x > y;
}

void UserFilterModel::sort(int column, Qt::SortOrder order)
{
    if (!m_directory)
        return;
    if (column >= UserColumns::count())
        column = -1;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> sourceRows;
    sourceRows.reserve(before.size());
    for (const QModelIndex& i : before)
        sourceRows.append(m_proxyToSource[size_t(i.row())]);

    const bool flip = column >= 0 && column == m_sortColumn && order != m_sortOrder && m_keys && !m_keys->numeric &&
                      !m_keys->relational && m_keys->tieBefore.size() == m_order.size();
    m_sortColumn = column;
    m_sortOrder = order;
    m_resortTimer.stop();
    if (column < 0) {
        m_keys.reset();
        m_order.clear();
    } else if (flip) {
        reverseOrder();
    } else {
        sortAllRows(); // fresh values: derived ones (manager name, report counts) may have changed since
    }
    rebuildMapping();
    ensureSourceToProxy();
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i) {
        const int p = m_sourceToProxy[size_t(sourceRows[i])];
        after.append(p < 0 ? QModelIndex() : index(p, before[i].column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void UserFilterModel::resortNow()
{
    sort(m_sortColumn, m_sortOrder);
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

    if (m_sortColumn >= 0) {
        sortNewRows(first, last);
        if (m_keys->relational)
            m_resortTimer.start();
    }
    if (oldRowsChanged) {
        beginResetModel();
        rebuildMapping();
        endResetModel();
        emitCounts();
        return;
    }

    std::vector<int> accepted;
    for (int row = first; row <= last; ++row) {
        if (m_queryMatch[size_t(row)] && m_facetFilter.accepts(m_facets, row))
            accepted.push_back(row);
    }
    if (!accepted.empty()) {
        if (m_sortColumn < 0) {
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
            auto less = [this](int a, int b) { return lessThan(a, b); };
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
    auto less = [this](int a, int b) { return lessThan(a, b); };
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

    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> sourceRows;
    sourceRows.reserve(before.size());
    for (const QModelIndex& i : before)
        sourceRows.append(m_proxyToSource[size_t(i.row())]);
    m_proxyToSource.resize(size_t(oldCount));
    mergeSorted(m_proxyToSource, accepted, [this](int a, int b) { return lessThan(a, b); });
    m_sourceToProxyDirty = true;
    ensureSourceToProxy();
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i)
        after.append(index(m_sourceToProxy[size_t(sourceRows[i])], before[i].column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
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
    // A refresh that changed people: rare, so simply start over (keys, matches, order).
    Q_UNUSED(rows);
    beginFullReset();
    endFullReset();
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
