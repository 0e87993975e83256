// SPDX-License-Identifier: MIT
#include "selectionkeeper.h"

#include "models/userfiltermodel.h"
#include "models/usertablemodel.h"

#include <QItemSelectionModel>
#include <QTableView>

#include <algorithm>

SelectionKeeper::SelectionKeeper(QTableView* view, UserFilterModel* model)
    : QObject(view)
    , m_view(view)
    , m_model(model)
{
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &SelectionKeeper::remember);
    connect(model, &QAbstractItemModel::modelReset, this, &SelectionKeeper::restore);
}

void SelectionKeeper::remember()
{
    m_current.clear();
    m_selected.clear();
    QItemSelectionModel* sm = m_view->selectionModel();
    if (!sm)
        return;
    const QModelIndex current = sm->currentIndex();
    if (current.isValid())
        m_current = current.siblingAtColumn(0).data(UserTableModel::UserIdRole).toString();
    for (const QItemSelectionRange& range : sm->selection()) {
        for (int row = range.top(); row <= range.bottom() && m_selected.size() < maxKept; ++row)
            m_selected.append(m_model->index(row, 0).data(UserTableModel::UserIdRole).toString());
    }
}

void SelectionKeeper::restore()
{
    QItemSelectionModel* sm = m_view->selectionModel();
    UserTableModel* table = m_model->tableModel();
    if (!sm || !table || (m_current.isEmpty() && m_selected.isEmpty())) {
        m_view->scrollToTop();
        return;
    }
    QList<int> rows;
    for (const QString& id : std::as_const(m_selected)) {
        const QModelIndex p = m_model->mapFromSource(table->indexOfUser(id));
        if (p.isValid())
            rows.append(p.row());
    }
    std::sort(rows.begin(), rows.end());
    QItemSelection selection;
    const int lastColumn = m_model->columnCount() - 1;
    for (int i = 0; i < rows.size();) {
        int j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1)
            ++j;
        selection.select(m_model->index(rows[i], 0), m_model->index(rows[j], lastColumn));
        i = j + 1;
    }
    const QModelIndex current = m_model->mapFromSource(table->indexOfUser(m_current));
    if (current.isValid())
        sm->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    sm->select(selection, QItemSelectionModel::ClearAndSelect);
    if (current.isValid())
        m_view->scrollTo(current, QAbstractItemView::EnsureVisible);
    else
        m_view->scrollToTop();
}
