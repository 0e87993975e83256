// SPDX-License-Identifier: MIT
#include "orgchartview.h"
#include "focusquietview.h"

#include "directory/directory.h"
#include "models/orgtreemodel.h"
#include "orgmatchdelegate.h"
#include "orgnamecolumnfitter.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

OrgChartView::OrgChartView(OrgTreeModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new OrgFilterModel(this))
{
    setObjectName(QStringLiteral("orgChartView"));
    m_proxy->setSourceModel(model);
    m_proxy->sort(OrgTreeModel::NameColumn, Qt::AscendingOrder);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* bar = new QHBoxLayout;
    bar->addStretch(1);
    auto* expandAll = new QToolButton(this);
    expandAll->setText(tr("Expand all"));
    auto* collapseAll = new QToolButton(this);
    collapseAll->setText(tr("Collapse all"));
    bar->addWidget(expandAll);
    bar->addWidget(collapseAll);
    layout->addLayout(bar);

    m_tree = new FocusQuietView<QTreeView>(this);
    m_tree->setObjectName(QStringLiteral("orgTree"));
    m_tree->setAccessibleName(tr("Org chart"));
    // The selection model moves "current" while rows leave the proxy (a search, a refresh). Such moves are
    // not the user choosing someone, so they must not change the window's current person. These
    // connections come before setModel() so they run before the selection model's own.
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { ++m_structureChanging; });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] { --m_structureChanging; });
    connect(m_proxy, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] { ++m_structureChanging; });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] { --m_structureChanging; });
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, [this] { ++m_structureChanging; });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] { --m_structureChanging; });
    m_tree->setModel(m_proxy);
    m_tree->setItemDelegate(new OrgMatchDelegate(m_tree)); // the people a search found, in bold
    m_tree->setUniformRowHeights(true);                    // 100,000 people: never measure rows one by one
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(OrgTreeModel::NameColumn, Qt::AscendingOrder);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView* header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(OrgTreeModel::NameColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(OrgTreeModel::TitleColumn, QHeaderView::Stretch);
    header->resizeSection(OrgTreeModel::NameColumn, 320);
    header->resizeSection(OrgTreeModel::DirectReportsColumn, 70);
    header->resizeSection(OrgTreeModel::TotalReportsColumn, 70);
    new OrgNameColumnFitter(m_tree, OrgTreeModel::NameColumn); // names readable at any depth

    layout->addWidget(m_tree, 1);

    connect(expandAll, &QToolButton::clicked, m_tree, &QTreeView::expandAll);
    connect(collapseAll, &QToolButton::clicked, m_tree, &QTreeView::collapseAll);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &OrgChartView::showContextMenu);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (m_structureChanging != 0)
            return;
        m_wantedUserId = currentUserId();
        Q_EMIT currentUserChanged(m_wantedUserId);
    });

    // New pages can bring new matches: show their chains expanded too, once the pages pause.
    m_expandLater.setSingleShot(true);
    m_expandLater.setInterval(200);
    connect(&m_expandLater, &QTimer::timeout, this, [this] {
        if (m_proxy->isFiltering())
            m_tree->expandAll();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_proxy->isFiltering())
            m_expandLater.start();
    });
}

QSortFilterProxyModel* OrgChartView::proxyModel() const
{
    return m_proxy;
}

void OrgChartView::setMatcher(Matcher matcher)
{
    m_expandLater.stop();
    m_proxy->setMatcher(std::move(matcher));
    if (m_proxy->isFiltering())
        m_tree->expandAll(); // only matches and their chains are left: show them all
    if (!m_wantedUserId.isEmpty() && !selectUser(m_wantedUserId)) {
        // The current person is filtered out: highlight nobody rather than whoever took their row.
        ++m_structureChanging;
        m_tree->selectionModel()->clear();
        --m_structureChanging;
    }
}

bool OrgChartView::selectUser(const QString& userId)
{
    m_wantedUserId = userId; // selected again when a search that hid them is cleared
    const QModelIndex index = m_proxy->indexOfUser(userId);
    if (!index.isValid())
        return false;
    if (m_tree->currentIndex() != index)
        m_tree->selectionModel()->setCurrentIndex(index,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_tree->expand(p);
    m_tree->scrollTo(index);
    return true;
}

QString OrgChartView::currentUserId() const
{
    return m_proxy->userIdAt(m_tree->currentIndex());
}

void OrgChartView::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (!index.isValid())
        return;
    const QModelIndex source = m_proxy->mapToSource(index);
    QMenu menu(this);
    if (m_model->isUser(source)) {
        const QString id = m_model->userIdAt(source);
        const int below = m_model->totalReports(source);
        QAction* exportTeam = menu.addAction(tr("Export this team… (%1 people)").arg(QLocale().toString(below + 1)));
        connect(exportTeam, &QAction::triggered, this, [this, id] { Q_EMIT exportTeamRequested(id); });
    }
    QAction* expand = menu.addAction(tr("Expand everything below"));
    connect(expand, &QAction::triggered, this, [this, index] { m_tree->expandRecursively(index); });
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}
