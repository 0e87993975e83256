// SPDX-License-Identifier: MIT
#include "exportcolumnpicker.h"

#include "accessibility.h"
#include "directory/usercolumns.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int ColumnKeyRole = Qt::UserRole + 1;
} // namespace

ExportColumnPicker::ExportColumnPicker(QWidget* parent)
    : QGroupBox(tr("Columns"), parent)
{
    auto* layout = new QVBoxLayout(this);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("exportColumns"));
    m_list->setAccessibleName(tr("Columns to export"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMinimumHeight(180);
    auto* buttons = new QHBoxLayout;
    m_all = new QPushButton(tr("Check &all"), this);
    m_none = new QPushButton(tr("U&ncheck all"), this);
    // The order is the file's column order: reordering must not need a mouse (dragging).
    m_moveUp = new QPushButton(tr("Move &up"), this);
    m_moveUp->setObjectName(QStringLiteral("moveColumnUp"));
    m_moveUp->setToolTip(tr("Move the current column up (Alt+Up)"));
    m_moveDown = new QPushButton(tr("Move do&wn"), this);
    m_moveDown->setObjectName(QStringLiteral("moveColumnDown"));
    m_moveDown->setToolTip(tr("Move the current column down (Alt+Down)"));
    buttons->addWidget(m_all);
    buttons->addWidget(m_none);
    buttons->addStretch(1);
    buttons->addWidget(m_moveUp);
    buttons->addWidget(m_moveDown);
    layout->addWidget(m_note);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    m_list->installEventFilter(this); // Alt+Up, Alt+Down
    connect(m_moveUp, &QPushButton::clicked, this, [this] { moveColumn(-1); });
    connect(m_moveDown, &QPushButton::clicked, this, [this] { moveColumn(1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &ExportColumnPicker::updateMoveButtons);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        const QString spoken = Accessibility::withCheckState(item->text(), item->checkState() == Qt::Checked);
        if (item->data(Qt::AccessibleTextRole).toString() != spoken)
            item->setData(Qt::AccessibleTextRole, spoken); // changes the item again: the comparison ends it
        Q_EMIT changed();
    });
    connect(m_all, &QPushButton::clicked, this, [this] { checkAll(Qt::Checked); });
    connect(m_none, &QPushButton::clicked, this, [this] { checkAll(Qt::Unchecked); });
}

void ExportColumnPicker::setColumns(const QStringList& checkedKeys)
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        QList<int> order;
        for (const QString& key : checkedKeys) {
            const int c = UserColumns::indexOf(key);
            if (c >= 0 && !order.contains(c))
                order.append(c);
        }
        const qsizetype checkedCount = order.size();
        for (int c = 0; c < UserColumns::count(); ++c) {
            if (!order.contains(c))
                order.append(c);
        }
        for (int i = 0; i < order.size(); ++i) {
            const int c = order[i];
            auto* item = new QListWidgetItem(UserColumns::title(c), m_list);
            item->setData(ColumnKeyRole, UserColumns::at(c).key);
            item->setToolTip(UserColumns::at(c).key);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
            item->setCheckState(i < checkedCount ? Qt::Checked : Qt::Unchecked);
            item->setData(Qt::AccessibleTextRole, Accessibility::withCheckState(item->text(), i < checkedCount));
        }
    }
    updateMoveButtons();
    Q_EMIT changed();
}

QStringList ExportColumnPicker::checkedColumns() const
{
    QStringList keys;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem* item = m_list->item(i);
        if (item->checkState() == Qt::Checked)
            keys.append(item->data(ColumnKeyRole).toString());
    }
    return keys;
}

void ExportColumnPicker::setNote(const QString& note, bool choosable)
{
    m_note->setText(note);
    setChoosable(choosable);
}

void ExportColumnPicker::setChoosable(bool choosable)
{
    m_list->setEnabled(choosable);
    m_all->setEnabled(choosable);
    m_none->setEnabled(choosable);
}

bool ExportColumnPicker::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::AltModifier && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveColumn(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return QGroupBox::eventFilter(watched, event);
}

void ExportColumnPicker::moveColumn(int delta)
{
    const int from = m_list->currentRow();
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= m_list->count())
        return;
    QListWidgetItem* item = m_list->takeItem(from);
    m_list->insertItem(to, item);
    m_list->setCurrentItem(item); // the keyboard stays on the moved column, and a screen reader reads it again
    Q_EMIT changed();
}

void ExportColumnPicker::checkAll(Qt::CheckState state)
{
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setCheckState(state);
}

void ExportColumnPicker::updateMoveButtons()
{
    const int row = m_list->currentRow();
    m_moveUp->setEnabled(row > 0);
    m_moveDown->setEnabled(row >= 0 && row + 1 < m_list->count());
}
