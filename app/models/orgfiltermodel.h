// SPDX-License-Identifier: MIT
#pragma once

#include "usermodelinterface.h"

#include <QSortFilterProxyModel>

#include <functional>
#include <vector>

class OrgTreeModel;

// The org chart as searched: the people who match, each with the chain of managers (and the group) above them, so a
// match is shown where it sits; people sorted by name, the groups after them. Matches are marked (MatchRole) so a view
// can set them apart from the managers shown on the way. Pages that arrive while searching are filtered as they come.
// Qt 6.4's recursive filtering (setRecursiveFilteringEnabled) crashes on this tree when pages arrive while a search
// is on (rows inserted under a parent it had filtered out; tst_orgfiltermodel), so the model works out the people to
// keep itself, once per Directory change, and lets QSortFilterProxyModel filter flat.
class OrgFilterModel : public QSortFilterProxyModel, public UserModelInterface
{
    Q_OBJECT
    Q_INTERFACES(UserModelInterface)
public:
    // Whether the person of a Directory row matches the search.
    using Matcher = std::function<bool(int directoryRow)>;

    explicit OrgFilterModel(QObject* parent = nullptr);

    // Must be an OrgTreeModel.
    void setSourceModel(QAbstractItemModel* sourceModel) override;
    OrgTreeModel* treeModel() const { return m_tree; }

    // An empty matcher shows everyone.
    void setMatcher(Matcher matcher);
    bool isFiltering() const { return bool(m_matcher); }
    // The person at `index` matches the search (false for managers shown only on the way to a match, and for
    // everyone while not searching).
    bool matches(const QModelIndex& index) const;

    Directory* directory() const override;
    int directoryRow(const QModelIndex& index) const override;
    QModelIndex indexOfRow(int directoryRow, int column = 0) const override;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void onDirectoryChanged();
    void findKept();
    bool keeps(const QModelIndex& sourceIndex) const;

    OrgTreeModel* m_tree = nullptr;
    Matcher m_matcher;
    std::vector<bool> m_kept; // per Directory row: a match, or a manager above one
};
