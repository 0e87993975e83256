// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class Directory;

// What is odd about the reporting lines of a directory, in one linear pass: people with no
// manager, manager ids nobody loaded, inactive managers who still have active reports, and loops.
struct HierarchyHealth
{
    struct MissingManager
    {
        QString managerId;
        QStringList reportIds; // the people who name it
    };

    QStringList noManager;                  // user ids, in directory order
    QList<MissingManager> missingManagers;  // sorted by id
    QStringList inactiveManagersWithActive; // user ids of inactive managers with ≥1 active report
    QList<QStringList> cycles;              // each loop's ids, starting from its smallest id

    bool isEmpty() const
    {
        return missingManagers.isEmpty() && inactiveManagersWithActive.isEmpty() && cycles.isEmpty();
    }

    static HierarchyHealth compute(const Directory& directory);
};
