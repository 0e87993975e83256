// SPDX-License-Identifier: MIT
#include "directory.h"

#include <QSet>

#include <algorithm>

namespace {
const QList<int>& emptyRows()
{
    static const QList<int> empty;
    return empty;
}
} // namespace

Directory::Directory(QObject* parent)
    : QObject(parent)
{}

void Directory::upsert(const QList<User>& users)
{
    if (users.isEmpty())
        return;
    QList<int> changed;
    QList<const User*> fresh;
    fresh.reserve(users.size());
    QHash<QString, int> freshIndex; // duplicates inside one page: the later copy wins
    for (const User& u : users) {
        const int row = m_index.value(u.id, -1);
        if (row >= 0) {
            if (m_refreshing)
                m_seenInRefresh[row] = true;
            if (m_users[row] != u) {
                unlinkReport(row);
                m_users[row] = u;
                shareText(m_users[row]);
                m_search.replace(row, m_users[row]);
                m_managerRows[size_t(row)] = lookUpManagerRow(row);
                linkReport(row);
                changed.append(row);
            }
            continue;
        }
        const auto dup = freshIndex.constFind(u.id);
        if (dup != freshIndex.constEnd()) {
            fresh[dup.value()] = &u;
            continue;
        }
        freshIndex.insert(u.id, int(fresh.size()));
        fresh.append(&u);
    }
    if (!changed.isEmpty()) {
        ++m_edits;
        m_totalsDirty = true;
        std::sort(changed.begin(), changed.end());
        Q_EMIT usersChanged(changed);
        Q_EMIT derivedDataChanged(relatedRows(changed));
    }
    if (fresh.isEmpty())
        return;
    const int first = count();
    const int last = first + int(fresh.size()) - 1;
    Q_EMIT usersAboutToBeAppended(first, last);
    // No exact reserve(size + page) here: it defeats QList's geometric growth and made every page move every
    // user loaded so far (quadratic: a 100,000-user load spent most of its time in User's move constructor).
    for (const User* u : std::as_const(fresh)) {
        const int row = count();
        m_users.append(*u);
        User& stored = m_users.last();
        shareText(stored);
        m_search.append(stored);
        m_index.insert(stored.id, row);
        m_managerRows.push_back(lookUpManagerRow(row));
        adoptReports(row);
        linkReport(row);
    }
    if (m_refreshing)
        m_seenInRefresh.resize(m_users.size(), true);
    m_totalsDirty = true;
    Q_EMIT usersAppended(first, last);

    // Earlier rows whose derived values (manager name, report counts) the new people change.
    QList<int> newRows;
    newRows.reserve(last - first + 1);
    for (int row = first; row <= last; ++row)
        newRows.append(row);
    QList<int> affected = relatedRows(newRows);
    affected.erase(std::remove_if(affected.begin(), affected.end(), [first](int r) { return r >= first; }),
                   affected.end());
    if (!affected.isEmpty())
        Q_EMIT derivedDataChanged(affected);
}

void Directory::setChangeFacts(const ChangeFacts& facts)
{
    if (facts == m_changeFacts)
        return;
    m_changeFacts = facts;
    Q_EMIT changeFactsChanged();
}

void Directory::reserve(qint64 expected)
{
    const qsizetype n = qsizetype(std::min(expected, maxReserve));
    if (n <= count())
        return;
    m_users.reserve(n);
    m_index.reserve(n);
    m_managerRows.reserve(size_t(n));
    m_search.reserve(n);
}

QList<int> Directory::relatedRows(const QList<int>& rows) const
{
    QSet<int> related;
    for (int row : rows) {
        // Everyone above: their report counts change. A manager already in the set had everyone above them added
        // with them, so the walk stops there (and in a reporting cycle, at the latest when it comes round again).
        for (int m = managerRow(row); m >= 0 && m != row && !related.contains(m); m = managerRow(m))
            related.insert(m);
        // Direct reports: their manager's name and email change.
        for (int r : directReports(row))
            related.insert(r);
    }
    QList<int> out(related.begin(), related.end());
    std::sort(out.begin(), out.end());
    return out;
}

namespace {
template <typename T> void shareWith(QSet<T>& pool, T& value)
{
    if (value.isEmpty())
        return;
    const auto it = pool.constFind(value);
    if (it == pool.constEnd())
        pool.insert(value);
    else
        value = *it;
}
} // namespace

void Directory::shareText(User& user) const
{
    shareWith(m_sharedText, user.firstName);
    shareWith(m_sharedText, user.lastName);
    shareWith(m_sharedText, user.title);
    shareWith(m_sharedLanguages, user.spokenLanguages);
    // A manager already loaded: use their id's text.
    if (!user.managerId.isEmpty()) {
        const auto manager = m_index.constFind(user.managerId);
        if (manager != m_index.constEnd())
            user.managerId = manager.key();
    }
}

void Directory::adoptReports(int managerRow)
{
    // People who arrived before their manager: their managerId now shares the manager's id text.
    const QString& id = m_users[managerRow].id;
    const auto reports = m_reports.constFind(id);
    if (reports == m_reports.constEnd())
        return;
    for (int row : reports.value()) {
        m_users[row].managerId = id;
        m_managerRows[size_t(row)] = row == managerRow ? -1 : managerRow;
    }
}

void Directory::clear()
{
    Q_EMIT aboutToReset();
    ++m_edits;
    m_users.clear();
    m_users.squeeze();
    m_index.clear();
    m_index.squeeze();
    m_managerRows.clear();
    m_managerRows.shrink_to_fit();
    m_search.clear();
    m_reports.clear();
    m_reports.squeeze();
    m_sharedText.clear();
    m_sharedText.squeeze();
    m_sharedLanguages.clear();
    m_sharedLanguages.squeeze();
    m_changeFacts = {}; // they belong to the directory that was loaded; the reset below re-filters
    m_seenInRefresh.clear();
    m_refreshing = false;
    m_totals.clear();
    m_totalsDirty = true;
    Q_EMIT reset();
}

void Directory::beginRefresh()
{
    m_refreshing = true;
    m_seenInRefresh.assign(m_users.size(), false);
}

void Directory::abandonRefresh()
{
    m_refreshing = false;
    m_seenInRefresh.clear();
}

void Directory::endRefresh()
{
    if (!m_refreshing)
        return;
    m_refreshing = false;
    // Remove unseen rows from the end backwards, in contiguous runs, so views get exact signals.
    int row = count() - 1;
    bool removedAny = false;
    while (row >= 0) {
        if (m_seenInRefresh[row]) {
            --row;
            continue;
        }
        const int last = row;
        while (row >= 0 && !m_seenInRefresh[row])
            --row;
        removeRows(row + 1, last);
        removedAny = true;
    }
    m_seenInRefresh.clear();
    if (removedAny)
        m_totalsDirty = true;
}

void Directory::removeRows(int first, int last)
{
    Q_EMIT usersAboutToBeRemoved(first, last);
    ++m_edits;
    m_users.remove(first, last - first + 1);
    m_search.rebuild(m_users);
    rebuildIndexes();
    Q_EMIT usersRemoved(first, last);
}

void Directory::rebuildIndexes()
{
    m_index.clear();
    m_reports.clear();
    m_index.reserve(m_users.size());
    for (int row = 0; row < count(); ++row) {
        m_index.insert(m_users[row].id, row);
        linkReport(row);
    }
    m_managerRows.resize(size_t(count()));
    for (int row = 0; row < count(); ++row)
        m_managerRows[size_t(row)] = lookUpManagerRow(row);
    m_totalsDirty = true;
}

void Directory::linkReport(int row)
{
    const QString& managerId = m_users[row].managerId;
    if (!managerId.isEmpty() && managerId != m_users[row].id)
        m_reports[managerId].append(row);
}

void Directory::unlinkReport(int row)
{
    const QString& managerId = m_users[row].managerId;
    if (managerId.isEmpty())
        return;
    auto it = m_reports.find(managerId);
    if (it == m_reports.end())
        return;
    it->removeOne(row);
    if (it->isEmpty())
        m_reports.erase(it);
}

int Directory::lookUpManagerRow(int row) const
{
    const QString& managerId = m_users[row].managerId;
    if (managerId.isEmpty())
        return -1;
    const int m = m_index.value(managerId, -1);
    return m == row ? -1 : m;
}

const QList<int>& Directory::directReports(int row) const
{
    return reportsOfId(m_users[row].id);
}

const QList<int>& Directory::reportsOfId(const QString& managerId) const
{
    const auto it = m_reports.constFind(managerId);
    return it == m_reports.constEnd() ? emptyRows() : it.value();
}

Directory::Chain Directory::managerChain(int row) const
{
    Chain chain;
    QSet<int> seen{row};
    int current = row;
    while (true) {
        const QString& managerId = m_users[current].managerId;
        if (managerId.isEmpty())
            break;
        const int m = m_index.value(managerId, -1);
        if (m < 0) {
            chain.missingManagerId = managerId;
            break;
        }
        if (seen.contains(m)) {
            chain.cycle = true;
            break;
        }
        seen.insert(m);
        chain.rows.prepend(m);
        current = m;
    }
    return chain;
}

QString Directory::managerChainText(int row) const
{
    const Chain chain = managerChain(row);
    QStringList names;
    if (!chain.missingManagerId.isEmpty())
        names.append(tr("Unknown manager (id %1)").arg(chain.missingManagerId));
    for (int r : chain.rows)
        names.append(m_users[r].displayName());
    return names.join(QStringLiteral(" \u203A "));
}

int Directory::totalReports(int row) const
{
    if (m_totalsDirty)
        computeTotals();
    return m_totals[row];
}

void Directory::computeTotals() const
{
    // Linear: order users so that everyone comes after their manager (BFS from the roots),
    // then add each subtree size into its manager in reverse order. Users on a cycle are not
    // reachable from a root; each of them is its own root so the cycle is counted once.
    const int n = count();
    m_totals.assign(n, 0);
    std::vector<int> order;
    order.reserve(n);
    std::vector<char> visited(n, 0);
    auto bfsFrom = [&](int root) {
        size_t head = order.size();
        order.push_back(root);
        visited[root] = 1;
        while (head < order.size()) {
            const int r = order[head++];
            for (int child : directReports(r)) {
                if (!visited[child]) {
                    visited[child] = 1;
                    order.push_back(child);
                }
            }
        }
    };
    for (int row = 0; row < n; ++row) {
        if (managerRow(row) < 0)
            bfsFrom(row);
    }
    for (int row = 0; row < n; ++row) {
        if (!visited[row])
            bfsFrom(row); // on or under a cycle
    }
    // parent in the BFS forest = the manager, except where the edge closes a cycle
    std::vector<int> subtree(n, 1);
    std::vector<int> position(n);
    for (int i = 0; i < n; ++i)
        position[order[i]] = i;
    for (int i = n - 1; i >= 0; --i) {
        const int r = order[i];
        const int m = managerRow(r);
        if (m >= 0 && position[m] < i)
            subtree[m] += subtree[r];
    }
    for (int row = 0; row < n; ++row)
        m_totals[row] = subtree[row] - 1;
    m_totalsDirty = false;
}
