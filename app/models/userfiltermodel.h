// SPDX-License-Identifier: MIT
#pragma once

#include "search/userfacets.h"
#include "search/usermatcher.h"
#include "search/userquery.h"
#include "usermodelinterface.h"
#include "usersortorder.h"

#include <QAbstractProxyModel>
#include <QTimer>

#include <vector>

class Directory;
class UserTableModel;

// The table as the user narrows it: a UserQuery and facet choices (AND), in the order of a UserSortOrder. A flat proxy
// over UserTableModel that keeps every source row in sort order, so filtering is one linear pass and never sorts;
// appended pages are matched alone and merged in. A new query, a new order, people changed or dropped by a refresh:
// each is one layout change that moves every persistent index (selection, current person) with its person, or
// invalidates it while the person is hidden (UserSelectionModel brings hidden selections back).
class UserFilterModel : public QAbstractProxyModel, public UserModelInterface
{
    Q_OBJECT
    Q_INTERFACES(UserModelInterface)
public:
    explicit UserFilterModel(QObject* parent = nullptr);
    ~UserFilterModel() override;

    // Must be a UserTableModel (the filter reads the Directory behind it).
    void setSourceModel(QAbstractItemModel* sourceModel) override;
    UserTableModel* tableModel() const { return m_table; }

    Directory* directory() const override;
    int directoryRow(const QModelIndex& index) const override;
    QModelIndex indexOfRow(int directoryRow, int column = 0) const override;

    void setQueryText(const QString& text);
    void setQuery(const UserQuery& query);
    const UserQuery& query() const { return m_matcher.query(); }
    const UserMatcher& matcher() const { return m_matcher; }
    void setFacetSelection(const FacetSelection& selection);
    const FacetSelection& facetSelection() const { return m_selection; }
    // The search text and the facet choices as one query (for saved views and export).
    QString combinedQueryText() const;

    const UserFacets& facets() const { return m_facets; }
    // Counted on demand (one pass), then kept up to date as pages arrive.
    const FacetCounts& facetCounts() const;

    int sortColumn() const { return m_sort.column(); }
    Qt::SortOrder sortOrder() const { return m_sort.order(); }
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
    void onRowsInserted(const QModelIndex& parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last);
    void onRowsRemoved(const QModelIndex& parent, int first, int last);
    void insertSortedByRuns(const std::vector<int>& accepted);
    void insertSortedByLayout(const std::vector<int>& accepted);
    void onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles);
    void onUsersChanged(const QList<int>& rows);
    void onChangeFactsChanged();
    void beginFullReset();
    void endFullReset();
    // A layout change: begin remembers every persistent index by its source row, end moves each to where that row is
    // shown now (invalid when it is not). Everything between rebuilds m_proxyToSource.
    void beginRelayout();
    void endRelayout();
    void refilter();
    void rebuildAll(); // matches, facets and order from the Directory, then the mapping
    void rebuildMapping();
    void ensureSourceToProxy() const;
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
    UserSortOrder m_sort;           // every source row in sort order (empty: source order)
    std::vector<int> m_proxyToSource;
    mutable std::vector<int> m_sourceToProxy;
    mutable bool m_sourceToProxyDirty = true;
    QModelIndexList m_relayoutIndexes; // between beginRelayout() and endRelayout()
    std::vector<int> m_relayoutRows;   // their source rows

    QTimer m_resortTimer; // derived columns (manager name, report counts) drift as pages arrive
    bool m_resetting = false;
};
