// SPDX-License-Identifier: MIT
#include "usersearchindex.h"

#include "textfold.h"
#include "user.h"

#include <algorithm>
#include <cstring>
#include <functional>

#if defined(__SSE2__) && (defined(__GNUC__) || defined(__clang__))
#include <emmintrin.h>
#define GONGDIR_SSE2_FIND 1
#endif

namespace {
// Substring search. With SSE2: compare the needle's first and last bytes against 16 positions at once and check
// the middle only where both agree (W. Muła's "SIMD-friendly" search) — several times faster than glibc's memmem
// for the short needles people type.
const char* find(const char* hay, std::size_t n, const char* needle, std::size_t k)
{
    if (k == 0)
        return hay;
    if (n < k)
        return nullptr;
    if (k == 1)
        return static_cast<const char*>(std::memchr(hay, needle[0], n));
#ifdef GONGDIR_SSE2_FIND
    const __m128i first = _mm_set1_epi8(needle[0]);
    const __m128i last = _mm_set1_epi8(needle[k - 1]);
    std::size_t i = 0;
    for (; i + k - 1 + 16 <= n; i += 16) {
        const __m128i f = _mm_loadu_si128(reinterpret_cast<const __m128i*>(hay + i));
        const __m128i l = _mm_loadu_si128(reinterpret_cast<const __m128i*>(hay + i + k - 1));
        unsigned mask = unsigned(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(f, first), _mm_cmpeq_epi8(l, last))));
        while (mask != 0) {
            const unsigned bit = unsigned(__builtin_ctz(mask));
            if (std::memcmp(hay + i + bit + 1, needle + 1, k - 2) == 0)
                return hay + i + bit;
            mask &= mask - 1;
        }
    }
    for (; i + k <= n; ++i) {
        if (hay[i] == needle[0] && std::memcmp(hay + i + 1, needle + 1, k - 1) == 0)
            return hay + i;
    }
    return nullptr;
#else
    const char* end = hay + n;
    const char* it = std::search(hay, end, std::boyer_moore_horspool_searcher(needle, needle + k));
    return it == end ? nullptr : it;
#endif
}
} // namespace

bool UserSearchIndex::contains(std::string_view haystack, std::string_view needle)
{
    if (needle.empty())
        return true;
    return find(haystack.data(), haystack.size(), needle.data(), needle.size()) != nullptr;
}

void UserSearchIndex::clear()
{
    m_text.clear();
    m_text.shrink_to_fit();
    m_rows.clear();
    m_longRows.clear();
    m_segmentStart.clear();
    m_segmentRow.clear();
    m_deadBytes = 0;
}

UserSearchIndex::Offsets UserSearchIndex::write(const User& user)
{
    // Each field is folded straight into m_text: no temporary strings for the ASCII text nearly everyone has.
    Offsets r;
    int f = 0;
    const auto begin = [&](Field field) {
        Q_ASSERT(field == f);
        r[size_t(f++)] = std::uint32_t(m_text.size());
    };
    const auto end = [&] { m_text += separator; };
    const auto add = [&](QStringView text) { TextFold::appendFoldedUtf8(m_text, text); };
    const auto addList = [&](const auto& items, const auto& text) {
        bool first = true;
        for (const auto& item : items) {
            if (!first)
                m_text += separator;
            first = false;
            add(text(item));
        }
    };

    begin(Name); // as fullName(): folding each part alone gives the same text (a space starts a new character)
    add(user.firstName);
    if (!user.firstName.isEmpty() && !user.lastName.isEmpty())
        m_text += ' ';
    add(user.lastName);
    end();
    begin(Email);
    add(user.emailAddress);
    end();
    begin(Aliases);
    addList(user.emailAliases, [](const QString& a) { return QStringView(a); });
    end();
    begin(Trusted); // the trusted address is nearly always the main one: don't make every scan read it twice
    if (user.trustedEmailAddress.compare(user.emailAddress, Qt::CaseInsensitive) != 0)
        add(user.trustedEmailAddress);
    end();
    begin(Title);
    add(user.title);
    end();
    begin(Phone);
    add(user.phoneNumber);
    end();
    begin(PhoneDigits);
    for (const QChar c : user.phoneNumber) {
        if (c.isDigit())
            add(QStringView(&c, 1));
    }
    end();
    begin(Extension);
    add(user.extension);
    end();
    begin(Id);
    add(user.id);
    end();
    begin(Languages);
    addList(user.spokenLanguages, [](const SpokenLanguage& l) { return QStringView(l.language); });
    end();
    begin(PrimaryLanguage);
    for (const SpokenLanguage& l : user.spokenLanguages) {
        if (l.primary && !l.language.isEmpty()) {
            add(l.language);
            break;
        }
    }
    end();
    Q_ASSERT(f == FieldCount);
    r[FieldCount] = std::uint32_t(m_text.size());
    m_text += '\x1e'; // record separator: a hit never spans two users
    return r;
}

void UserSearchIndex::store(int row, const Offsets& offsets)
{
    Row r;
    r.start = offsets[0];
    if (offsets[FieldCount] - offsets[0] < longRow) {
        for (size_t f = 1; f <= FieldCount; ++f)
            r.next[f - 1] = std::uint16_t(offsets[f] - offsets[0]);
        m_longRows.erase(row);
    } else {
        r.next.back() = longRow;
        m_longRows[row] = offsets;
    }
    if (row == count())
        m_rows.push_back(r);
    else
        m_rows[size_t(row)] = r;
}

int UserSearchIndex::segmentOf(int row) const
{
    // Segments are in buffer order and a row's text starts its segment.
    const std::uint32_t start = m_rows[size_t(row)].start;
    return int(std::lower_bound(m_segmentStart.begin(), m_segmentStart.end(), start) - m_segmentStart.begin());
}

void UserSearchIndex::append(const User& user)
{
    m_segmentStart.push_back(std::uint32_t(m_text.size()));
    m_segmentRow.push_back(count());
    store(count(), write(user));
}

void UserSearchIndex::replace(int row, const User& user)
{
    m_segmentRow[size_t(segmentOf(row))] = -1;
    m_deadBytes += offset(row, FieldCount) + 1 - offset(row, 0);
    m_segmentStart.push_back(std::uint32_t(m_text.size()));
    m_segmentRow.push_back(row);
    store(row, write(user));
    // The dead text stays until the next rebuild() (a refresh that drops users); changes are rare.
}

void UserSearchIndex::reserve(qsizetype rows)
{
    if (rows <= count())
        return;
    m_rows.reserve(size_t(rows));
    m_segmentStart.reserve(size_t(rows));
    m_segmentRow.reserve(size_t(rows));
    if (count() > 0) {
        const std::size_t perRow = m_text.size() / std::size_t(count());
        m_text.reserve(std::max(m_text.capacity(), perRow * std::size_t(rows) * 5 / 4));
    }
}

void UserSearchIndex::rebuild(const QList<User>& users)
{
    clear();
    m_rows.reserve(size_t(users.size()));
    for (const User& u : users)
        append(u);
}

void UserSearchIndex::scan(std::string_view needle, std::vector<char>& hits) const
{
    const int n = count();
    if (needle.empty()) {
        std::fill(hits.begin(), hits.begin() + n, 1);
        return;
    }
    const char* base = m_text.data();
    const std::size_t size = m_text.size();
    const std::size_t segments = m_segmentStart.size();
    std::size_t pos = 0;
    std::size_t seg = 0;
    while (pos < size) {
        const char* hit = find(base + pos, size - pos, needle.data(), needle.size());
        if (!hit)
            break;
        const std::uint32_t at = std::uint32_t(hit - base);
        // Segments are in buffer order: move forward to the one holding the hit.
        seg = size_t(std::upper_bound(m_segmentStart.begin() + long(seg), m_segmentStart.end(), at) -
                     m_segmentStart.begin()) -
              1;
        const int row = m_segmentRow[seg];
        // Languages follow the searched fields in a segment; a hit there is not a hit.
        if (row >= 0 && at < offset(row, lastSearched + 1))
            hits[size_t(row)] = 1;
        pos = seg + 1 < segments ? m_segmentStart[seg + 1] : size; // one hit per user is enough
    }
}
