// SPDX-License-Identifier: MIT
// UserSortOrder: the order of every Directory row by one column, kept while pages arrive.
#include "directory/directory.h"
#include "directory/usercolumns.h"
#include "models/usersortorder.h"
#include "testusers.h"

#include <QTest>

#include <algorithm>
#include <numeric>

using TestUsers::make;

namespace {
int column(const char* key)
{
    return UserColumns::indexOf(QString::fromLatin1(key));
}

QStringList names(const Directory& d, const std::vector<int>& rows)
{
    QStringList out;
    for (int row : rows)
        out.append(d.user(row).fullName());
    return out;
}

// The order by brute force: a stable sort of the rows by sortValue (numbers) or by QCollator on sortText (text),
// ties in arrival order in both directions.
std::vector<int> expectedOrder(const Directory& d, int c, Qt::SortOrder order)
{
    std::vector<int> rows(size_t(d.count()));
    std::iota(rows.begin(), rows.end(), 0);
    const bool text = UserColumns::at(c).kind == UserColumn::Kind::Text;
    QCollator collator(QLocale(QLocale::English, QLocale::UnitedStates));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        int cmp;
        if (text) {
            cmp = collator.compare(UserColumns::sortText(d, a, c), UserColumns::sortText(d, b, c));
        } else {
            const qint64 x = UserColumns::sortValue(d, a, c).toLongLong();
            const qint64 y = UserColumns::sortValue(d, b, c).toLongLong();
            cmp = x < y ? -1 : x > y ? 1 : 0;
        }
        return order == Qt::AscendingOrder ? cmp < 0 : cmp > 0;
    });
    return rows;
}
} // namespace

class TestUserSortOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void unsortedHasNoRows()
    {
        Directory d;
        d.upsert(TestUsers::demo(50));
        UserSortOrder order;
        QVERIFY(!order.isSorted());
        order.sort(d, column("title"), Qt::AscendingOrder);
        QCOMPARE(int(order.rows().size()), 50);
        order.sort(d, -1, Qt::DescendingOrder);
        QVERIFY(!order.isSorted());
        QVERIFY(order.rows().empty());
        QCOMPARE(order.order(), Qt::DescendingOrder);
        order.sort(d, UserColumns::count(), Qt::AscendingOrder); // no such column
        QCOMPARE(order.column(), -1);
        QVERIFY(order.rows().empty());
        order.append(d, 50, 49); // nothing to do unsorted
        QVERIFY(order.rows().empty());
    }

    void sortsLikeABruteForceSort_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("descending");
        for (const char* key : {"fullName", "title", "emailAddress", "created", "active", "directReports", "id"}) {
            QTest::newRow(qPrintable(QStringLiteral("%1 up").arg(QLatin1String(key))))
                << QString::fromLatin1(key) << false;
            QTest::newRow(qPrintable(QStringLiteral("%1 down").arg(QLatin1String(key))))
                << QString::fromLatin1(key) << true;
        }
    }

    void sortsLikeABruteForceSort()
    {
        QFETCH(QString, key);
        QFETCH(bool, descending);
        const Qt::SortOrder direction = descending ? Qt::DescendingOrder : Qt::AscendingOrder;
        const int c = UserColumns::indexOf(key);
        Directory d;
        d.upsert(TestUsers::demo(1500, 17));
        UserSortOrder order;
        order.sort(d, c, direction);
        const std::vector<int> expected = expectedOrder(d, c, direction);
        QCOMPARE(order.rows(), expected);
        for (size_t p = 1; p < expected.size(); ++p) {
            QVERIFY(order.lessThan(expected[p - 1], expected[p]));
            QVERIFY(!order.lessThan(expected[p], expected[p - 1]));
        }
    }

    // Pages merged in as they arrive give exactly the order of one full sort, for every column whose values do not
    // depend on other rows.
    void pagesMergeIntoTheSameOrder_data() { sortsLikeABruteForceSort_data(); }

    void pagesMergeIntoTheSameOrder()
    {
        QFETCH(QString, key);
        QFETCH(bool, descending);
        const Qt::SortOrder direction = descending ? Qt::DescendingOrder : Qt::AscendingOrder;
        const int c = UserColumns::indexOf(key);
        const QList<User> users = TestUsers::demo(2000, 5);
        Directory d;
        UserSortOrder order;
        order.sort(d, c, direction);
        for (qsizetype i = 0; i < users.size(); i += 100) {
            const int first = d.count();
            d.upsert(users.mid(i, 100));
            order.append(d, first, d.count() - 1);
        }
        QCOMPARE(int(order.rows().size()), 2000);
        if (UserColumns::at(c).relational)
            return; // report counts change as pages arrive: the model resorts those on a timer
        QCOMPARE(order.rows(), expectedOrder(d, c, direction));
    }

    // The second click on a header reverses the runs of equal rows: the same as a fresh sort in that direction,
    // ties in arrival order both ways; after a page arrived it sorts again and still agrees.
    void otherDirectionEqualsAFreshSort()
    {
        Directory d;
        const QList<User> users = TestUsers::demo(1200, 9);
        d.upsert(users.mid(0, 1000));
        for (const char* key : {"title", "fullName", "primaryLanguage", "created"}) {
            const int c = column(key);
            UserSortOrder order;
            order.sort(d, c, Qt::AscendingOrder);
            const std::vector<int> ascending = order.rows();
            order.sort(d, c, Qt::DescendingOrder);
            QCOMPARE(order.rows(), expectedOrder(d, c, Qt::DescendingOrder));
            QVERIFY(order.rows() != ascending);
            order.sort(d, c, Qt::AscendingOrder);
            QCOMPARE(order.rows(), ascending);
        }
        const int title = column("title");
        UserSortOrder order;
        order.sort(d, title, Qt::AscendingOrder);
        d.upsert(users.mid(1000));
        order.append(d, 1000, d.count() - 1);
        order.sort(d, title, Qt::DescendingOrder);
        QCOMPARE(order.rows(), expectedOrder(d, title, Qt::DescendingOrder));
    }

    void tiesKeepArrivalOrderBothWays()
    {
        Directory d;
        d.upsert({make(QStringLiteral("1"), QStringLiteral("A"), QStringLiteral("One"), {}, QStringLiteral("Same")),
                  make(QStringLiteral("2"), QStringLiteral("B"), QStringLiteral("Two"), {}, QStringLiteral("Other")),
                  make(QStringLiteral("3"), QStringLiteral("C"), QStringLiteral("Three"), {}, QStringLiteral("same")),
                  make(QStringLiteral("4"), QStringLiteral("D"), QStringLiteral("Four"), {}, QStringLiteral("Same"))});
        UserSortOrder order;
        order.sort(d, column("title"), Qt::AscendingOrder);
        QCOMPARE(order.rows(), (std::vector<int>{1, 0, 2, 3}));
        order.sort(d, column("title"), Qt::DescendingOrder);
        QCOMPARE(order.rows(), (std::vector<int>{0, 2, 3, 1}));
    }

    // One rule for "last name, first name", whether collated here or compared as the table's SortRole: "Adams, Zed"
    // comes before "Adamson, Bo" (a rule that joined the names without a separator sorted "AdamsZed" after them).
    void namesSortByLastThenFirstName()
    {
        Directory d;
        d.upsert({make(QStringLiteral("1"), QStringLiteral("Bo"), QStringLiteral("Adamson")),
                  make(QStringLiteral("2"), QStringLiteral("Zed"), QStringLiteral("Adams")),
                  make(QStringLiteral("3"), QStringLiteral("Ann"), QStringLiteral("Adams")),
                  make(QStringLiteral("4"), QStringLiteral("Cher"), QString())});
        const int name = column("fullName");
        QCOMPARE(UserColumns::sortText(d, 1, name), QStringLiteral("Adams, Zed"));
        QCOMPARE(UserColumns::sortText(d, 3, name), d.user(3).displayName()); // no last name: the name shown
        UserSortOrder order;
        order.sort(d, name, Qt::AscendingOrder);
        const QStringList expected = {QStringLiteral("Ann Adams"), QStringLiteral("Zed Adams"),
                                      QStringLiteral("Bo Adamson"), QStringLiteral("Cher")};
        QCOMPARE(names(d, order.rows()), expected);
        std::vector<int> bySortValue = {0, 1, 2, 3};
        std::sort(bySortValue.begin(), bySortValue.end(), [&](int a, int b) {
            return UserColumns::sortValue(d, a, name).toString() < UserColumns::sortValue(d, b, name).toString();
        });
        QCOMPARE(names(d, bySortValue), expected);
    }

    void relationalColumnsAreMarked()
    {
        Directory d;
        d.upsert(TestUsers::demo(20));
        QStringList relational;
        for (int c = 0; c < UserColumns::count(); ++c) {
            if (UserColumns::at(c).relational)
                relational.append(UserColumns::at(c).key);
        }
        QCOMPARE(relational, (QStringList{QStringLiteral("managerName"), QStringLiteral("managerEmail"),
                                          QStringLiteral("managerChain"), QStringLiteral("directReports"),
                                          QStringLiteral("totalReports")}));
        UserSortOrder order;
        order.sort(d, column("managerName"), Qt::AscendingOrder);
        QVERIFY(order.isRelational());
        order.sort(d, column("title"), Qt::AscendingOrder);
        QVERIFY(!order.isRelational());
    }

    // merge() puts sorted rows into a sorted subset (what the filter model does with the rows it shows).
    void mergesSubsetsInOrder()
    {
        Directory d;
        d.upsert(TestUsers::demo(600, 3));
        UserSortOrder order;
        order.sort(d, column("emailAddress"), Qt::DescendingOrder);
        std::vector<int> shown;
        std::vector<int> added;
        for (int row : order.rows())
            (row % 3 == 0 ? shown : row % 3 == 1 ? added : shown).push_back(row);
        std::vector<int> fewer;
        for (int row : shown)
            if (row % 5 != 0)
                fewer.push_back(row);
        order.merge(fewer, added);
        std::vector<int> expected;
        for (int row : order.rows())
            if (row % 3 == 1 || row % 5 != 0)
                expected.push_back(row);
        QCOMPARE(fewer, expected);
    }
};

QTEST_GUILESS_MAIN(TestUserSortOrder)
#include "tst_usersortorder.moc"
