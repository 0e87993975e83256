// SPDX-License-Identifier: MIT
// The "Settings by team" tab (#19): the matrix in the window equals SettingsMatrix, a cell shows exactly its people in
// the People table (Enter, and the context menu's "off"), outliers are marked and listed, the threshold and the
// active-only switch compute again, the export writes the matrix's CSV with the formula guard, the view keeps its
// expansion and current cell across recomputations, and the cells' colours keep the text readable.
#include "api/directoryloader.h"
#include "audit/settingsmatrix.h"
#include "directory/directory.h"
#include "export/tableexport.h"
#include "mainwindow.h"
#include "models/settingsmatrixmodel.h"
#include "models/userfiltermodel.h"
#include "searchbar.h"
#include "settingsbyteamview.h"
#include "settingsharedelegate.h"
#include "testfiles.h"
#include "testusers.h"
#include "tones.h"
#include "unpaceddemo.h"
#include "windowparts.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;
using WindowParts::part;

namespace {
QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
    p.setColor(QPalette::WindowText, QColor(0xf0, 0xf0, 0xf0));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xf0, 0xf0, 0xf0));
    return p;
}

// The first cell (depth first) whose organisation has outliers (`wanted`) or none, among people.
QModelIndex cellWithOutliers(const SettingsMatrixModel& model, bool wanted, const QModelIndex& parent = {})
{
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex row = model.index(r, 0, parent);
        for (int c = SettingsMatrixModel::FirstSettingColumn; c < SettingsMatrixModel::ColumnCount; ++c) {
            const QModelIndex cell = row.siblingAtColumn(c);
            if ((cell.data(SettingsMatrixModel::OutlierCountRole).toInt() > 0) == wanted &&
                cell.data(SettingsMatrixModel::PeopleRole).toInt() > 0)
                return cell;
        }
        const QModelIndex below = cellWithOutliers(model, wanted, row);
        if (below.isValid())
            return below;
    }
    return {};
}
// The tab alone on the 2,000-person demo company.
struct DemoTab
{
    Directory directory;
    std::unique_ptr<SettingsByTeamView> view;
    DemoTab()
    {
        directory.upsert(TestUsers::demo(2000));
        view = std::make_unique<SettingsByTeamView>(&directory);
    }
};
} // namespace

class TestSettingsByTeam : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cellShowsExactlyItsPeople()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(UnpacedDemo::open(window, 2000));
        auto* directory = part<Directory>(window, "directory");
        QTRY_COMPARE_WITH_TIMEOUT(directory->count(), 2000, 30000);
        QTRY_VERIFY(!window.loader()->isBusy());
        auto* model = part<SettingsMatrixModel>(window, "settingsMatrixModel");
        // The tab follows the directory: after the last page, the matrix of all 2,000.
        const SettingsMatrix expected = SettingsMatrix::compute(*directory);
        QTRY_COMPARE_WITH_TIMEOUT(model->index(0, 0).data(SettingsMatrixModel::PeopleRole).toInt(),
                                  expected.rows()[expected.roots().first()].people, 10000);
        QCOMPARE(model->matrix().rows().size(), expected.rows().size());

        auto* tabs = part<QTabWidget>(window, "mainTabs");
        auto* view = part<QTreeView>(window, "settingsMatrixView");
        tabs->setCurrentWidget(part<QWidget>(window, "settingsByTeamView"));
        // The top of the organisation is open: its managers are on screen.
        QTRY_VERIFY(view->isExpanded(model->index(0, 0)));
        const QModelIndex cell =
            model->index(0, 0, model->index(0, 0)).siblingAtColumn(SettingsMatrixModel::FirstSettingColumn + 3);
        const int on = cell.data(SettingsMatrixModel::OnCountRole).toInt();
        const int people = cell.data(SettingsMatrixModel::PeopleRole).toInt();
        QVERIFY(on > 0 && on < people);

        // An earlier search does not narrow the cell's people.
        auto* search = part<SearchBar>(window, "searchBar");
        search->setText(u"title:engineer"_s);
        auto* results = part<UserFilterModel>(window, "userFilterModel");
        view->setFocus();
        view->setCurrentIndex(cell);
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_COMPARE(tabs->currentWidget(), part<QWidget>(window, "peopleView"));
        QCOMPARE(search->text(), model->peopleQuery(cell, true));
        QVERIFY(search->text().startsWith(u"under:"_s));
        QTRY_COMPARE(results->rowCount(), on);

        // The context menu offers the other side.
        tabs->setCurrentWidget(part<QWidget>(window, "settingsByTeamView"));
        bool triggered = false;
        QTimer::singleShot(0, this, [&triggered] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            QAction* off = menu ? menu->findChild<QAction*>(u"showSettingOff"_s) : nullptr;
            if (off) {
                off->trigger();
                triggered = true;
            }
            if (menu)
                menu->close();
        });
        Q_EMIT view->customContextMenuRequested(view->visualRect(cell).center());
        QVERIFY(triggered);
        QTRY_COMPARE(tabs->currentWidget(), part<QWidget>(window, "peopleView"));
        QCOMPARE(search->text(), model->peopleQuery(cell, false));
        QTRY_COMPARE(results->rowCount(), people - on);
    }

    void outliersAreMarkedAndListed()
    {
        DemoTab tab;
        Directory& directory = tab.directory;
        SettingsByTeamView& view = *tab.view;
        SettingsMatrixModel* model = view.model();
        QVERIFY(!model->matrix().outliers().isEmpty());
        // A known outlier: their direct manager's cell for the setting is marked, and lists them.
        const SettingsMatrix::Outlier outlier = model->matrix().outliers().first();
        const QString outlierId = directory.user(outlier.person).id;
        const QString managerId = directory.user(outlier.person).managerId;
        const QModelIndex cell =
            model->indexOfManager(managerId, SettingsMatrixModel::FirstSettingColumn + int(outlier.setting));
        QVERIFY(cell.isValid());
        QVERIFY(cell.data(SettingsMatrixModel::OutlierCountRole).toInt() >= 1);
        QVERIFY(cell.data(Qt::AccessibleTextRole).toString().contains(u"outlier"_s));
        auto* tree = part<QTreeView>(view, "settingsMatrixView");
        tree->setCurrentIndex(cell);
        auto* list = part<QTreeWidget>(view, "settingsOutliers");
        QList<QTreeWidgetItem*> found;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->data(0, Qt::UserRole + 1).toString() == outlierId)
                found.append(list->topLevelItem(i));
        }
        QCOMPARE(found.size(), 1);
        QCOMPARE(list->topLevelItemCount(), cell.data(SettingsMatrixModel::OutlierCountRole).toInt());
        QCOMPARE(found.first()->text(2), outlier.on ? u"On"_s : u"Off"_s);
        // Activating them asks for the person.
        QSignalSpy activated(&view, &SettingsByTeamView::userActivated);
        Q_EMIT list->itemActivated(found.first(), 0);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toString(), outlierId);
    }

    void thresholdAndActiveOnlyComputeAgain()
    {
        DemoTab tab;
        Directory& directory = tab.directory;
        SettingsByTeamView& view = *tab.view;
        SettingsMatrixModel* model = view.model();
        auto* threshold = part<QSpinBox>(view, "settingsOutlierThreshold");
        auto* activeOnly = part<QCheckBox>(view, "settingsActiveOnly");
        auto* summary = part<QLabel>(view, "settingsSummary");
        QCOMPARE(threshold->value(), 80);
        QVERIFY(activeOnly->isChecked());
        const qsizetype before = model->matrix().outliers().size();
        QVERIFY(summary->text().contains(QString::number(before)));

        QSignalSpy recomputed(model, &SettingsMatrixModel::recomputed);
        threshold->setValue(100);
        QCOMPARE(recomputed.size(), 1);
        SettingsMatrix::Options options;
        options.outlierThreshold = 1.0;
        const qsizetype strict = SettingsMatrix::compute(directory, options).outliers().size();
        QVERIFY(strict < before);
        QCOMPARE(model->matrix().outliers().size(), strict);
        QVERIFY(summary->text().contains(QString::number(strict)));

        activeOnly->setChecked(false);
        QCOMPARE(recomputed.size(), 2);
        options.activeOnly = false;
        const SettingsMatrix everyone = SettingsMatrix::compute(directory, options);
        QCOMPARE(model->index(0, 0).data(SettingsMatrixModel::PeopleRole).toInt(),
                 everyone.rows()[everyone.roots().first()].people);
        QCOMPARE(model->matrix().outliers().size(), everyone.outliers().size());
    }

    // The threshold and the switch are kept between sessions (only by an application that names itself, as main.cpp's
    // does: in a temporary settings folder here).
    void thresholdAndSwitchAreKept()
    {
        QTemporaryDir settingsDir;
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
        QCoreApplication::setOrganizationName(u"GongDirectoryTest"_s);
        Directory directory;
        directory.upsert(TestUsers::demo(300));
        {
            SettingsByTeamView view(&directory);
            part<QSpinBox>(view, "settingsOutlierThreshold")->setValue(90);
            part<QCheckBox>(view, "settingsActiveOnly")->setChecked(false);
        }
        SettingsByTeamView again(&directory);
        QCoreApplication::setOrganizationName(QString());
        QCOMPARE(part<QSpinBox>(again, "settingsOutlierThreshold")->value(), 90);
        QVERIFY(!part<QCheckBox>(again, "settingsActiveOnly")->isChecked());
        QCOMPARE(again.model()->options().outlierThreshold, 0.9);
        QVERIFY(!again.model()->options().activeOnly);
    }

    void keepsExpansionAndCurrentCell()
    {
        DemoTab tab;
        Directory& directory = tab.directory;
        SettingsByTeamView& view = *tab.view;
        SettingsMatrixModel* model = view.model();
        auto* tree = part<QTreeView>(view, "settingsMatrixView");
        const QModelIndex child = model->index(1, 0, model->index(0, 0));
        QVERIFY(model->rowCount(child) > 0);
        tree->expand(child);
        const QString manager = child.data(SettingsMatrixModel::ManagerIdRole).toString();
        tree->setCurrentIndex(child.siblingAtColumn(SettingsMatrixModel::FirstSettingColumn + 2));
        model->recompute();
        const QModelIndex again = model->indexOfManager(manager);
        QVERIFY(tree->isExpanded(again));
        QCOMPARE(tree->currentIndex(), again.siblingAtColumn(SettingsMatrixModel::FirstSettingColumn + 2));
        // A page that moves rows around: still the same manager's row.
        directory.upsert({TestUsers::make(u"999"_s, u"Aaron"_s, u"Aardvark"_s, directory.user(0).id)});
        QSignalSpy recomputed(model, &SettingsMatrixModel::recomputed);
        QVERIFY(recomputed.wait(5000));
        QVERIFY(tree->isExpanded(model->indexOfManager(manager)));
        QCOMPARE(tree->currentIndex().data(SettingsMatrixModel::ManagerIdRole).toString(), manager);
    }

    void exportsTheMatrix()
    {
        Directory directory;
        // A manager whose name a spreadsheet would run as a formula.
        directory.upsert({TestUsers::make(u"1"_s, u"=HYPERLINK(\"http://x\")"_s, u"Boss"_s, QString()),
                          TestUsers::make(u"2"_s, u"Ann"_s, u"One"_s, u"1"_s),
                          TestUsers::make(u"3"_s, u"Bo"_s, u"Two"_s, u"1"_s)});
        SettingsByTeamView view(&directory);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"matrix.csv"_s);
        QString error;
        QVERIFY2(view.exportTo(path, &error), qPrintable(error));
        const QByteArray bytes = TestFiles::read(path);
        QVERIFY(!bytes.isEmpty());
        QCOMPARE(bytes, TableExport::csv(SettingsMatrix::tableHeader(), view.model()->matrix().tableRows(directory)));
        const QList<QByteArray> lines = bytes.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].contains("manager,managerId,managerEmail,level,people,webConferencesRecorded.on"));
        QVERIFY2(lines[1].startsWith("\"'=HYPERLINK"), lines[1].constData());
        // A folder that is not there: an error, and no file.
        const QString bad = dir.filePath(u"missing/matrix.csv"_s);
        QVERIFY(!view.exportTo(bad, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(bad));
    }

    // The colours used: every share's background with its text at WCAG AA (4.5:1) on a light and a dark palette.
    void cellTextReadsOnEveryShare_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << lightPalette();
        QTest::newRow("dark") << darkPalette();
    }
    void cellTextReadsOnEveryShare()
    {
        QFETCH(QPalette, palette);
        QCOMPARE(SettingShareDelegate::background(0.0, palette), palette.color(QPalette::Base));
        double lowest = 21;
        for (int percent = 0; percent <= 100; ++percent) {
            const QColor back = SettingShareDelegate::background(percent / 100.0, palette);
            lowest = qMin(lowest, Tones::contrast(SettingShareDelegate::textOn(back), back));
        }
        QVERIFY2(lowest >= 4.5, qPrintable(QString::number(lowest)));
        // A scale: the ends are far apart.
        QVERIFY(Tones::contrast(SettingShareDelegate::background(0.0, palette),
                                SettingShareDelegate::background(1.0, palette)) > 2.0);
    }

    // The outlier marker is painted (in the text's colour) on a cell with outliers, and not on one without.
    void outlierMarkerIsPainted()
    {
        DemoTab tab;
        SettingsByTeamView& view = *tab.view;
        const QModelIndex marked = cellWithOutliers(*view.model(), true);
        const QModelIndex plain = cellWithOutliers(*view.model(), false);
        QVERIFY(marked.isValid() && plain.isValid());
        SettingShareDelegate delegate;
        const auto corner = [&](const QModelIndex& index) {
            QImage image(160, 26, QImage::Format_RGB32);
            image.fill(Qt::magenta);
            QPainter painter(&image);
            QStyleOptionViewItem option;
            option.initFrom(view.treeView());
            option.rect = image.rect();
            option.palette = lightPalette();
            delegate.paint(&painter, option, index);
            painter.end();
            const QColor fill =
                SettingShareDelegate::background(index.data(SettingsMatrixModel::ShareRole).toDouble(), lightPalette());
            return std::make_pair(image.pixelColor(image.width() - 4, 3), fill);
        };
        const auto [markedPixel, markedFill] = corner(marked);
        QCOMPARE(markedPixel, SettingShareDelegate::textOn(markedFill));
        const auto [plainPixel, plainFill] = corner(plain);
        QCOMPARE(plainPixel, plainFill);
    }
};

QTEST_MAIN(TestSettingsByTeam)
#include "tst_settingsbyteam.moc"
