// SPDX-License-Identifier: MIT
#pragma once

class BenchReport;

// The whole main window (table, org chart, details, facets) while pages arrive: how long one page holds the event
// loop, on the People tab, the Org chart tab and the Health tab. (The GUI tests check that the loop turns between
// pages; this is how long each turn takes.)
namespace BenchWindow {
bool runPages(BenchReport* report, int userCount);
} // namespace BenchWindow
