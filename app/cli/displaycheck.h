// SPDX-License-Identifier: MIT
#pragma once

#include <QProcessEnvironment>
#include <QStringList>

// Whether the window could open: Qt's platform plugin (xcb, wayland) aborts the process when it finds no display
// server, so this is asked before any QGuiApplication exists. It follows Qt's choice of plugin: `-platform`, else
// QT_QPA_PLATFORM, else xcb (with wayland first in a Wayland session). Plugins that draw without a display server
// (offscreen, minimal, vnc, eglfs, linuxfb, …) always can.
class DisplayCheck
{
public:
    static bool windowCanOpen(const QStringList& arguments, const QProcessEnvironment& environment);
    // The platform plugins Qt would try, in order (each without its ":options").
    static QStringList platforms(const QStringList& arguments, const QProcessEnvironment& environment);
};
