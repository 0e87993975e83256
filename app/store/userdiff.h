// SPDX-License-Identifier: MIT
#pragma once

#include "directory/user.h"
#include "directory/userchange.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>

// What changed in one person between two versions, field by field, on the JSON the API sent:
//  - `active` becoming true is Activated, ceasing to be true Deactivated; any other change of it is Changed;
//  - `settings` is compared key by key ("settings.webConferencesRecorded"); a settings object that appears or goes
//    away shows as each of its keys changing from or to null;
//  - every other field, known or not, is compared as a whole value; a field that appears or disappears changes
//    from or to null (absent and null are the same: the API sends either);
//  - lists are compared as values without their order: the API promises none, so a reordered list is not a change,
//    while an entry added, removed or repeated is.
// Records carry kind, id, name (the newer version's full name), field, before and after; not the times.
class UserDiff
{
public:
    static QList<UserChange> compare(const User& before, const User& after);
    static QList<UserChange> compare(const QJsonObject& before, const QJsonObject& after, const QString& id,
                                     const QString& name);
    // Equal as the diff sees it (absent = null, lists without order).
    static bool sameValue(const QJsonValue& a, const QJsonValue& b);
};
