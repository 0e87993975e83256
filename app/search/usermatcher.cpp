// SPDX-License-Identifier: MIT
#include "usermatcher.h"

#include "audit/directoryhealth.h"
#include "directory/directory.h"

#include <algorithm>

namespace {
using Field = UserQueryTerm::Field;
using Flag = UserQueryTerm::Flag;

bool contains(std::string_view haystack, const std::string& needle)
{
    return UserSearchIndex::contains(haystack, needle);
}

// Exact match against one of several values separated by UserSearchIndex::separator.
bool equalsOneOf(std::string_view list, const std::string& value)
{
    while (true) {
        const size_t sep = list.find(UserSearchIndex::separator);
        if (list.substr(0, sep) == value)
            return true;
        if (sep == std::string_view::npos)
            return false;
        list.remove_prefix(sep + 1);
    }
}

// BCP-47 prefix over a separator-joined list of folded tags: "es" matches "es-es" and "es-mx"; "es-es" only itself.
bool languageMatches(std::string_view tags, const std::string& wanted)
{
    while (!tags.empty()) {
        const size_t sep = tags.find(UserSearchIndex::separator);
        const std::string_view tag = tags.substr(0, sep);
        if (tag.size() >= wanted.size() && tag.compare(0, wanted.size(), wanted) == 0 &&
            (tag.size() == wanted.size() || tag[wanted.size()] == '-'))
            return true;
        if (sep == std::string_view::npos)
            break;
        tags.remove_prefix(sep + 1);
    }
    return false;
}

std::string digitsOf(const QString& value)
{
    std::string d;
    for (QChar c : value) {
        if (c.isDigit() && c.unicode() < 0x80)
            d += char(c.unicode());
    }
    return d;
}
} // namespace

UserMatcher::UserMatcher(const UserQuery& query, const Directory& directory, const UserMatcher* before)
    : m_query(query)
    , m_directory(&directory)
    , m_rowCount(directory.count())
{
    resolveRelations(before);
}

bool UserMatcher::matchesPerson(const UserQueryTerm& term, int row) const
{
    const UserSearchIndex& index = m_directory->searchIndex();
    for (size_t v = 0; v < term.folded.size(); ++v) {
        if (index.field(row, UserSearchIndex::Id) == term.folded[v])
            return true;
        if (term.exact) {
            if (index.field(row, UserSearchIndex::Name) == term.folded[v] ||
                index.field(row, UserSearchIndex::Email) == term.folded[v] ||
                index.field(row, UserSearchIndex::Trusted) == term.folded[v])
                return true;
        } else if (contains(index.field(row, UserSearchIndex::Name), term.folded[v]) ||
                   contains(index.field(row, UserSearchIndex::Email), term.folded[v])) {
            return true;
        }
    }
    return false;
}

QList<int> UserMatcher::termsNamingNobody() const
{
    QList<int> out;
    const QList<UserQueryTerm>& terms = m_query.terms();
    for (int t = 0; t < terms.size(); ++t) {
        const UserQueryTerm& term = terms[t];
        if ((term.field != Field::Manager && term.field != Field::Under) || size_t(t) >= m_people.size() ||
            !m_people[size_t(t)].empty())
            continue;
        const bool reportsById = std::any_of(term.values.begin(), term.values.end(), [this](const QString& value) {
            return !m_directory->reportsOfId(value).isEmpty();
        });
        if (!reportsById)
            out.append(t);
    }
    return out;
}

void UserMatcher::resolveRelations(const UserMatcher* before)
{
    const QList<UserQueryTerm>& terms = m_query.terms();
    m_relation.assign(size_t(terms.size()), {});
    m_people.assign(size_t(terms.size()), {});
    const bool extend = before && before->m_directory == m_directory && before->m_rowCount <= m_rowCount &&
                        before->m_people.size() == size_t(terms.size()) && before->m_query.text() == m_query.text();
    // Everyone's direct reports as one array (rows grouped by manager), from the directory's row → manager row:
    // made once per matcher, and only for relational queries.
    std::vector<int> reportsStart;
    std::vector<int> reports;
    const auto reportsOf = [&](int row) {
        if (reportsStart.empty()) {
            const std::vector<int>& managers = m_directory->managerRows();
            reportsStart.assign(size_t(m_rowCount) + 1, 0);
            for (int r = 0; r < m_rowCount; ++r) {
                if (managers[size_t(r)] >= 0)
                    ++reportsStart[size_t(managers[size_t(r)]) + 1];
            }
            for (int r = 0; r < m_rowCount; ++r)
                reportsStart[size_t(r) + 1] += reportsStart[size_t(r)];
            reports.resize(size_t(reportsStart.back()));
            std::vector<int> next(reportsStart.begin(), reportsStart.end() - 1);
            for (int r = 0; r < m_rowCount; ++r) {
                if (managers[size_t(r)] >= 0)
                    reports[size_t(next[size_t(managers[size_t(r)])]++)] = r;
            }
        }
        return std::make_pair(reports.data() + reportsStart[size_t(row)],
                              reports.data() + reportsStart[size_t(row) + 1]);
    };
    for (int t = 0; t < terms.size(); ++t) {
        const UserQueryTerm& term = terms[t];
        if (term.field == Field::Health) {
            // The directory's own DirectoryHealth, brought up to date (a page's worth of work at most), copied into
            // this term's bitmap so rowsToRecheck() can tell which earlier rows a page changed.
            DirectoryHealth& health = DirectoryHealth::of(*m_directory);
            health.sync();
            std::vector<char>& rows = m_relation[size_t(t)];
            rows.assign(size_t(m_rowCount), 0);
            for (int r = 0; r < m_rowCount && r < health.rowCount(); ++r)
                rows[size_t(r)] = (health.flags(r) & term.healthChecks) != 0;
            continue;
        }
        if (term.field != Field::Manager && term.field != Field::Under)
            continue;
        // The people the term names: by name, email or id.
        std::vector<int>& people = m_people[size_t(t)];
        if (extend) {
            people = before->m_people[size_t(t)];
            for (int m = before->m_rowCount; m < m_rowCount; ++m) {
                if (matchesPerson(term, m))
                    people.push_back(m);
            }
        } else {
            // Candidates from one scan of the index per value; then the exact check on those alone.
            std::vector<char> candidates(size_t(m_rowCount), 0);
            for (const std::string& v : term.folded)
                m_directory->searchIndex().scan(v, candidates);
            for (int m = 0; m < m_rowCount; ++m) {
                if (candidates[size_t(m)] && matchesPerson(term, m))
                    people.push_back(m);
            }
        }
        std::vector<char>& rows = m_relation[size_t(t)];
        rows.assign(size_t(m_rowCount), 0);
        // Reports of a manager who is not loaded (or not in the data at all) are still found by the manager's id.
        std::vector<int> queue;
        for (const QString& value : term.values) {
            for (int r : m_directory->reportsOfId(value))
                queue.push_back(r);
        }
        for (int m : people) {
            const auto [begin, end] = reportsOf(m);
            queue.insert(queue.end(), begin, end);
        }
        if (term.field == Field::Manager) {
            for (int r : queue) {
                if (r < m_rowCount)
                    rows[size_t(r)] = 1;
            }
            continue;
        }
        // under: everyone below, at any depth; the visited marks stop cycles.
        while (!queue.empty()) {
            const int r = queue.back();
            queue.pop_back();
            if (r >= m_rowCount || rows[size_t(r)])
                continue;
            rows[size_t(r)] = 1;
            const auto [begin, end] = reportsOf(r);
            queue.insert(queue.end(), begin, end);
        }
    }
}

std::vector<int> UserMatcher::rowsToRecheck(const UserMatcher& before, int firstNewRow, int lastNewRow) const
{
    std::vector<int> rows;
    const int oldCount = std::min(before.m_rowCount, m_rowCount);
    bool managerFlag = false;
    for (const UserQueryTerm& t : m_query.terms())
        managerFlag = managerFlag || t.flags.contains(Flag::Manager);
    std::vector<char> mark(size_t(oldCount), 0);
    for (size_t t = 0; t < m_relation.size() && t < before.m_relation.size(); ++t) {
        const std::vector<char>& now = m_relation[t];
        const std::vector<char>& then = before.m_relation[t];
        if (now.empty() || then.empty())
            continue;
        for (int r = 0; r < oldCount; ++r) {
            if (now[size_t(r)] != then[size_t(r)])
                mark[size_t(r)] = 1;
        }
    }
    if (managerFlag) {
        for (int r = firstNewRow; r <= lastNewRow && r < m_directory->count(); ++r) {
            const int m = m_directory->managerRow(r);
            if (m >= 0 && m < oldCount)
                mark[size_t(m)] = 1;
        }
    }
    for (int r = 0; r < oldCount; ++r) {
        if (mark[size_t(r)])
            rows.push_back(r);
    }
    return rows;
}

bool UserMatcher::matches(int row) const
{
    return matchesExcept(row, -1);
}

bool UserMatcher::matchesExcept(int row, int skipTerm) const
{
    const QList<UserQueryTerm>& terms = m_query.terms();
    for (int t = 0; t < terms.size(); ++t) {
        if (t != skipTerm && termHolds(terms[t], t, row) == terms[t].negated)
            return false;
    }
    return true;
}

void UserMatcher::matchAll(std::vector<char>& out) const
{
    const int n = m_rowCount;
    const QList<UserQueryTerm>& terms = m_query.terms();
    int scanTerm = -1;
    for (int t = 0; t < terms.size() && scanTerm < 0; ++t) {
        if (terms[t].field == Field::Any && !terms[t].negated)
            scanTerm = t;
    }
    if (scanTerm < 0) {
        out.resize(size_t(n));
        for (int row = 0; row < n; ++row)
            out[size_t(row)] = matchesExcept(row, -1);
        return;
    }
    out.assign(size_t(n), 0);
    m_directory->searchIndex().scan(terms[scanTerm].folded.front(), out);
    if (terms.size() == 1)
        return;
    for (int row = 0; row < n; ++row) {
        if (out[size_t(row)])
            out[size_t(row)] = matchesExcept(row, scanTerm);
    }
}

bool UserMatcher::termHolds(const UserQueryTerm& term, int termIndex, int row) const
{
    const UserSearchIndex& index = m_directory->searchIndex();
    using I = UserSearchIndex;
    auto anyValueIn = [&](std::string_view hay) {
        for (const std::string& v : term.folded) {
            if (term.exact ? hay == v : contains(hay, v))
                return true;
        }
        return false;
    };
    switch (term.field) {
    case Field::Any:
        return contains(index.all(row), term.folded.front());
    case Field::Name:
        return anyValueIn(index.field(row, I::Name));
    case Field::Title:
        return anyValueIn(index.field(row, I::Title));
    case Field::Email:
        if (!term.exact)
            return anyValueIn(index.fields(row, I::Email, I::Trusted));
        for (const std::string& v : term.folded) {
            if (index.field(row, I::Email) == v || index.field(row, I::Trusted) == v ||
                equalsOneOf(index.field(row, I::Aliases), v))
                return true;
        }
        return false;
    case Field::Phone: {
        if (anyValueIn(index.field(row, I::Phone)))
            return true;
        // "+1 404 555" finds "+1 404-555-0111": compare the digits alone too.
        const std::string_view digits = index.field(row, I::PhoneDigits);
        for (const QString& v : term.values) {
            const std::string d = digitsOf(v);
            if (!d.empty() && (term.exact ? digits == d : contains(digits, d)))
                return true;
        }
        return false;
    }
    case Field::Id:
        return term.values.contains(m_directory->user(row).id);
    case Field::Language: {
        const std::string_view tags = index.field(row, term.primaryLanguage ? I::PrimaryLanguage : I::Languages);
        for (const std::string& v : term.folded) {
            if (languageMatches(tags, v))
                return true;
        }
        return false;
    }
    case Field::Manager:
    case Field::Under:
    case Field::Health: {
        const std::vector<char>& rows = m_relation[size_t(termIndex)];
        return row < int(rows.size()) && rows[size_t(row)];
    }
    case Field::Created: {
        const qint64 ms = m_directory->user(row).createdMsecs;
        return ms != 0 && ms >= term.createdFrom && ms < term.createdTo;
    }
    case Field::Is:
    case Field::Has: {
        const User& u = m_directory->user(row);
        for (Flag f : term.flags) {
            bool holds = false;
            switch (f) {
            case Flag::Active:
                holds = u.active == TriState::On;
                break;
            case Flag::Inactive:
                holds = u.active == TriState::Off;
                break;
            case Flag::Manager:
                holds = !m_directory->directReports(row).isEmpty();
                break;
            case Flag::HasManager:
                holds = !u.managerId.isEmpty();
                break;
            case Flag::HasPhone:
                holds = !u.phoneNumber.isEmpty();
                break;
            case Flag::HasAliases:
                holds = !u.emailAliases.isEmpty();
                break;
            }
            if (holds)
                return true;
        }
        return false;
    }
    case Field::Setting:
        return term.settingStates.contains(m_directory->user(row).setting(term.setting));
    case Field::Changed: {
        const ChangeFacts& facts = m_directory->changeFacts();
        const QString& id = m_directory->user(row).id;
        for (const QString& field : term.values) {
            if (facts.hasChanged(id, field))
                return true;
        }
        return false;
    }
    case Field::Joined: {
        const qint64 ms = m_directory->changeFacts().joinedMsecs(m_directory->user(row).id);
        return ms != 0 && ms >= term.createdFrom && ms < term.createdTo;
    }
    }
    return false;
}
