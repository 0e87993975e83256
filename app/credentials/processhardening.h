// SPDX-License-Identifier: MIT
#pragma once

// Process-wide measures that keep secrets in memory from reaching the disk or another process.
namespace ProcessHardening {
// Sets RLIMIT_CORE to 0 on Unix so that a crash never writes a core file holding a secret.
// Returns false when the limit could not be set (or the platform has no such limit).
bool disableCoreDumps();
// Whether core dumps are currently disabled (for tests and diagnostics).
bool coreDumpsDisabled();

// Makes the process non-dumpable on Linux (prctl(PR_SET_DUMPABLE, 0), as KeePassXC does): other processes of the
// same user can no longer read its memory (/proc/PID/mem, ptrace), where the secret lives, and no core dump is
// written even if the limit is raised again. Its /proc/PID files belong to root from then on (a process can
// still read its own). Returns false where it could not be done, or on other systems.
bool denyMemoryAccess();
// Whether the process is non-dumpable (for tests and diagnostics).
bool memoryAccessDenied();
} // namespace ProcessHardening
