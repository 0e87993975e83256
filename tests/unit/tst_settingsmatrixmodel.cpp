// SPDX-License-Identifier: MIT
// SettingsMatrixModel: the settings matrix as a tree model, under QAbstractItemModelTester, equal to SettingsMatrix
// on the demo company, following the directory page by page (coalesced), and its cells' People queries finding
// exactly the cell's people.
#include "audit/settingsmatrix.h"
#include "directory/directory.h"
#include "models/settingsmatrixmodel.h"
#include "models/userfiltermodel.h"
#include "models/usertablemodel.h"
#include "testusers.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSettingsMatrixModel : public QObject
{
    Q_OBJECT

    // Every index of the model against the matrix row it stands for; returns the number of rows visited.
    int compareTree(const SettingsMatrixModel& model, const SettingsMatrix& expected, const QModelIndex& parent)
    {
        int visited = 0;
        const QList<int> children =
            parent.isValid() ? expected.rows()[model.matrixRow(parent)].children : expected.roots();
        if (model.rowCount(parent) != children.size()) {
            qWarning("row count %d, expected %d", model.rowCount(parent), int(children.size()));
            return -1;
        }
        for (int r = 0; r < model.rowCount(parent); ++r) {
            const QModelIndex index = model.index(r, 0, parent);
            const SettingsMatrix::Row& row = expected.rows()[children[r]];
            if (model.matrixRow(index) != children[r] ||
                index.data(SettingsMatrixModel::PeopleRole).toInt() != row.people ||
                index.siblingAtColumn(SettingsMatrixModel::PeopleColumn).data().toString() !=
                    QLocale().toString(row.people) ||
                index.data(SettingsMatrixModel::ManagerIdRole).toString() != model.directory()->user(row.person).id)
                return -1;
            for (int s = 0; s < UserSettingCount; ++s) {
                const QModelIndex cell = index.siblingAtColumn(SettingsMatrixModel::FirstSettingColumn + s);
                const QString text =
                    row.people == 0 ? u"no one"_s
                                    : u"%1 % · %2 of %3"_s.arg(qRound(100.0 * row.share(s)))
                                          .arg(QLocale().toString(row.on[size_t(s)]), QLocale().toString(row.people));
                if (cell.data().toString() != text ||
                    cell.data(SettingsMatrixModel::OnCountRole).toInt() != row.on[size_t(s)] ||
                    cell.data(SettingsMatrixModel::OutlierCountRole).toInt() != row.outliers[size_t(s)]) {
                    qWarning("%s: %s, expected %s", qPrintable(index.data().toString()),
                             qPrintable(cell.data().toString()), qPrintable(text));
                    return -1;
                }
            }
            const int below = compareTree(model, expected, index);
            if (below < 0)
                return -1;
            visited += 1 + below;
        }
        return visited;
    }

private Q_SLOTS:
    void equalsTheMatrixOnTheDemo()
    {
        Directory d;
        d.upsert(TestUsers::demo(2000));
        SettingsMatrixModel model(&d);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const SettingsMatrix expected = SettingsMatrix::compute(d);
        QVERIFY(expected.rows().size() > 50);
        QCOMPARE(compareTree(model, expected, QModelIndex()), int(expected.rows().size()));
        // The top of the organisation first.
        QCOMPARE(model.matrixRow(model.index(0, 0)), expected.roots().first());
        for (int i = 0; i < expected.rows().size(); i += 7)
            QCOMPARE(model.matrixRow(model.indexOfMatrixRow(i)), i);
    }

    void optionsComputeAgain()
    {
        Directory d;
        d.upsert(TestUsers::demo(2000));
        SettingsMatrixModel model(&d);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy recomputed(&model, &SettingsMatrixModel::recomputed);
        SettingsMatrix::Options options;
        options.activeOnly = false;
        options.outlierThreshold = 0.6;
        model.setOptions(options);
        QCOMPARE(recomputed.size(), 1);
        const SettingsMatrix expected = SettingsMatrix::compute(d, options);
        QVERIFY(expected.outliers().size() != SettingsMatrix::compute(d).outliers().size());
        QCOMPARE(model.matrix().outliers().size(), expected.outliers().size());
        QCOMPARE(compareTree(model, expected, QModelIndex()), int(expected.rows().size()));
        model.setOptions(options); // the same options: nothing to do
        QCOMPARE(recomputed.size(), 1);
    }

    void followsTheDirectoryCoalesced()
    {
        Directory d;
        SettingsMatrixModel model(&d);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy recomputed(&model, &SettingsMatrixModel::recomputed);
        const QList<User> users = TestUsers::demo(1500);
        for (int i = 0; i < users.size(); i += 100)
            d.upsert(users.mid(i, 100));
        // Fifteen pages in one go: one computation, after the timer.
        QCOMPARE(recomputed.size(), 0);
        QVERIFY(recomputed.wait(5000));
        QCOMPARE(recomputed.size(), 1);
        const SettingsMatrix expected = SettingsMatrix::compute(d);
        QCOMPARE(compareTree(model, expected, QModelIndex()), int(expected.rows().size()));
        // A reset (another connection) empties the model at once.
        d.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    // The People query of every cell finds exactly the cell's count, on and off, with and without inactive people.
    void cellQueriesFindTheCellsPeople()
    {
        QFETCH(bool, activeOnly);
        Directory d;
        d.upsert(TestUsers::demo(1200));
        SettingsMatrixModel model(&d);
        SettingsMatrix::Options options;
        options.activeOnly = activeOnly;
        model.setOptions(options);
        UserTableModel table(&d);
        UserFilterModel people;
        people.setSourceModel(&table);
        int cells = 0;
        for (int i = 0; i < model.matrix().rows().size(); i += 5) {
            const QModelIndex row = model.indexOfMatrixRow(i);
            for (int s = 0; s < UserSettingCount; s += 2) {
                const QModelIndex cell = row.siblingAtColumn(SettingsMatrixModel::FirstSettingColumn + s);
                const int on = cell.data(SettingsMatrixModel::OnCountRole).toInt();
                const int all = cell.data(SettingsMatrixModel::PeopleRole).toInt();
                people.setQueryText(model.peopleQuery(cell, true));
                QCOMPARE(people.rowCount(), on);
                people.setQueryText(model.peopleQuery(cell, false));
                QCOMPARE(people.rowCount(), all - on);
                ++cells;
            }
        }
        QVERIFY(cells > 40);
        QVERIFY(model.peopleQuery(model.index(0, SettingsMatrixModel::ManagerColumn), true).isEmpty());
    }
    void cellQueriesFindTheCellsPeople_data()
    {
        QTest::addColumn<bool>("activeOnly");
        QTest::newRow("active only") << true;
        QTest::newRow("everyone") << false;
    }
};

QTEST_GUILESS_MAIN(TestSettingsMatrixModel)
#include "tst_settingsmatrixmodel.moc"
