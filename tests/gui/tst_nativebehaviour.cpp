// SPDX-License-Identifier: MIT
// What makes the window behave like a native app: it remembers its layout, lists its shortcuts,
// and its controls are readable by a screen reader.
#include "connectionmanager.h"
#include "credentials/credentialstore.h"
#include "detailpane.h"
#include "directory/directory.h"
#include "directory/usercolumns.h"
#include "facetpanel.h"
#include "mainwindow.h"
#include "orgchartview.h"
#include "searchbar.h"

#include <QAccessible>
#include <QApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QScreen>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

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
            window.tabs()->setCurrentIndex(1);
            window.searchBar()->lineEdit()->setText(QStringLiteral("title:engineer"));
            window.tableView()->horizontalHeader()->resizeSection(emailColumn(), 333);
            size = window.size();
        }
        MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), size);
        QCOMPARE(again.tabs()->currentIndex(), 1);
        QCOMPARE(again.searchBar()->lineEdit()->text(), QStringLiteral("title:engineer"));
        QCOMPARE(again.tableView()->horizontalHeader()->sectionSize(emailColumn()), 333);
    }

    void everyDocumentedShortcutIsListed()
    {
        MainWindow window;
        CredentialStore store; // no session bus here: the keychain is unavailable, which is fine
        ConnectionManager connections(&window, &store);
        QStringList keys;
        for (const auto& entry : window.keyboardShortcuts()) {
            QVERIFY(!entry.first.isEmpty());
            keys.append(entry.second.split(QStringLiteral(" or ")));
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
        const QList<QWidget*> controls = {window.tableView(),
                                          window.searchBar()->lineEdit(),
                                          window.facetPanel(),
                                          window.orgChartView()->treeView(),
                                          window.orgChartView()->searchEdit(),
                                          window.detailPane(),
                                          window.progressBar()};
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
};

QTEST_MAIN(TestNativeBehaviour)
#include "tst_nativebehaviour.moc"
