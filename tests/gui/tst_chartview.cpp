// SPDX-License-Identifier: MIT
// Offscreen tests of the Chart tab (#20): it follows the current person and sets it back, walks by keyboard, fits,
// marks the search's matches, exports, and follows the directory as it loads.
#include "chart/chartlayout.h"
#include "chartcanvas.h"
#include "chartview.h"
#include "directory/directory.h"
#include "mainwindow.h"
#include "models/usertablemodel.h"
#include "searchbar.h"
#include "testusers.h"
#include "windowparts.h"

#include <QFile>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace WindowParts;
using TestUsers::make;

namespace {
// Ana runs the company; Ben (three reports) and Chloé report to her; Gus reports to Dan.
QList<User> company()
{
    return {make(u"1"_s, u"Ana"_s, u"Ortiz"_s, {}, u"CEO"_s),
            make(u"2"_s, u"Ben"_s, u"Li"_s, u"1"_s, u"VP Engineering"_s),
            make(u"3"_s, u"Chloé"_s, u"Martin"_s, u"1"_s, u"VP Sales"_s),
            make(u"4"_s, u"Dan"_s, u"Wu"_s, u"2"_s, u"Engineer"_s),
            make(u"5"_s, u"Eve"_s, u"Zed"_s, u"2"_s, u"Engineer"_s),
            make(u"6"_s, u"Fay"_s, u"Kim"_s, u"2"_s, u"Designer"_s),
            make(u"7"_s, u"Gus"_s, u"Park"_s, u"4"_s, u"Intern"_s)};
}

QString tableUserId(const MainWindow& window)
{
    return part<QTableView>(window, "userTable")
        ->currentIndex()
        .siblingAtColumn(0)
        .data(UserTableModel::UserIdRole)
        .toString();
}

// The person (directory id) a layout node shows.
QString idOf(const ChartCanvas* canvas, const Directory* directory, int node)
{
    const int row = node >= 0 ? canvas->layout().node(node).row : -1;
    return row >= 0 ? directory->user(row).id : QString();
}

// True once the centre's box sits in the middle of the canvas (the re-centre's slide has ended).
bool centred(const ChartCanvas* canvas)
{
    if (canvas->layout().isEmpty())
        return false;
    const QPointF box = canvas->toWidget(canvas->layout().node(canvas->layout().focusNode()).rect).center();
    const QPointF middle(canvas->width() / 2.0, canvas->height() / 2.0);
    return (box - middle).manhattanLength() < 1.0;
}

struct Shown
{
    MainWindow window;
    Directory* directory = nullptr;
    ChartView* view = nullptr;
    ChartCanvas* canvas = nullptr;

    bool open(const QString& userId)
    {
        window.resize(1200, 800);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        directory = part<Directory>(window, "directory");
        directory->upsert(company());
        view = part<ChartView>(window, "chartView");
        canvas = part<ChartCanvas>(window, "chartCanvas");
        part<QTabWidget>(window, "mainTabs")->setCurrentWidget(view);
        window.selectUser(userId);
        return true;
    }
};
} // namespace

class TestChartView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void centresOnTheCurrentPerson()
    {
        Shown s;
        QVERIFY(s.open(u"2"_s));
        QCOMPARE(s.canvas->focusRow(), s.directory->rowOf(u"2"_s));
        QTRY_VERIFY(centred(s.canvas));
        // Manager above, peer beside, reports below: everyone but Gus (a level further down).
        for (const QString& id : {u"1"_s, u"3"_s, u"4"_s, u"5"_s, u"6"_s})
            QVERIFY2(s.canvas->layout().nodeOfRow(s.directory->rowOf(id)) >= 0, qPrintable(id));
        QCOMPARE(s.canvas->layout().nodeOfRow(s.directory->rowOf(u"7"_s)), -1);
        // The People tab's current person moves the chart too.
        s.window.selectUser(u"3"_s);
        QCOMPARE(s.canvas->focusRow(), s.directory->rowOf(u"3"_s));
        QTRY_VERIFY(centred(s.canvas));
        // Chosen while the tab is hidden: laid out when it is shown.
        part<QTabWidget>(s.window, "mainTabs")->setCurrentIndex(0);
        s.window.selectUser(u"1"_s);
        QCOMPARE(s.canvas->focusRow(), s.directory->rowOf(u"3"_s));
        part<QTabWidget>(s.window, "mainTabs")->setCurrentWidget(s.view);
        QCOMPARE(s.canvas->focusRow(), s.directory->rowOf(u"1"_s));
        QTRY_VERIFY(centred(s.canvas));
    }

    void clickingABoxMakesThatPersonCurrent()
    {
        Shown s;
        QVERIFY(s.open(u"2"_s));
        QTRY_VERIFY(centred(s.canvas));
        const int eve = s.canvas->layout().nodeOfRow(s.directory->rowOf(u"5"_s));
        QVERIFY(eve >= 0);
        const QPoint at = s.canvas->toWidget(s.canvas->layout().node(eve).rect).center().toPoint();
        QTest::mouseClick(s.canvas, Qt::LeftButton, {}, at);
        QCOMPARE(tableUserId(s.window), u"5"_s);
        QCOMPARE(currentUserId(s.window), u"5"_s);
        QCOMPARE(s.canvas->focusRow(), s.directory->rowOf(u"5"_s));
        QTRY_VERIFY(centred(s.canvas));

        // Dan's "+1" shows his report without moving the centre.
        s.window.selectUser(u"2"_s);
        QTRY_VERIFY(centred(s.canvas));
        const int dan = s.canvas->layout().nodeOfRow(s.directory->rowOf(u"4"_s));
        QVERIFY(s.canvas->layout().node(dan).hasHiddenReports);
        const QRectF button = ChartPainter::expanderRect(s.canvas->layout().node(dan).rect, s.canvas->style());
        QTest::mouseClick(s.canvas, Qt::LeftButton, {}, s.canvas->toWidget(button).center().toPoint());
        QVERIFY(s.canvas->layout().nodeOfRow(s.directory->rowOf(u"7"_s)) >= 0);
        QCOMPARE(currentUserId(s.window), u"2"_s);
    }

    void arrowKeysWalkTheChart()
    {
        Shown s;
        QVERIFY(s.open(u"2"_s));
        s.canvas->setFocus();
        QTRY_VERIFY(s.canvas->hasFocus());
        const auto cursor = [&s] { return idOf(s.canvas, s.directory, s.canvas->cursorNode()); };
        QCOMPARE(cursor(), u"2"_s);
        QTest::keyClick(s.canvas, Qt::Key_Right);
        QCOMPARE(cursor(), u"3"_s); // Chloé, Ben's peer
        QTest::keyClick(s.canvas, Qt::Key_Left);
        QCOMPARE(cursor(), u"2"_s);
        QTest::keyClick(s.canvas, Qt::Key_Down);
        QCOMPARE(cursor(), u"4"_s); // Dan, the first report by name
        QVERIFY2(s.canvas->accessibleName().startsWith(u"Dan Wu, Engineer"_s), qPrintable(s.canvas->accessibleName()));
        QTest::keyClick(s.canvas, Qt::Key_Right);
        QCOMPARE(cursor(), u"5"_s);
        QTest::keyClick(s.canvas, Qt::Key_Up);
        QCOMPARE(cursor(), u"2"_s);
        QTest::keyClick(s.canvas, Qt::Key_Up);
        QCOMPARE(cursor(), u"1"_s);
        // The cursor moves; the current person stays until Enter.
        QCOMPARE(currentUserId(s.window), u"2"_s);
        QTest::keyClick(s.canvas, Qt::Key_Return);
        QCOMPARE(currentUserId(s.window), u"1"_s);
        QCOMPARE(s.canvas->focusRow(), s.directory->rowOf(u"1"_s));
        // Alt+Down goes to the first report, as everywhere in the window.
        QTest::keyClick(s.canvas, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(currentUserId(s.window), u"2"_s);
        QCOMPARE(s.canvas->focusRow(), s.directory->rowOf(u"2"_s));
    }

    void ctrlZeroFitsTheChart()
    {
        Shown s;
        QList<User> many;
        for (int i = 0; i < 60; ++i)
            many.append(make(u"t%1"_s.arg(i), u"Team"_s, u"Member %1"_s.arg(i), u"2"_s, u"Engineer"_s));
        QVERIFY(s.open(u"2"_s));
        s.directory->upsert(many);
        QTRY_VERIFY(s.canvas->layout().count() > 60);
        s.canvas->setFocus();
        QTRY_VERIFY(s.canvas->hasFocus());
        const QRectF viewport = QRectF(s.canvas->rect());
        QVERIFY(!viewport.contains(s.canvas->toWidget(s.canvas->layout().bounds()))); // too big at 100 %
        QTest::keyClick(s.canvas, Qt::Key_0, Qt::ControlModifier);
        const QRectF fitted = s.canvas->toWidget(s.canvas->layout().bounds());
        QVERIFY2(viewport.contains(fitted), qPrintable(u"%1×%2"_s.arg(fitted.width()).arg(fitted.height())));
        // Fitted, not merely shrunk: one side fills the viewport but for the margins.
        QVERIFY(fitted.width() > viewport.width() - 60 || fitted.height() > viewport.height() - 60);
        QVERIFY(s.canvas->scale() < 1.0);
        QTest::keyClick(s.canvas, Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY(!viewport.contains(s.canvas->toWidget(s.canvas->layout().bounds())));
    }

    void theSearchMarksMatchingBoxes()
    {
        Shown s;
        QVERIFY(s.open(u"2"_s));
        QVERIFY(s.canvas->matchedNodes().isEmpty());
        part<SearchBar>(s.window, "searchBar")->focusSearch();
        QTest::keyClicks(part<QLineEdit>(s.window, "searchEdit"), u"title:engineer"_s);
        const auto marked = [&s] {
            QStringList ids;
            for (int node : s.canvas->matchedNodes())
                ids.append(idOf(s.canvas, s.directory, node));
            ids.sort();
            return ids;
        };
        // Ben ("VP Engineering"), Dan and Eve; not Fay (Designer), Ana or Chloé.
        QTRY_COMPARE(marked(), (QStringList{u"2"_s, u"4"_s, u"5"_s}));
        part<QLineEdit>(s.window, "searchEdit")->clear();
        QTRY_VERIFY(s.canvas->matchedNodes().isEmpty());
    }

    void exportsTheChartAsSvg()
    {
        Shown s;
        QVERIFY(s.open(u"2"_s));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"chart.svg"_s);
        ChartView::ExportChoice choice;
        choice.options.format = ChartExporter::Format::Svg;
        QString error;
        QVERIFY2(s.view->exportChart(path, choice, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(file.readAll());
        for (const QString& name : {u"Ana Ortiz"_s, u"Ben Li"_s, u"Chloé Martin"_s, u"Dan Wu"_s, u"Fay Kim"_s})
            QVERIFY2(svg.contains(name), qPrintable(name));
        QVERIFY(!svg.contains(u"Gus Park"_s)); // as shown: Dan's team is not expanded
        file.close();

        // The whole team two levels down has Gus.
        choice.wholeTeam = true;
        choice.depth = 2;
        QVERIFY2(s.view->exportChart(path, choice, &error), qPrintable(error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(file.readAll()).contains(u"Gus Park"_s));
    }

    void followsTheDirectoryAndSaysWhenNobodyIsShown()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* view = part<ChartView>(window, "chartView");
        auto* stack = part<QStackedWidget>(*view, "chartStack");
        part<QTabWidget>(window, "mainTabs")->setCurrentWidget(view);
        QCOMPARE(stack->currentWidget()->objectName(), u"chartEmpty"_s);
        // Someone not loaded yet: still empty; the chart appears when their page does.
        view->setUser(u"5"_s);
        QCOMPARE(stack->currentWidget()->objectName(), u"chartEmpty"_s);
        auto* directory = part<Directory>(window, "directory");
        directory->upsert(company());
        QTRY_COMPARE(stack->currentWidget()->objectName(), u"chartCanvas"_s);
        auto* canvas = part<ChartCanvas>(window, "chartCanvas");
        QCOMPARE(canvas->focusRow(), directory->rowOf(u"5"_s));
        // A page that adds a peer shows them beside Eve.
        directory->upsert({make(u"8"_s, u"Hal"_s, u"Ng"_s, u"2"_s, u"Engineer"_s)});
        QTRY_VERIFY(canvas->layout().nodeOfRow(directory->rowOf(u"8"_s)) >= 0);
        // A connection switch clears the directory: the empty state again.
        directory->clear();
        QTRY_COMPARE(stack->currentWidget()->objectName(), u"chartEmpty"_s);
    }
};

QTEST_MAIN(TestChartView)
#include "tst_chartview.moc"
