// SPDX-License-Identifier: MIT
#include "directoryhealth.h"

#include "directory/directory.h"

#include <algorithm>

namespace {
bool idLess(const QString& a, const QString& b)
{
    return a.size() != b.size() ? a.size() < b.size() : a < b;
}

// A person's addresses as the duplicate check compares them: trimmed, lower-case, each once.
QVarLengthArray<QString, 2> normalizedAddresses(const User& user)
{
    QVarLengthArray<QString, 2> out;
    const auto add = [&out](const QString& address) {
        // Addresses are nearly always trimmed lower-case ASCII already: then the text is shared, not copied.
        const bool plain = std::none_of(address.begin(), address.end(), [](QChar c) {
            return c.unicode() >= 0x80 || (c.unicode() >= u'A' && c.unicode() <= u'Z') || c.unicode() <= u' ';
        });
        QString a = plain ? address : address.trimmed().toLower();
        if (!a.isEmpty() && std::find(out.begin(), out.end(), a) == out.end())
            out.append(std::move(a));
    };
    add(user.emailAddress);
    for (const QString& alias : user.emailAliases)
        add(alias);
    add(user.trustedEmailAddress);
    return out;
}

void insertSorted(std::vector<int>& rows, int row)
{
    const auto at = std::lower_bound(rows.begin(), rows.end(), row);
    if (at == rows.end() || *at != row)
        rows.insert(at, row);
}

void eraseSorted(std::vector<int>& rows, int row)
{
    const auto at = std::lower_bound(rows.begin(), rows.end(), row);
    if (at != rows.end() && *at == row)
        rows.erase(at);
}
} // namespace

DirectoryHealth& DirectoryHealth::of(const Directory& directory)
{
    auto* health = directory.findChild<DirectoryHealth*>(QString(), Qt::FindDirectChildrenOnly);
    if (!health) // a cache of the directory's, not a change to it
        health = new DirectoryHealth(const_cast<Directory*>(&directory));
    return *health;
}

DirectoryHealth::DirectoryHealth(Directory* directory)
    : QObject(directory)
    , m_directory(directory)
{
    setObjectName(QStringLiteral("directoryHealth"));
    m_seenEdits = directory->editCount();
    connect(directory, &Directory::usersChanged, this, &DirectoryHealth::onUsersChanged);
}

void DirectoryHealth::onUsersChanged(const QList<int>& rows)
{
    const quint64 edits = m_directory->editCount();
    if (edits == m_seenEdits)
        return; // a sync already saw this edit (and recomputed everything for it)
    if (edits != m_seenEdits + m_pendingEdits + 1) {
        m_pendingEdits = ~quint64(0); // an edit we were not told about: sync() starts over
        return;
    }
    ++m_pendingEdits;
    m_pendingChanged.append(rows);
}

void DirectoryHealth::sync()
{
    m_lastEvaluated = 0;
    const int n = m_directory->count();
    const quint64 edits = m_directory->editCount();
    const bool editsKnown = edits == m_seenEdits + m_pendingEdits;
    if (!editsKnown || n < m_rows) {
        recomputeAll();
    } else if (n > m_rows || !m_pendingChanged.isEmpty()) {
        QList<int> changed = m_pendingChanged;
        std::sort(changed.begin(), changed.end());
        changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
        process(m_rows, changed);
    }
    m_pendingChanged.clear();
    m_pendingEdits = 0;
    m_seenEdits = edits;
}

void DirectoryHealth::recomputeAll()
{
    ++m_fullRuns;
    const bool hadAny = m_rows > 0;
    m_rows = 0;
    m_flags.clear();
    m_counts.fill(0);
    m_addresses.clear();
    m_addressRows.clear();
    m_sharedCount.clear();
    m_onCycle.clear();
    m_seenManager.clear();
    m_roots.clear();
    m_rootsWithReports.clear();
    m_isRoot.clear();
    m_top = -1;
    m_walk.clear();
    m_walkId = 0;
    m_isDirty.clear();
    m_dirty.clear();
    process(0, {});
    if (hadAny && m_directory->count() == 0)
        Q_EMIT updated();
}

void DirectoryHealth::markDirty(int row)
{
    if (row < 0 || m_isDirty[size_t(row)])
        return;
    m_isDirty[size_t(row)] = 1;
    m_dirty.push_back(row);
}

int DirectoryHealth::next(int row) const
{
    const User& u = m_directory->user(row);
    return !u.managerId.isEmpty() && u.managerId == u.id ? row : m_directory->managerRow(row);
}

void DirectoryHealth::process(int firstNew, const QList<int>& changed)
{
    const Directory& d = *m_directory;
    const int n = d.count();
    const size_t size = size_t(n);
    // Room for what the directory made room for (a load announces its size): no page then stops to move everything
    // kept so far into larger arrays, or to rehash every address.
    const size_t room = std::max(size, size_t(d.users().capacity()));
    if (m_flags.capacity() < room) {
        m_flags.reserve(room);
        m_addresses.reserve(room);
        m_sharedCount.reserve(room);
        m_onCycle.reserve(room);
        m_seenManager.reserve(room);
        m_isRoot.reserve(room);
        m_isDirty.reserve(room);
        m_walk.reserve(room);
    }
    if (size_t(m_addressRows.capacity()) < room)
        m_addressRows.reserve(qsizetype(room + room / 8));
    m_flags.resize(size, 0);
    m_addresses.resize(size);
    m_sharedCount.resize(size, 0);
    m_onCycle.resize(size, 0);
    m_seenManager.resize(size, -1);
    m_isRoot.resize(size, 0);
    m_isDirty.resize(size, 0);
    if (m_walk.size() < size)
        m_walk.resize(size, 0);
    m_dirty.clear();
    bool linksChanged = false;
    bool topDirty = false;

    // People changed in place (a refresh): undo what their old fields contributed, then treat them as new.
    for (int row : changed) {
        if (row >= firstNew)
            continue;
        unindexAddresses(row);
        markDirty(row);
        const int oldManager = m_seenManager[size_t(row)];
        markDirty(oldManager);
        if (oldManager != next(row) || m_onCycle[size_t(row)])
            linksChanged = true;
        if (oldManager >= 0 && m_isRoot[size_t(oldManager)] && d.directReports(oldManager).isEmpty())
            eraseSorted(m_rootsWithReports, oldManager);
        for (int report : d.directReports(row))
            markDirty(report); // "active, with an inactive manager" reads this person's status
        const bool root = d.user(row).managerId.isEmpty();
        if (root != bool(m_isRoot[size_t(row)])) {
            m_isRoot[size_t(row)] = root;
            root ? insertSorted(m_roots, row) : eraseSorted(m_roots, row);
            if (!root)
                eraseSorted(m_rootsWithReports, row);
            topDirty = true;
        }
        if (root && !d.directReports(row).isEmpty())
            insertSorted(m_rootsWithReports, row);
        indexAddresses(row);
        const int manager = d.managerRow(row);
        markDirty(manager);
        if (manager >= 0 && m_isRoot[size_t(manager)]) {
            insertSorted(m_rootsWithReports, manager);
            topDirty = true;
        }
    }

    std::vector<int> walkFrom;
    for (int row = firstNew; row < n; ++row) {
        indexAddresses(row);
        markDirty(row);
        const User& u = d.user(row);
        const int manager = d.managerRow(row);
        markDirty(manager);
        // People who arrived before them and name them as manager: no longer "manager not in the directory".
        const QList<int>& waiting = d.reportsOfId(u.id);
        for (int report : waiting)
            markDirty(report);
        if (u.managerId.isEmpty()) {
            m_isRoot[size_t(row)] = 1;
            m_roots.push_back(row); // rows only grow here: still ascending
            if (!waiting.isEmpty())
                m_rootsWithReports.push_back(row);
            topDirty = true;
        }
        if (manager >= 0 && m_isRoot[size_t(manager)]) {
            insertSorted(m_rootsWithReports, manager);
            topDirty = true;
        }
        walkFrom.push_back(row);
    }
    if (m_rootsWithReports.size() > 1)
        topDirty = true; // the sizes of several organisations decide, and they grew

    if (linksChanged) {
        findAllCycles();
    } else {
        for (int row : changed)
            walkFrom.push_back(row);
        findCyclesFrom(walkFrom);
    }
    if (topDirty || linksChanged)
        updateTop();

    m_rows = n;
    m_lastEvaluated = int(m_dirty.size());
    bool anyChange = false;
    for (int row : m_dirty) {
        m_isDirty[size_t(row)] = 0;
        m_seenManager[size_t(row)] = next(row);
        const std::uint32_t before = m_flags[size_t(row)];
        const std::uint32_t after = evaluate(row);
        if (before == after)
            continue;
        anyChange = true;
        m_flags[size_t(row)] = after;
        for (std::uint32_t diff = before ^ after; diff != 0; diff &= diff - 1) {
            const int check = __builtin_ctz(diff);
            m_counts[size_t(check)] += (after & HealthCheck::bit(check)) ? 1 : -1;
        }
    }
    m_dirty.clear();
    if (anyChange)
        Q_EMIT updated();
}

void DirectoryHealth::indexAddresses(int row)
{
    Addresses addresses = normalizedAddresses(m_directory->user(row));
    for (const QString& a : std::as_const(addresses)) {
        QVarLengthArray<int, 2>& users = m_addressRows[a];
        users.append(row);
        if (users.size() == 1)
            continue;
        if (users.size() == 2) {
            ++m_sharedCount[size_t(users.front())];
            markDirty(users.front());
        }
        ++m_sharedCount[size_t(row)];
    }
    m_addresses[size_t(row)] = std::move(addresses);
}

void DirectoryHealth::unindexAddresses(int row)
{
    for (const QString& a : std::as_const(m_addresses[size_t(row)])) {
        const auto it = m_addressRows.find(a);
        if (it == m_addressRows.end())
            continue;
        QVarLengthArray<int, 2>& users = it.value();
        const auto at = std::find(users.begin(), users.end(), row);
        if (at == users.end())
            continue;
        if (users.size() >= 2)
            --m_sharedCount[size_t(row)];
        users.erase(at);
        if (users.size() == 1) {
            --m_sharedCount[size_t(users.front())];
            markDirty(users.front());
        } else if (users.isEmpty()) {
            m_addressRows.erase(it);
        }
    }
    m_addresses[size_t(row)].clear();
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

HealthRowFacts DirectoryHealth::factsOf(int row) const
{
    const Directory& d = *m_directory;
    const bool shares = m_sharedCount[size_t(row)] > 0;
    return {d, *this, row, d.user(row), d.managerRow(row), shares, m_onCycle[size_t(row)] != 0, row == m_top};
}

std::uint32_t DirectoryHealth::evaluate(int row) const
{
    const HealthRowFacts facts = factsOf(row);
    std::uint32_t flags = 0;
    for (const HealthCheck& check : HealthCheck::all()) {
        if (check.fails(facts))
            flags |= HealthCheck::bit(check.id);
    }
    return flags;
}

QList<int> DirectoryHealth::rows(int check) const
{
    QList<int> out;
    out.reserve(count(check));
    const std::uint32_t bit = HealthCheck::bit(check);
    for (int row = 0; row < m_rows; ++row) {
        if (m_flags[size_t(row)] & bit)
            out.append(row);
    }
    return out;
}

QStringList DirectoryHealth::sharedAddresses(int row) const
{
    QStringList out;
    if (row < 0 || row >= m_rows)
        return out;
    for (const QString& a : m_addresses[size_t(row)]) {
        if (m_addressRows.value(a).size() > 1)
            out.append(a);
    }
    return out;
}

QList<int> DirectoryHealth::rowsSharing(int row) const
{
    QList<int> out;
    for (const QString& a : sharedAddresses(row)) {
        for (int other : m_addressRows.value(a)) {
            if (other != row && !out.contains(other))
                out.append(other);
        }
    }
    std::sort(out.begin(), out.end());
    return out;
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

QStringList DirectoryHealth::summaryHeader()
{
    return {QStringLiteral("check"), QStringLiteral("title"), QStringLiteral("count"), QStringLiteral("ids")};
}

QList<QStringList> DirectoryHealth::summaryRows() const
{
    QList<QStringList> out;
    for (const HealthCheck& check : HealthCheck::all()) {
        QStringList ids;
        for (int row : rows(check.id))
            ids.append(m_directory->user(row).id);
        out.append({QLatin1String(check.key), check.title(), QString::number(count(check.id)),
                    ids.join(QStringLiteral("; "))});
    }
    return out;
}
