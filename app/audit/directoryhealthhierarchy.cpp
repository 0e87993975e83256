// SPDX-License-Identifier: MIT
// DirectoryHealth's view of the hierarchy: who is on a reporting loop, and who is the top of the organisation. Kept
// up to date by process() in directoryhealth.cpp, with work in proportion to what a page changed.
#include "directoryhealth.h"

#include "directory/directory.h"

namespace {
bool idLess(const QString& a, const QString& b)
{
    return a.size() != b.size() ? a.size() < b.size() : a < b;
}
} // namespace

int DirectoryHealth::next(int row) const
{
    const int manager = m_directory->managerRow(row);
    if (manager >= 0)
        return manager; // never the person themself: the directory leaves a self-named manager unlinked
    const User& u = m_directory->user(row);
    return !u.managerId.isEmpty() && u.managerId == u.id ? row : -1;
}

void DirectoryHealth::setCycle(int row, bool on)
{
    if (bool(m_onCycle[size_t(row)]) == on)
        return;
    m_onCycle[size_t(row)] = on;
    markDirty(row);
}

void DirectoryHealth::findCyclesFrom(const std::vector<int>& starts)
{
    // Each person has at most one manager, so walking up either ends or comes back to a person of its own walk: a
    // loop. A walk stops where an earlier walk of this sync went (whatever is above was explored then), so a sync
    // costs at most one step per person, and a page usually a few steps per new person.
    if (m_walkId > 0xF0000000u) {
        std::fill(m_walk.begin(), m_walk.end(), 0u);
        m_walkId = 0;
    }
    const std::uint32_t firstWalk = m_walkId + 1;
    for (int start : starts) {
        const std::uint32_t walk = ++m_walkId;
        for (int row = start; row >= 0;) {
            std::uint32_t& mark = m_walk[size_t(row)];
            if (mark == walk) {
                int at = row;
                do {
                    setCycle(at, true);
                    at = next(at);
                } while (at != row);
                break;
            }
            if (mark >= firstWalk)
                break;
            mark = walk;
            row = next(row);
        }
    }
}

void DirectoryHealth::findAllCycles()
{
    for (int row = 0; row < int(m_onCycle.size()); ++row)
        setCycle(row, false);
    std::vector<int> all(m_onCycle.size());
    for (int row = 0; row < int(all.size()); ++row)
        all[size_t(row)] = row;
    findCyclesFrom(all);
}

void DirectoryHealth::updateTop()
{
    const Directory& d = *m_directory;
    int top = -1;
    if (m_roots.size() == 1) {
        top = m_roots.front();
    } else if (m_rootsWithReports.size() == 1) {
        top = m_rootsWithReports.front();
    } else if (m_rootsWithReports.size() > 1) {
        // Several organisations: the largest wins. Everyone's root, walking up once with memory: linear.
        const int n = d.count();
        std::vector<int> rootOf(size_t(n), -2); // -2 not known yet, -1 under no root (missing manager, a loop)
        std::vector<int> path;
        std::vector<int> size(size_t(n), 0);
        for (int row = 0; row < n; ++row) {
            int at = row;
            path.clear();
            int root = -1;
            while (true) {
                if (rootOf[size_t(at)] != -2) {
                    root = rootOf[size_t(at)];
                    break;
                }
                if (d.user(at).managerId.isEmpty()) {
                    root = at;
                    break;
                }
                const int up = d.managerRow(at);
                if (up < 0 || path.size() > size_t(n)) {
                    root = -1; // a missing manager, or a loop (the walk is longer than the directory)
                    break;
                }
                path.push_back(at);
                rootOf[size_t(at)] = -3; // on this walk: meeting it again means a loop
                at = up;
                if (rootOf[size_t(at)] == -3) {
                    root = -1;
                    break;
                }
            }
            for (int p : path)
                rootOf[size_t(p)] = root;
            if (rootOf[size_t(at)] == -2)
                rootOf[size_t(at)] = root;
            if (root >= 0 && row != root)
                ++size[size_t(root)];
        }
        for (int candidate : m_rootsWithReports) {
            if (top < 0 || size[size_t(candidate)] > size[size_t(top)] ||
                (size[size_t(candidate)] == size[size_t(top)] && idLess(d.user(candidate).id, d.user(top).id)))
                top = candidate;
        }
    }
    if (top != m_top) {
        markDirty(m_top);
        markDirty(top);
        m_top = top;
    }
}

QList<int> DirectoryHealth::cycleOf(int row) const
{
    QList<int> loop;
    if (row < 0 || row >= m_rows || !m_onCycle[size_t(row)])
        return loop;
    int at = row;
    do {
        loop.append(at);
        at = next(at);
    } while (at != row && at >= 0 && loop.size() <= m_rows);
    return loop;
}
