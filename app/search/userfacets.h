// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

class Directory;

// Which facet values are chosen: per group, any of the listed value keys (empty list: no constraint).
// Groups combine with AND, values within a group with OR — the same as the query text toQueryText() gives.
struct FacetSelection
{
    QList<QStringList> chosen; // indexed by UserFacets group

    bool isEmpty() const;
    QStringList values(int group) const { return group < chosen.size() ? chosen[group] : QStringList(); }
    void setValues(int group, const QStringList& values);
    void toggle(int group, const QString& value);
    void clear() { chosen.clear(); }
    bool operator==(const FacetSelection& o) const;
    // The query language equivalent, e.g. `is:active title:="Sales Engineer" setting:emailsImported=off`.
    QString toQueryText() const;
};

// The facet value of every row (status, title, primary language, manager, the seven settings), kept in step with
// the directory by append(), so counting and filtering by facets are array lookups.
class UserFacets
{
public:
    enum Group : int
    {
        Status,
        Title,
        Language,
        Manager,
        SettingFirst
    };
    static constexpr int groupCount() { return SettingFirst + 7; }
    static QString groupKey(int group);   // "status", "title", "lang", "manager", "setting.emailsImported"
    static QString groupTitle(int group); // translated

    void reset(const Directory& directory);
    void append(const Directory& directory, int first, int last);
    void update(const Directory& directory, int row);
    int rowCount() const { return int(m_small.size()); }

    // Value id of a row in a group; -1 when the row has no value there (no title, unknown status, …).
    int valueOf(int group, int row) const
    {
        if (group >= Title && group <= Manager)
            return m_wide[size_t(row) * wideGroups + size_t(group - Title)];
        const unsigned bits = (m_small[size_t(row)] >> smallShift(group)) & 3u;
        return bits == 3u ? -1 : int(bits);
    }
    int valueCount(int group) const;
    // The value as FacetSelection and the query language name it ("Sales Engineer", "es-ES", an id, "on").
    QString valueKey(int group, int value) const;
    int valueIdOf(int group, const QString& key) const; // -1 when unknown

private:
    struct Interned
    {
        QHash<QString, int> ids;
        QStringList keys; // as first seen, for display and the query text
        int intern(const QString& match, const QString& display);
    };
    void assign(const Directory& directory, int row);

    // Status and the seven settings have at most three values each: two bits per group, all eight in 16 bits
    // (3 is "no value"). Title, language and manager ids are open-ended: 32 bits each. 14 bytes per row in all.
    static constexpr size_t wideGroups = 3;
    static constexpr unsigned smallShift(int group) { return group == Status ? 0u : 2u * unsigned(group - Manager); }

    const Directory* m_directory = nullptr;
    std::vector<std::int32_t> m_wide;   // row-major: title, language, manager
    std::vector<std::uint16_t> m_small; // status and settings, two bits each
    Interned m_titles;
    Interned m_languages;
    Interned m_managers;
};

// Rows-per-value counts, with the usual faceted-search rule: a group's counts ignore that group's own choice
// (so you can see what else you could add) but honour the search text and every other group.
struct FacetCounts
{
    std::vector<std::vector<int>> perGroup;
    int total = 0; // rows passing everything

    int count(int group, int value) const
    {
        return group < int(perGroup.size()) && value >= 0 && value < int(perGroup[size_t(group)].size())
                   ? perGroup[size_t(group)][size_t(value)]
                   : 0;
    }
};

// A FacetSelection resolved against UserFacets value ids; evaluates and counts rows.
class FacetFilter
{
public:
    FacetFilter() = default;
    FacetFilter(const FacetSelection& selection, const UserFacets& facets);

    bool isEmpty() const { return m_active.empty(); }
    // Bit g set: the row fails group g.
    unsigned failedGroups(const UserFacets& facets, int row) const;
    bool accepts(const UserFacets& facets, int row) const { return failedGroups(facets, row) == 0; }
    // Adds (delta = 1) or removes (delta = -1) a row that passes the search text into the counts.
    void count(const UserFacets& facets, int row, FacetCounts& counts, int delta = 1) const;
    static void resize(const UserFacets& facets, FacetCounts& counts);

private:
    std::vector<int> m_active;                // groups with a choice
    std::vector<std::vector<char>> m_allowed; // per group, by value id
};
