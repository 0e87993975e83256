// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

class User;

// Per-user folded search text, built once when a user arrives or changes (Directory keeps it in step with its
// rows). All users' text lives in one UTF-8 buffer, fields separated by a control character, so a bare word is one
// memmem() pass over the whole directory (the physical floor) and a phrase never runs from one field into the next.
class UserSearchIndex
{
public:
    // Trusted is empty when it equals Email. Languages and PrimaryLanguage (folded BCP-47 tags) come after Id,
    // outside what bare words search.
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
        Languages,
        PrimaryLanguage,
        FieldCount
    };
    static constexpr Field lastSearched = Id;

    int count() const { return int(m_rows.size()); }
    void clear();
    void append(const User& user);
    void replace(int row, const User& user);
    void rebuild(const QList<User>& users);
    // Room for `rows` rows, the text estimated from the rows so far (untouched room costs no memory).
    void reserve(qsizetype rows);

    // All searchable fields of a row (what bare words look in).
    std::string_view all(int row) const { return fields(row, Field(0), lastSearched); }
    std::string_view field(int row, Field f) const { return fields(row, f, f); }
    // Fields first..last inclusive, as one span (separators included).
    std::string_view fields(int row, Field first, Field last) const
    {
        const std::uint32_t begin = offset(row, first);
        return std::string_view(m_text.data() + begin, offset(row, last + 1) - begin - 1);
    }

    // Sets hits[row] for every row whose text contains `needle` (hits must have count() elements).
    void scan(std::string_view needle, std::vector<char>& hits) const;
    static bool contains(std::string_view haystack, std::string_view needle);

    static constexpr char separator = '\x1f';

private:
    using Offsets = std::array<std::uint32_t, FieldCount + 1>; // each field's start in m_text; the last is the end
    // 28 bytes per user instead of 48: the row's start, then where each later field starts, relative to it.
    struct Row
    {
        std::uint32_t start = 0;
        std::array<std::uint16_t, FieldCount> next{}; // next[f]: start of field f + 1 (f + 1 == FieldCount: the end)
    };
    static constexpr std::uint16_t longRow = 0xffff; // in next.back(): the row's text is longer; see m_longRows
    std::uint32_t offset(int row, int f) const
    {
        const Row& r = m_rows[size_t(row)];
        if (f == 0)
            return r.start;
        if (r.next.back() != longRow)
            return r.start + r.next[size_t(f - 1)];
        return m_longRows.at(row)[size_t(f)];
    }
    Offsets write(const User& user);
    void store(int row, const Offsets& offsets);
    int segmentOf(int row) const;

    std::string m_text;
    std::vector<Row> m_rows;
    std::unordered_map<int, Offsets> m_longRows; // rows with 64 KiB of text or more (never seen in real data)
    // Segments of m_text in buffer order; a replaced row leaves a dead segment (row -1) until the next rebuild.
    std::vector<std::uint32_t> m_segmentStart;
    std::vector<int> m_segmentRow;
    std::size_t m_deadBytes = 0; // text of replaced rows, still in m_text
};
