// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class BenchReport;

// Startup of the real gong-directory binary (offscreen) and page-down through a large table.
namespace BenchGui {
// Process start → first painted main window, and → first painted rows with --demo; median of `runs`.
// The demo generation in the reference is timed cold, in a fresh process (`benchPath --time-demo N`), as the app
// does it.
bool runStartup(BenchReport* report, const QString& appPath, const QString& benchPath, int runs);
// Child mode: prints the ms DemoOrgGenerator takes for `userCount` users in this fresh process.
int timeDemoGeneration(int userCount);
// Page-down through `userCount` rows in MainWindow's table (the app's own view setup), offscreen.
bool runScrolling(BenchReport* report, int userCount, int maxPages);
} // namespace BenchGui
