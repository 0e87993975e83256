// SPDX-License-Identifier: MIT
// The Filters panel keeps still under the pointer: ticking a value adds a chip and changes counts, and the value
// just ticked stays where it was clicked, so the next click lands on the row the user sees.
#include "api/directoryloader.h"
#include "directory/directory.h"
#include "facetpanel.h"
#include "mainwindow.h"
#include "search/userfacets.h"
#include "unpaceddemo.h"
#include "windowparts.h"

#include <QApplication>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace WindowParts;

namespace {
// The window shown with 800 demo people loaded, and its Filters panel up to date.
bool showDemo(MainWindow& window, FacetPanel** panel)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    QSignalSpy finished(window.loader(), &DirectoryLoader::finished);
    if (!UnpacedDemo::open(window, 800) || !finished.wait(30000))
        return false;
    *panel = part<FacetPanel>(window, "facetPanel");
    (*panel)->refresh();
    return true;
}
} // namespace

class TestFacetPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tickingKeepsTheListStill();
    void longValuesKeepTheirStart();
};

void TestFacetPanel::tickingKeepsTheListStill()
{
    MainWindow window;
    window.resize(1200, 800);
    FacetPanel* panel = nullptr;
    QVERIFY(showDemo(window, &panel));
    QTreeWidget* tree = panel->tree();
    QVERIFY(panel->chips().isEmpty());

    // Scrolled a little, as after looking down the list, then three values ticked one after the other, each
    // where the previous tick left the list.
    tree->verticalScrollBar()->setValue(tree->verticalScrollBar()->maximum() / 5);
    for (int tick = 0; tick < 3; ++tick) {
        QTreeWidgetItem* titles = tree->topLevelItem(UserFacets::Title);
        QTreeWidgetItem* item = nullptr;
        for (int c = 0; c < titles->childCount() && !item; ++c) {
            QTreeWidgetItem* candidate = titles->child(c);
            const QRect r = tree->visualItemRect(candidate);
            if (candidate->checkState(0) == Qt::Unchecked && r.top() > 0 && r.bottom() < tree->viewport()->height() / 2)
                item = candidate;
        }
        QVERIFY2(item, "no unticked title in view");
        const QString value = item->text(0);
        const QPoint where = tree->viewport()->mapToGlobal(tree->visualItemRect(item).center());
        item->setCheckState(0, Qt::Checked); // as a click on its box does
        QTRY_COMPARE(panel->chips().size(), tick + 1);
        QCoreApplication::sendPostedEvents(); // the chips' layout
        QApplication::processEvents();
        QTreeWidgetItem* under = tree->itemAt(tree->viewport()->mapFromGlobal(where));
        QVERIFY2(under, qPrintable(value));
        QCOMPARE(under->text(0), value);
        QCOMPARE(under->checkState(0), Qt::Checked);
    }
}

// A title cut to the panel's width keeps its start ("Account Exec…"); a manager known only by id keeps both ends of
// the id.
void TestFacetPanel::longValuesKeepTheirStart()
{
    MainWindow window;
    FacetPanel* panel = nullptr;
    QVERIFY(showDemo(window, &panel));
    QTreeWidget* tree = panel->tree();
    QTreeWidgetItem* titles = tree->topLevelItem(UserFacets::Title);
    QVERIFY(titles->childCount() > 0);
    for (int c = 0; c < titles->childCount(); ++c)
        QCOMPARE(FacetPanel::elideMode(tree->model()->index(c, 0, tree->model()->index(UserFacets::Title, 0))),
                 Qt::ElideRight);
    QTreeWidgetItem* managers = tree->topLevelItem(UserFacets::Manager);
    int unknown = 0;
    for (int c = 0; c < managers->childCount(); ++c) {
        const QModelIndex value = tree->model()->index(c, 0, tree->model()->index(UserFacets::Manager, 0));
        const bool isId = value.data().toString().contains(QStringLiteral("(id "));
        unknown += isId;
        QCOMPARE(FacetPanel::elideMode(value), isId ? Qt::ElideMiddle : Qt::ElideRight);
    }
    QVERIFY2(unknown > 0, "the demo plants people whose manager is not in the directory");
}

QTEST_MAIN(TestFacetPanel)
#include "tst_facetpanel.moc"
