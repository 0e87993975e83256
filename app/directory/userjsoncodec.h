// SPDX-License-Identifier: MIT
#pragma once

#include "user.h"

#include <QJsonObject>
#include <QStringList>

// A User to and from Gong's UserMetadata JSON, with full fidelity: nulls stay nulls, absent stays absent, values of
// an unexpected type and fields the app does not model are kept as sent. Reading runs for every user of every page,
// so it finds the known keys in one walk over the object.
class UserJsonCodec
{
public:
    // Never fails: a field with the wrong type is kept raw (for export) and reported in *warnings, the rest is
    // still read.
    static User fromJson(const QJsonObject& object, QStringList* warnings = nullptr);
    // The object as the server sent it (key order aside).
    static QJsonObject toJson(const User& user);

private:
    struct Impl;
};
