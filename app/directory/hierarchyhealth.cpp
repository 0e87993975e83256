// SPDX-License-Identifier: MIT
#include "hierarchyhealth.h"

#include "directory.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace {
bool idLess(const QString& a, const QString& b)
{
    return a.size() != b.size() ? a.size() < b.size() : a < b;
}
} // namespace

HierarchyHealth HierarchyHealth::compute(const Directory& directory)
{
    HierarchyHealth health;
    const int n = directory.count();
    QHash<QString, QStringList> missing;
    for (int row = 0; row < n; ++row) {
        const User& user = directory.user(row);
        if (user.managerId.isEmpty())
            health.noManager.append(user.id);
        else if (!directory.contains(user.managerId))
            missing[user.managerId].append(user.id);
        if (user.active == TriState::Off) {
            const QList<int>& reports = directory.directReports(row);
            if (std::any_of(reports.begin(), reports.end(), [&](int r) { return directory.user(r).isActive(); }))
                health.inactiveManagersWithActive.append(user.id);
        }
    }
    for (auto it = missing.cbegin(); it != missing.cend(); ++it)
        health.missingManagers.append({it.key(), it.value()});
    std::sort(health.missingManagers.begin(), health.missingManagers.end(),
              [](const MissingManager& a, const MissingManager& b) { return idLess(a.managerId, b.managerId); });

    // Each person has at most one manager: walk up from everyone, colouring rows by the walk that
    // reached them; a walk that meets its own colour has found a new loop. Linear overall.
    std::vector<int> colour(size_t(n), -1);
    for (int start = 0; start < n; ++start) {
        int row = start;
        while (row >= 0 && colour[size_t(row)] < 0) {
            colour[size_t(row)] = start;
            const User& user = directory.user(row);
            row = user.managerId == user.id ? row : directory.managerRow(row);
            if (row >= 0 && colour[size_t(row)] == start) {
                QStringList loop;
                int at = row;
                do {
                    loop.append(directory.user(at).id);
                    const User& u = directory.user(at);
                    at = u.managerId == u.id ? at : directory.managerRow(at);
                } while (at != row);
                const auto smallest = std::min_element(loop.begin(), loop.end(), idLess);
                std::rotate(loop.begin(), smallest, loop.end());
                health.cycles.append(loop);
                break;
            }
        }
    }
    return health;
}
