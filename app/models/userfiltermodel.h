// SPDX-License-Identifier: MIT
#pragma once

#include "search/userfacets.h"
#include "search/usermatcher.h"
#include "search/userquery.h"

#include <QAbstractProxyModel>
#include <QCollator>
#include <QCollatorSortKey>
#include <QTimer>

#include <memory>
#include <vector>

class Directory;
class UserTableModel;

// The table as the user narrows it: a UserQuery and facet choices (AND), sorted with keys computed once per user
// (QCollator sort keys for text, numbers for the rest). A flat proxy over UserTableModel that keeps every source row
// in sort order, so filtering is one linear pass and never sorts; appended pages are matched alone and merged in.
class UserFilterModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit UserFilterModel(QObject* parent = nullptr);
    ~UserFilterModel() override;

    // Must be a UserTableModel (the filter reads the Directory behind it).
    void setSourceModel(QAbstractItemModel* sourceModel) override;
    UserTableModel* tableModel() const { return m_table; }

    void setQueryText(const QString& text);
    void setQuery(const UserQuery& query);
    const UserQuery& query() const { return m_matcher.query(); }
    void setFacetSelection(const FacetSelection& selection);
    const FacetSelection& facetSelection() const { return m_selection; }
    // The search text and the facet choices as one query (for saved views and export).
    QString combinedQueryText() const;

    const UserFacets& facets() const { return m_facets; }
    // Counted on demand (one pass), then kept up to date as pages arrive.
    const FacetCounts& facetCounts() const;

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    int sourceRowCount() const;
    bool isFiltered() const { return !m_matcher.isEmpty() || !m_facetFilter.isEmpty(); }

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& idx) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // The set of visible rows changed because the query or facets changed (not for appended pages).
    void filterChanged();
    // Facet counts are out of date (data arrived or the filter changed); ask facetCounts() when convenient.
    void facetCountsChanged();
    void visibleCountChanged(int visible, int total);

private:
    struct SortKeys;

    void onRowsInserted(const QModelIndex& parent, int first, int last);
    void insertSortedByRuns(const std::vector<int>& accepted);
    void insertSortedByLayout(const std::vector<int>& accepted);
    void onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles);
    void onUsersChanged(const QList<int>& rows);
    void onChangeFactsChanged();
    void beginFullReset();
    void endFullReset();
    void refilter();
    void rebuildMapping();
    void ensureSourceToProxy() const;
    void sortAllRows();
    void sortNewRows(int first, int last);
    void reverseOrder();
    void rankFromOrder(); // text columns: each row's place in m_order
    QString sortText(int row) const;
    bool lessThan(int a, int b) const;
    void resortNow();
    void emitCounts();

    UserTableModel* m_table = nullptr;
    const Directory* m_directory = nullptr;
    UserMatcher m_matcher;
    FacetSelection m_selection;
    FacetFilter m_facetFilter;
    UserFacets m_facets;
    mutable FacetCounts m_counts;
    mutable bool m_countsDirty = true;

    std::vector<char> m_queryMatch; // per source row: the search text holds
    std::vector<int> m_order;       // every source row in sort order (empty: source order)
    std::vector<int> m_proxyToSource;
    mutable std::vector<int> m_sourceToProxy;
    mutable bool m_sourceToProxyDirty = true;

    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::unique_ptr<SortKeys> m_keys;
    QCollator m_collator;
    QTimer m_resortTimer; // derived columns (manager name, report counts) drift as pages arrive
    bool m_resetting = false;
};
