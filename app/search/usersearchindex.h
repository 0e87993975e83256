// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

class User;

// Per-user folded search text, built once when a user arrives or changes (Directory keeps it in step with its
// rows). Each user's fields sit in one UTF-8 string separated by a control character, so a bare word scans one
// contiguous string and a phrase never runs from one field into the next.
class UserSearchIndex
{
public:
    enum Field : int
    {
        Name,
        Email,
        Aliases,
        Trusted,
        Title,
        Phone,
        PhoneDigits,
        Extension,
        Id,
        FieldCount
    };

    int count() const { return int(m_entries.size()); }
    void clear() { m_entries.clear(); }
    void append(const User& user);
    void replace(int row, const User& user);
    void rebuild(const QList<User>& users);

    // All searchable fields of a row (what bare words look in).
    std::string_view all(int row) const;
    std::string_view field(int row, Field f) const;
    // Fields first..last inclusive, as one span (separators included).
    std::string_view fields(int row, Field first, Field last) const;

    static constexpr char separator = '\x1f';

private:
    struct Entry
    {
        std::string text;
        std::array<std::uint32_t, FieldCount + 1> starts{};
    };
    static Entry makeEntry(const User& user);

    std::vector<Entry> m_entries;
};
