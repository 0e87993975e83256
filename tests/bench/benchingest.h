// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class BenchReport;
class Directory;

// Ingest and memory: page bodies → UsersPageParser → Directory::upsert → UserTableModel, with no network.
namespace BenchIngest {
// Throughput for `userCount` users beside QJsonDocument::fromJson alone on the same bytes, and JSON bytes/user.
bool runThroughput(BenchReport* report, int userCount, int repeats);
// Resident bytes per stored user, measured in a child process fed by another child (so neither the generator nor
// the page bodies count), beside the JSON bytes per user. With `withFilter`, the table's UserFilterModel sorted by
// name is attached too (its per-user sort keys and mappings, as the app holds them). With `refreshes`, the same
// pages are then loaded that many times more the way a refresh loads them (beginRefresh, upsert, endRefresh), and
// the growth of the resident set over the first load is a figure of its own (target: at most +10 %).
bool runMemory(BenchReport* report, const QString& benchPath, int userCount, bool withFilter = false,
               int refreshes = 0);

// Today's path for page bodies into `directory` (parse + Directory::upsert + whatever models the caller attached,
// reserving room after the first page as DirectoryLoader does), in ms: the reference for starting from the
// offline copy.
double ingestMs(const QList<QByteArray>& bodies, Directory* directory);

// Child modes behind runMemory(): all pages `passes` times, an empty frame after each pass.
int emitPages(int userCount, int passes);
int measureMemory(bool withFilter);
} // namespace BenchIngest
