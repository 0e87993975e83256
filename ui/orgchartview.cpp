// SPDX-License-Identifier: MIT
#include "orgchartview.h"
#include "focusquietview.h"

#include "directory/directory.h"
#include "directory/hierarchyhealth.h"
#include "models/orgtreemodel.h"
#include "orgmatchdelegate.h"
#include "orgnamecolumnfitter.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum HealthRole
{
    HealthUserIdRole = Qt::UserRole + 1,
    HealthMissingIdRole,
};
} // namespace

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
    m_healthButton = new QToolButton(this);
    m_healthButton->setObjectName(QStringLiteral("orgHealthButton"));
    m_healthButton->setText(tr("Hierarchy health"));
    m_healthButton->setToolTip(tr("People with no manager, missing managers, inactive managers and reporting cycles"));
    m_healthButton->setCheckable(true);
    bar->addWidget(expandAll);
    bar->addWidget(collapseAll);
    bar->addWidget(m_healthButton);
    layout->addLayout(bar);

    auto* splitter = new QSplitter(this);
    m_tree = new FocusQuietView<QTreeView>(splitter);
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

    m_health = new QTreeWidget(splitter);
    m_health->setObjectName(QStringLiteral("orgHealth"));
    m_health->setAccessibleName(tr("Hierarchy health"));
    m_health->setHeaderLabels({tr("Hierarchy health")});
    m_health->hide();
    splitter->addWidget(m_tree);
    splitter->addWidget(m_health);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

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

    m_healthLater.setSingleShot(true);
    m_healthLater.setInterval(500);
    connect(&m_healthLater, &QTimer::timeout, this, &OrgChartView::refreshHealth);
    connect(m_healthButton, &QToolButton::toggled, this, [this](bool on) {
        m_health->setVisible(on);
        if (on)
            refreshHealth();
    });
    for (auto signal : {&Directory::usersAppended, &Directory::usersRemoved})
        connect(model->directory(), signal, this, [this] {
            if (m_health->isVisible())
                m_healthLater.start();
        });
    connect(model->directory(), &Directory::usersChanged, this, [this] {
        if (m_health->isVisible())
            m_healthLater.start();
    });
    connect(m_health, &QTreeWidget::itemActivated, this, &OrgChartView::onHealthItemActivated);
    connect(m_health, &QTreeWidget::itemClicked, this, &OrgChartView::onHealthItemActivated);
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

void OrgChartView::refreshHealth()
{
    const Directory& d = *m_model->directory();
    const HierarchyHealth health = HierarchyHealth::compute(d);
    const QLocale locale;
    m_health->clear();
    auto addGroup = [this, &locale](const QString& title, int n) {
        auto* group = new QTreeWidgetItem(m_health, {QStringLiteral("%1 (%2)").arg(title, locale.toString(n))});
        group->setFlags(Qt::ItemIsEnabled);
        return group;
    };
    auto addPerson = [&d](QTreeWidgetItem* group, const QString& id, const QString& suffix = {}) {
        const int row = d.rowOf(id);
        const QString name = row >= 0 ? d.user(row).displayName() : id;
        auto* item =
            new QTreeWidgetItem(group, {suffix.isEmpty() ? name : QStringLiteral("%1 — %2").arg(name, suffix)});
        item->setData(0, HealthUserIdRole, id);
        item->setToolTip(0, item->text(0));
    };
    QTreeWidgetItem* roots = addGroup(tr("No manager"), int(health.noManager.size()));
    for (const QString& id : health.noManager)
        addPerson(roots, id);
    QTreeWidgetItem* missing = addGroup(tr("Managers not in the directory"), int(health.missingManagers.size()));
    for (const HierarchyHealth::MissingManager& m : health.missingManagers) {
        auto* item = new QTreeWidgetItem(
            missing, {tr("Unknown manager (id %1) — %n report(s)", nullptr, int(m.reportIds.size())).arg(m.managerId)});
        item->setData(0, HealthMissingIdRole, m.managerId);
        item->setToolTip(0, item->text(0));
        for (const QString& id : m.reportIds)
            addPerson(item, id);
    }
    QTreeWidgetItem* inactive =
        addGroup(tr("Inactive managers with active reports"), int(health.inactiveManagersWithActive.size()));
    for (const QString& id : health.inactiveManagersWithActive)
        addPerson(inactive, id);
    QTreeWidgetItem* cycles = addGroup(tr("Reporting cycles"), int(health.cycles.size()));
    for (const QStringList& loop : health.cycles) {
        QStringList names;
        for (const QString& id : loop)
            names.append(d.user(d.rowOf(id)).displayName());
        auto* item = new QTreeWidgetItem(cycles, {names.join(QStringLiteral(" \u2192 ")) + QStringLiteral(" \u21BA")});
        item->setData(0, HealthUserIdRole, loop.first());
    }
    for (QTreeWidgetItem* group : {missing, inactive, cycles})
        group->setExpanded(group->childCount() > 0 && group->childCount() <= 50);
}

void OrgChartView::onHealthItemActivated(QTreeWidgetItem* item)
{
    const QString id = item->data(0, HealthUserIdRole).toString();
    if (!id.isEmpty()) {
        if (!selectUser(id)) {
            Q_EMIT clearSearchRequested(); // the person is hidden by the search: show everyone, then them
            selectUser(id);
        }
        return;
    }
    const QString missingId = item->data(0, HealthMissingIdRole).toString();
    if (!missingId.isEmpty() && item->childCount() > 0)
        onHealthItemActivated(item->child(0));
}
