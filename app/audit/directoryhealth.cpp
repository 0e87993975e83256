// SPDX-License-Identifier: MIT
#include "directoryhealth.h"

#include "base/parallelchunks.h"
#include "directory/directory.h"

#include <algorithm>

namespace {
// Work in a batch of people that reads only is shared among the cores from two chunks of this size on (a start from
// scratch, a refresh); a page of 100 stays on this thread, where starting threads would cost more than it saves.
constexpr int parallelChunk = 8192;

// A person's addresses as the duplicate check compares them: trimmed, lower-case, each once, with their hashes.
QVarLengthArray<AddressIndex::Key, 2> normalizedAddresses(const User& user)
{
    QVarLengthArray<AddressIndex::Key, 2> out;
    const auto add = [&out](const QString& address) {
        // Addresses are nearly always trimmed lower-case ASCII already: then the text is shared, not copied.
        const bool plain = std::none_of(address.begin(), address.end(), [](QChar c) {
            return c.unicode() >= 0x80 || (c.unicode() >= u'A' && c.unicode() <= u'Z') || c.unicode() <= u' ';
        });
        QString a = plain ? address : address.trimmed().toLower();
        if (!a.isEmpty() &&
            std::none_of(out.begin(), out.end(), [&a](const AddressIndex::Key& k) { return k.address == a; }))
            out.append(AddressIndex::keyOf(std::move(a)));
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
        prepareAddresses(row);
        indexAddresses(row);
        const int manager = d.managerRow(row);
        markDirty(manager);
        if (manager >= 0 && m_isRoot[size_t(manager)]) {
            insertSorted(m_rootsWithReports, manager);
            topDirty = true;
        }
    }

    // Each new person's addresses, normalised and hashed: on every core for a large batch (each row is its own).
    const auto prepare = [this](int begin, int end) {
        for (int row = begin; row < end; ++row)
            prepareAddresses(row);
    };
    if (n - firstNew < 2 * parallelChunk)
        prepare(firstNew, n);
    else
        parallelChunks(n - firstNew, parallelChunk,
                       [&](int begin, int end) { prepare(firstNew + begin, firstNew + end); });

    std::vector<int> walkFrom;
    for (int row = firstNew; row < n; ++row) {
        indexAddresses(row);
        markDirty(row);
        const User& u = d.user(row);
        const int manager = d.managerRow(row);
        markDirty(manager);
        // People who arrived before them and name them as manager: no longer "manager not in the directory". From
        // scratch (firstNew 0) everyone is marked already, and only a root needs to know whether anyone waits.
        const bool root = u.managerId.isEmpty();
        const QList<int>* waiting = firstNew > 0 || root ? &d.reportsOfId(u.id) : nullptr;
        if (firstNew > 0) {
            for (int report : *waiting)
                markDirty(report);
        }
        if (root) {
            m_isRoot[size_t(row)] = 1;
            m_roots.push_back(row); // rows only grow here: still ascending
            if (!waiting->isEmpty())
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
    const std::vector<std::uint32_t> flags = evaluateDirty();
    bool anyChange = false;
    for (size_t i = 0; i < m_dirty.size(); ++i) {
        const int row = m_dirty[i];
        m_isDirty[size_t(row)] = 0;
        m_seenManager[size_t(row)] = next(row);
        const std::uint32_t before = m_flags[size_t(row)];
        const std::uint32_t after = flags[i];
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

void DirectoryHealth::prepareAddresses(int row)
{
    m_addresses[size_t(row)] = normalizedAddresses(m_directory->user(row));
}

void DirectoryHealth::indexAddresses(int row)
{
    for (const AddressIndex::Key& key : std::as_const(m_addresses[size_t(row)])) {
        int first = -1;
        const int others = m_addressRows.insert(key, row, [&first](int other) { first = other; });
        if (others == 0)
            continue;
        if (others == 1) { // the one who had it alone now shares it
            ++m_sharedCount[size_t(first)];
            markDirty(first);
        }
        ++m_sharedCount[size_t(row)];
    }
}

void DirectoryHealth::unindexAddresses(int row)
{
    for (const AddressIndex::Key& key : std::as_const(m_addresses[size_t(row)])) {
        int last = -1;
        const int others = m_addressRows.erase(key, row, [&last](int other) { last = other; });
        if (others >= 1)
            --m_sharedCount[size_t(row)];
        if (others == 1) { // the one left has it alone again
            --m_sharedCount[size_t(last)];
            markDirty(last);
        }
    }
    m_addresses[size_t(row)].clear();
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

std::vector<std::uint32_t> DirectoryHealth::evaluateDirty() const
{
    // Evaluating only reads: a large batch shares it among the cores (see parallelChunk).
    std::vector<std::uint32_t> flags(m_dirty.size());
    const auto work = [this, &flags](int begin, int end) {
        for (int i = begin; i < end; ++i)
            flags[size_t(i)] = evaluate(m_dirty[size_t(i)]);
    };
    const int count = int(m_dirty.size());
    if (count < 2 * parallelChunk)
        work(0, count);
    else
        parallelChunks(count, parallelChunk, work);
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
    for (const AddressIndex::Key& key : m_addresses[size_t(row)]) {
        if (m_addressRows.rows(key.address).size() > 1)
            out.append(key.address);
    }
    return out;
}

QList<int> DirectoryHealth::rowsSharing(int row) const
{
    QList<int> out;
    for (const QString& a : sharedAddresses(row)) {
        for (int other : m_addressRows.rows(a)) {
            if (other != row && !out.contains(other))
                out.append(other);
        }
    }
    std::sort(out.begin(), out.end());
    return out;
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
