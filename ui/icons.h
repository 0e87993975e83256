// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>

// The app's own icons (resources/icons/*.svg): vector, so sharp at every scale factor, and coloured to
// read on light and dark palettes. One place names them, so the toolbar, menus and tests agree.
namespace Icons {
inline QIcon get(const char* name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}
inline QIcon app()
{
    return get("gong-directory");
}
inline QIcon refresh()
{
    return get("refresh");
}
inline QIcon stop()
{
    return get("stop");
}
inline QIcon exportPeople()
{
    return get("export");
}
inline QIcon connection()
{
    return get("connection");
}
inline QIcon copy()
{
    return get("copy");
}
inline QIcon search()
{
    return get("search");
}
inline QIcon orgChart()
{
    return get("org-chart");
}
} // namespace Icons
