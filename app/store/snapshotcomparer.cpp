// SPDX-License-Identifier: MIT
#include "snapshotcomparer.h"

#include "snapshotdatabase.h"
#include "userdiff.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
// lupdate reads the context from here; the same one the code uses at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotComparer)
};

// The stored snapshots, oldest first, for "the one before" and "the one after" questions.
class Timeline
{
public:
    explicit Timeline(const QList<SnapshotInfo>& newestFirst)
        : m_snapshots(newestFirst)
    {
        std::reverse(m_snapshots.begin(), m_snapshots.end());
    }
    bool isEmpty() const { return m_snapshots.isEmpty(); }
    qint64 oldestId() const { return m_snapshots.isEmpty() ? 0 : m_snapshots.first().id; }
    const SnapshotInfo* find(qint64 id) const
    {
        const auto it = lowerBound(id);
        return it != m_snapshots.cend() && it->id == id ? &*it : nullptr;
    }
    // The newest snapshot before `id` / the oldest after it, or null.
    const SnapshotInfo* before(qint64 id) const
    {
        const auto it = lowerBound(id);
        return it == m_snapshots.cbegin() ? nullptr : &*(it - 1);
    }
    const SnapshotInfo* after(qint64 id) const
    {
        auto it = lowerBound(id);
        if (it != m_snapshots.cend() && it->id == id)
            ++it;
        return it == m_snapshots.cend() ? nullptr : &*it;
    }
    qint64 timeOf(const SnapshotInfo* s) const { return s ? s->finishedMsecs : 0; }

private:
    QList<SnapshotInfo>::const_iterator lowerBound(qint64 id) const
    {
        return std::lower_bound(m_snapshots.cbegin(), m_snapshots.cend(), id,
                                [](const SnapshotInfo& s, qint64 v) { return s.id < v; });
    }
    QList<SnapshotInfo> m_snapshots;
};

UserChange presenceChange(UserChange::Kind kind, const User& u, qint64 fromMsecs, qint64 toMsecs)
{
    UserChange c;
    c.kind = kind;
    c.id = u.id;
    c.name = u.fullName();
    c.fromMsecs = fromMsecs;
    c.toMsecs = toMsecs;
    return c;
}

// Did the span starting at `first` begin by joining, given the span before it (or none)? Not for someone present
// since the oldest snapshot kept: whether they joined then is not known.
bool joinedAt(const Timeline& timeline, qint64 first, const SnapshotDatabase::Span* previous)
{
    if (first <= timeline.oldestId())
        return false;
    const SnapshotInfo* before = timeline.before(first);
    return !previous || !before || previous->last != before->id;
}
} // namespace

int SnapshotDiff::count(UserChange::Kind kind) const
{
    return int(std::count_if(changes.cbegin(), changes.cend(), [kind](const UserChange& c) { return c.kind == kind; }));
}

SnapshotDiff SnapshotComparer::diff(SnapshotDatabase& db, qint64 fromId, qint64 toId)
{
    SnapshotDiff d;
    const Timeline timeline(db.snapshots(&d.result));
    if (!d.result.ok())
        return d;
    const SnapshotInfo* from = timeline.find(fromId);
    const SnapshotInfo* to = timeline.find(toId);
    if (!from || !to) {
        d.result.error = SqliteFile::Error::Other;
        d.result.message = Tr::tr("There is no snapshot %1 in the offline copy.").arg(from ? toId : fromId);
        return d;
    }
    d.from = *from;
    d.to = *to;
    std::vector<SnapshotDatabase::Member> a;
    std::vector<SnapshotDatabase::Member> b;
    d.result = db.members(fromId, &a);
    if (d.result.ok())
        d.result = db.members(toId, &b);
    if (!d.result.ok())
        return d;

    // Both are ordered by person: one merge finds who joined, who left and whose version differs.
    QList<qint64> joined;
    QList<qint64> left;
    QList<std::pair<qint64, qint64>> changed;
    size_t i = 0;
    size_t j = 0;
    while (i < a.size() || j < b.size()) {
        if (j == b.size() || (i < a.size() && a[i].person < b[j].person)) {
            left.append(a[i++].version);
        } else if (i == a.size() || b[j].person < a[i].person) {
            joined.append(b[j++].version);
        } else {
            if (a[i].version != b[j].version)
                changed.append({a[i].version, b[j].version});
            ++i;
            ++j;
        }
    }
    QList<qint64> needed = joined + left;
    for (const auto& [before, after] : std::as_const(changed))
        needed << before << after;
    QHash<qint64, User> users;
    d.result = db.usersOfVersions(needed, &users);
    if (!d.result.ok())
        return d;

    const qint64 fromMs = from->finishedMsecs;
    const qint64 toMs = to->finishedMsecs;
    for (const qint64 v : std::as_const(joined))
        d.changes.append(presenceChange(UserChange::Kind::Joined, users.value(v), fromMs, toMs));
    for (const qint64 v : std::as_const(left))
        d.changes.append(presenceChange(UserChange::Kind::Left, users.value(v), fromMs, toMs));
    for (const auto& [before, after] : std::as_const(changed)) {
        for (UserChange c : UserDiff::compare(users.value(before), users.value(after))) {
            c.fromMsecs = fromMs;
            c.toMsecs = toMs;
            d.changes.append(c);
        }
    }
    UserChange::sort(&d.changes);
    return d;
}

QList<UserChange> SnapshotComparer::history(SnapshotDatabase& db, const QString& userId, StoreResult* result)
{
    QList<UserChange> events;
    const Timeline timeline(db.snapshots(result));
    if (!result->ok())
        return events;
    std::vector<SnapshotDatabase::Span> spans;
    *result = db.spansOfUser(userId, &spans);
    if (!result->ok() || spans.empty())
        return events;
    QList<qint64> versions;
    for (const SnapshotDatabase::Span& s : std::as_const(spans))
        versions.append(s.version);
    QHash<qint64, User> users;
    *result = db.usersOfVersions(versions, &users);
    if (!result->ok())
        return events;

    const auto left = [&](const SnapshotDatabase::Span& span) {
        const SnapshotInfo* gone = timeline.after(span.last);
        events.append(presenceChange(UserChange::Kind::Left, users.value(span.version),
                                     timeline.timeOf(timeline.find(span.last)), timeline.timeOf(gone)));
    };
    for (size_t k = 0; k < spans.size(); ++k) {
        const SnapshotDatabase::Span& span = spans[k];
        const SnapshotDatabase::Span* previous = k > 0 ? &spans[k - 1] : nullptr;
        const qint64 at = timeline.timeOf(timeline.find(span.first));
        const qint64 before = timeline.timeOf(timeline.before(span.first));
        if (joinedAt(timeline, span.first, previous)) {
            if (previous)
                left(*previous);
            events.append(presenceChange(UserChange::Kind::Joined, users.value(span.version), before, at));
        } else if (previous) {
            for (UserChange c : UserDiff::compare(users.value(previous->version), users.value(span.version))) {
                c.fromMsecs = before;
                c.toMsecs = at;
                events.append(c);
            }
        }
    }
    if (spans.back().last != 0)
        left(spans.back());
    return events;
}

ChangeFacts SnapshotComparer::facts(SnapshotDatabase& db, qint64 fromId, qint64 toId, StoreResult* result)
{
    ChangeFacts facts;
    const SnapshotDiff d = diff(db, fromId, toId);
    *result = d.result;
    if (!result->ok())
        return facts;
    facts.setComparison(d.from.finishedMsecs, d.to.finishedMsecs);
    facts.addChanges(d.changes);

    const Timeline timeline(db.snapshots(result));
    std::vector<SnapshotDatabase::Span> spans;
    QHash<qint64, QString> userIds;
    if (result->ok())
        *result = db.spansUpTo(toId, &spans, &userIds);
    if (!result->ok())
        return facts;
    // Per person (spans come grouped by person, oldest first): their latest join, if they are in `toId`.
    for (size_t k = 0; k < spans.size();) {
        size_t end = k;
        qint64 joined = 0;
        while (end < spans.size() && spans[end].person == spans[k].person) {
            if (joinedAt(timeline, spans[end].first, end > k ? &spans[end - 1] : nullptr))
                joined = timeline.timeOf(timeline.find(spans[end].first));
            ++end;
        }
        const SnapshotDatabase::Span& last = spans[end - 1];
        if (joined > 0 && (last.last == 0 || last.last >= toId))
            facts.setJoined(userIds.value(last.person), joined);
        k = end;
    }
    return facts;
}
