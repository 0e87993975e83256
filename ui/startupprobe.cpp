// SPDX-License-Identifier: MIT
#include "startupprobe.h"

#include "mainwindow.h"
#include "usertableview.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTableView>
#include <QTimer>

#include <chrono>
#include <cstdio>

void StartupProbe::installIfRequested(MainWindow* window)
{
    const QByteArray mode = qgetenv("GONGDIR_BENCH_EXIT_AFTER_PAINT");
    if (mode.isEmpty())
        return;
    auto* probe = new StartupProbe(window, mode == "rows");
    // The first paint of the window, whatever it shows (a first run shows no table); rows: of the table.
    if (mode == "rows")
        window->tableView()->viewport()->installEventFilter(probe);
    else
        window->installEventFilter(probe);
}

StartupProbe::StartupProbe(MainWindow* window, bool waitForRows)
    : QObject(window)
    , m_window(window)
    , m_waitForRows(waitForRows)
{}

bool StartupProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && !m_done &&
        (!m_waitForRows || m_window->tableView()->model()->rowCount() > 0)) {
        m_done = true;
        // Queued: runs once this paint pass, and the flush that follows it, are complete.
        QTimer::singleShot(0, this, &StartupProbe::report);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::report()
{
    const auto us =
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now().time_since_epoch());
    std::printf("gongdir-bench %s %lld\n", m_waitForRows ? "rows" : "window", static_cast<long long>(us.count()));
    std::fflush(stdout);
    QCoreApplication::exit(0);
}
