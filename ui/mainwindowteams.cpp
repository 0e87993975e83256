// SPDX-License-Identifier: MIT
// The "Settings by team" tab's part of the main window: the tab, and its requests to the People table and the
// details.
#include "mainwindow.h"

#include "peopleview.h"
#include "searchbar.h"
#include "settingsbyteamview.h"

#include <QStatusBar>
#include <QTabWidget>

void MainWindow::buildSettingsByTeam()
{
    m_teams = new SettingsByTeamView(m_directory, m_tabs);
    m_tabs->addTab(m_teams, tr("Settings by team"));
    // Exactly the cell's people: no facet or earlier search narrows them further.
    connect(m_teams, &SettingsByTeamView::peopleQueryRequested, this, [this](const QString& query) {
        m_people->clearSearchAndFilters();
        m_people->searchBar()->setText(query);
        focusResults();
    });
    connect(m_teams, &SettingsByTeamView::userActivated, this, &MainWindow::selectUser);
    connect(m_teams, &SettingsByTeamView::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
}
