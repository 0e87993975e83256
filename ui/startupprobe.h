// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class MainWindow;

// For the startup benchmark only: with GONGDIR_BENCH_EXIT_AFTER_PAINT=window (or =rows) in the environment, prints
// "gongdir-bench window|rows <CLOCK_MONOTONIC µs>" once the main window (or its first rows) has been painted, then
// quits. Without the variable it does nothing.
class StartupProbe : public QObject
{
    Q_OBJECT
public:
    static void installIfRequested(MainWindow* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    StartupProbe(MainWindow* window, bool waitForRows);
    void report();

    MainWindow* m_window;
    bool m_waitForRows;
    bool m_done = false;
};
