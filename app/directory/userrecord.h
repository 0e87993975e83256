// SPDX-License-Identifier: MIT
#pragma once

#include "user.h"

#include <QByteArray>
#include <QByteArrayView>

// A User as a compact binary record, for the offline store: everything User keeps (the typed fields, which fields
// were null or absent, odd-typed and unknown fields), so unpack(pack(u)) == u and its toJson() is exactly the object
// the API sent. Read back without a JSON parser: about a third of JSON's size and many times faster than parsing it,
// which is what lets a start from the offline copy beat a load from page bodies.
//
// The bytes depend only on the user's content (the same object always packs to the same bytes), so they can be
// content-addressed. The first byte is the format version; unpack() refuses versions and lengths it does not know.
class UserRecord
{
public:
    static constexpr quint8 formatVersion = 1;

    static QByteArray pack(const User& user);
    // False (and *user untouched) for bytes that are not a whole record of a known format.
    static bool unpack(QByteArrayView bytes, User* user);
};
