// SPDX-License-Identifier: MIT
#pragma once

#include "models/orgfiltermodel.h"

#include <QTimer>
#include <QWidget>

#include <functional>

class OrgTreeModel;
class QModelIndex;
class QSortFilterProxyModel;
class QTreeView;

// The org chart tab: the manager tree, narrowed by the window's one search and filters (matches shown with their
// chain of managers, expanded, the matches in bold), and "Export this team…". Data health has its own tab
// (HealthView).
class OrgChartView : public QWidget
{
    Q_OBJECT
public:
    // Decides whether a person (a Directory row) is in the results; the window passes what its search and filters
    // show. An empty matcher shows everyone.
    using Matcher = OrgFilterModel::Matcher;

    explicit OrgChartView(OrgTreeModel* model, QWidget* parent = nullptr);

    void setMatcher(Matcher matcher);

    // Selects, expands to and scrolls to a person; false when they are not shown (filtered out).
    bool selectUser(const QString& userId);
    QString currentUserId() const;

    QTreeView* treeView() const { return m_tree; }
    QSortFilterProxyModel* proxyModel() const;

Q_SIGNALS:
    // The person selected in the tree changed (by the user or by selectUser()).
    void currentUserChanged(const QString& userId);
    // "Export this team…": the manager and everyone below them.
    void exportTeamRequested(const QString& managerId);

private:
    void showContextMenu(const QPoint& pos);

    OrgTreeModel* m_model;
    OrgFilterModel* m_proxy;
    QTreeView* m_tree = nullptr;
    QTimer m_expandLater;
    int m_structureChanging = 0;
    QString m_wantedUserId;
};
