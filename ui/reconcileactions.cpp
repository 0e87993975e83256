// SPDX-License-Identifier: MIT
#include "reconcileactions.h"

#include "models/usermodelinterface.h"
#include "models/userselectionmodel.h"
#include "peopleview.h"
#include "reconciledialog.h"
#include "usertableview.h"

#include <QAction>
#include <QItemSelection>

#include <algorithm>

ReconcileActions::ReconcileActions(const Directory* directory, const DirectoryCompleteness* completeness,
                                   PeopleView* people, QWidget* window)
    : QObject(window)
    , m_directory(directory)
    , m_completeness(completeness)
    , m_people(people)
    , m_window(window)
{
    m_action = new QAction(tr("Find a &List…"), this);
    m_action->setObjectName(QStringLiteral("findListAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_action->setToolTip(tr("Match a list of e-mails, ids or names from another system against the directory "
                            "(Ctrl+Shift+L)"));
    connect(m_action, &QAction::triggered, this, &ReconcileActions::openDialog);
}

ReconcileDialog* ReconcileActions::openDialog()
{
    if (!m_dialog) {
        m_dialog = new ReconcileDialog(m_directory, m_completeness, m_window);
        connect(m_dialog, &ReconcileDialog::userActivated, this, &ReconcileActions::userActivated);
        connect(m_dialog, &ReconcileDialog::showPeopleRequested, this, [this](const QList<int>& rows) {
            const bool cleared = selectInTable(rows);
            const QString selected = tr("%Ln matched people selected in the People table.", nullptr, int(rows.size()));
            m_dialog->showMessage(
                cleared ? selected + QLatin1Char(' ') + tr("The search was cleared: it hid some of them.") : selected);
            Q_EMIT peopleShown();
        });
    }
    // Kept when closed: the list and the result are there when it is opened again.
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

bool ReconcileActions::selectInTable(const QList<int>& rows)
{
    UserTableView* table = m_people->table();
    const UserModelInterface* people = UserModelInterface::of(table->model());
    if (!people)
        return false;
    const bool hidden =
        std::any_of(rows.begin(), rows.end(), [people](int row) { return !people->indexOfRow(row).isValid(); });
    if (hidden)
        m_people->clearSearchAndFilters();
    // One range per run of neighbouring table rows: 10,000 people selected in one call.
    QList<int> viewRows;
    viewRows.reserve(rows.size());
    for (int row : rows) {
        const QModelIndex index = people->indexOfRow(row);
        if (index.isValid())
            viewRows.append(index.row());
    }
    std::sort(viewRows.begin(), viewRows.end());
    QItemSelection selection;
    const QAbstractItemModel* model = table->model();
    const int lastColumn = model->columnCount() - 1;
    for (qsizetype i = 0; i < viewRows.size();) {
        qsizetype j = i;
        while (j + 1 < viewRows.size() && viewRows[j + 1] <= viewRows[j] + 1)
            ++j;
        selection.select(model->index(viewRows[i], 0), model->index(viewRows[j], lastColumn));
        i = j + 1;
    }
    UserSelectionModel* selectionModel = table->peopleSelection();
    selectionModel->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!rows.isEmpty()) {
        const QModelIndex first = people->indexOfRow(rows.first());
        selectionModel->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        table->scrollTo(first);
    }
    return hidden;
}
