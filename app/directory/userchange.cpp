// SPDX-License-Identifier: MIT
#include "userchange.h"

#include <algorithm>
#include <iterator>

namespace {
const char* const kindKeys[] = {"activated", "changed", "deactivated", "joined", "left"};
} // namespace

QString UserChange::kindKey(Kind kind)
{
    return QString::fromLatin1(kindKeys[int(kind)]);
}

bool UserChange::kindFromKey(const QString& key, Kind* kind)
{
    for (int i = 0; i < int(std::size(kindKeys)); ++i) {
        if (key == QLatin1String(kindKeys[i])) {
            *kind = Kind(i);
            return true;
        }
    }
    return false;
}

void UserChange::sort(QList<UserChange>* changes)
{
    std::stable_sort(changes->begin(), changes->end(), [](const UserChange& a, const UserChange& b) {
        if (a.kind != b.kind)
            return a.kind < b.kind;
        if (const int c = a.name.compare(b.name); c != 0)
            return c < 0;
        if (const int c = a.field.compare(b.field); c != 0)
            return c < 0;
        return a.id < b.id;
    });
}

bool UserChange::operator==(const UserChange& o) const
{
    return kind == o.kind && id == o.id && name == o.name && field == o.field && before == o.before &&
           after == o.after && fromMsecs == o.fromMsecs && toMsecs == o.toMsecs;
}
