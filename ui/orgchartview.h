// SPDX-License-Identifier: MIT
#pragma once

#include "models/orgfiltermodel.h"

#include <QTimer>
#include <QWidget>

#include <functional>

class OrgTreeModel;
class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;
class QToolButton;
class QTreeView;
class QTreeWidget;
class QTreeWidgetItem;

// The org chart tab: the manager tree with a search box (matches shown with their chain of
// managers, expanded), a hierarchy health panel, and "Export this team…".
class OrgChartView : public QWidget
{
    Q_OBJECT
public:
    // Decides whether a person (a Directory row) matches the text typed in the search box. The
    // default matches when every word appears in the name, title, email or id; the window plugs in
    // the table's query language when it has one.
    using Matcher = OrgFilterModel::Matcher;
    using MatcherFactory = std::function<Matcher(const QString& query)>;

    explicit OrgChartView(OrgTreeModel* model, QWidget* parent = nullptr);

    void setMatcherFactory(MatcherFactory factory);
    void setSearchText(const QString& text);
    QString searchText() const;

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
    void applySearch();
    void showContextMenu(const QPoint& pos);
    void refreshHealth();
    void onHealthItemActivated(QTreeWidgetItem* item);

    OrgTreeModel* m_model;
    OrgFilterModel* m_proxy;
    QTreeView* m_tree = nullptr;
    QLineEdit* m_search = nullptr;
    QToolButton* m_healthButton = nullptr;
    QTreeWidget* m_health = nullptr;
    MatcherFactory m_matcherFactory;
    QTimer m_searchLater;
    QTimer m_healthLater;
    int m_structureChanging = 0;
    QString m_wantedUserId;
};
