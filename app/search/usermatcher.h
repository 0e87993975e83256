// SPDX-License-Identifier: MIT
#pragma once

#include "userquery.h"

#include <vector>

class Directory;

// Evaluates a parsed UserQuery against Directory rows. Built once per query (and again when relations change):
// terms that look at other people (manager:, under:, health:) are resolved up front into per-row bitmaps, so
// matches() is a handful of substring scans and array lookups.
class UserMatcher
{
public:
    UserMatcher() = default;
    // `before`: a matcher for the same query over the same directory when it had fewer rows (rows appended since,
    // none changed): the people manager:/under: name are then looked for among the new rows only.
    UserMatcher(const UserQuery& query, const Directory& directory, const UserMatcher* before = nullptr);

    const UserQuery& query() const { return m_query; }
    bool isEmpty() const { return m_query.isEmpty(); }
    bool matches(int row) const;
    // matches() for every row at once (out gets rowCount() entries): a positive bare word is found with one scan
    // over the whole search index first, the other terms are then checked only on the rows it found.
    void matchAll(std::vector<char>& out) const;
    // Rows below `before.rowCount()` whose relational terms now give a different answer than under `before`
    // (a later page brought a manager or a report), plus managers whose "is:manager" may have changed.
    std::vector<int> rowsToRecheck(const UserMatcher& before, int firstNewRow, int lastNewRow) const;
    int rowCount() const { return m_rowCount; }
    // The manager: / under: terms (indexes into query().terms()) that name no one: no loaded person's name, email or
    // id matches, and no one reports to such an id. Said when a search finds nobody.
    QList<int> termsNamingNobody() const;

private:
    bool matchesExcept(int row, int skipTerm) const;
    bool termHolds(const UserQueryTerm& term, int termIndex, int row) const;
    bool matchesPerson(const UserQueryTerm& term, int row) const; // name, email or id, for manager:/under:
    void resolveRelations(const UserMatcher* before);

    UserQuery m_query;
    const Directory* m_directory = nullptr;
    int m_rowCount = 0;
    std::vector<std::vector<char>> m_relation; // per term: rows for which a manager:/under: term holds
    std::vector<std::vector<int>> m_people;    // per manager:/under: term: the rows it names
};
