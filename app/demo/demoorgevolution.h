// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>

// The demo company some loads later, so the offline history, "what changed" and the Changes view can be tried
// without an account. Each load after the first, a few people (about one in 2,000, at least one) join, leave,
// move to another manager, change title or a setting; one is deactivated or activated again; someone who left
// comes back now and then; one change of the load before is undone (changed and changed back); a list is
// reordered (not a change); a phone number or an unknown field appears or goes away. Deterministic: the same
// company, seed and load number always give the same users, in the same order.
class DemoOrgEvolution
{
public:
    // `company` is the generated company (load 0, returned unchanged).
    static QList<QJsonObject> atLoad(const QList<QJsonObject>& company, quint32 seed, int load);
};
