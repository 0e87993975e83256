// SPDX-License-Identifier: MIT
// What changed between snapshots, checked against a computation of its own written here from the JSON of the
// snapshots: a demo company over several loads with every kind of change — joined, left, activated, deactivated,
// changed fields (manager, title, settings), change and change back, leave and come back, reordered lists (no
// change) and fields that appear or disappear. Also one person's history and the facts the query language reads.
#include "demo/demoorgevolution.h"
#include "demo/demoorggenerator.h"
#include "store/snapshotcomparer.h"
#include "store/snapshotdatabase.h"
#include "store/snapshotwriter.h"
#include "store/userdiff.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {
// The test's own reading of the rules (docs: store/userdiff.h): absent is null, lists are compared without their
// order, `active` turning true or false is activated/deactivated, settings go key by key.
struct Record
{
    QString kind, id, name, field;
    QJsonValue before, after;
    bool operator==(const Record& o) const
    {
        return kind == o.kind && id == o.id && name == o.name && field == o.field && before == o.before &&
               after == o.after;
    }
};

QString describe(const Record& r)
{
    return u"%1 %2 %3 %4: %5 → %6"_s.arg(
        r.kind, r.id, r.name, r.field,
        QString::fromUtf8(QJsonDocument(QJsonArray{r.before}).toJson(QJsonDocument::Compact)),
        QString::fromUtf8(QJsonDocument(QJsonArray{r.after}).toJson(QJsonDocument::Compact)));
}

char* toString(const Record& r) // QCOMPARE's message for lists of records
{
    return qstrdup(qPrintable(describe(r)));
}

QJsonValue orNull(const QJsonValue& v)
{
    return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
}

QString canonical(const QJsonValue& value)
{
    const QJsonValue v = orNull(value);
    if (!v.isArray())
        return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
    QStringList items;
    for (const QJsonValue& e : v.toArray())
        items.append(canonical(e));
    items.sort();
    return u"list:"_s + items.join(u'\x1f');
}

QString nameOf(const QJsonObject& o)
{
    const QString first = o.value(u"firstName"_s).toString();
    const QString last = o.value(u"lastName"_s).toString();
    return first.isEmpty() ? last : last.isEmpty() ? first : first + u' ' + last;
}

QList<Record> expectedDiff(const QList<QJsonObject>& older, const QList<QJsonObject>& newer)
{
    QHash<QString, QJsonObject> a;
    QHash<QString, QJsonObject> b;
    for (const QJsonObject& o : older)
        a.insert(o.value(u"id"_s).toString(), o);
    for (const QJsonObject& o : newer)
        b.insert(o.value(u"id"_s).toString(), o);
    QList<Record> out;
    for (auto it = b.cbegin(); it != b.cend(); ++it) {
        if (!a.contains(it.key()))
            out.append({u"joined"_s, it.key(), nameOf(*it), {}, QJsonValue::Null, QJsonValue::Null});
    }
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        if (!b.contains(it.key())) {
            out.append({u"left"_s, it.key(), nameOf(*it), {}, QJsonValue::Null, QJsonValue::Null});
            continue;
        }
        const QJsonObject& x = *it;
        const QJsonObject& y = b[it.key()];
        QSet<QString> keys;
        for (const QJsonObject* o : {&x, &y}) {
            for (const QString& k : o->keys())
                keys.insert(k);
        }
        for (const QString& k : keys) {
            if (k == u"id"_s || canonical(x.value(k)) == canonical(y.value(k)))
                continue;
            const QString name = nameOf(y);
            if (k == u"active"_s && (x.value(k) == QJsonValue(true)) != (y.value(k) == QJsonValue(true))) {
                out.append({y.value(k) == QJsonValue(true) ? u"activated"_s : u"deactivated"_s,
                            it.key(),
                            name,
                            {},
                            QJsonValue::Null,
                            QJsonValue::Null});
            } else if (k == u"settings"_s && !x.value(k).isArray() && !y.value(k).isArray() &&
                       (x.value(k).isObject() || orNull(x.value(k)).isNull()) &&
                       (y.value(k).isObject() || orNull(y.value(k)).isNull())) {
                const QJsonObject sx = x.value(k).toObject();
                const QJsonObject sy = y.value(k).toObject();
                QSet<QString> settings;
                for (const QJsonObject* o : {&sx, &sy}) {
                    for (const QString& s : o->keys())
                        settings.insert(s);
                }
                for (const QString& s : settings) {
                    if (canonical(sx.value(s)) != canonical(sy.value(s)))
                        out.append(
                            {u"changed"_s, it.key(), name, k + u'.' + s, orNull(sx.value(s)), orNull(sy.value(s))});
                }
            } else {
                out.append({u"changed"_s, it.key(), name, k, orNull(x.value(k)), orNull(y.value(k))});
            }
        }
    }
    std::sort(out.begin(), out.end(), [](const Record& l, const Record& r) {
        return std::tie(l.kind, l.name, l.field, l.id) < std::tie(r.kind, r.name, r.field, r.id);
    });
    return out;
}

QList<Record> recordsOf(const QList<UserChange>& changes)
{
    QList<Record> out;
    for (const UserChange& c : changes)
        out.append({UserChange::kindKey(c.kind), c.id, c.name, c.field, orNull(c.before), orNull(c.after)});
    return out;
}

QList<User> usersOf(const QList<QJsonObject>& objects)
{
    QList<User> users;
    for (const QJsonObject& o : objects)
        users.append(User::fromJson(o));
    return users;
}

constexpr int Loads = 7;
constexpr qint64 Hour = 3600000;
const qint64 Start = QDateTime::currentMSecsSinceEpoch() - 24 * Hour; // recent: nothing is pruned
} // namespace

class TestSnapshotDiff : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    SnapshotDatabase m_db;
    QList<QList<QJsonObject>> m_loads; // the company at each load, as the server sent it
    QList<SnapshotInfo> m_snapshots;   // oldest first

private Q_SLOTS:
    void initTestCase()
    {
        DemoOrgOptions options;
        options.userCount = 1200;
        const QList<QJsonObject> company = DemoOrgGenerator(options).users();
        QVERIFY(m_db.open(m_dir.filePath(u"diff.sqlite"_s), SqliteFile::Mode::Create));
        for (int k = 0; k < Loads; ++k) {
            m_loads.append(DemoOrgEvolution::atLoad(company, options.seed, k));
            SnapshotInfo info;
            info.finishedMsecs = Start + (k + 1) * Hour;
            const SaveResult saved = SnapshotWriter::write(m_db, usersOf(m_loads.last()), info);
            QVERIFY2(saved.ok(), qPrintable(saved.message));
            m_snapshots.append(saved.snapshot);
        }
    }

    void evolutionIsDeterministicAndSmall()
    {
        DemoOrgOptions options;
        options.userCount = 1200;
        const QList<QJsonObject> company = DemoOrgGenerator(options).users();
        QCOMPARE(DemoOrgEvolution::atLoad(company, 42, 0), company);
        QCOMPARE(DemoOrgEvolution::atLoad(company, 42, 4), m_loads.at(4));
        QVERIFY(DemoOrgEvolution::atLoad(company, 43, 4) != m_loads.at(4));
        for (int k = 1; k < Loads; ++k) {
            const QList<Record> d = expectedDiff(m_loads.at(k - 1), m_loads.at(k));
            QVERIFY2(!d.isEmpty() && d.size() < 20, qPrintable(QString::number(d.size()))); // "a little"
        }
    }

    void diffsMatchTheJson_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        for (int k = 1; k < Loads; ++k)
            QTest::addRow("%d → %d", k - 1, k) << k - 1 << k;
        QTest::newRow("0 → 6") << 0 << 6;
        QTest::newRow("2 → 5") << 2 << 5;
        QTest::newRow("5 → 2 (backwards)") << 5 << 2;
        QTest::newRow("3 → 3") << 3 << 3;
    }
    void diffsMatchTheJson()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        const SnapshotDiff d = SnapshotComparer::diff(m_db, m_snapshots.at(from).id, m_snapshots.at(to).id);
        QVERIFY2(d.result.ok(), qPrintable(d.result.message));
        QCOMPARE(d.from, m_snapshots.at(from));
        QCOMPARE(d.to, m_snapshots.at(to));
        QCOMPARE(recordsOf(d.changes), expectedDiff(m_loads.at(from), m_loads.at(to)));
        for (const UserChange& c : d.changes) {
            QCOMPARE(c.fromMsecs, Start + (from + 1) * Hour);
            QCOMPARE(c.toMsecs, Start + (to + 1) * Hour);
        }
    }

    // The loads above must really have every kind of change, or the comparison proves less than it claims.
    void everyKindOfChangeIsCovered()
    {
        QSet<QString> kinds;
        QSet<QString> fields;
        QHash<QString, int> leftAt;
        bool rejoined = false;
        bool changedBack = false;
        bool appeared = false;
        bool disappeared = false;
        QList<Record> previous;
        for (int k = 1; k < Loads; ++k) {
            const QList<Record> d = expectedDiff(m_loads.at(k - 1), m_loads.at(k));
            for (const Record& r : d) {
                kinds.insert(r.kind);
                if (r.kind == u"changed"_s)
                    fields.insert(r.field.section(u'.', 0, 0));
                if (r.kind == u"left"_s)
                    leftAt.insert(r.id, k);
                if (r.kind == u"joined"_s && leftAt.contains(r.id))
                    rejoined = true;
                if (r.kind == u"changed"_s && r.before.isNull() && !r.field.startsWith(u"settings"_s))
                    appeared = true;
                if (r.kind == u"changed"_s && r.after.isNull() && !r.field.startsWith(u"settings"_s))
                    disappeared = true;
                for (const Record& p : previous) {
                    if (p.id == r.id && p.field == r.field && p.kind == u"changed"_s && p.before == r.after &&
                        p.after == r.before)
                        changedBack = true;
                }
            }
            previous = d;
        }
        for (const QString& kind : {u"joined"_s, u"left"_s, u"activated"_s, u"deactivated"_s, u"changed"_s})
            QVERIFY2(kinds.contains(kind), qPrintable(kind));
        for (const QString& field : {u"managerId"_s, u"title"_s, u"settings"_s, u"phoneNumber"_s, u"pronouns"_s})
            QVERIFY2(fields.contains(field), qPrintable(field));
        QVERIFY(rejoined);
        QVERIFY(changedBack);
        QVERIFY(appeared);
        QVERIFY(disappeared);
        // Reordered lists: someone's JSON differs from one load to the next with no record at all.
        bool reordered = false;
        for (int k = 1; k < Loads && !reordered; ++k) {
            QHash<QString, QJsonObject> before;
            for (const QJsonObject& o : m_loads.at(k - 1))
                before.insert(o.value(u"id"_s).toString(), o);
            const QList<Record> d = expectedDiff(m_loads.at(k - 1), m_loads.at(k));
            for (const QJsonObject& o : m_loads.at(k)) {
                const QString id = o.value(u"id"_s).toString();
                const bool mentioned = std::any_of(d.cbegin(), d.cend(), [&](const Record& r) { return r.id == id; });
                if (before.contains(id) && before.value(id) != o && !mentioned)
                    reordered = true;
            }
        }
        QVERIFY(reordered);
    }

    // One person over every snapshot: the same records as the consecutive diffs, with their times.
    void historyFollowsThePerson()
    {
        QHash<QString, QList<Record>> expected;
        QHash<QString, QList<qint64>> times;
        for (int k = 1; k < Loads; ++k) {
            for (const Record& r : expectedDiff(m_loads.at(k - 1), m_loads.at(k))) {
                expected[r.id].append(r);
                times[r.id].append(Start + (k + 1) * Hour);
            }
        }
        int checked = 0;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            StoreResult result;
            const QList<UserChange> history = SnapshotComparer::history(m_db, it.key(), &result);
            QVERIFY(result.ok());
            QList<Record> got = recordsOf(history);
            // Within one snapshot the order is by field; the diff's is by kind then field. Compare per time.
            QList<Record> want = it.value();
            QCOMPARE(got.size(), want.size());
            for (int i = 0; i < history.size(); ++i) {
                QVERIFY(history.at(i).toMsecs >= (i > 0 ? history.at(i - 1).toMsecs : 0));
                QVERIFY2(want.contains(got.at(i)), qPrintable(describe(got.at(i))));
                QVERIFY(times.value(it.key()).contains(history.at(i).toMsecs));
                QCOMPARE(history.at(i).fromMsecs, history.at(i).toMsecs - Hour);
            }
            ++checked;
        }
        QVERIFY(checked > 20);
        StoreResult result;
        QVERIFY(SnapshotComparer::history(m_db, u"no-such-id"_s, &result).isEmpty());
        QVERIFY(result.ok());
    }

    void factsForTheQueryLanguage()
    {
        StoreResult result;
        const ChangeFacts facts = SnapshotComparer::facts(m_db, m_snapshots.at(5).id, m_snapshots.at(6).id, &result);
        QVERIFY(result.ok());
        QCOMPARE(facts.toMsecs(), Start + 7 * Hour);
        const QList<Record> d = expectedDiff(m_loads.at(5), m_loads.at(6));
        int changed = 0;
        for (const Record& r : d) {
            if (r.kind == u"changed"_s) {
                QVERIFY(facts.hasChanged(r.id, r.field));
                QVERIFY(facts.hasChanged(r.id, r.field.toUpper())); // case-insensitive
                QVERIFY(facts.hasChanged(r.id, u"*"_s));
                if (r.field.startsWith(u"settings."_s))
                    QVERIFY(facts.hasChanged(r.id, u"settings"_s));
                ++changed;
            } else if (r.kind == u"activated"_s || r.kind == u"deactivated"_s) {
                QVERIFY(facts.hasChanged(r.id, u"active"_s));
            } else if (r.kind == u"joined"_s) {
                QCOMPARE(facts.joinedMsecs(r.id), Start + 7 * Hour);
            }
        }
        QVERIFY(changed > 0);
        // Everyone in the newest snapshot: when they last joined, by the consecutive diffs (0: there from the
        // first snapshot).
        QHash<QString, qint64> lastJoined;
        for (int k = 1; k < Loads; ++k) {
            for (const Record& r : expectedDiff(m_loads.at(k - 1), m_loads.at(k))) {
                if (r.kind == u"joined"_s)
                    lastJoined.insert(r.id, Start + (k + 1) * Hour);
            }
        }
        int joiners = 0;
        for (const QJsonObject& o : m_loads.at(6)) {
            const QString id = o.value(u"id"_s).toString();
            QCOMPARE(facts.joinedMsecs(id), lastJoined.value(id, 0));
            joiners += lastJoined.contains(id) ? 1 : 0;
        }
        QVERIFY(joiners >= Loads - 1);
        QVERIFY(!facts.hasChanged(m_loads.at(0).at(0).value(u"id"_s).toString(), u"nonsense"_s));
    }

    // The rules one by one, on hand-made JSON.
    void rulesOnHandMadeJson()
    {
        const QJsonObject before{{u"id"_s, u"1"_s},
                                 {u"firstName"_s, u"Ana"_s},
                                 {u"active"_s, true},
                                 {u"emailAliases"_s, QJsonArray{u"a@x"_s, u"b@x"_s}},
                                 {u"phoneNumber"_s, QJsonValue::Null},
                                 {u"title"_s, u"Engineer"_s}};
        QJsonObject after = before;
        after.insert(u"emailAliases"_s, QJsonArray{u"b@x"_s, u"a@x"_s}); // reordered: no change
        after.remove(u"phoneNumber"_s);                                  // null → absent: no change
        QVERIFY(UserDiff::compare(before, after, u"1"_s, u"Ana"_s).isEmpty());
        after.insert(u"emailAliases"_s, QJsonArray{u"b@x"_s, u"a@x"_s, u"a@x"_s}); // a repeat is a change
        after.insert(u"active"_s, QJsonValue::Null);                               // true → null: deactivated
        after.insert(u"settings"_s, QJsonObject{{u"emailsImported"_s, true}});     // settings appear
        after.remove(u"title"_s);                                                  // title goes away
        const QList<UserChange> c = UserDiff::compare(before, after, u"1"_s, u"Ana"_s);
        QCOMPARE(c.size(), 4);
        QCOMPARE(c.at(0).kind, UserChange::Kind::Deactivated);
        QCOMPARE(c.at(1).field, u"emailAliases"_s);
        QCOMPARE(c.at(2).field, u"settings.emailsImported"_s);
        QCOMPARE(c.at(2).before, QJsonValue(QJsonValue::Null));
        QCOMPARE(c.at(2).after, QJsonValue(true));
        QCOMPARE(c.at(3).field, u"title"_s);
        QCOMPARE(c.at(3).before, QJsonValue(u"Engineer"_s));
        QCOMPARE(c.at(3).after, QJsonValue(QJsonValue::Null));
        QJsonObject odd = before;
        odd.insert(u"active"_s, u"yes"_s); // neither true nor false before: a plain change of the field
        QJsonObject odder = odd;
        odder.insert(u"active"_s, false);
        const QList<UserChange> o = UserDiff::compare(odd, odder, u"1"_s, u"Ana"_s);
        QCOMPARE(o.size(), 1);
        QCOMPARE(o.at(0).kind, UserChange::Kind::Changed);
        QCOMPARE(o.at(0).field, u"active"_s);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotDiff)
#include "tst_snapshotdiff.moc"
