// SPDX-License-Identifier: MIT
#pragma once

#include "changefacts.h"
#include "user.h"
#include "usersearchindex.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <vector>

// The one source of truth for loaded users: arrival order, id → row, manager → reports.
// Derived facts (manager chain, organisation size) are asked of it. It never talks to the
// network; it is fed pages and announces what changed.
class Directory : public QObject
{
    Q_OBJECT
public:
    // The manager chain from the top of the organisation down to (excluding) a user.
    struct Chain
    {
        QList<int> rows;          // top first
        QString missingManagerId; // set when the chain ends at a manager not in the directory
        bool cycle = false;       // set when walking up came back to someone already seen
    };

    explicit Directory(QObject* parent = nullptr);

    int count() const { return int(m_users.size()); }
    const User& user(int row) const { return m_users[row]; }
    const QList<User>& users() const { return m_users; }
    int rowOf(const QString& id) const { return m_index.value(id, -1); }
    bool contains(const QString& id) const { return m_index.contains(id); }
    // Folded search text per row, built once per insert or change (see UserSearchIndex).
    const UserSearchIndex& searchIndex() const { return m_search; }

    // Adds new users at the end and replaces known ids in place (a later copy wins).
    void upsert(const QList<User>& users);
    // Room for `expected` users in all, as the first page of a load announces (records.totalRecords): the load then
    // never stops to move everything it holds into larger arrays, which costs a page tens of milliseconds at
    // 100,000 users. Capped at maxReserve (the number comes from the server); more users are still appended.
    void reserve(qint64 expected);
    static constexpr qint64 maxReserve = 1000000;
    void clear();

    // A refresh: rows keep showing while the new load arrives; endRefresh() then drops the
    // users the new load did not contain. abandonRefresh() keeps everything.
    void beginRefresh();
    void endRefresh();
    void abandonRefresh();
    bool isRefreshing() const { return m_refreshing; }
    // How many times rows were changed in place, removed or cleared (appends do not count). Derived data kept per
    // row elsewhere compares it with the value it last saw: a difference means rows it has seen may have changed,
    // even before the signal saying which ones has reached it.
    quint64 editCount() const { return m_edits; }

    // Row of the user's manager, or -1 (no manager, or manager not loaded). Kept per row as pages arrive, so
    // walking the organisation is array lookups.
    int managerRow(int row) const { return m_managerRows[size_t(row)]; }
    const std::vector<int>& managerRows() const { return m_managerRows; }
    const QList<int>& directReports(int row) const;
    const QList<int>& reportsOfId(const QString& managerId) const;
    // Everyone below the user, at any depth (cycles counted once, never looping).
    int totalReports(int row) const;
    Chain managerChain(int row) const;
    // "A › B › C" for export and tooltips.
    QString managerChainText(int row) const;

    // What the offline history says changed, for `changed:` and `joined:` queries (by user id, so it holds across
    // reloads and refreshes). Set by whoever owns the history; empty by default.
    void setChangeFacts(const ChangeFacts& facts);
    const ChangeFacts& changeFacts() const { return m_changeFacts; }

Q_SIGNALS:
    void usersAboutToBeAppended(int first, int last);
    void usersAppended(int first, int last);
    void usersChanged(const QList<int>& rows);
    // Rows whose own fields did not change but whose derived values (manager name, manager
    // chain, report counts) did, because people above or below them arrived or changed.
    void derivedDataChanged(const QList<int>& rows);
    void usersAboutToBeRemoved(int first, int last);
    void usersRemoved(int first, int last);
    void aboutToReset();
    void reset();
    void changeFactsChanged();

private:
    QList<int> relatedRows(const QList<int>& rows) const;
    void linkReport(int row);
    void unlinkReport(int row);
    void removeRows(int first, int last);
    void rebuildIndexes();
    void computeTotals() const;
    void shareText(User& user) const;
    void adoptReports(int managerRow);
    int lookUpManagerRow(int row) const;

    QList<User> m_users;
    QHash<QString, int> m_index;
    QHash<QString, QList<int>> m_reports; // managerId → rows reporting to them
    std::vector<int> m_managerRows;       // row → its manager's row, or -1
    UserSearchIndex m_search;
    ChangeFacts m_changeFacts;
    bool m_refreshing = false;
    quint64 m_edits = 0;
    std::vector<bool> m_seenInRefresh;
    mutable std::vector<int> m_totals;
    mutable bool m_totalsDirty = true;
    // Text many people have in common (first and last names, titles, language lists) is held once and shared
    // (QString/QList implicit sharing): a large directory would otherwise store each title thousands of times.
    mutable QSet<QString> m_sharedText;
    mutable QSet<QList<SpokenLanguage>> m_sharedLanguages;
};
