// SPDX-License-Identifier: MIT
#pragma once

#include <QCollator>
#include <Qt>

#include <vector>

class Directory;

// Every Directory row in the order of one column (UserColumns), kept while pages arrive: keys computed once per row
// (numbers for number, date and setting columns; for text, each row's rank after one collated sort), arriving rows
// merged in by binary search, and the other direction of a text column by reversing the runs of equal rows instead of
// collating again. Ties keep arrival order in both directions. UserFilterModel shows its rows in this order.
class UserSortOrder
{
public:
    UserSortOrder();

    // Sorts every row of `directory` by `column` (-1: unsorted, rows() empty). The same text column in the other
    // direction reverses the order found by the last full sort when nothing arrived since; everything else sorts
    // again with fresh values (derived columns such as the manager's name change as the directory grows).
    void sort(const Directory& directory, int column, Qt::SortOrder order);
    // Rows [first, last], just appended to `directory`, merged into the order (nothing when unsorted).
    void append(const Directory& directory, int first, int last);

    int column() const { return m_column; }
    Qt::SortOrder order() const { return m_order; }
    bool isSorted() const { return m_column >= 0; }
    // The column depends on other rows (UserColumn::relational): its order goes stale as pages arrive.
    bool isRelational() const { return m_relational; }
    // Every Directory row sorted in so far, in order; empty when unsorted.
    const std::vector<int>& rows() const { return m_rows; }

    // a comes before b. Precondition: sorted, and both rows sorted in (sort() or append()).
    bool lessThan(int a, int b) const;
    // Merges `added` into `into`, both in this order: O(k log n) comparisons for k added rows.
    void merge(std::vector<int>& into, const std::vector<int>& added) const;

private:
    void sortAll(const Directory& directory);
    void sortText(const Directory& directory);
    void reverse();
    void rankFromRows();

    int m_column = -1;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    bool m_numeric = false;
    bool m_relational = false;
    std::vector<int> m_rows;
    // Numeric columns: every row's value. Text: only every row's position in m_rows (ties are already ordered there);
    // collation keys (~120 bytes a row with their allocations) are made for a full sort and dropped after it, and rows
    // that arrive later find their place with QCollator::compare.
    std::vector<qint64> m_numbers;
    std::vector<int> m_rank;
    // Text, after a full sort and until a page arrives: tieBefore[p] when m_rows[p] sorts equal to m_rows[p - 1], so
    // that the other direction is the runs of equal rows reversed.
    std::vector<bool> m_tieBefore;
    QCollator m_collator;
};
