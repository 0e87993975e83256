// SPDX-License-Identifier: MIT
#pragma once

class BenchReport;

// Directory audit (issue 19): all health checks from scratch and their upkeep per arriving page, the settings
// matrix, and reconciling a list, each beside a reference measured in the same run.
namespace BenchAudit {
bool run(BenchReport* report, int userCount, int reconcileCount);
} // namespace BenchAudit
