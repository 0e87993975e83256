// SPDX-License-Identifier: MIT
// Help → Keyboard Shortcuts is read from the actions, so it can only list keys that do something: every key in the
// list, pressed where its action lives, reaches that action (and no other); and the keys of the people's
// navigation and of the search box do what the list says they do.
#include "api/directoryloader.h"
#include "connectionmanager.h"
#include "credentials/credentialstore.h"
#include "directory/directory.h"
#include "keyboardshortcuts.h"
#include "mainwindow.h"
#include "testusers.h"
#include "windowparts.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolBar>

using namespace Qt::StringLiterals;
using namespace WindowParts;

namespace {
// Counts the shortcut events an action receives and keeps them from triggering it (no dialog opens, Quit does not
// quit), so every listed key can be pressed in one window.
class ShortcutRecorder : public QObject
{
public:
    int received = 0;
    int ambiguous = 0;
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() != QEvent::Shortcut)
            return false;
        ++received;
        if (static_cast<QShortcutEvent*>(event)->isAmbiguous())
            ++ambiguous;
        return true;
    }
};

// Where the key must be pressed for the action to answer: anywhere in the window for window shortcuts, else in
// the widget the action belongs to (or its first child that takes the keyboard).
QWidget* keyTarget(QAction* action, QMainWindow& window)
{
    QWidget* fallback = part<QTableView>(window, "userTable");
    if (action->shortcutContext() == Qt::WindowShortcut || action->shortcutContext() == Qt::ApplicationShortcut)
        return fallback;
    const QList<QObject*> owners = action->associatedObjects();
    for (QObject* owner : owners) {
        auto* widget = qobject_cast<QWidget*>(owner);
        if (!widget || qobject_cast<QMenu*>(widget) || qobject_cast<QMenuBar*>(widget) ||
            qobject_cast<QToolBar*>(widget))
            continue;
        if (widget->focusPolicy() & Qt::TabFocus)
            return widget;
        const QList<QWidget*> children = widget->findChildren<QWidget*>();
        for (QWidget* child : children) {
            if ((child->focusPolicy() & Qt::TabFocus) && child->isVisible())
                return child;
        }
    }
    return fallback;
}

const KeyboardShortcuts::Entry* entryFor(const QList<KeyboardShortcuts::Entry>& list, const char* actionName)
{
    for (const KeyboardShortcuts::Entry& e : list) {
        if (e.action->objectName() == QLatin1String(actionName))
            return &e;
    }
    return nullptr;
}
} // namespace

class TestKeyboardShortcuts : public QObject
{
    Q_OBJECT
    CredentialStore m_store; // no session bus here: the keychain is unavailable, which is fine

    // A window with people, one of them current, and text in the search box: every action has its reason to be.
    void prepare(MainWindow& window)
    {
        part<Directory>(window, "directory")->upsert(TestUsers::demo(80));
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* table = part<QTableView>(window, "userTable");
        table->selectRow(5);
        table->setFocus();
    }

private Q_SLOTS:
    void everyListedKeyReachesItsAction()
    {
        MainWindow window;
        ConnectionManager connections(&window, &m_store);
        prepare(window);
        auto* search = part<QLineEdit>(window, "searchEdit");

        const QList<KeyboardShortcuts::Entry> list = KeyboardShortcuts::of(&window);
        QVERIFY(list.size() >= 13); // 14 where the platform binds Quit

        for (const KeyboardShortcuts::Entry& entry : list) {
            QVERIFY(entry.action);
            QVERIFY2(!entry.text.isEmpty() && !entry.text.contains(u'&'), qPrintable(entry.text));
            QList<QKeySequence> pressed;
            QStringList written;
            for (const QKeySequence& keys : entry.action->shortcuts()) {
                if (!keys.isEmpty()) {
                    pressed.append(keys);
                    written.append(keys.toString(QKeySequence::NativeText));
                }
            }
            QCOMPARE(entry.keys, written.join(u" or "_s));

            // A disabled action's keys do nothing (Refresh before a connection, Stop when nothing loads): each is
            // pressed with its action enabled, and the recorder keeps it from running.
            const bool wasEnabled = entry.action->isEnabled();
            entry.action->setEnabled(true);
            ShortcutRecorder recorder;
            entry.action->installEventFilter(&recorder);
            QSignalSpy triggered(entry.action, &QAction::triggered);
            QWidget* target = keyTarget(entry.action, window);
            // A key of one tab's own list (the Health tab's Copy Id) is pressed with that tab shown.
            auto* tabs = part<QTabWidget>(window, "mainTabs");
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->widget(i)->isAncestorOf(target))
                    tabs->setCurrentIndex(i);
            }
            for (const QKeySequence& keys : std::as_const(pressed)) {
                recorder.received = recorder.ambiguous = 0;
                triggered.clear();
                search->setText(u"a"_s); // something to clear
                target->setFocus();
                QTRY_VERIFY(target->hasFocus());
                QTest::keySequence(target, keys);
                const QString what =
                    entry.text + u": "_s + keys.toString(QKeySequence::NativeText) + u" in "_s + target->objectName();
                QVERIFY2(recorder.received + triggered.count() == 1, qPrintable(what));
                QVERIFY2(recorder.ambiguous == 0, qPrintable(what + u" is ambiguous"_s));
            }
            entry.action->removeEventFilter(&recorder);
            entry.action->setEnabled(wasEnabled);
        }
    }

    // The rows that were once written by hand into the list now come from these actions, and their keys do it.
    void listedKeysDoWhatTheListSays()
    {
        MainWindow window;
        prepare(window);
        auto* table = part<QTableView>(window, "userTable");
        auto* search = part<QLineEdit>(window, "searchEdit");
        auto* directory = part<Directory>(window, "directory");
        const QList<KeyboardShortcuts::Entry> list = KeyboardShortcuts::of(&window);
        const auto keyOf = [](const KeyboardShortcuts::Entry* e) { return e->action->shortcuts().value(0); };

        // Alt+Up: the manager.
        const KeyboardShortcuts::Entry* up = entryFor(list, "goToManagerAction");
        QVERIFY(up);
        QCOMPARE(up->text, u"Go to manager"_s);
        QCOMPARE(keyOf(up), QKeySequence(Qt::ALT | Qt::Key_Up));
        const int row = directory->rowOf(currentUserId(window));
        const int manager = directory->managerRow(row);
        QVERIFY(manager >= 0);
        table->setFocus();
        QTest::keySequence(table, keyOf(up));
        QCOMPARE(currentUserId(window), directory->user(manager).id);

        // Alt+Down: back to the first direct report, first by name.
        const KeyboardShortcuts::Entry* down = entryFor(list, "goToFirstReportAction");
        QVERIFY(down);
        QCOMPARE(down->text, u"Go to first direct report"_s);
        QCOMPARE(keyOf(down), QKeySequence(Qt::ALT | Qt::Key_Down));
        QList<int> reports = directory->directReports(manager);
        std::sort(reports.begin(), reports.end(), [&](int a, int b) {
            return QLocale().toLower(directory->user(a).displayName()) <
                   QLocale().toLower(directory->user(b).displayName());
        });
        QTest::keySequence(table, keyOf(down));
        QCOMPARE(currentUserId(window), directory->user(reports.first()).id);

        // Down (or Enter) in the search box: the results, with the current person staying current.
        const KeyboardShortcuts::Entry* results = entryFor(list, "searchResultsAction");
        QVERIFY(results);
        QCOMPARE(results->text, u"From the search box to the results"_s);
        QCOMPARE(results->action->shortcuts(),
                 (QList<QKeySequence>{QKeySequence(Qt::Key_Down), QKeySequence(Qt::Key_Return),
                                      QKeySequence(Qt::Key_Enter)}));
        const QString current = currentUserId(window);
        for (const QKeySequence& keys : results->action->shortcuts()) {
            search->setFocus();
            QTRY_VERIFY(search->hasFocus());
            QTest::keySequence(search, keys);
            QVERIFY2(table->hasFocus(), qPrintable(keys.toString()));
            QCOMPARE(currentUserId(window), current);
        }

        // Esc in the search box clears it, even while a load is running (Stop is Esc too, everywhere else).
        const KeyboardShortcuts::Entry* clear = entryFor(list, "clearSearchAction");
        QVERIFY(clear);
        QCOMPARE(clear->text, u"Clear the search"_s);
        QCOMPARE(keyOf(clear), QKeySequence(Qt::Key_Escape));
        QVERIFY(window.openDemo(3000));
        QTRY_VERIFY(part<QAction>(window, "stopAction")->isEnabled());
        search->setText(u"title:engineer"_s);
        search->setFocus();
        QTRY_VERIFY(search->hasFocus());
        QTest::keySequence(search, keyOf(clear));
        QVERIFY(search->text().isEmpty());
        QVERIFY(window.loader()->isBusy()); // not stopped
        // With nothing left to clear, Esc stops the load.
        QTest::keySequence(search, keyOf(clear));
        QVERIFY(!window.loader()->isBusy());
    }
};

QTEST_MAIN(TestKeyboardShortcuts)
#include "tst_keyboardshortcuts.moc"
