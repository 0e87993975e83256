// SPDX-License-Identifier: MIT
// DirectoryHealth kept up to date page by page and edit by edit gives exactly what computing everything at once
// gives, does work in proportion to a page, and stays right whatever order the directory's listeners run in.
#include "audit/directoryhealth.h"
#include "directory/directory.h"
#include "healthpeople.h"
#include "testusers.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using HealthPeople::person;
using namespace Qt::StringLiterals;

namespace {
QString checkNames(std::uint32_t flags)
{
    QStringList names;
    for (int c = 0; c < HealthCheck::Count; ++c) {
        if (flags & HealthCheck::bit(c))
            names.append(QLatin1String(HealthCheck::at(c).key));
    }
    return names.join(QLatin1Char(','));
}

// Empty when `health` (already synced) agrees with a fresh computation over the same people; else the first
// difference.
QString differenceFromScratch(const Directory& directory, const DirectoryHealth& health)
{
    Directory fresh;
    fresh.upsert(directory.users());
    DirectoryHealth& expected = DirectoryHealth::of(fresh);
    expected.sync();
    if (health.rowCount() != fresh.count())
        return QStringLiteral("rows %1, expected %2").arg(health.rowCount()).arg(fresh.count());
    for (int row = 0; row < fresh.count(); ++row) {
        if (health.flags(row) != expected.flags(row))
            return QStringLiteral("row %1 (id %2): {%3}, expected {%4}")
                .arg(row)
                .arg(directory.user(row).id, checkNames(health.flags(row)), checkNames(expected.flags(row)));
    }
    for (int c = 0; c < HealthCheck::Count; ++c) {
        if (health.count(c) != expected.count(c))
            return QStringLiteral("count of %1: %2, expected %3")
                .arg(QLatin1String(HealthCheck::at(c).key))
                .arg(health.count(c))
                .arg(expected.count(c));
    }
    if (health.topRow() != expected.topRow())
        return QStringLiteral("top row %1, expected %2").arg(health.topRow()).arg(expected.topRow());
    return {};
}

QJsonObject field(const char* key, const QJsonValue& value)
{
    return QJsonObject{{QLatin1String(key), value}};
}
} // namespace

class TestDirectoryHealth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesGiveTheSameAnswerAsOneGo()
    {
        QList<User> users = TestUsers::demo(3000, 7);
        QRandomGenerator rng(7);
        for (qsizetype i = users.size() - 1; i > 0; --i)
            users.swapItemsAt(i, rng.bounded(int(i + 1)));
        Directory d;
        DirectoryHealth& health = DirectoryHealth::of(d);
        int page = 0;
        for (qsizetype i = 0; i < users.size(); i += 100, ++page) {
            d.upsert(users.mid(i, 100));
            health.sync();
            if (page % 6 == 0)
                QCOMPARE(differenceFromScratch(d, health), QString());
        }
        QCOMPARE(differenceFromScratch(d, health), QString());
        QCOMPARE(health.fullRecomputations(), 0);
        for (int c : {HealthCheck::ManagerMissing, HealthCheck::InactiveManager, HealthCheck::ReportsToInactive,
                      HealthCheck::NoPhone, HealthCheck::NoPrimaryLanguage, HealthCheck::InactiveRecorded})
            QVERIFY2(health.count(c) > 0, HealthCheck::at(c).key);
    }

    void editsAreFollowedIncrementally()
    {
        Directory d;
        d.upsert({person(QStringLiteral("1")), person(QStringLiteral("2"), QStringLiteral("1")),
                  person(QStringLiteral("3"), QStringLiteral("2")), person(QStringLiteral("4"), QStringLiteral("2")),
                  person(QStringLiteral("5")), person(QStringLiteral("6"), QStringLiteral("5"))});
        DirectoryHealth& health = DirectoryHealth::of(d);
        health.sync();
        QCOMPARE(health.topRow(), 0);
        const auto edit = [&](const User& user) {
            d.upsert({user});
            health.sync();
            return differenceFromScratch(d, health);
        };
        // 6 takes 3's address: both are duplicates; then gives it back.
        QCOMPARE(edit(person(QStringLiteral("6"), QStringLiteral("5"),
                             field("emailAliases", QJsonArray{QStringLiteral("P3@example.com")}))),
                 QString());
        QCOMPARE(health.count(HealthCheck::DuplicateEmail), 2);
        QCOMPARE(edit(person(QStringLiteral("6"), QStringLiteral("5"))), QString());
        QCOMPARE(health.count(HealthCheck::DuplicateEmail), 0);
        // 2 now reports to 3, who reports to 2: a loop, and 1 has nobody below; then the loop is undone.
        QCOMPARE(edit(person(QStringLiteral("2"), QStringLiteral("3"))), QString());
        QCOMPARE(health.count(HealthCheck::ReportingCycle), 2);
        QCOMPARE(edit(person(QStringLiteral("2"), QStringLiteral("1"))), QString());
        QCOMPARE(health.count(HealthCheck::ReportingCycle), 0);
        // 2 leaves: 3 and 4 (active) now have an inactive manager, and 2 is an inactive manager.
        QCOMPARE(edit(person(QStringLiteral("2"), QStringLiteral("1"), field("active", false))), QString());
        QCOMPARE(health.count(HealthCheck::ReportsToInactive), 2);
        QCOMPARE(health.count(HealthCheck::InactiveManager), 1);
        // 5's organisation grows past 1's: 5 becomes the top, 1 has no manager.
        d.upsert({person(QStringLiteral("7"), QStringLiteral("6")), person(QStringLiteral("8"), QStringLiteral("6")),
                  person(QStringLiteral("9"), QStringLiteral("6"))});
        health.sync();
        QCOMPARE(differenceFromScratch(d, health), QString());
        QCOMPARE(d.user(health.topRow()).id, QStringLiteral("5"));
        QCOMPARE(HealthPeople::idsOf(d, health.rows(HealthCheck::NoManager)), QStringList{QStringLiteral("1")});
        // 1 gets a manager: one organisation again, with 5 on top.
        QCOMPARE(edit(person(QStringLiteral("1"), QStringLiteral("9"))), QString());
        QCOMPARE(health.count(HealthCheck::NoManager), 0);
        QCOMPARE(health.fullRecomputations(), 0);
    }

    void randomEditsMatchAFreshComputation()
    {
        // Small random companies with loops, missing managers, shared addresses and status flips, edited at random:
        // after every batch the kept state equals a fresh computation.
        for (quint32 seed = 1; seed <= 30; ++seed) {
            QRandomGenerator rng(seed);
            const int size = 8 + rng.bounded(20);
            const auto randomPerson = [&](int i) {
                const QString id = QString::number(i);
                const int managerRoll = rng.bounded(10);
                QString manager;
                if (managerRoll < 7)
                    manager = QString::number(rng.bounded(size));
                else if (managerRoll == 7)
                    manager = QStringLiteral("404");
                QJsonObject fields;
                fields.insert(QStringLiteral("active"), rng.bounded(4) != 0);
                if (rng.bounded(4) == 0)
                    fields.insert(QStringLiteral("emailAliases"),
                                  QJsonArray{QStringLiteral("P%1@example.com").arg(rng.bounded(size))});
                return person(id, manager, fields);
            };
            Directory d;
            DirectoryHealth& health = DirectoryHealth::of(d);
            for (int i = 0; i < size; i += 3) {
                QList<User> page;
                for (int j = i; j < std::min(size, i + 3); ++j)
                    page.append(randomPerson(j));
                d.upsert(page);
                health.sync();
            }
            QVERIFY2(differenceFromScratch(d, health).isEmpty(), qPrintable(QString::number(seed)));
            for (int round = 0; round < 8; ++round) {
                QList<User> edits;
                for (int k = 0; k < 1 + rng.bounded(3); ++k)
                    edits.append(randomPerson(rng.bounded(size)));
                d.upsert(edits);
                health.sync();
                const QString difference = differenceFromScratch(d, health);
                QVERIFY2(difference.isEmpty(),
                         qPrintable(QStringLiteral("seed %1 round %2: %3").arg(seed).arg(round).arg(difference)));
            }
            QCOMPARE(health.fullRecomputations(), 0);
        }
    }

    void aRefreshThatDropsPeopleStartsOver()
    {
        Directory d;
        d.upsert({person(QStringLiteral("1")), person(QStringLiteral("2"), QStringLiteral("1")),
                  person(QStringLiteral("3"), QStringLiteral("2"))});
        DirectoryHealth& health = DirectoryHealth::of(d);
        health.sync();
        d.beginRefresh();
        d.upsert({person(QStringLiteral("1")), person(QStringLiteral("3"), QStringLiteral("2"))});
        d.endRefresh();
        health.sync();
        QCOMPARE(health.fullRecomputations(), 1);
        QCOMPARE(differenceFromScratch(d, health), QString());
        QCOMPARE(HealthPeople::idsOf(d, health.rows(HealthCheck::ManagerMissing)), QStringList{QStringLiteral("3")});
        d.clear();
        health.sync();
        QCOMPARE(health.rowCount(), 0);
        for (int c = 0; c < HealthCheck::Count; ++c)
            QCOMPARE(health.count(c), 0);
    }

    void aListenerBeforeTheHealthSeesTheEdit()
    {
        // Someone connected to the directory before the health object asks it during usersChanged (the filter
        // model does, for a health: query): the answer already includes the edit.
        Directory d;
        d.upsert({person(QStringLiteral("1")), person(QStringLiteral("2"), QStringLiteral("1"))});
        QString seen;
        connect(&d, &Directory::usersChanged, this, [&] {
            DirectoryHealth& h = DirectoryHealth::of(d);
            h.sync();
            seen = HealthPeople::idsOf(d, h.rows(HealthCheck::NoTitle)).join(QLatin1Char(','));
        });
        DirectoryHealth& health = DirectoryHealth::of(d);
        health.sync();
        d.upsert({person(QStringLiteral("2"), QStringLiteral("1"), field("title", QJsonValue()))});
        QCOMPARE(seen, QStringLiteral("2"));
        QCOMPARE(health.fullRecomputations(), 1);
        health.sync();
        QCOMPARE(differenceFromScratch(d, health), QString());
        QCOMPARE(health.fullRecomputations(), 1);
    }

    void aListenerAfterTheHealthCostsNoRecomputation()
    {
        Directory d;
        d.upsert({person(QStringLiteral("1")), person(QStringLiteral("2"), QStringLiteral("1"))});
        DirectoryHealth& health = DirectoryHealth::of(d);
        health.sync();
        QString seen;
        connect(&d, &Directory::usersChanged, this, [&] {
            health.sync();
            seen = HealthPeople::idsOf(d, health.rows(HealthCheck::NoTitle)).join(QLatin1Char(','));
        });
        d.upsert({person(QStringLiteral("2"), QStringLiteral("1"), field("title", QJsonValue()))});
        QCOMPARE(seen, QStringLiteral("2"));
        QCOMPARE(health.fullRecomputations(), 0);
    }

    void aPageCostsWorkInProportionToThePage()
    {
        Directory d;
        const QList<User> users = TestUsers::demo(5000, 3);
        d.upsert(users.mid(0, 4900));
        DirectoryHealth& health = DirectoryHealth::of(d);
        health.sync();
        QCOMPARE(health.lastEvaluated(), 4900);
        d.upsert(users.mid(4900));
        health.sync();
        // The page, its people's managers and the people who were waiting for them: far from the directory.
        QVERIFY2(health.lastEvaluated() >= 100 && health.lastEvaluated() <= 400,
                 qPrintable(QString::number(health.lastEvaluated())));
        QCOMPARE(differenceFromScratch(d, health), QString());
        health.sync();
        QCOMPARE(health.lastEvaluated(), 0);
    }

    void theDemoCompanyHasSomethingForEveryCheck()
    {
        Directory d;
        d.upsert(TestUsers::demo(5000));
        DirectoryHealth& health = DirectoryHealth::of(d);
        health.sync();
        QStringList counts;
        for (int c = 0; c < HealthCheck::Count; ++c)
            counts.append(QStringLiteral("%1=%2").arg(QLatin1String(HealthCheck::at(c).key)).arg(health.count(c)));
        qInfo("%s", qPrintable(counts.join(QLatin1Char(' '))));
        for (int c = 0; c < HealthCheck::Count; ++c)
            QVERIFY2(health.count(c) > 0, HealthCheck::at(c).key);
        // What DemoBadData plants comes in a few (two each at 5,000 people); the CEO stays the top.
        for (int c :
             {HealthCheck::NoManager, HealthCheck::ReportingCycle, HealthCheck::InvalidEmail,
              HealthCheck::RecordingConflict, HealthCheck::EmailImportConflict, HealthCheck::SeveralPrimaryLanguages,
              HealthCheck::ImplausiblePhone, HealthCheck::InsecureMeetingUrl})
            QVERIFY2(health.count(c) == 2, HealthCheck::at(c).key);
        QCOMPARE(d.user(health.topRow()).title, QStringLiteral("Chief Executive Officer"));
        // The re-created account's shared address, and a forwarded colleague's address: two pairs.
        QCOMPARE(health.count(HealthCheck::DuplicateEmail), 6);
    }

    void summaryTable()
    {
        Directory d;
        d.upsert({person(QStringLiteral("1")), person(QStringLiteral("2"), QStringLiteral("9")),
                  person(QStringLiteral("3"), QStringLiteral("9"), field("title", QJsonValue()))});
        DirectoryHealth& health = DirectoryHealth::of(d);
        health.sync();
        QCOMPARE(DirectoryHealth::summaryHeader(), (QStringList{QStringLiteral("check"), QStringLiteral("title"),
                                                                QStringLiteral("count"), QStringLiteral("ids")}));
        const QList<QStringList> rows = health.summaryRows();
        QCOMPARE(rows.size(), int(HealthCheck::Count));
        QCOMPARE(rows.at(HealthCheck::ManagerMissing),
                 (QStringList{QStringLiteral("manager-missing"), QStringLiteral("Manager not in the directory"),
                              QStringLiteral("2"), QStringLiteral("2; 3")}));
        QCOMPARE(rows.at(HealthCheck::NoTitle).mid(2), (QStringList{QStringLiteral("1"), QStringLiteral("3")}));
        QCOMPARE(rows.at(HealthCheck::DuplicateEmail).mid(2), (QStringList{QStringLiteral("0"), QString()}));
    }

    void detailSaysWhatFailsForThePerson()
    {
        Directory d;
        d.upsert(
            {person(QStringLiteral("1")), person(QStringLiteral("2"), QStringLiteral("manager-0000000000000000042")),
             person(QStringLiteral("3"), QStringLiteral("4")), person(QStringLiteral("4"), QStringLiteral("3")),
             person(QStringLiteral("5"), QStringLiteral("1"), field("emailAliases", QJsonArray{u"P1@Example.com"_s}))});
        DirectoryHealth& health = DirectoryHealth::of(d);
        health.sync();
        // The missing manager's id whole, the loop by name, the shared address and who else has it.
        QCOMPARE(health.detail(HealthCheck::ManagerMissing, d.rowOf(u"2"_s)),
                 u"Manager id manager-0000000000000000042"_s);
        QCOMPARE(health.detail(HealthCheck::ReportingCycle, d.rowOf(u"3"_s)),
                 u"Person 3 \u2192 Person 4 \u2192 Person 3"_s);
        QCOMPARE(health.detail(HealthCheck::DuplicateEmail, d.rowOf(u"5"_s)),
                 u"p1@example.com, also used by Person 1"_s);
        // Nothing for a person who passes the check, a check without details, or a row or check out of range.
        QCOMPARE(health.detail(HealthCheck::ManagerMissing, d.rowOf(u"1"_s)), QString());
        QCOMPARE(health.detail(HealthCheck::NoTitle, d.rowOf(u"2"_s)), QString());
        QCOMPARE(health.detail(HealthCheck::ManagerMissing, 99), QString());
        QCOMPARE(health.detail(-1, 0), QString());
        QCOMPARE(health.detail(HealthCheck::Count, 0), QString());
    }

    void aLargeBatchOnEveryCoreMatchesPageByPage()
    {
        // 20,000 at once is shared among the cores (from 2 × 8,192 people on); pages of 100 stay on one thread.
        const QList<User> users = TestUsers::demo(20000, 11);
        Directory atOnce;
        atOnce.upsert(users);
        DirectoryHealth& whole = DirectoryHealth::of(atOnce);
        whole.sync();
        Directory paged;
        DirectoryHealth& pages = DirectoryHealth::of(paged);
        for (qsizetype i = 0; i < users.size(); i += 100) {
            paged.upsert(users.mid(i, 100));
            pages.sync();
        }
        QCOMPARE(pages.rowCount(), whole.rowCount());
        int shared = 0;
        for (int row = 0; row < whole.rowCount(); ++row) {
            QCOMPARE(checkNames(whole.flags(row)), checkNames(pages.flags(row)));
            QCOMPARE(whole.rowsSharing(row), pages.rowsSharing(row));
            shared += whole.fails(row, HealthCheck::DuplicateEmail) ? 1 : 0;
        }
        QVERIFY(shared > 0);
        QCOMPARE(whole.count(HealthCheck::DuplicateEmail), shared);
    }

    void addressIndexAgreesWithAMapOfSets()
    {
        // Random adds and removals over few addresses (many sharing, the table growing and sweeping its removal
        // marks) against the obvious model.
        AddressIndex index;
        QHash<QString, QSet<int>> model;
        QRandomGenerator rng(5);
        for (int step = 0; step < 20000; ++step) {
            const QString address = QStringLiteral("a%1@x.com").arg(rng.bounded(300));
            const int row = rng.bounded(40);
            QSet<int>& rows = model[address];
            const bool present = rows.contains(row);
            QSet<int> others = rows;
            others.remove(row);
            QList<int> told;
            const auto tell = [&told](int other) { told.append(other); };
            if (!present && rng.bounded(4) != 0) { // a row holds an address once: only an absent pair is added
                QCOMPARE(index.insert(address, row, tell), int(rows.size()));
                rows.insert(row);
            } else {
                QCOMPARE(index.erase(address, row, tell), present ? int(others.size()) : -1);
                rows.remove(row);
                if (!present)
                    others.clear(); // nothing removed, nobody told
            }
            QCOMPARE(QSet<int>(told.begin(), told.end()), others);
            QCOMPARE(told.size(), others.size());
            const QList<int> found = index.rows(address);
            QCOMPARE(QSet<int>(found.begin(), found.end()), rows);
            QCOMPARE(found.size(), rows.size());
        }
        qsizetype pairs = 0;
        for (auto it = model.cbegin(); it != model.cend(); ++it) {
            pairs += it->size();
            const QList<int> found = index.rows(it.key());
            QCOMPARE(QSet<int>(found.begin(), found.end()), it.value());
        }
        QCOMPARE(index.size(), pairs);
    }

    void updatedOnlyWhenSomethingChanged()
    {
        Directory d;
        DirectoryHealth& health = DirectoryHealth::of(d);
        QSignalSpy updated(&health, &DirectoryHealth::updated);
        d.upsert({person(QStringLiteral("1")), person(QStringLiteral("2"), QStringLiteral("1"))});
        health.sync();
        QCOMPARE(updated.size(), 0); // two healthy people: no flag set
        d.upsert({person(QStringLiteral("3"), QStringLiteral("1"), field("phoneNumber", QJsonValue()))});
        health.sync();
        QCOMPARE(updated.size(), 1);
        health.sync();
        QCOMPARE(updated.size(), 1);
        QCOMPARE(&DirectoryHealth::of(d), &health);
    }
};

QTEST_GUILESS_MAIN(TestDirectoryHealth)
#include "tst_directoryhealth.moc"
