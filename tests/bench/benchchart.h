// SPDX-License-Identifier: MIT
#pragma once

class BenchReport;

// Org chart picture (issue 20): layout + first paint of a 1,000-person team, re-centring in a large directory, and
// the team's SVG export.
namespace BenchChart {
// `userCount` demo users; the team is the manager whose organisation is closest to `teamSize` people;
// `recentres` random people are re-centred.
bool run(BenchReport* report, int userCount, int teamSize, int recentres);
} // namespace BenchChart
