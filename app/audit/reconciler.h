// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

class Directory;

// Reconcile a list from another system (e-mails, ids or names exported from a CRM or HR) against the directory:
// each value is matched against the primary e-mail, the aliases and the trusted e-mail (case-insensitive; spaces
// around it and a leading "mailto:" ignored) and the id; only when none of those match, against the full name
// (case- and accent-insensitive). One index over the directory, built once; each value is then a few hash lookups.
// The index points into the directory's search text: use it while the directory is unchanged.
class Reconciler
{
public:
    enum class Status
    {
        Active,
        Inactive, // matched one person who is not active (inactive, or status unknown)
        NotFound,
        Ambiguous // matched more than one person
    };
    // In the order a match is reported when several fields name the same person.
    enum class MatchedBy
    {
        None,
        EmailAddress,
        EmailAliases,
        TrustedEmailAddress,
        Id,
        Name
    };
    struct Result
    {
        QString input; // as given
        Status status = Status::NotFound;
        MatchedBy matchedBy = MatchedBy::None;
        QList<int> rows; // every person it matched, in directory order
        int row() const { return rows.size() == 1 ? rows.first() : -1; }
    };
    static constexpr int StatusCount = 4;
    struct Counts
    {
        std::array<int, StatusCount> byStatus{};
        int of(Status status) const { return byStatus[size_t(status)]; }
        int total() const { return byStatus[0] + byStatus[1] + byStatus[2] + byStatus[3]; }
    };

    explicit Reconciler(const Directory& directory);

    Result match(const QString& value) const;
    QList<Result> matchAll(const QStringList& values) const;
    static Counts count(const QList<Result>& results);

    // "active", "inactive", "not-found", "ambiguous"; "emailAddress", …, "name", "".
    static QString statusKey(Status status);
    static QString matchedByKey(MatchedBy field);
    static QString statusTitle(Status status); // translated, for the window

    // The record of `gong-directory reconcile` and of the window's export, in this order: input, status, matchedBy,
    // id, fullName, emailAddress (the last three empty unless exactly one person matched).
    static QStringList tableHeader();
    static QStringList tableRow(const Directory& directory, const Result& result);
    static QList<QStringList> tableRows(const Directory& directory, const QList<Result>& results);

private:
    struct Entry
    {
        int row;
        MatchedBy field;
        std::uint32_t next; // the next entry with the same key, or none
    };
    static constexpr std::uint32_t none = 0xffffffffu;
    void add(std::string_view key, int row, MatchedBy field);
    bool sameAddress(int row, MatchedBy field, const QString& value) const;

    const Directory& m_directory;
    std::unordered_map<std::string_view, std::uint32_t> m_addresses; // folded address → first Entry
    std::unordered_map<std::string_view, std::uint32_t> m_names;     // folded full name → first Entry
    std::vector<Entry> m_entries;
    std::deque<std::string> m_ownKeys; // keys that are not a span of the search text as is (extra spaces)
};
