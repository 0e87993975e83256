// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class BenchReport;

// Ingest and memory: page bodies → UsersPageParser → Directory::upsert → UserTableModel, with no network.
namespace BenchIngest {
// Throughput for `userCount` users beside QJsonDocument::fromJson alone on the same bytes, and JSON bytes/user.
bool runThroughput(BenchReport* report, int userCount, int repeats);
// Resident bytes per stored user, measured in a child process fed by another child (so neither the generator nor
// the page bodies count), beside the JSON bytes per user. With `withFilter`, the table's UserFilterModel sorted by
// name is attached too (its per-user sort keys and mappings, as the app holds them).
bool runMemory(BenchReport* report, const QString& benchPath, int userCount, bool withFilter = false);

// Child modes behind runMemory().
int emitPages(int userCount);
int measureMemory(bool withFilter);
} // namespace BenchIngest
