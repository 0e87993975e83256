// SPDX-License-Identifier: MIT
#include "usersearchindex.h"

#include "directory/user.h"
#include "textfold.h"

UserSearchIndex::Entry UserSearchIndex::makeEntry(const User& user)
{
    QString digits;
    for (QChar c : user.phoneNumber) {
        if (c.isDigit())
            digits.append(c);
    }
    const QString sep(QChar::fromLatin1(separator));
    const QString values[FieldCount] = {
        user.fullName(),
        user.emailAddress,
        user.emailAliases.join(sep),
        user.trustedEmailAddress,
        user.title,
        user.phoneNumber,
        digits,
        user.extension,
        user.id,
    };
    Entry e;
    for (int f = 0; f < FieldCount; ++f) {
        e.starts[f] = std::uint32_t(e.text.size());
        e.text += TextFold::foldUtf8(values[f]);
        e.text += separator;
    }
    e.starts[FieldCount] = std::uint32_t(e.text.size());
    e.text.shrink_to_fit();
    return e;
}

void UserSearchIndex::append(const User& user)
{
    m_entries.push_back(makeEntry(user));
}

void UserSearchIndex::replace(int row, const User& user)
{
    m_entries[size_t(row)] = makeEntry(user);
}

void UserSearchIndex::rebuild(const QList<User>& users)
{
    m_entries.clear();
    m_entries.reserve(size_t(users.size()));
    for (const User& u : users)
        append(u);
}

std::string_view UserSearchIndex::all(int row) const
{
    return m_entries[size_t(row)].text;
}

std::string_view UserSearchIndex::field(int row, Field f) const
{
    const Entry& e = m_entries[size_t(row)];
    return std::string_view(e.text).substr(e.starts[f], e.starts[f + 1] - e.starts[f] - 1);
}

std::string_view UserSearchIndex::fields(int row, Field first, Field last) const
{
    const Entry& e = m_entries[size_t(row)];
    return std::string_view(e.text).substr(e.starts[first], e.starts[last + 1] - e.starts[first] - 1);
}
