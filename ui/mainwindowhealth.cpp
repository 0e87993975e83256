// SPDX-License-Identifier: MIT
// MainWindow's Health tab: the data-health checks beside People and the Org chart, its summary export in the File
// menu, and the way from a check or a person back to the People table and the details. Split from mainwindow.cpp by
// job.
#include "mainwindow.h"

#include "directory/directory.h"
#include "exportactions.h"
#include "healthview.h"
#include "models/userfiltermodel.h"
#include "orgchartview.h"
#include "peopleview.h"
#include "searchbar.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>
#include <QTabWidget>

void MainWindow::buildHealth(const DirectoryCompleteness* completeness)
{
    m_health = new HealthView(m_directory, m_tabs);
    m_tabs->insertTab(m_tabs->indexOf(m_orgView) + 1, m_health, tr("Health"));
    m_health->setCompleteness(completeness);
    // File → Export Health Summary…, after the people export.
    const QList<QAction*> fileActions = m_fileMenu->actions();
    m_fileMenu->insertAction(fileActions.value(fileActions.indexOf(m_export->exportAction()) + 1),
                             m_health->exportSummaryAction());

    connect(m_health, &HealthView::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    // Moving along the list makes each person the current one: the details follow, the Health tab stays.
    connect(m_health, &HealthView::currentUserChanged, this, &MainWindow::selectUser);
    // Enter or a double click: the person in the People table, unless the search hides them (the details say so).
    connect(m_health, &HealthView::userActivated, this, [this](const QString& id) {
        selectUser(id);
        if (m_proxy->indexOfUser(id).isValid())
            focusResults();
        else
            statusBar()->showMessage(tr("The search hides this person in the People table."), 8000);
    });
    // "Show in People": exactly the check's people, so the table's count is the check's; facets would narrow it.
    connect(m_health, &HealthView::showInPeopleRequested, this, [this](const QString& query) {
        m_people->clearSearchAndFilters();
        m_people->searchBar()->setText(query);
        focusResults();
    });
}
