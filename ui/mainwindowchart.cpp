// SPDX-License-Identifier: MIT
// The Chart tab's part of the main window: the picture around the current person, beside the Org chart tab.
#include "mainwindow.h"

#include "chartview.h"
#include "orgchartview.h"

#include <QStatusBar>
#include <QTabWidget>

void MainWindow::buildChartTab()
{
    m_chart = new ChartView(m_directory, m_tabs);
    m_tabs->insertTab(m_tabs->indexOf(m_orgView) + 1, m_chart, tr("Chart"));
    connect(m_chart, &ChartView::currentUserChanged, this, &MainWindow::selectUser);
    connect(m_chart, &ChartView::message, this, [this](const QString& text) { statusBar()->showMessage(text, 8000); });
}
