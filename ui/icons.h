// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>

// The app's own icons (resources/icons/*.svg, the app icon resources/gong-directory.svg): vector, so sharp at
// every scale factor, and coloured to read on light and dark palettes. Names: connection, copy, export,
// org-chart, refresh, search, stop, gong-directory.
namespace Icons {
inline QIcon get(const char* name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}
} // namespace Icons
