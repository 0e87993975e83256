// SPDX-License-Identifier: MIT
// What makes the window behave like a native app: it remembers its layout, lists its shortcuts,
// and its controls are readable by a screen reader.
#include "appearance.h"
#include "connectionmanager.h"
#include "credentials/credentialstore.h"
#include "demo/demoorggenerator.h"
#include "detailpane.h"
#include "directory/directory.h"
#include "directory/usercolumns.h"
#include "errorbanner.h"
#include "exportactions.h"
#include "facetpanel.h"
#include "icons.h"
#include "keyboardshortcuts.h"
#include "mainwindow.h"
#include "orgchartview.h"
#include "searchbar.h"
#include "tones.h"
#include "windowparts.h"

#include <QAccessible>
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QIcon>
#include <QImage>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPointer>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace WindowParts;

class TestNativeBehaviour : public QObject
{
    Q_OBJECT
    QTemporaryDir m_config;
    static int emailColumn() { return UserColumns::indexOf(QStringLiteral("emailAddress")); }

private Q_SLOTS:
    void initTestCase()
    {
        // Persisting needs an organisation name (the app sets one); keep the settings in a temporary folder.
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
        QCoreApplication::setOrganizationName(QStringLiteral("GongDirectoryTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_nativebehaviour"));
    }

    void firstRunUsesMostOfTheScreen()
    {
        MainWindow window;
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        QVERIFY2(window.width() >= qMin(960, available.width()) && window.width() <= available.width(),
                 qPrintable(QString::number(window.width())));
        QVERIFY(window.height() >= qMin(600, available.height()) && window.height() <= available.height());
    }

    void layoutTabAndQueryPersist()
    {
        QSize size;
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1010, 690);
            part<QTabWidget>(window, "mainTabs")->setCurrentIndex(1);
            part<QLineEdit>(window, "searchEdit")->setText(QStringLiteral("title:engineer"));
            part<QTableView>(window, "userTable")->horizontalHeader()->resizeSection(emailColumn(), 333);
            size = window.size();
        }
        MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), size);
        QCOMPARE(part<QTabWidget>(again, "mainTabs")->currentIndex(), 1);
        QCOMPARE(part<QLineEdit>(again, "searchEdit")->text(), QStringLiteral("title:engineer"));
        QCOMPARE(part<QTableView>(again, "userTable")->horizontalHeader()->sectionSize(emailColumn()), 333);
    }

    // The open page comes back by what it is, not its place: the Changes page, made after the window's state is
    // restored (with the offline copy), and a page whose index differs from what an older version saved.
    void theOpenPageIsKeptByName()
    {
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_config.filePath(QStringLiteral("data"))));
        for (const QString& page : {QStringLiteral("changesView"), QStringLiteral("healthView")}) {
            {
                MainWindow window;
                window.enableOfflineCopy(nullptr);
                auto* tabs = part<QTabWidget>(window, "mainTabs");
                tabs->setCurrentWidget(part<QWidget>(window, page.toLatin1().constData()));
                QCOMPARE(tabs->currentWidget()->objectName(), page);
            }
            MainWindow again;
            again.enableOfflineCopy(nullptr);
            QCOMPARE(part<QTabWidget>(again, "mainTabs")->currentWidget()->objectName(), page);
        }
    }

    void everyDocumentedShortcutIsListed()
    {
        MainWindow window;
        CredentialStore store; // no session bus here: the keychain is unavailable, which is fine
        ConnectionManager connections(&window, &store);
        QStringList keys;
        for (const auto& entry : KeyboardShortcuts::of(&window)) {
            QVERIFY(!entry.text.isEmpty());
            keys.append(entry.keys.split(QStringLiteral(" or ")));
        }
        const QStringList expected = {
            QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText),
            QKeySequence(Qt::CTRL | Qt::Key_R).toString(QKeySequence::NativeText),
            QKeySequence(Qt::Key_F5).toString(QKeySequence::NativeText),
            QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText),
            QKeySequence(Qt::CTRL | Qt::Key_E).toString(QKeySequence::NativeText),
            QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText),
            QKeySequence(Qt::CTRL | Qt::Key_Comma).toString(QKeySequence::NativeText),
            QKeySequence(Qt::ALT | Qt::Key_Up).toString(QKeySequence::NativeText),
            QKeySequence(Qt::ALT | Qt::Key_Down).toString(QKeySequence::NativeText),
            QKeySequence(Qt::Key_F1).toString(QKeySequence::NativeText),
        };
        for (const QString& k : expected)
            QVERIFY2(keys.contains(k), qPrintable(k + QLatin1String(" missing from: ") + keys.join(QLatin1Char(','))));
    }

    void mainControlsHaveAccessibleNames()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<QWidget*> controls = {
            part<QTableView>(window, "userTable"),  part<QLineEdit>(window, "searchEdit"),
            part<FacetPanel>(window, "facetPanel"), part<OrgChartView>(window, "orgChartView")->treeView(),
            part<DetailPane>(window, "detailPane"), part<QProgressBar>(window, "loadingProgress")};
        for (QWidget* w : controls) {
            QVERIFY(w);
            QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
            QVERIFY2(iface, w->metaObject()->className());
            QVERIFY2(!iface->text(QAccessible::Name).isEmpty(), w->metaObject()->className());
        }
        // Every menu entry says what it does.
        std::function<void(const QList<QAction*>&)> walk = [&](const QList<QAction*>& actions) {
            for (QAction* a : actions) {
                if (a->menu())
                    walk(a->menu()->actions());
                else if (!a->isSeparator())
                    QVERIFY2(!a->text().isEmpty(), qPrintable(a->objectName()));
            }
        };
        walk(window.menuBar()->actions());
    }

    // View → Appearance: Dark turns the whole app dark, every error and warning tone stays readable on it (WCAG
    // 4.5:1 for text), widgets already showing a problem follow the switch, and the choice is remembered.
    void appearanceSwitchesAndStaysReadable()
    {
        Appearance appearance;
        const QPalette system = QApplication::palette();
        MainWindow window;
        window.setAppearance(&appearance);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* banner = window.findChild<ErrorBanner*>();
        QVERIFY(banner);
        banner->showError(QStringLiteral("The server said no."), true);
        part<SearchBar>(window, "searchBar")->setText(QStringLiteral("title:\"open"));
        QLabel* hint = part<QLabel>(window, "searchError");
        QVERIFY(hint->isVisible());

        const auto readable = [&](const char* when) {
            const QPalette app = QApplication::palette();
            const QPalette b = banner->palette();
            QVERIFY2(Tones::contrast(b.color(QPalette::WindowText), b.color(QPalette::Window)) >= 4.5, when);
            QCOMPARE(Tones::isDark(b), Tones::isDark(app)); // the banner's tint follows the app
            QVERIFY2(Tones::contrast(hint->palette().color(QPalette::WindowText), app.color(QPalette::Window)) >= 4.5,
                     when);
            const QString box = part<QLineEdit>(window, "searchEdit")->styleSheet();
            QVERIFY2(box.contains(Tones::background(Tones::Tone::Error, app).name()), qPrintable(box));
            QVERIFY(Tones::contrast(Tones::textOnBackground(Tones::Tone::Error, app),
                                    Tones::background(Tones::Tone::Error, app)) >= 4.5);
            QVERIFY(Tones::contrast(Tones::textOnBackground(Tones::Tone::Warning, app),
                                    Tones::background(Tones::Tone::Warning, app)) >= 4.5);
            QVERIFY(Tones::contrast(Tones::text(Tones::Tone::Warning, app), app.color(QPalette::Window)) >= 4.5);
            auto* warning =
                part<DetailPane>(window, "detailPane")->findChild<QLabel*>(QStringLiteral("detailChainWarning"));
            QVERIFY(warning);
            QVERIFY2(warning->styleSheet().contains(Tones::background(Tones::Tone::Warning, app).name()),
                     qPrintable(warning->styleSheet()));
        };

        // Through the menu, as a person would.
        QMenu* menu = nullptr;
        for (QMenu* m : window.findChildren<QMenu*>())
            if (m->title().remove(QLatin1Char('&')) == QLatin1String("Appearance"))
                menu = m;
        QVERIFY(menu);
        QCOMPARE(menu->actions().size(), 3);
        QVERIFY(menu->actions().at(0)->isChecked()); // System
        menu->actions().at(2)->trigger();            // Dark
        QCoreApplication::processEvents();           // widgets take the palette from posted events
        QCOMPARE(appearance.mode(), Appearance::Dark);
        QVERIFY(menu->actions().at(2)->isChecked());
        QVERIFY(Tones::isDark(QApplication::palette()));
        QVERIFY(Tones::isDark(part<QTableView>(window, "userTable")->palette()));
        readable("dark");
        QCOMPARE(QSettings().value(QStringLiteral("window/appearance")).toString(), QStringLiteral("dark"));
        {
            Appearance next; // the next start
            next.restore();
            QCOMPARE(next.mode(), Appearance::Dark);
        }

        menu->actions().at(1)->trigger(); // Light
        QCoreApplication::processEvents();
        QVERIFY(!Tones::isDark(QApplication::palette()));
        readable("light");

        appearance.setMode(Appearance::System);
        QCoreApplication::processEvents();
        QCOMPARE(QApplication::palette().color(QPalette::Window), system.color(QPalette::Window));
        QCOMPARE(QApplication::palette().color(QPalette::Text), system.color(QPalette::Text));
        QCOMPARE(QSettings().value(QStringLiteral("window/appearance")).toString(), QStringLiteral("system"));
    }

    // The toolbar's and menus' icons are our SVGs: drawn at any scale factor at full resolution (a bitmap icon
    // tops out at its largest size), and with strokes that read on both the light and the dark palette.
    void iconsAreSharpAndReadable()
    {
        MainWindow window;
        CredentialStore store;
        ConnectionManager connections(&window, &store);
        QList<QAction*> actions = {part<QAction>(window, "refreshAction"),
                                   part<QAction>(window, "stopAction"),
                                   part<ExportActions>(window, "exportActions")->exportAction(),
                                   part<ExportActions>(window, "exportActions")->copyAction(),
                                   part<QAction>(window, "showInOrgChartAction"),
                                   part<QAction>(window, "connectionSettingsAction")};
        QList<QIcon> icons;
        for (QAction* a : actions) {
            QVERIFY(a);
            icons.append(a->icon());
        }
        icons.append(Icons::get("gong-directory")); // the window icon main() sets
        const QColor lightWindow = Appearance::lightPalette().color(QPalette::Window);
        const QColor darkWindow = Appearance::darkPalette().color(QPalette::Window);
        for (int i = 0; i < icons.size(); ++i) {
            const QIcon& icon = icons.at(i);
            const QString what = i < actions.size() ? actions.at(i)->text() : QStringLiteral("app icon");
            QVERIFY2(!icon.isNull(), qPrintable(what));
            for (const qreal scale : {1.0, 1.5, 2.0, 3.0}) {
                const QPixmap pixmap = icon.pixmap(QSize(24, 24), scale);
                QCOMPARE(pixmap.size(), QSize(qRound(24 * scale), qRound(24 * scale)));
            }
            const QImage image = icon.pixmap(QSize(48, 48), 1.0).toImage();
            double onLight = 1, onDark = 1;
            int opaque = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    if (c.alpha() < 250)
                        continue;
                    ++opaque;
                    onLight = qMax(onLight, Tones::contrast(c, lightWindow));
                    onDark = qMax(onDark, Tones::contrast(c, darkWindow));
                }
            }
            QVERIFY2(opaque > 40, qPrintable(what));
            QVERIFY2(onLight >= 3.0 && onDark >= 3.0,
                     qPrintable(QStringLiteral("%1: %2 on light, %3 on dark").arg(what).arg(onLight).arg(onDark)));
        }
    }

    // Tab walks through every part of the window — search, table, filters, details — and comes back around.
    void tabWalksThroughTheWholeWindow()
    {
        MainWindow window;
        QList<User> users;
        for (const QJsonObject& o : DemoOrgGenerator(DemoOrgOptions{60, 3}).users())
            users.append(User::fromJson(o));
        part<Directory>(window, "directory")->upsert(users);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        part<QTabWidget>(window, "mainTabs")->setCurrentIndex(0); // People (an earlier test left the org chart open)
        window.selectUser(users.first().id); // a person in the details (empty details have no stop)
        QLineEdit* search = part<QLineEdit>(window, "searchEdit");
        search->setFocus();
        QTRY_VERIFY(search->hasFocus());
        QList<QPointer<QWidget>> visited;
        QStringList names;
        for (int i = 0; i < 80; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget* now = QApplication::focusWidget();
            QVERIFY(now);
            if (now == search)
                break;
            visited.append(now);
            names.append(QString::fromLatin1(now->metaObject()->className()) + QLatin1Char('/') + now->objectName());
        }
        qInfo("Tab order: %s", qPrintable(names.join(QStringLiteral(" → "))));
        QCOMPARE(QApplication::focusWidget(), search); // the walk comes back around
        const auto reached = [&](QWidget* part) {
            for (const QPointer<QWidget>& w : visited)
                if (w && (w == part || part->isAncestorOf(w)))
                    return true;
            return false;
        };
        const auto firstVisit = [&](QWidget* part) {
            for (int i = 0; i < visited.size(); ++i)
                if (visited.at(i) && (visited.at(i) == part || part->isAncestorOf(visited.at(i))))
                    return i;
            return -1;
        };
        QVERIFY(reached(part<QTableView>(window, "userTable")));
        QVERIFY(reached(part<FacetPanel>(window, "facetPanel")));
        QVERIFY(reached(part<DetailPane>(window, "detailPane")));
        // Left to right, as the window reads: filters, then the table, then the details.
        QVERIFY(firstVisit(part<FacetPanel>(window, "facetPanel")) < firstVisit(part<QTableView>(window, "userTable")));
        QVERIFY(firstVisit(part<QTableView>(window, "userTable")) < firstVisit(part<DetailPane>(window, "detailPane")));
        QVERIFY(!reached(part<OrgChartView>(window, "orgChartView"))); // hidden behind its tab
        // Backwards too.
        QTest::keyClick(search, Qt::Key_Backtab);
        QVERIFY(QApplication::focusWidget() != search);
        QCOMPARE(QApplication::focusWidget(), visited.last().data());
    }

    // Fusion (Qt 6.4) draws a check box's outline from the window colour darkened, which on a dark palette
    // disappears into the box: ReadableStyle keeps an outline of at least 3:1 (WCAG for controls).
    void checkBoxesKeepAnOutlineOnDark_data()
    {
        QTest::addColumn<int>("element");
        QTest::addColumn<bool>("itemView");
        QTest::newRow("check box") << int(QStyle::PE_IndicatorCheckBox) << false;
        QTest::newRow("radio button") << int(QStyle::PE_IndicatorRadioButton) << false;
        QTest::newRow("item view check (facet filters)") << int(QStyle::PE_IndicatorItemViewItemCheck) << true;
    }

    void checkBoxesKeepAnOutlineOnDark()
    {
        QFETCH(int, element);
        QFETCH(bool, itemView);
        const QPalette dark = Appearance::darkPalette();
        const auto strongest = [&](QStyle* style) {
            QImage image(24, 24, QImage::Format_ARGB32);
            image.fill(dark.color(QPalette::Base)); // an item view's background
            QPainter painter(&image);
            QStyleOptionViewItem item;
            QStyleOptionButton button;
            QStyleOption* option = itemView ? static_cast<QStyleOption*>(&item) : &button;
            option->rect = QRect(4, 4, 16, 16);
            option->state = QStyle::State_Enabled | QStyle::State_Off;
            option->palette = dark;
            style->drawPrimitive(QStyle::PrimitiveElement(element), option, &painter);
            painter.end();
            double best = 1;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    best = qMax(best, Tones::contrast(image.pixelColor(x, y), dark.color(QPalette::Base)));
            return best;
        };
        ReadableStyle readable(QStringLiteral("Fusion"));
        const double ours = strongest(&readable);
        QVERIFY2(ours >= 3.0, qPrintable(QString::number(ours)));
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        qInfo("outline contrast on the dark palette: %.2f (plain Fusion %.2f)", ours, strongest(fusion.get()));
    }
};

QTEST_MAIN(TestNativeBehaviour)
#include "tst_nativebehaviour.moc"
#include <QAction>
