// SPDX-License-Identifier: MIT
#pragma once

// The words of the query language (fields and flags) and what separates them: read by the parser, listed by
// UserQuery for completion and help. Internal to the search layer.
#include "userquery.h"

namespace UserQueryWords {
using Field = UserQueryTerm::Field;
using Flag = UserQueryTerm::Flag;

struct FieldName
{
    const char* name;
    Field field;
};
inline const FieldName fieldTable[] = {
    {"name", Field::Name},       {"email", Field::Email},   {"title", Field::Title},     {"phone", Field::Phone},
    {"id", Field::Id},           {"lang", Field::Language}, {"manager", Field::Manager}, {"under", Field::Under},
    {"created", Field::Created}, {"is", Field::Is},         {"has", Field::Has},         {"setting", Field::Setting},
    {"changed", Field::Changed}, {"joined", Field::Joined}, {"health", Field::Health},
};

struct FlagName
{
    const char* name;
    Field field;
    Flag flag;
};
inline const FlagName flagTable[] = {
    {"active", Field::Is, Flag::Active},   {"inactive", Field::Is, Flag::Inactive},
    {"manager", Field::Is, Flag::Manager}, {"manager", Field::Has, Flag::HasManager},
    {"phone", Field::Has, Flag::HasPhone}, {"aliases", Field::Has, Flag::HasAliases},
};

inline bool isSpace(QChar c)
{
    return c.isSpace() || c.unicode() < 0x20;
}
} // namespace UserQueryWords
