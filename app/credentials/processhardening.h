// SPDX-License-Identifier: MIT
#pragma once

// Process-wide measures that keep secrets in memory from reaching the disk.
namespace ProcessHardening {
// Sets RLIMIT_CORE to 0 on Unix so that a crash never writes a core file holding a secret.
// Returns false when the limit could not be set (or the platform has no such limit).
bool disableCoreDumps();
// Whether core dumps are currently disabled (for tests and diagnostics).
bool coreDumpsDisabled();
} // namespace ProcessHardening
