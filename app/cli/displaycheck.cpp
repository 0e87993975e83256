// SPDX-License-Identifier: MIT
#include "displaycheck.h"

#include <QFileInfo>

namespace {
// Qt reads "-platform NAME", also spelled "--platform NAME" (QGuiApplication drops one dash).
QString argumentValue(const QStringList& arguments, QLatin1String name)
{
    for (qsizetype i = 1; i + 1 < arguments.size(); ++i) {
        QString a = arguments.at(i);
        if (a.startsWith(QLatin1String("--")))
            a.remove(0, 1);
        if (a == QLatin1Char('-') + name)
            return arguments.at(i + 1);
    }
    return {};
}
} // namespace

QStringList DisplayCheck::platforms(const QStringList& arguments, const QProcessEnvironment& environment)
{
    QString spec = argumentValue(arguments, QLatin1String("platform"));
    if (spec.isEmpty())
        spec = environment.value(QStringLiteral("QT_QPA_PLATFORM"));
    if (spec.isEmpty()) {
        // Qt's own default on Linux: xcb, with wayland tried first when the session says it is one.
        spec = environment.value(QStringLiteral("XDG_SESSION_TYPE")) == QLatin1String("wayland")
                   ? QStringLiteral("wayland;xcb")
                   : QStringLiteral("xcb");
    }
    QStringList names;
    for (const QString& entry : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        names.append(entry.section(QLatin1Char(':'), 0, 0).trimmed());
    return names;
}

bool DisplayCheck::windowCanOpen(const QStringList& arguments, const QProcessEnvironment& environment)
{
    for (const QString& name : platforms(arguments, environment)) {
        if (name == QLatin1String("xcb")) {
            if (!environment.value(QStringLiteral("DISPLAY")).isEmpty() ||
                !argumentValue(arguments, QLatin1String("display")).isEmpty())
                return true;
        } else if (name.startsWith(QLatin1String("wayland"))) {
            // Without WAYLAND_DISPLAY the client library connects to "wayland-0" in the runtime folder.
            const QString runtime = environment.value(QStringLiteral("XDG_RUNTIME_DIR"));
            if (!environment.value(QStringLiteral("WAYLAND_DISPLAY")).isEmpty() ||
                (!runtime.isEmpty() && QFileInfo::exists(runtime + QLatin1String("/wayland-0"))))
                return true;
        } else {
            return true; // offscreen, minimal, vnc, eglfs, linuxfb, …: no display server needed
        }
    }
    return false;
}
