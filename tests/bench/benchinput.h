// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

class BenchReport;

// Hostile input of `bytes` (10 MB in the full run): base URLs, --query texts, garbage page bodies and queries set in
// the search box of a window with `searchUsers` people. Each figure is the slowest input of its kind beside a linear
// scan of the same input, measured in the same run: the tests (tst_badinput, tst_userquery, tst_searchgui,
// tst_credentialsdialog, tst_exportcommand) check the answers; this shows that each stays linear and prompt.
namespace BenchInput {
bool run(BenchReport* report, qsizetype bytes, int searchUsers);
} // namespace BenchInput
