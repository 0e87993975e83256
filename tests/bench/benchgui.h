// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class BenchReport;

// Startup of the real gong-directory binary (offscreen) and page-down through a large table.
namespace BenchGui {
// Process start → first painted main window, and → first painted rows with --demo; median of `runs`.
bool runStartup(BenchReport* report, const QString& appPath, int runs);
// Page-down through `userCount` rows in MainWindow's table (the app's own view setup), offscreen.
bool runScrolling(BenchReport* report, int userCount, int maxPages);
} // namespace BenchGui
