// SPDX-License-Identifier: MIT
// The built-in demo in a main window, without pacing: for GUI tests that are not about pacing (tst_userpager's
// pacing tests and the soak are), pages come as fast as the demo server answers instead of 3 a second.
#pragma once

#include "demo/demoserver.h"
#include "demo/demosession.h"
#include "mainwindow.h"

namespace UnpacedDemo {

// MainWindow::openDemo(userCount) with the client's pacing and the demo server's Gong-like rate limit off. The
// first request goes out from the event loop, so the limit is off before it arrives.
inline bool open(MainWindow& window, int userCount)
{
    window.setRequestsPerSecond(0);
    if (!window.openDemo(userCount))
        return false;
    auto* demo = window.findChild<DemoSession*>();
    if (!demo)
        return false;
    demo->server()->setRateLimit(0);
    return true;
}

} // namespace UnpacedDemo
