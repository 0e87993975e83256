// SPDX-License-Identifier: MIT
// Random users built from fuzz bytes, for the writer round-trip targets. Every field is a length-prefixed slice of
// the input decoded as UTF-8 (invalid sequences become U+FFFD, as they would arriving from the API), so the fuzzer
// reaches quotes, commas, line breaks, controls and long non-ASCII text directly. Ids are unique and never empty
// (the directory keys on them); a manager id either names another generated user or is free text.
#pragma once

#include "directory/directory.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>

#include <cstddef>
#include <cstdint>

namespace FuzzUsers {
class Bytes
{
public:
    Bytes(const std::uint8_t* data, std::size_t size)
        : m_data(data)
        , m_size(size)
    {}
    std::uint8_t byte()
    {
        if (m_size == 0)
            return 0;
        --m_size;
        return *m_data++;
    }
    // Up to 255 bytes; a long field folds over several vCard lines.
    QString text()
    {
        std::size_t length = byte();
        if (length > m_size)
            length = m_size;
        const QString s = QString::fromUtf8(reinterpret_cast<const char*>(m_data), qsizetype(length));
        m_data += length;
        m_size -= length;
        return s;
    }

private:
    const std::uint8_t* m_data;
    std::size_t m_size;
};

struct Input
{
    QString id, firstName, lastName, emailAddress, title, phoneNumber, extension, managerId;
    QStringList emailAliases;
    int active = -1; // -1 absent, 0 false, 1 true
};

inline QList<Input> generate(Bytes& bytes)
{
    const int count = 1 + bytes.byte() % 6;
    QList<Input> users;
    QSet<QString> ids;
    for (int i = 0; i < count; ++i) {
        Input u;
        u.id = bytes.text();
        while (u.id.isEmpty() || ids.contains(u.id))
            u.id += QStringLiteral("#%1").arg(i);
        ids.insert(u.id);
        u.firstName = bytes.text();
        u.lastName = bytes.text();
        u.emailAddress = bytes.text();
        u.title = bytes.text();
        u.phoneNumber = bytes.text();
        u.extension = bytes.text();
        const int aliases = bytes.byte() % 3;
        for (int a = 0; a < aliases; ++a)
            u.emailAliases.append(bytes.text());
        u.active = int(bytes.byte() % 3) - 1;
        users.append(u);
    }
    for (Input& u : users) {
        const int m = bytes.byte() % (count + 2);
        if (m < count)
            u.managerId = users[m].id;
        else if (m == count)
            u.managerId = bytes.text(); // may name nobody, or someone by accident
    }
    return users;
}

inline QJsonObject toJson(const Input& u)
{
    QJsonObject o{{QStringLiteral("id"), u.id}};
    const auto put = [&o](const char* key, const QString& value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("firstName", u.firstName);
    put("lastName", u.lastName);
    put("emailAddress", u.emailAddress);
    put("title", u.title);
    put("phoneNumber", u.phoneNumber);
    put("extension", u.extension);
    put("managerId", u.managerId);
    if (!u.emailAliases.isEmpty())
        o.insert(QStringLiteral("emailAliases"), QJsonArray::fromStringList(u.emailAliases));
    if (u.active >= 0)
        o.insert(QStringLiteral("active"), u.active == 1);
    return o;
}

// Loads the users; *rows gets each input's row, in input order.
inline void fill(Directory* directory, const QList<Input>& inputs, QList<int>* rows)
{
    QList<User> users;
    for (const Input& u : inputs)
        users.append(User::fromJson(toJson(u)));
    directory->upsert(users);
    rows->clear();
    for (const Input& u : inputs)
        rows->append(directory->rowOf(u.id));
}
} // namespace FuzzUsers
