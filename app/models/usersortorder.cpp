// SPDX-License-Identifier: MIT
#include "usersortorder.h"

#include "directory/directory.h"
#include "directory/usercolumns.h"

#include <QCollatorSortKey>
#include <QLocale>

#include <algorithm>
#include <numeric>

namespace {
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

UserSortOrder::UserSortOrder()
{
    // The "C" locale collates by code point ("Zulu" before "Álvarez"); people expect dictionary order.
    if (QLocale().language() == QLocale::C)
        m_collator.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

void UserSortOrder::sort(const Directory& directory, int column, Qt::SortOrder order)
{
    if (column >= UserColumns::count())
        column = -1;
    const bool flip = column >= 0 && column == m_column && order != m_order && !m_numeric && !m_relational &&
                      m_tieBefore.size() == m_rows.size() && int(m_rows.size()) == directory.count();
    m_column = column;
    m_order = order;
    if (flip) {
        reverse();
        return;
    }
    m_rows.clear();
    m_numbers.clear();
    m_rank.clear();
    m_tieBefore.clear();
    m_numeric = m_relational = false;
    if (column >= 0)
        sortAll(directory);
}

void UserSortOrder::sortAll(const Directory& directory)
{
    const UserColumn& column = UserColumns::at(m_column);
    m_numeric = column.kind != UserColumn::Kind::Text;
    m_relational = column.relational;
    const int n = directory.count();
    m_rows.resize(size_t(n));
    std::iota(m_rows.begin(), m_rows.end(), 0);
    if (!m_numeric) {
        sortText(directory);
        return;
    }
    m_numbers.reserve(size_t(n));
    for (int row = 0; row < n; ++row)
        m_numbers.push_back(UserColumns::sortValue(directory, row, m_column).toLongLong());
    std::sort(m_rows.begin(), m_rows.end(), [this](int a, int b) { return lessThan(a, b); });
}

void UserSortOrder::sortText(const Directory& directory)
{
    const int n = directory.count();
    {
        std::vector<QCollatorSortKey> keys;
        keys.reserve(size_t(n));
        for (int row = 0; row < n; ++row)
            keys.push_back(m_collator.sortKey(UserColumns::sortText(directory, row, m_column)));
        const bool ascending = m_order == Qt::AscendingOrder;
        std::sort(m_rows.begin(), m_rows.end(), [&keys, ascending](int a, int b) {
            const int c = keys[size_t(a)].compare(keys[size_t(b)]);
            if (c == 0)
                return a < b; // stable: ties keep arrival order in both directions
            return ascending ? c < 0 : c > 0;
        });
        m_tieBefore.resize(size_t(n));
        for (int p = 1; p < n; ++p)
            m_tieBefore[size_t(p)] = keys[size_t(m_rows[size_t(p)])].compare(keys[size_t(m_rows[size_t(p - 1)])]) == 0;
    }
    rankFromRows();
}

void UserSortOrder::rankFromRows()
{
    m_rank.resize(m_rows.size());
    for (size_t p = 0; p < m_rows.size(); ++p)
        m_rank[size_t(m_rows[p])] = int(p);
}

void UserSortOrder::reverse()
{
    // Runs of equal rows in reverse order; inside a run, arrival order stays (ties in both directions).
    const size_t n = m_rows.size();
    std::vector<int> rows;
    rows.reserve(n);
    std::vector<bool> ties;
    ties.reserve(n);
    size_t end = n;
    while (end > 0) {
        size_t begin = end - 1;
        while (begin > 0 && m_tieBefore[begin])
            --begin;
        for (size_t p = begin; p < end; ++p) {
            rows.push_back(m_rows[p]);
            ties.push_back(p != begin);
        }
        end = begin;
    }
    m_rows = std::move(rows);
    m_tieBefore = std::move(ties);
    rankFromRows();
}

void UserSortOrder::append(const Directory& directory, int first, int last)
{
    if (m_column < 0 || last < first)
        return;
    Q_ASSERT(first == int(m_rows.size()) && last < directory.count());
    std::vector<int> added(size_t(last - first + 1));
    std::iota(added.begin(), added.end(), first);
    if (m_numeric) {
        for (int row = int(m_numbers.size()); row <= last; ++row)
            m_numbers.push_back(UserColumns::sortValue(directory, row, m_column).toLongLong());
        auto less = [this](int a, int b) { return lessThan(a, b); };
        std::sort(added.begin(), added.end(), less);
        mergeSorted(m_rows, added, less);
        return;
    }
    // The new rows' text is made once; each old row's as a comparison needs it (about log2(n) per new row).
    std::vector<QString> texts(added.size());
    for (int row = first; row <= last; ++row)
        texts[size_t(row - first)] = UserColumns::sortText(directory, row, m_column);
    const bool ascending = m_order == Qt::AscendingOrder;
    const auto textOf = [&](int row) {
        return row >= first ? texts[size_t(row - first)] : UserColumns::sortText(directory, row, m_column);
    };
    // a < b in the sort order; the same rule as sortText(), with QCollator::compare in place of the keys.
    const auto less = [&](int a, int b) {
        const int c = m_collator.compare(textOf(a), textOf(b));
        if (c == 0)
            return a < b;
        return ascending ? c < 0 : c > 0;
    };
    std::stable_sort(added.begin(), added.end(), less);
    mergeSorted(m_rows, added, less);
    m_tieBefore.clear(); // the next change of direction sorts again
    rankFromRows();
}

bool UserSortOrder::lessThan(int a, int b) const
{
    if (!m_numeric)
        return m_rank[size_t(a)] < m_rank[size_t(b)];
    const qint64 x = m_numbers[size_t(a)];
    const qint64 y = m_numbers[size_t(b)];
    if (x == y)
        return a < b; // stable: ties keep arrival order in both directions
    return m_order == Qt::AscendingOrder ? x < y : x > y;
}

void UserSortOrder::merge(std::vector<int>& into, const std::vector<int>& added) const
{
    mergeSorted(into, added, [this](int a, int b) { return lessThan(a, b); });
}
