// SPDX-License-Identifier: MIT
#pragma once

class BenchReport;

// Search (issue 3) and org chart (issue 4) figures.
namespace BenchSearch {
// Per-keystroke filter time over `userCount` users (UserFilterModel over UserTableModel over Directory, sorted by
// name), without and with a QTableView repainting; then per-page append cost with a query active.
bool runSearch(BenchReport* report, int userCount, int repeats);
// OrgTreeModel built incrementally from `userCount` users in pages of `pageSize`, pages in shuffled order.
bool runOrg(BenchReport* report, int userCount, int pageSize);
} // namespace BenchSearch
