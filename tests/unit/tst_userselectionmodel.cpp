// SPDX-License-Identifier: MIT
// UserSelectionModel over UserFilterModel: the selection and the current person survive a new query (people the
// query hides come back selected when it widens), until the user makes a new selection.
#include "directory/directory.h"
#include "directory/usercolumns.h"
#include "models/userfiltermodel.h"
#include "models/userselectionmodel.h"
#include "models/usertablemodel.h"
#include "testusers.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using TestUsers::make;

namespace {
// People whose title is "Keeper" for three of every five rows, "Other" for the rest.
QList<User> keepersAndOthers(int count, int firstId = 1)
{
    QList<User> users;
    users.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int id = firstId + i;
        users.append(make(QString::number(id), QStringLiteral("P%1").arg(id), QStringLiteral("Person"), {},
                          i % 5 < 3 ? QStringLiteral("Keeper") : QStringLiteral("Other")));
    }
    return users;
}

QList<int> sorted(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    return rows;
}

QList<int> range(int first, int last)
{
    QList<int> rows;
    for (int row = first; row <= last; ++row)
        rows.append(row);
    return rows;
}

// A directory, the table, the filter with its tester, and the selection model a view of people would use.
struct Rig
{
    explicit Rig(const QList<User>& users)
    {
        directory.upsert(users);
        filter.setSourceModel(&table);
        tester =
            std::make_unique<QAbstractItemModelTester>(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
        selection = std::make_unique<UserSelectionModel>(&filter);
    }
    // Selects the Directory rows [first, last] (ClearAndSelect, whole rows), as runs of the rows that show them.
    void selectRows(int first, int last)
    {
        QList<int> shown;
        for (int row = first; row <= last; ++row)
            shown.append(filter.indexOfRow(row).row());
        std::sort(shown.begin(), shown.end());
        QItemSelection s;
        for (qsizetype i = 0; i < shown.size();) {
            qsizetype j = i;
            while (j + 1 < shown.size() && shown[j + 1] == shown[j] + 1)
                ++j;
            s.append(QItemSelectionRange(filter.index(shown[i], 0), filter.index(shown[j], 0)));
            i = j + 1;
        }
        selection->select(s, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    // Every selected person, shown or hidden, in Directory order.
    QList<int> allSelected() const { return sorted(selection->shownRows() + selection->hiddenRows()); }

    Directory directory;
    UserTableModel table{&directory};
    UserFilterModel filter;
    std::unique_ptr<QAbstractItemModelTester> tester;
    std::unique_ptr<UserSelectionModel> selection;
};
} // namespace

class TestUserSelectionModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Select 20,000 people, type a query that keeps 12,000 of them, clear it: the same 20,000 are selected and the
    // current person is unchanged (kept by the query, or hidden by it).
    void selectionSurvivesANarrowerQuery_data()
    {
        QTest::addColumn<int>("current");
        QTest::newRow("current person kept") << 7;
        QTest::newRow("current person hidden") << 8;
    }

    void selectionSurvivesANarrowerQuery()
    {
        QFETCH(int, current);
        Rig rig(keepersAndOthers(30000));
        rig.selectRows(0, 19999);
        rig.selection->setCurrentIndex(rig.filter.indexOfRow(current, 2), QItemSelectionModel::NoUpdate);
        QCOMPARE(rig.selection->shownCount(), 20000);
        const QString currentId = rig.directory.user(current).id;
        QSignalSpy hidden(rig.selection.get(), &UserSelectionModel::hiddenCountChanged);
        QSignalSpy currentChanged(rig.selection.get(), &QItemSelectionModel::currentChanged);

        rig.filter.setQueryText(QStringLiteral("title:keeper"));
        QCOMPARE(rig.filter.rowCount(), 18000);
        QCOMPARE(rig.selection->shownCount(), 12000);
        QCOMPARE(rig.selection->hiddenCount(), 8000);
        QCOMPARE(hidden.size(), 1);
        QCOMPARE(hidden.last().at(0).toInt(), 8000);
        for (int row : rig.selection->shownRows())
            QCOMPARE(rig.directory.user(row).title, QStringLiteral("Keeper"));
        QCOMPARE(rig.selection->currentRow(), current);
        const bool currentShown = rig.directory.user(current).title == QLatin1String("Keeper");
        QCOMPARE(rig.selection->currentIndex().isValid(), currentShown);
        if (currentShown) {
            QCOMPARE(rig.filter.userIdAt(rig.selection->currentIndex()), currentId);
            QCOMPARE(rig.selection->currentIndex().column(), 2);
        }

        rig.filter.setQueryText(QString());
        QCOMPARE(rig.filter.rowCount(), 30000);
        QCOMPARE(rig.selection->hiddenCount(), 0);
        QCOMPARE(rig.allSelected(), range(0, 19999));
        QCOMPARE(sorted(rig.selection->shownRows()), range(0, 19999));
        QCOMPARE(rig.selection->shownCount(), 20000);
        QVERIFY(rig.selection->isRowSelected(rig.filter.indexOfRow(19999).row(), QModelIndex()));
        QVERIFY(!rig.selection->isRowSelected(rig.filter.indexOfRow(20000).row(), QModelIndex()));
        QCOMPARE(rig.filter.userIdAt(rig.selection->currentIndex()), currentId);
        QCOMPARE(rig.selection->currentIndex().column(), 2);
        // The current person never changed: no currentChanged while kept; hidden, it comes back once.
        QCOMPARE(currentChanged.size(), currentShown ? 0 : 1);
    }

    // A click (ClearAndSelect) while filtered is a new selection among what the user sees: the hidden ones go.
    void clickingOneRowWhileFilteredDropsTheHidden()
    {
        Rig rig(keepersAndOthers(2000));
        rig.selectRows(0, 999);
        rig.filter.setQueryText(QStringLiteral("title:keeper"));
        QCOMPARE(rig.selection->hiddenCount(), 400);
        QSignalSpy hidden(rig.selection.get(), &UserSelectionModel::hiddenCountChanged);
        const QModelIndex clicked = rig.filter.index(5, 0);
        const int person = rig.filter.directoryRow(clicked);
        rig.selection->setCurrentIndex(clicked, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(rig.selection->hiddenCount(), 0);
        QCOMPARE(hidden.size(), 1);
        rig.filter.setQueryText(QString());
        QCOMPARE(rig.allSelected(), QList<int>{person});
        QCOMPARE(rig.selection->currentRow(), person);
    }

    // Ctrl+click (Toggle) and Shift+click (SelectCurrent) add to the selection: the hidden ones stay.
    void addingToTheSelectionWhileFilteredKeepsTheHidden()
    {
        Rig rig(keepersAndOthers(2000));
        rig.selectRows(0, 999);
        rig.filter.setQueryText(QStringLiteral("title:keeper"));
        const QModelIndex toggled = rig.filter.indexOfRow(1500);
        QVERIFY(toggled.isValid());
        rig.selection->select(toggled, QItemSelectionModel::Toggle | QItemSelectionModel::Rows);
        const QModelIndex deselected = rig.filter.indexOfRow(0);
        rig.selection->select(deselected, QItemSelectionModel::Toggle | QItemSelectionModel::Rows);
        QCOMPARE(rig.selection->hiddenCount(), 400);
        rig.filter.setQueryText(QString());
        QList<int> expected = range(1, 999);
        expected.append(1500);
        QCOMPARE(rig.allSelected(), expected);
    }

    // A narrower query, a wider one, another narrower one: each person keeps their state through all of them.
    void queriesInARow()
    {
        Rig rig(keepersAndOthers(500));
        rig.filter.sort(UserColumns::indexOf(QStringLiteral("id")), Qt::DescendingOrder);
        rig.selectRows(100, 299);
        for (const QString& query : {QStringLiteral("title:keeper"), QStringLiteral("title:other"),
                                     QStringLiteral("zzz-nobody"), QStringLiteral("p1"), QString()}) {
            rig.filter.setQueryText(query);
            QCOMPARE(rig.allSelected(), range(100, 299));
            for (int row : rig.selection->shownRows())
                QVERIFY(rig.filter.indexOfRow(row).isValid());
            for (int row : rig.selection->hiddenRows())
                QVERIFY(!rig.filter.indexOfRow(row).isValid());
        }
        QCOMPARE(rig.selection->shownCount(), 200);
    }

    // Qt keeps "everything is selected" as one range and restores all rows after a layout change of the same size;
    // here the rows the query shows must not all become selected.
    void selectingEverythingShownSelectsNoMore()
    {
        Rig rig(keepersAndOthers(2000));
        rig.filter.setQueryText(QStringLiteral("title:keeper"));
        rig.selection->select(QItemSelection(rig.filter.index(0, 0),
                                             rig.filter.index(rig.filter.rowCount() - 1, rig.filter.columnCount() - 1)),
                              QItemSelectionModel::ClearAndSelect);
        rig.filter.setQueryText(QStringLiteral("title:keeper p1"));
        rig.filter.setQueryText(QString());
        QCOMPARE(rig.selection->shownCount(), 1200);
        for (int row : rig.selection->shownRows())
            QCOMPARE(rig.directory.user(row).title, QStringLiteral("Keeper"));
        // And everything selected, then narrowed and widened: everything again.
        rig.selectRows(0, 1999);
        rig.filter.setQueryText(QStringLiteral("title:other"));
        QCOMPARE(rig.selection->shownCount(), 800);
        rig.filter.setQueryText(QString());
        QCOMPARE(rig.allSelected(), range(0, 1999));
    }

    // A refresh drops people, some of them selected and hidden, some before them: the rest come back selected.
    void refreshDroppingPeopleKeepsTheRest()
    {
        const QList<User> users = keepersAndOthers(1000);
        Rig rig(users);
        rig.selectRows(200, 599);
        rig.filter.setQueryText(QStringLiteral("title:keeper"));
        QCOMPARE(rig.selection->hiddenCount(), 160);
        QStringList selectedIds;
        for (int row : rig.allSelected())
            selectedIds.append(rig.directory.user(row).id);
        rig.directory.beginRefresh();
        QList<User> kept;
        QStringList dropped;
        for (int i = 0; i < users.size(); ++i) {
            if (i % 10 == 3 || (i >= 50 && i < 60)) // every tenth person (shown and hidden ones) and a run before
                dropped.append(users[i].id);
            else
                kept.append(users[i]);
        }
        rig.directory.upsert(kept);
        rig.directory.endRefresh();
        rig.filter.setQueryText(QString());
        QStringList expected;
        for (const QString& id : std::as_const(selectedIds)) {
            if (!dropped.contains(id))
                expected.append(id);
        }
        QStringList now;
        for (int row : rig.allSelected())
            now.append(rig.directory.user(row).id);
        QCOMPARE(now, expected);
        QCOMPARE(rig.selection->hiddenCount(), 0);
    }

    // Pages arriving into a sorted, filtered table (merged in by a layout change) keep the hidden selection.
    void pagesArrivingKeepTheHiddenSelection()
    {
        Rig rig(keepersAndOthers(1000));
        rig.filter.sort(UserColumns::indexOf(QStringLiteral("fullName")));
        rig.selectRows(0, 499);
        rig.filter.setQueryText(QStringLiteral("title:keeper"));
        QCOMPARE(rig.selection->hiddenCount(), 200);
        for (int page = 0; page < 5; ++page)
            rig.directory.upsert(keepersAndOthers(100, 5000 + page * 100));
        QCOMPARE(rig.directory.count(), 1500);
        QCOMPARE(rig.selection->hiddenCount(), 200);
        rig.filter.setQueryText(QString());
        QCOMPARE(rig.selection->hiddenCount(), 0);
        QCOMPARE(sorted(rig.selection->shownRows()), range(0, 499));
    }

    // The window makes someone current who is hidden: they become current (and selected alone, as asked) when the
    // query shows them; a click in between wins over that wish.
    void currentRowWaitsWhileHidden()
    {
        Rig rig(keepersAndOthers(300));
        rig.selectRows(0, 9);
        rig.filter.setQueryText(QStringLiteral("title:keeper"));
        rig.selection->setCurrentRow(3, 1, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(rig.selection->currentRow(), 3);
        QVERIFY(!rig.filter.indexOfRow(3).isValid());
        rig.filter.setQueryText(QString());
        QCOMPARE(rig.filter.directoryRow(rig.selection->currentIndex()), 3);
        QCOMPARE(rig.selection->currentIndex().column(), 1);
        QCOMPARE(rig.allSelected(), QList<int>{3});

        rig.filter.setQueryText(QStringLiteral("title:keeper"));
        rig.selection->setCurrentRow(4, 0, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        rig.selection->setCurrentIndex(rig.filter.indexOfRow(0), QItemSelectionModel::NoUpdate); // a click
        rig.filter.setQueryText(QString());
        QCOMPARE(rig.selection->currentRow(), 0);
        QCOMPARE(rig.allSelected(), QList<int>{3});

        // Someone who is not in the directory (an unknown manager's id): the table stays as it is.
        rig.selection->setCurrentRow(-1, 0, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(rig.selection->currentRow(), 0);
        QCOMPARE(rig.allSelected(), QList<int>{3});
    }

    void clearAndResetForgetEverything()
    {
        Rig rig(keepersAndOthers(300));
        rig.selectRows(0, 99);
        rig.filter.setQueryText(QStringLiteral("title:keeper"));
        QCOMPARE(rig.selection->hiddenCount(), 40);
        rig.selection->clear();
        QCOMPARE(rig.selection->hiddenCount(), 0);
        rig.filter.setQueryText(QString());
        QVERIFY(!rig.selection->hasSelection());

        rig.selectRows(0, 99);
        rig.filter.setQueryText(QStringLiteral("title:keeper"));
        rig.directory.clear(); // a reset: rows will mean other people
        QCOMPARE(rig.selection->hiddenCount(), 0);
        QCOMPARE(rig.selection->currentRow(), -1);
        rig.directory.upsert(keepersAndOthers(300));
        rig.filter.setQueryText(QString());
        QVERIFY(!rig.selection->hasSelection());
    }
};

QTEST_GUILESS_MAIN(TestUserSelectionModel)
#include "tst_userselectionmodel.moc"
