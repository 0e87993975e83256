// SPDX-License-Identifier: MIT
#include "facetpanel.h"

#include "accessibility.h"
#include "copyfeedback.h"
#include "directory/directory.h"
#include "directory/usercolumns.h"
#include "focusquietview.h"
#include "models/userfiltermodel.h"
#include "models/usertablemodel.h"

#include <QAccessible>
#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr int GroupRole = Qt::UserRole + 1;
constexpr int KeyRole = Qt::UserRole + 2;
constexpr int IdRole = Qt::UserRole + 3; // the value ends in an id: a manager not in the directory

class FacetValueDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = FacetPanel::elideMode(index);
    }
};

QString settingTitle(int group)
{
    const int column = UserColumns::indexOf(QStringLiteral("settings.") +
                                            userSettingKey(UserSetting(group - UserFacets::SettingFirst)));
    return column >= 0 ? UserColumns::title(column) : UserFacets::groupTitle(group);
}
} // namespace

FacetPanel::FacetPanel(UserFilterModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_tree(new FocusQuietView<QTreeWidget>(this))
    , m_chipBox(new QWidget(this))
    , m_chipLayout(new QVBoxLayout(m_chipBox))
    , m_queryLabel(new QLabel(this))
{
    setAccessibleName(tr("Filters"));
    setAccessibleDescription(tr("Narrow the people shown by status, title, language, manager and settings"));
    setObjectName(QStringLiteral("facetPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_chipLayout->setSpacing(2);
    m_queryLabel->setObjectName(QStringLiteral("facetQuery"));
    m_queryLabel->setWordWrap(true);
    m_queryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_queryLabel->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_tree->setObjectName(QStringLiteral("facetTree"));
    // Pixel scrolling, so a refresh can put the value just ticked back under the pointer to the pixel.
    m_tree->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_tree->setAccessibleName(tr("Filters"));
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Filter"), tr("People")}); // hidden, but screen readers name the columns by them
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    // The chips go below the list: above it, each one would push the list down under the pointer.
    layout->addWidget(m_tree, 1);
    // Whole in the tooltip, and "Copy" (Ctrl+C, the context menu) takes the id of a manager, the value of anything
    // else.
    m_tree->setItemDelegateForColumn(0, new FacetValueDelegate(m_tree));
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* copy = new QAction(tr("Copy"), m_tree);
    copy->setObjectName(QStringLiteral("facetCopyAction"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_tree->addAction(copy);
    connect(copy, &QAction::triggered, this, [this] {
        const QTreeWidgetItem* item = m_tree->currentItem();
        if (!item || item->data(0, KeyRole).isNull())
            return;
        const QString key = item->data(0, KeyRole).toString();
        const bool manager = item->data(0, GroupRole).toInt() == UserFacets::Manager;
        CopyFeedback::copy(manager ? key : valueLabel(item->data(0, GroupRole).toInt(), key), m_tree->viewport(),
                           m_tree->visualItemRect(item).center());
    });
    layout->addWidget(m_chipBox);
    layout->addWidget(m_queryLabel);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(150); // counts follow typing and loading without costing every keystroke
    connect(&m_refreshTimer, &QTimer::timeout, this, &FacetPanel::refresh);
    connect(m_model, &UserFilterModel::facetCountsChanged, this, [this] {
        if (!m_refreshTimer.isActive())
            m_refreshTimer.start();
    });
    connect(m_tree, &QTreeWidget::itemChanged, this, &FacetPanel::onItemChanged);
    connect(m_tree, &QTreeWidget::itemCollapsed, this,
            [this](QTreeWidgetItem* item) { m_collapsed.insert(item->data(0, GroupRole).toInt()); });
    connect(m_tree, &QTreeWidget::itemExpanded, this,
            [this](QTreeWidgetItem* item) { m_collapsed.remove(item->data(0, GroupRole).toInt()); });
    for (int g = UserFacets::Manager; g < UserFacets::groupCount(); ++g)
        m_collapsed.insert(g);
    refresh();
}

QList<QWidget*> FacetPanel::chips() const
{
    QList<QWidget*> out;
    for (int i = 0; i < m_chipLayout->count(); ++i) {
        if (QWidget* w = m_chipLayout->itemAt(i)->widget(); w && w->objectName() == QLatin1String("facetChip"))
            out.append(w);
    }
    return out;
}

QStringList FacetPanel::shownValues(int group) const
{
    QStringList out;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* top = m_tree->topLevelItem(i);
        if (top->data(0, GroupRole).toInt() != group)
            continue;
        for (int c = 0; c < top->childCount(); ++c)
            out.append(top->child(c)->text(1).isEmpty()
                           ? top->child(c)->text(0).trimmed()
                           : tr("%1 (%2)").arg(top->child(c)->text(0).trimmed(), top->child(c)->text(1)));
    }
    return out;
}

void FacetPanel::updateDepths()
{
    const Directory* dir = m_model->tableModel()->directory();
    if (m_depthRows == dir->count())
        return;
    const int n = dir->count();
    m_depth.assign(size_t(n), -1);
    std::vector<int> path;
    for (int row = 0; row < n; ++row) {
        int r = row;
        path.clear();
        // Walk up until a known depth, the top, or a row already on this path (a cycle).
        while (r >= 0 && m_depth[size_t(r)] < 0 && int(path.size()) <= n) {
            if (std::find(path.begin(), path.end(), r) != path.end())
                break;
            path.push_back(r);
            r = dir->managerRow(r);
        }
        int depth = r >= 0 && m_depth[size_t(r)] >= 0 ? m_depth[size_t(r)] + 1 : 0;
        for (auto it = path.rbegin(); it != path.rend(); ++it)
            m_depth[size_t(*it)] = depth++;
    }
    m_depthRows = n;
}

Qt::TextElideMode FacetPanel::elideMode(const QModelIndex& value)
{
    // The start of a title or name tells it from the others; an id is compared by its start and its end.
    return value.data(IdRole).toBool() ? Qt::ElideMiddle : Qt::ElideRight;
}

QString FacetPanel::valueLabel(int group, const QString& key) const
{
    switch (group) {
    case UserFacets::Status:
        return key == QLatin1String("active") ? tr("Active") : tr("Inactive");
    case UserFacets::Manager: {
        const Directory* dir = m_model->tableModel()->directory();
        const int row = dir->rowOf(key);
        return row >= 0 ? UserColumns::singleLine(dir->user(row).displayName())
                        : tr("Unknown manager (id %1)").arg(key);
    }
    case UserFacets::Title:
    case UserFacets::Language:
        return UserColumns::singleLine(key);
    default:
        return key == QLatin1String("on") ? tr("On") : key == QLatin1String("off") ? tr("Off") : tr("Unknown");
    }
}

void FacetPanel::refresh()
{
    m_refreshTimer.stop();
    const FacetCounts& counts = m_model->facetCounts();
    const UserFacets& facets = m_model->facets();
    const FacetSelection& selection = m_model->facetSelection();
    const Directory* dir = m_model->tableModel()->directory();
    const QLocale locale;
    // The items are rebuilt: the keyboard's place (a value or a group heading) is found again by its group and key.
    QTreeWidgetItem* const oldCurrent = m_tree->currentItem();
    const int currentGroup = oldCurrent ? oldCurrent->data(0, GroupRole).toInt() : -1;
    const QVariant currentKey = oldCurrent ? oldCurrent->data(0, KeyRole) : QVariant();
    QTreeWidgetItem* newCurrent = nullptr;
    m_updating = true;
    m_tree->setUpdatesEnabled(false);
    if (m_tree->topLevelItemCount() != UserFacets::groupCount()) {
        m_tree->clear();
        for (int g = 0; g < UserFacets::groupCount(); ++g) {
            auto* top = new QTreeWidgetItem(m_tree);
            top->setData(0, GroupRole, g);
            top->setFlags(Qt::ItemIsEnabled);
            QFont f = top->font(0);
            f.setBold(true);
            top->setFont(0, f);
            top->setFirstColumnSpanned(true);
        }
    }
    updateDepths();
    for (int g = 0; g < UserFacets::groupCount(); ++g) {
        QTreeWidgetItem* top = m_tree->topLevelItem(g);
        if (g == currentGroup)
            newCurrent = top;
        const QStringList chosen = selection.values(g);
        top->setText(0, g >= UserFacets::SettingFirst ? settingTitle(g) : UserFacets::groupTitle(g));
        qDeleteAll(top->takeChildren());
        // Candidates: values with a count, plus whatever is chosen.
        std::vector<int> values;
        for (int v = 0; v < facets.valueCount(g); ++v) {
            if (counts.count(g, v) > 0 || chosen.contains(facets.valueKey(g, v)) || g >= UserFacets::SettingFirst)
                values.push_back(v);
        }
        auto byCount = [&](int a, int b) {
            return counts.count(g, a) != counts.count(g, b) ? counts.count(g, a) > counts.count(g, b) : a < b;
        };
        auto depthOf = [&](int v) {
            const int row = dir->rowOf(facets.valueKey(g, v));
            return row >= 0 && row < int(m_depth.size()) ? m_depth[size_t(row)] : -1;
        };
        if (g == UserFacets::Manager) {
            // Top of the chart down: by depth, then by team size.
            std::vector<int> depth(size_t(facets.valueCount(g)));
            for (int v : values)
                depth[size_t(v)] = depthOf(v);
            std::stable_sort(values.begin(), values.end(), [&](int a, int b) {
                return depth[size_t(a)] != depth[size_t(b)] ? depth[size_t(a)] < depth[size_t(b)] : byCount(a, b);
            });
        } else if (g != UserFacets::Status && g < UserFacets::SettingFirst) {
            std::stable_sort(values.begin(), values.end(), byCount);
        }
        int shown = 0;
        int hidden = 0;
        for (int v : values) {
            const QString key = facets.valueKey(g, v);
            const bool isChosen = chosen.contains(key);
            if (shown >= maxValues && !isChosen) {
                ++hidden;
                continue;
            }
            ++shown;
            QString label = valueLabel(g, key);
            if (g == UserFacets::Manager)
                label = QString(std::max(0, depthOf(v)) * 2, QLatin1Char(' ')) + label;
            auto* item = new QTreeWidgetItem(top);
            item->setText(0, label);
            item->setText(1, locale.toString(counts.count(g, v)));
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(0, label.trimmed());
            item->setData(0, GroupRole, g);
            item->setData(0, KeyRole, key);
            item->setData(0, IdRole, g == UserFacets::Manager && m_model->tableModel()->directory()->rowOf(key) < 0);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(0, isChosen ? Qt::Checked : Qt::Unchecked);
            // Read as "Active, 476, not checked": Qt 6.4 does not expose an item's check box as checkable.
            item->setData(0, Qt::AccessibleTextRole,
                          Accessibility::withCheckState(tr("%1, %2").arg(label.trimmed(), item->text(1)), isChosen));
            if (g == currentGroup && QVariant(key) == currentKey)
                newCurrent = item;
            if (g == UserFacets::Manager && dir->rowOf(key) >= 0)
                item->setToolTip(0,
                                 tr("%1 — reports to %2").arg(label.trimmed(), dir->managerChainText(dir->rowOf(key))));
        }
        if (hidden > 0) {
            auto* more = new QTreeWidgetItem(top);
            more->setText(0, tr("… %n more (use the search box)", nullptr, hidden));
            more->setFlags(Qt::NoItemFlags);
            more->setFirstColumnSpanned(true);
        }
        top->setExpanded(!m_collapsed.contains(g) || !chosen.isEmpty());
    }
    keepAnchorInPlace();
    m_tree->setUpdatesEnabled(true);
    if (newCurrent && newCurrent != m_tree->currentItem())
        m_tree->setCurrentItem(newCurrent, 0, QItemSelectionModel::NoUpdate);
    m_updating = false;
    if (m_announceCheck) {
        m_announceCheck = false;
        announceCurrentCheck();
    }
    rebuildChips();
}

void FacetPanel::keepAnchorInPlace()
{
    if (m_anchor.group < 0)
        return;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* top = m_tree->topLevelItem(g);
        if (top->data(0, GroupRole).toInt() != m_anchor.group)
            continue;
        for (int c = 0; c < top->childCount(); ++c) {
            QTreeWidgetItem* item = top->child(c);
            if (item->data(0, KeyRole).toString() != m_anchor.key)
                continue;
            // Counts and values above it may have changed: scroll by what it moved.
            const int moved = m_tree->visualItemRect(item).top() - m_anchor.y;
            m_tree->verticalScrollBar()->setValue(m_tree->verticalScrollBar()->value() + moved);
        }
    }
    m_anchor = {};
}

void FacetPanel::onItemChanged(QTreeWidgetItem* item, int)
{
    if (m_updating || !item->parent())
        return;
    FacetSelection selection = m_model->facetSelection();
    const int group = item->data(0, GroupRole).toInt();
    const QString key = item->data(0, KeyRole).toString();
    const bool checked = item->checkState(0) == Qt::Checked;
    if (selection.values(group).contains(key) == checked)
        return;
    selection.toggle(group, key);
    m_anchor = {group, key, m_tree->visualItemRect(item).top()};
    m_model->setFacetSelection(selection);
    m_announceCheck = true;
    // Not now: refresh() replaces the items, and this one is still inside its own signal.
    QMetaObject::invokeMethod(this, &FacetPanel::refresh, Qt::QueuedConnection);
}

void FacetPanel::announceCurrentCheck()
{
    // The item a Space or a click toggled was replaced by refresh(): say "checked"/"not checked" for its successor.
    const QModelIndex current = m_tree->currentIndex();
    QAccessibleInterface* tree = QAccessible::queryAccessibleInterface(m_tree);
    if (!current.isValid() || !m_tree->hasFocus() || !tree || !tree->tableInterface())
        return;
    int row = 0; // a tree's cells are counted by rows as shown (expanded), from the top
    for (QModelIndex i = m_tree->model()->index(0, 0); i.isValid() && i.row() != -1 && i != current.siblingAtColumn(0);
         i = m_tree->indexBelow(i))
        ++row;
    QAccessibleInterface* cell = tree->tableInterface()->cellAt(row, 0);
    if (!cell)
        return;
    QAccessible::State changed;
    changed.checked = true;
    QAccessibleStateChangeEvent event(cell, changed);
    QAccessible::updateAccessibility(&event);
}

void FacetPanel::rebuildChips()
{
    while (QLayoutItem* item = m_chipLayout->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            w->hide();
            w->deleteLater(); // a chip may be removing itself from its own clicked()
        }
        delete item;
    }
    const FacetSelection& selection = m_model->facetSelection();
    for (int g = 0; g < UserFacets::groupCount(); ++g) {
        const QString group = g >= UserFacets::SettingFirst ? settingTitle(g) : UserFacets::groupTitle(g);
        for (const QString& key : selection.values(g)) {
            auto* chip = new QToolButton(m_chipBox);
            chip->setObjectName(QStringLiteral("facetChip"));
            chip->setText(tr("%1: %2  ✕").arg(group, valueLabel(g, key).trimmed()));
            chip->setToolTip(tr("Remove this filter"));
            chip->setAccessibleName(tr("Remove filter %1: %2").arg(group, valueLabel(g, key)));
            chip->setToolButtonStyle(Qt::ToolButtonTextOnly);
            chip->setStyleSheet(QStringLiteral("QToolButton { border: 1px solid palette(mid); border-radius: 9px; "
                                               "padding: 1px 8px; background: palette(alternate-base); }"));
            connect(chip, &QToolButton::clicked, this, [this, g, key] {
                FacetSelection s = m_model->facetSelection();
                s.toggle(g, key);
                m_model->setFacetSelection(s);
                QMetaObject::invokeMethod(this, &FacetPanel::refresh, Qt::QueuedConnection);
            });
            m_chipLayout->addWidget(chip, 0, Qt::AlignLeft);
        }
    }
    if (!selection.isEmpty()) {
        auto* clear = new QPushButton(tr("Clear all filters"), m_chipBox);
        clear->setObjectName(QStringLiteral("facetClearAll"));
        connect(clear, &QPushButton::clicked, this, [this] {
            m_model->setFacetSelection({});
            QMetaObject::invokeMethod(this, &FacetPanel::refresh, Qt::QueuedConnection);
        });
        m_chipLayout->addWidget(clear, 0, Qt::AlignLeft);
    }
    // New buttons go last in Tab order: they follow the list instead, where the keyboard is.
    QWidget* previous = m_tree;
    for (QWidget* w : m_chipBox->findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
        if (!w->isHidden() && (w->focusPolicy() & Qt::TabFocus)) {
            QWidget::setTabOrder(previous, w);
            previous = w;
        }
    }
    const QString text = selection.toQueryText();
    m_queryLabel->setVisible(!text.isEmpty());
    m_queryLabel->setText(tr("As a query: %1").arg(text)); // its name too: it reads as it shows
    m_chipBox->setVisible(!selection.isEmpty());
}
