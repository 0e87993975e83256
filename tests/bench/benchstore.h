// SPDX-License-Identifier: MIT
#pragma once

class BenchReport;

// The offline copy (issue 18), each figure beside a reference measured in the same run: storing a first snapshot
// on the store's worker (and the longest GUI-thread stall meanwhile), the bytes an unchanged refresh adds, the file
// size against the compact JSON, a diff of two snapshots, and reading a snapshot back into a Directory ("pages from
// disk") against today's ingest from page bodies.
namespace BenchStore {
bool run(BenchReport* report, int userCount, int repeats);
} // namespace BenchStore
