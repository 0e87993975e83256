// SPDX-License-Identifier: MIT
#include "directory/directory.h"
#include "testusers.h"

#include <QSignalSpy>
#include <QTest>

using TestUsers::make;

class TestDirectory : public QObject
{
    Q_OBJECT

    static QStringList ids(const Directory& d)
    {
        QStringList out;
        for (const User& u : d.users())
            out.append(u.id);
        return out;
    }

private Q_SLOTS:
    void appendsAndIndexes()
    {
        Directory d;
        QSignalSpy about(&d, &Directory::usersAboutToBeAppended);
        QSignalSpy appended(&d, &Directory::usersAppended);
        d.upsert({make("1", "Ana", "Ortiz"), make("2", "Ben", "Li", "1")});
        d.upsert({make("3", "Chloé", "Martin", "2")});
        QCOMPARE(d.count(), 3);
        QCOMPARE(ids(d), (QStringList{"1", "2", "3"}));
        QCOMPARE(d.rowOf("3"), 2);
        QCOMPARE(d.rowOf("nope"), -1);
        QCOMPARE(about.size(), 2);
        QCOMPARE(appended.at(0).at(0).toInt(), 0);
        QCOMPARE(appended.at(0).at(1).toInt(), 1);
        QCOMPARE(appended.at(1).at(0).toInt(), 2);
        QCOMPARE(appended.at(1).at(1).toInt(), 2);
    }

    void duplicatesAcrossPagesMergeLaterWins()
    {
        Directory d;
        QSignalSpy changed(&d, &Directory::usersChanged);
        d.upsert({make("1", "Ana", "Ortiz"), make("2", "Ben", "Li")});
        d.upsert({make("2", "Benjamin", "Li"), make("3", "Cy", "Do")});
        QCOMPARE(d.count(), 3);
        QCOMPARE(d.user(d.rowOf("2")).firstName, QStringLiteral("Benjamin"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<QList<int>>(), QList<int>{1});
        // An identical copy is not a change.
        d.upsert({make("3", "Cy", "Do")});
        QCOMPARE(changed.size(), 1);
    }

    void duplicatesWithinOnePageLaterWins()
    {
        Directory d;
        d.upsert({make("1", "Ana", "Ortiz"), make("1", "Anna", "Ortiz")});
        QCOMPARE(d.count(), 1);
        QCOMPARE(d.user(0).firstName, QStringLiteral("Anna"));
    }

    void managerChainAndReports()
    {
        Directory d;
        // Reports arrive before their managers, as they do from the server.
        d.upsert({make("4", "Dee", "Ray", "3"), make("3", "Chloé", "Martin", "2")});
        d.upsert({make("2", "Ben", "Li", "1"), make("1", "Ana", "Ortiz"), make("5", "Eve", "Sun", "2")});
        const int dee = d.rowOf("4");
        const Directory::Chain chain = d.managerChain(dee);
        QCOMPARE(chain.rows, (QList<int>{d.rowOf("1"), d.rowOf("2"), d.rowOf("3")}));
        QVERIFY(!chain.cycle);
        QVERIFY(chain.missingManagerId.isEmpty());
        QCOMPARE(d.managerChainText(dee), QStringLiteral("Ana Ortiz › Ben Li › Chloé Martin"));
        QCOMPARE(d.managerRow(dee), d.rowOf("3"));
        QCOMPARE(d.directReports(d.rowOf("2")).size(), 2);
        QCOMPARE(d.totalReports(d.rowOf("1")), 4);
        QCOMPARE(d.totalReports(d.rowOf("2")), 3);
        QCOMPARE(d.totalReports(dee), 0);
    }

    void missingManagerEndsTheChain()
    {
        Directory d;
        d.upsert({make("2", "Ben", "Li", "999"), make("3", "Cy", "Do", "2")});
        const Directory::Chain chain = d.managerChain(d.rowOf("3"));
        QCOMPARE(chain.rows, QList<int>{d.rowOf("2")});
        QCOMPARE(chain.missingManagerId, QStringLiteral("999"));
        QCOMPARE(d.managerChainText(d.rowOf("3")), QStringLiteral("Unknown manager (id 999) › Ben Li"));
        QCOMPARE(d.managerRow(d.rowOf("2")), -1);
    }

    void cyclesNeverHang()
    {
        Directory d;
        d.upsert({make("1", "A", "A", "3"), make("2", "B", "B", "1"), make("3", "C", "C", "2"),
                  make("4", "D", "D", "3"), make("5", "Self", "Managed", "5")});
        const Directory::Chain chain = d.managerChain(d.rowOf("4"));
        QVERIFY(chain.cycle);
        QCOMPARE(chain.rows.size(), 3);
        const Directory::Chain self = d.managerChain(d.rowOf("5"));
        QVERIFY(self.rows.isEmpty());
        QVERIFY(d.directReports(d.rowOf("5")).isEmpty());
        // Each person on the cycle is counted once, whoever is asked.
        int sum = 0;
        for (const char* id : {"1", "2", "3"})
            sum = qMax(sum, d.totalReports(d.rowOf(id)));
        QVERIFY(sum <= 3);
        QCOMPARE(d.totalReports(d.rowOf("5")), 0);
    }

    void derivedChangesAreAnnounced()
    {
        Directory d;
        d.upsert({make("4", "Dee", "Ray", "3"), make("9", "Other", "Person")});
        QSignalSpy derived(&d, &Directory::derivedDataChanged);
        d.upsert({make("3", "Chloé", "Martin")});
        QCOMPARE(derived.size(), 1);
        // Dee's manager name is now known; "Other" is untouched.
        QCOMPARE(derived.first().first().value<QList<int>>(), QList<int>{0});
    }

    void refreshDropsOnlyWhoIsGone()
    {
        Directory d;
        d.upsert({make("1", "A", "A"), make("2", "B", "B"), make("3", "C", "C"), make("4", "D", "D")});
        QSignalSpy removed(&d, &Directory::usersRemoved);
        QSignalSpy reset(&d, &Directory::reset);
        d.beginRefresh();
        d.upsert({make("1", "A", "A"), make("3", "Cee", "C"), make("5", "E", "E")});
        QCOMPARE(d.count(), 5); // rows stay on screen while the refresh runs
        d.endRefresh();
        QCOMPARE(ids(d), (QStringList{"1", "3", "5"}));
        QCOMPARE(d.user(d.rowOf("3")).firstName, QStringLiteral("Cee"));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 2); // rows 3 and 1, as two exact removals
    }

    void abandonedRefreshKeepsEverything()
    {
        Directory d;
        d.upsert({make("1", "A", "A"), make("2", "B", "B")});
        d.beginRefresh();
        d.upsert({make("1", "A", "A")});
        d.abandonRefresh();
        QCOMPARE(d.count(), 2);
    }

    // managerRow() is kept per row as pages arrive: it must always equal looking the manager's id up, through late
    // managers, changed managers, self-managed people, cycles and a refresh that drops rows.
    void managerRowsStayInStep()
    {
        Directory d;
        const auto check = [&d] {
            for (int row = 0; row < d.count(); ++row) {
                const User& u = d.user(row);
                const int expected = u.managerId == u.id ? -1 : d.rowOf(u.managerId);
                if (d.managerRow(row) != expected)
                    return QStringLiteral("row %1 (id %2): %3, expected %4")
                        .arg(row)
                        .arg(u.id)
                        .arg(d.managerRow(row))
                        .arg(expected);
            }
            return QString();
        };
        d.upsert({make("4", "D", "D", "3"), make("5", "Self", "Managed", "5"), make("6", "F", "F", "9")});
        QCOMPARE(check(), QString());
        d.upsert({make("3", "C", "C", "1"), make("1", "A", "A", "2")}); // 4's manager arrives, then 3's
        QCOMPARE(check(), QString());
        d.upsert({make("2", "B", "B", "3")}); // closes the cycle 1 → 2 → 3 → 1
        QCOMPARE(check(), QString());
        d.upsert({make("4", "D", "D", "5"), make("6", "F", "F")}); // changed managers, one removed
        QCOMPARE(check(), QString());
        QCOMPARE(d.managerRow(d.rowOf("4")), d.rowOf("5"));
        QCOMPARE(d.managerRow(d.rowOf("6")), -1);
        d.beginRefresh();
        d.upsert({make("5", "Self", "Managed", "5"), make("4", "D", "D", "5"), make("7", "G", "G", "4")});
        d.endRefresh(); // 1, 2, 3 and 6 are gone: every row moved
        QCOMPARE(ids(d), (QStringList{"4", "5", "7"}));
        QCOMPARE(check(), QString());
        QCOMPARE(d.managerRow(d.rowOf("7")), d.rowOf("4"));
        d.clear();
        d.upsert({make("8", "H", "H", "4")});
        QCOMPARE(check(), QString());
        QCOMPARE(d.managerRow(0), -1);
    }

    // reserve() only makes room: what is stored and found is the same, more users than announced still fit, and
    // a server's absurd total is capped.
    void reserveOnlyMakesRoom()
    {
        const QList<User> users = TestUsers::demo(500);
        Directory plain;
        Directory reserved;
        plain.upsert(users.mid(0, 100));
        reserved.upsert(users.mid(0, 100));
        reserved.reserve(300); // fewer than will come
        QCOMPARE(reserved.users().capacity(), 300);
        for (qsizetype i = 100; i < users.size(); i += 100) {
            plain.upsert(users.mid(i, 100));
            reserved.upsert(users.mid(i, 100));
        }
        QCOMPARE(ids(reserved), ids(plain));
        for (int row = 0; row < plain.count(); ++row) {
            QCOMPARE(reserved.managerRow(row), plain.managerRow(row));
            QCOMPARE(reserved.searchIndex().all(row), plain.searchIndex().all(row));
        }
        reserved.reserve(10); // less than held: nothing happens
        QCOMPARE(reserved.count(), 500);
        Directory absurd;
        absurd.reserve(qint64(1) << 40);
        QCOMPARE(absurd.users().capacity(), qsizetype(Directory::maxReserve));
        absurd.upsert(users.mid(0, 10));
        QCOMPARE(absurd.count(), 10);
    }

    // Shared text (names, titles, manager ids) must never change what anyone reads.
    void sharedTextKeepsEveryValue()
    {
        Directory d;
        const QList<User> users = TestUsers::demo(2000);
        for (qsizetype i = users.size(); i > 0; i -= 100) // reports before their managers
            d.upsert(users.mid(std::max<qsizetype>(0, i - 100), 100));
        QCOMPARE(d.count(), 2000);
        for (const User& u : users) {
            const int row = d.rowOf(u.id);
            QVERIFY(row >= 0);
            QCOMPARE(d.user(row), u);
            QCOMPARE(d.user(row).toJson(), u.toJson());
        }
        // Loading the same people again changes nothing.
        QSignalSpy changed(&d, &Directory::usersChanged);
        d.upsert(users.mid(0, 100));
        QCOMPARE(changed.count(), 0);
        // A changed title is seen.
        User moved = users.first();
        moved.title = QStringLiteral("Somewhere else");
        d.upsert({moved});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(d.user(d.rowOf(moved.id)).title, QStringLiteral("Somewhere else"));
    }

    void demoDirectoryIsConsistent()
    {
        Directory d;
        const QList<User> users = TestUsers::demo(3000);
        for (qsizetype i = 0; i < users.size(); i += 100)
            d.upsert(users.mid(i, 100));
        QCOMPARE(d.count(), 3000);
        int roots = 0;
        int onLoop = 0;
        int belowLoop = 0; // on the loop or under it: not below the top
        qint64 reportsSeen = 0;
        for (int row = 0; row < d.count(); ++row) {
            if (d.managerRow(row) < 0)
                ++roots;
            reportsSeen += d.directReports(row).size();
            belowLoop += d.managerChain(row).cycle ? 1 : 0;
            int up = d.managerRow(row);
            for (int steps = 0; up >= 0 && up != row && steps < d.count(); ++steps)
                up = d.managerRow(up);
            onLoop += up == row ? 1 : 0;
        }
        QCOMPARE(reportsSeen + roots, qint64(3000));
        // The demo plants one reporting loop of two managers (DemoBadData).
        QCOMPARE(onLoop, 2);
        // The top of the organisation has everyone else below it, but the people of the loop's organisation.
        int maxTotal = 0;
        for (int row = 0; row < d.count(); ++row)
            maxTotal = qMax(maxTotal, d.totalReports(row));
        QVERIFY(maxTotal >= 3000 - roots - belowLoop);
    }
};

QTEST_GUILESS_MAIN(TestDirectory)
#include "tst_directory.moc"
