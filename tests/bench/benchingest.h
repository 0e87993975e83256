// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class BenchReport;

// Ingest and memory: page bodies → UsersPageParser → Directory::upsert → UserTableModel, with no network.
namespace BenchIngest {
// Throughput for `userCount` users beside QJsonDocument::fromJson alone on the same bytes, and JSON bytes/user.
bool runThroughput(BenchReport* report, int userCount, int repeats);
// Resident bytes per stored user, measured in a child process fed by another child (so neither the generator nor
// the page bodies count), beside the JSON bytes per user.
bool runMemory(BenchReport* report, const QString& benchPath, int userCount);

// Child modes behind runMemory().
int emitPages(int userCount);
int measureMemory();
} // namespace BenchIngest
