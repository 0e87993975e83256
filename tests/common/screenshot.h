// SPDX-License-Identifier: MIT
// GONGDIR_SCREENSHOT_DIR=<folder> makes the GUI tests save the states they reach as PNGs, to look at.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QWidget>

namespace Screenshot {
inline void save(QWidget* w, const char* name)
{
    const QString dir = qEnvironmentVariable("GONGDIR_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::sendPostedEvents(); // pending layouts first
    w->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QLatin1String(".png"));
}
} // namespace Screenshot
