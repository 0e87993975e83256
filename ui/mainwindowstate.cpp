// SPDX-License-Identifier: MIT
// What the main window keeps between sessions (geometry, docks, the table's columns and the current page), and its
// first-start geometry.
#include "mainwindow.h"

#include "peopleview.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QTabWidget>

namespace {
const QString currentTabKey = QStringLiteral("window/currentTab");

bool persistsState()
{
    return !QCoreApplication::organizationName().isEmpty();
}
} // namespace

void MainWindow::saveTableState() const
{
    if (!persistsState())
        return;
    QSettings settings;
    m_people->saveState(settings);
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    // The page by its name: pages come and go between versions, an index would open another one.
    settings.setValue(currentTabKey, m_tabs->currentWidget()->objectName());
    settings.remove(QStringLiteral("window/tab")); // what older versions kept
}

void MainWindow::applyFirstRunGeometry()
{
    // Most of the screen, centred: a directory table wants room, and 1080p is common. A laptop screen (1280, 1366
    // or 1440 wide) gets all of its width, so the default columns fit beside the docks.
    const QScreen* screen = QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1280, 800);
    const double share = available.width() < 1600 ? 1.0 : 0.85;
    const QSize size = QSize(qMin(int(available.width() * share), 1800), qMin(int(available.height() * 0.85), 1100))
                           .expandedTo(QSize(960, 600))
                           .boundedTo(available.size());
    resize(size);
    move(available.center() - QPoint(size.width() / 2, size.height() / 2));
    // The docks take about a third of the width (filters wide enough for most titles, details for a card); the
    // table gets the rest.
    const int filters = qBound(230, size.width() * 18 / 100, 300);
    resizeDocks({m_facetDock, m_detailDock}, {filters, qBound(280, size.width() * 22 / 100, 380)}, Qt::Horizontal);
}

void MainWindow::restoreTableState()
{
    if (!persistsState()) {
        applyFirstRunGeometry();
        return;
    }
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        applyFirstRunGeometry();
    restoreCurrentTab();
    m_people->restoreState(settings);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::restoreCurrentTab()
{
    if (!persistsState())
        return;
    const QString name = QSettings().value(currentTabKey).toString();
    for (int i = 0; i < m_tabs->count() && !name.isEmpty(); ++i) {
        if (m_tabs->widget(i)->objectName() == name)
            m_tabs->setCurrentIndex(i);
    }
}
