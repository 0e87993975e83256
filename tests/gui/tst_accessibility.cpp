// SPDX-License-Identifier: MIT
// What a screen reader gets from the windows, in process (offscreen): every window and dialog is walked through
// QAccessible as an AT-SPI bridge would walk it. Every focusable control has a real name, labels expose what they
// show, checkable items say so, messages that appear (the error banner, a connection test, an export) raise alerts,
// the view the user is not in raises no focus events; and the keyboard: unique mnemonics in every menu and dialog,
// Tab in reading order without invisible stops, Space on a facet, Shift+F10 and the Menu key.
#include "api/directoryloader.h"
#include "credentials/credentialstore.h"
#include "credentialsdialog.h"
#include "demo/demoserver.h"
#include "demoservers.h"
#include "directory/directory.h"
#include "exportactions.h"
#include "exportdialog.h"
#include "keyboardshortcuts.h"
#include "mainwindow.h"
#include "windowparts.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeView>
#include <QTreeWidget>

using namespace WindowParts;
using namespace Qt::StringLiterals;

namespace {
struct Recorded
{
    QAccessible::Event type;
    QAccessible::Role role;
    QPointer<QObject> object;
    int child;
    QString text; // the name and value of the object and everything below it, at the time of the event
};
QList<Recorded> g_events;

// All the text a screen reader finds in `iface` and below (what Orca reads for an alert).
QString textBelow(QAccessibleInterface* iface, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 6)
        return {};
    QString text = iface->text(QAccessible::Name) + u' ' + iface->text(QAccessible::Value);
    for (int i = 0; i < iface->childCount() && i < 50; ++i)
        text += u' ' + textBelow(iface->child(i), depth + 1);
    return text;
}

void record(QAccessibleEvent* event)
{
    QAccessibleInterface* iface = event->accessibleInterface();
    g_events.append({event->type(), iface ? iface->role() : QAccessible::NoRole, event->object(), event->child(),
                     iface ? textBelow(iface) : QString()});
}

QList<Recorded> eventsOf(QAccessible::Event type)
{
    QList<Recorded> out;
    for (const Recorded& e : std::as_const(g_events)) {
        if (e.type == type)
            out.append(e);
    }
    return out;
}

QString plain(const QString& labelText)
{
    QTextDocument doc;
    doc.setHtml(labelText);
    return doc.toPlainText().remove(u'&').simplified();
}

QString nameOf(QObject* object)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(object);
    return iface ? iface->text(QAccessible::Name) : QString();
}

bool shown(const QWidget* w)
{
    return w->isVisible() && w->width() > 0 && w->height() > 0;
}

// The problems a screen-reader user meets in `root` and the windows below it: unnamed or badly named Tab stops,
// labels that hide what they show.
QStringList problemsIn(QWidget* root)
{
    QStringList problems;
    const QRegularExpression codeName(u"^(Q[A-Z]\\w+|\\w+\\.(cpp|h|ui|png|svg)|[a-z]+[A-Z]\\w*)$"_s);
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : std::as_const(widgets)) {
        if (!shown(w) || !w->isEnabled())
            continue;
        const QString what = QString::fromLatin1(w->metaObject()->className()) + u" \""_s + w->objectName() + u'"';
        if ((w->focusPolicy() & Qt::TabFocus) && !w->focusProxy()) {
            const QString name = nameOf(w).trimmed();
            if (name.isEmpty())
                problems << u"Tab stop without a name: "_s + what;
            else if (codeName.match(name).hasMatch() || name == w->objectName())
                problems << u"Tab stop named like code: %1 is \"%2\""_s.arg(what, name);
        }
        if (auto* label = qobject_cast<QLabel*>(w); label && !label->text().isEmpty()) {
            QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(label);
            const QString exposed = iface->text(QAccessible::Name) + u' ' + iface->text(QAccessible::Value);
            const QString shownText = plain(label->text());
            if (!plain(exposed).contains(shownText))
                problems << u"label %1 shows \"%2\" but is read as \"%3\""_s.arg(what, shownText, exposed);
        }
    }
    return problems;
}

QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == u'&') {
            if (text[i + 1] != u'&')
                return text[i + 1].toLower();
            ++i;
        }
    }
    return {};
}

// Two controls of one dialog, or two entries of one menu, that answer the same Alt+letter.
QStringList mnemonicClashes(const QStringList& texts, const QString& where)
{
    QStringList clashes;
    QHash<QChar, QString> seen;
    for (const QString& text : texts) {
        const QChar key = mnemonicOf(text);
        if (key.isNull())
            continue;
        if (seen.contains(key))
            clashes << u"%1: Alt+%2 is \"%3\" and \"%4\""_s.arg(where, key, seen[key], text);
        else
            seen.insert(key, text);
    }
    return clashes;
}

QStringList menuClashes(QMenu* menu, const QString& where)
{
    QStringList texts;
    QStringList clashes;
    Q_EMIT menu->aboutToShow(); // menus filled on demand (Columns)
    for (QAction* a : menu->actions()) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        texts << a->text();
        if (a->menu())
            clashes += menuClashes(a->menu(), where + u" › "_s + a->text());
    }
    return clashes + mnemonicClashes(texts, where);
}

QStringList dialogClashes(QWidget* dialog)
{
    QStringList texts;
    const QList<QWidget*> widgets = dialog->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (!w->isVisibleTo(dialog))
            continue;
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            texts << b->text();
        else if (auto* l = qobject_cast<QLabel*>(w); l && l->buddy())
            texts << l->text();
        else if (auto* g = qobject_cast<QGroupBox*>(w))
            texts << g->title();
    }
    return mnemonicClashes(texts, dialog->windowTitle());
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
    MainWindow* m_window = nullptr;
    QTemporaryDir m_dir;

    QTableView* table() const { return part<QTableView>(*m_window, "userTable"); }

    // What ConnectionManager adds once the window exists: the settings action and the connection box in the toolbar.
    QWidget* addConnectionControls()
    {
        auto* settings = new QAction(u"&Connection Settings…"_s, m_window);
        // As ConnectionManager sets them: where the desktop's Preferences key is Ctrl+, too, it is there twice.
        settings->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Comma), QKeySequence(Qt::CTRL | Qt::Key_Comma)});
        auto* box = new QComboBox;
        box->addItem(u"Demo"_s);
        box->setAccessibleName(u"Active connection"_s);
        m_window->addConnectionControls(settings, box);
        return box;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // The bridge to the accessibility bus (run-with-a11y-bus.sh) turns Qt's events on; they come here instead.
        QTRY_VERIFY_WITH_TIMEOUT(QAccessible::isActive(), 10000);
        QAccessible::installUpdateHandler(record);
    }

    void init()
    {
        m_window = new MainWindow;
        m_window->setRequestsPerSecond(50);
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_window->activateWindow(); // no window manager on Xvfb: the keyboard goes where the test says
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        QSignalSpy finished(m_window->loader(), &DirectoryLoader::finished);
        QVERIFY(m_window->openDemo(120));
        QVERIFY(finished.wait(30000));
        auto* facets = part<QTreeWidget>(*m_window, "facetTree"); // its counts follow the load a moment later
        QTRY_VERIFY(facets->topLevelItemCount() > 0 && facets->topLevelItem(0)->childCount() > 0);
        g_events.clear();
    }

    void cleanup()
    {
        delete m_window;
        m_window = nullptr;
    }

    void everyControlOfTheWindowIsNamedAndEveryLabelReadable()
    {
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_Down); // someone in the details
        QTRY_VERIFY(!currentUserId(*m_window).isEmpty());
        auto* facets = part<QTreeWidget>(*m_window, "facetTree");
        facets->topLevelItem(0)->child(0)->setCheckState(0, Qt::Checked); // chips and the query line
        QTRY_VERIFY(part<QLabel>(*m_window, "facetQuery")->isVisible());
        const QStringList problems = problemsIn(m_window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        // The status bar reads as it shows, with its purpose.
        QCOMPARE(nameOf(part<QLabel>(*m_window, "connectionLabel")), u"Connection: Demo"_s);
        QVERIFY2(nameOf(part<QLabel>(*m_window, "userCountLabel")).startsWith(u"Users loaded: "_s),
                 qPrintable(nameOf(part<QLabel>(*m_window, "userCountLabel"))));
        QCOMPARE(nameOf(part<QLabel>(*m_window, "loadingStateLabel")), u"Loading state: Up to date"_s);

        // The org chart page too.
        part<QTabWidget>(*m_window, "mainTabs")->setCurrentIndex(1);
        const QStringList orgProblems = problemsIn(m_window);
        QVERIFY2(orgProblems.isEmpty(), qPrintable(orgProblems.join(u'\n')));

        // And the Health page: its lists named by what they hold, each check and count readable.
        part<QTabWidget>(*m_window, "mainTabs")->setCurrentWidget(part<QWidget>(*m_window, "healthView"));
        QTRY_VERIFY(!part<QLabel>(*m_window, "healthCheckTitle")->text().isEmpty());
        const QStringList healthProblems = problemsIn(m_window);
        QVERIFY2(healthProblems.isEmpty(), qPrintable(healthProblems.join(u'\n')));
        QCOMPARE(nameOf(part<QWidget>(*m_window, "healthChecks")), u"Health checks"_s);
        QCOMPARE(nameOf(part<QWidget>(*m_window, "healthPeople")), u"People: No manager"_s);
    }

    void detailsTieEachValueToItsLabel()
    {
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_Down);
        QTRY_VERIFY(!currentUserId(*m_window).isEmpty());
        auto* value = part<QLabel>(*m_window, "setting_webConferencesRecorded");
        QVERIFY2(nameOf(value).startsWith(u"Web conferences recorded: "_s), qPrintable(nameOf(value)));
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(value);
        bool labelled = false;
        for (const auto& relation : iface->relations(QAccessible::Label))
            labelled = labelled || relation.first->text(QAccessible::Name) == u"Web conferences recorded"_s;
        QVERIFY(labelled);
        QVERIFY(nameOf(part<QLabel>(*m_window, "detailId")).startsWith(u"Id: "_s));
    }

    void detailLinksAreLinksAndMovingBetweenThemIsAnnounced()
    {
        // Someone with a manager above their manager: the chain has two links.
        auto* dir = part<Directory>(*m_window, "directory");
        int row = 0;
        while (row < dir->count() && dir->managerChain(row).rows.size() < 2)
            ++row;
        QVERIFY(row < dir->count());
        m_window->selectUser(dir->user(row).id);
        auto* email = part<QLabel>(*m_window, "detailEmail");
        QAccessibleInterface* label = QAccessible::queryAccessibleInterface(email);
        QCOMPARE(label->childCount(), 1);
        QAccessibleInterface* link = label->child(0);
        QCOMPARE(link->role(), QAccessible::Link);
        QCOMPARE(link->text(QAccessible::Name), dir->user(row).emailAddress);
        QSignalSpy activated(email, &QLabel::linkActivated);
        QVERIFY(link->actionInterface());
        link->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), u"mailto:"_s + dir->user(row).emailAddress);

        auto* chain = part<QLabel>(*m_window, "detailChain");
        QAccessibleInterface* chainIface = QAccessible::queryAccessibleInterface(chain);
        QVERIFY(chainIface->childCount() >= 2);
        // A link's focus event carries its address (the label's own carries only its text).
        const auto announced = [&](int link) {
            const QString href = chainIface->child(link)->text(QAccessible::Value);
            return !eventsOf(QAccessible::Focus).isEmpty() &&
                   eventsOf(QAccessible::Focus).last().role == QAccessible::Link &&
                   eventsOf(QAccessible::Focus).last().text.contains(href);
        };
        chain->setFocus(Qt::TabFocusReason);
        QTest::keyClick(chain, Qt::Key_Tab); // Tab goes from link to link inside the label
        QTRY_VERIFY(announced(0));
        const QString second = chainIface->child(1)->text(QAccessible::Name);
        QTest::keyClick(chain, Qt::Key_Tab);
        QVERIFY(chain->hasFocus());
        QTRY_VERIFY(announced(1));
        QCOMPARE(chainIface->focusChild()->text(QAccessible::Name), second);
    }

    void dialogsAreNamedAndReadable()
    {
        CredentialStore store(m_dir.filePath(u"dialog.ini"_s));
        CredentialsDialog credentials(&store);
        credentials.show();
        QVERIFY(QTest::qWaitForWindowExposed(&credentials));
        QStringList problems = problemsIn(&credentials);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // Hints are read with their fields.
        part<QLineEdit>(credentials, "baseUrlEdit")->setText(u"ftp://example.com"_s);
        QVERIFY(!part<QLineEdit>(credentials, "baseUrlEdit")->accessibleDescription().isEmpty());
        QCOMPARE(part<QLineEdit>(credentials, "baseUrlEdit")->accessibleDescription(),
                 part<QLabel>(credentials, "baseUrlHint")->text());

        ExportDialog* exportDialog = part<ExportActions>(*m_window, "exportActions")->openExportDialog();
        QVERIFY(exportDialog);
        QVERIFY(QTest::qWaitForWindowExposed(exportDialog));
        problems = problemsIn(exportDialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        exportDialog->close();
    }

    void viewsWithoutTheFocusDoNotTakeTheScreenReader()
    {
        // The views of other tabs follow along (the matrix puts back its current cell after each recomputation, the
        // health list its person): a new current item there must not be announced while the user is elsewhere.
        // Qt 6.4's QTreeView announces it whatever has the focus; a screen reader would jump to the hidden tab.
        auto* search = part<QLineEdit>(*m_window, "searchEdit");
        search->setFocus(Qt::OtherFocusReason);
        QTRY_VERIFY(search->hasFocus());
        for (const char* name :
             {"settingsMatrixView", "settingsOutliers", "healthChecks", "healthPeople", "facetTree"}) {
            auto* view = m_window->findChild<QAbstractItemView*>(QLatin1String(name));
            QVERIFY2(view, name);
            if (!view->model() || view->model()->rowCount() == 0)
                continue; // nothing to move to
            g_events.clear();
            const QModelIndex next = view->model()->index(view->model()->rowCount() - 1, 0);
            view->selectionModel()->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect);
            QCOMPARE(view->currentIndex(), next);
            QCoreApplication::processEvents();
            for (const Recorded& e : eventsOf(QAccessible::Focus))
                QVERIFY2(e.object != view, qPrintable(u"%1 announced %2"_s.arg(QLatin1String(name), e.text)));
            QVERIFY(search->hasFocus());
        }
    }

    void checkableItemsSaySo()
    {
        auto* facets = part<QTreeWidget>(*m_window, "facetTree");
        QAccessibleInterface* tree = QAccessible::queryAccessibleInterface(facets);
        QCOMPARE(tree->tableInterface()->columnDescription(0), u"Filter"_s); // not "1"
        QTreeWidgetItem* active = facets->topLevelItem(0)->child(0);
        const QString label = active->text(0);
        QVERIFY(active->flags() & Qt::ItemIsUserCheckable);
        // The cell of the item, as the bridge finds it.
        facets->setCurrentItem(active);
        QAccessibleInterface* cell = tree->focusChild();
        QVERIFY(cell);
        QCOMPARE(cell->text(QAccessible::Name), u"%1, %2, not checked"_s.arg(label, active->text(1)));

        ExportDialog* exportDialog = part<ExportActions>(*m_window, "exportActions")->openExportDialog();
        auto* columns = part<QListWidget>(*exportDialog, "exportColumns");
        QAccessibleInterface* list = QAccessible::queryAccessibleInterface(columns);
        QListWidgetItem* unticked = nullptr;
        for (int i = 0; i < columns->count() && !unticked; ++i) {
            if (columns->item(i)->checkState() == Qt::Unchecked)
                unticked = columns->item(i);
        }
        QVERIFY(unticked);
        columns->setCurrentItem(unticked);
        QAccessibleInterface* item = list->focusChild();
        QVERIFY(item);
        QVERIFY2(item->state().checkable || item->text(QAccessible::Name).endsWith(u", not checked"_s),
                 qPrintable(item->text(QAccessible::Name)));
        unticked->setCheckState(Qt::Checked);
        QVERIFY(item->state().checked);
        QVERIFY2(list->focusChild()->text(QAccessible::Name).endsWith(u", checked"_s),
                 qPrintable(list->focusChild()->text(QAccessible::Name)));
        exportDialog->close();
    }

    void spaceOnAFacetTogglesItKeepsTheItemAndSaysSo()
    {
        auto* facets = part<QTreeWidget>(*m_window, "facetTree");
        QTreeWidgetItem* active = facets->topLevelItem(0)->child(0);
        const QString label = active->text(0);
        facets->setFocus();
        facets->setCurrentItem(active);
        g_events.clear();
        const QString count = active->text(1);
        QTest::keyClick(facets, Qt::Key_Space);
        // Said once the items are rebuilt: "Active, 114, checked".
        const auto announced = [&](const QString& state) {
            for (const Recorded& e : eventsOf(QAccessible::StateChanged)) {
                if (e.text.contains(u"%1, %2, %3"_s.arg(label, count, state)))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(announced(u"checked"_s));
        // The keyboard stays on the same value, now checked, in the tree.
        QVERIFY(facets->currentItem() && facets->currentItem()->checkState(0) == Qt::Checked);
        QCOMPARE(facets->currentItem()->text(0), label);
        QVERIFY(facets->currentItem()->parent());
        QVERIFY(facets->hasFocus());
        g_events.clear();
        QTest::keyClick(facets, Qt::Key_Space);
        QTRY_VERIFY(announced(u"not checked"_s));
        QVERIFY(facets->currentItem() && facets->currentItem()->checkState(0) == Qt::Unchecked);
        QCOMPARE(facets->currentItem()->text(0), label);
    }

    void theHiddenViewRaisesNoFocusEvents()
    {
        QTreeView* org = part<QTreeView>(*m_window, "orgTree");
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_Down);
        QTest::keyClick(table(), Qt::Key_Down);
        const QString id = currentUserId(*m_window);
        QVERIFY(!id.isEmpty());
        // The org chart follows (when shown, it shows the same person) ...
        QTRY_VERIFY(org->currentIndex().isValid());
        // ... without taking the screen reader's focus.
        const QList<Recorded> focus = eventsOf(QAccessible::Focus);
        QVERIFY(!focus.isEmpty());
        for (const Recorded& e : focus)
            QVERIFY2(e.object != org, qPrintable(e.text));
        QCOMPARE(focus.last().object.data(), table());

        // The reverse: moving in the org chart leaves the table's focus events alone.
        part<QTabWidget>(*m_window, "mainTabs")->setCurrentIndex(1);
        org->setFocus();
        g_events.clear();
        QTest::keyClick(org, Qt::Key_Down);
        QTRY_VERIFY(currentUserId(*m_window) != id);
        for (const Recorded& e : eventsOf(QAccessible::Focus))
            QVERIFY2(e.object != table(), qPrintable(e.text));
    }

    void messagesRaiseAlerts()
    {
        // The error banner.
        auto* banner = part<QWidget>(*m_window, "errorBanner");
        QCOMPARE(QAccessible::queryAccessibleInterface(banner)->role(), QAccessible::AlertMessage);
        m_window->showNotConnected(u"Gong rejected the access key"_s);
        bool alerted = false;
        for (const Recorded& e : eventsOf(QAccessible::Alert))
            alerted = alerted || (e.object == banner && e.text.contains(u"Gong rejected the access key"_s));
        QVERIFY(alerted);
        QVERIFY(eventsOf(QAccessible::ObjectShow).size() > 0); // what AT-SPI passes on
        QVERIFY(!problemsIn(banner).size());

        // An export.
        g_events.clear();
        ExportDialog* dialog = part<ExportActions>(*m_window, "exportActions")->openExportDialog();
        dialog->setFilePath(m_dir.filePath(u"all.csv"_s));
        QSignalSpy exported(dialog, &ExportDialog::exported);
        QTest::mouseClick(part<QAbstractButton>(*dialog, "exportButton"), Qt::LeftButton);
        QVERIFY(exported.wait(10000));
        QTRY_VERIFY(!eventsOf(QAccessible::Alert).isEmpty());
        const Recorded exportAlert = eventsOf(QAccessible::Alert).last();
        QVERIFY2(exportAlert.text.contains(u"Exported"_s), qPrintable(exportAlert.text));
        QCOMPARE(QAccessible::queryAccessibleInterface(exportAlert.object)->role(), QAccessible::AlertMessage);
    }

    void aConnectionTestRaisesAnAlert()
    {
        auto server = DemoServers::withUsers(12);
        QVERIFY(server->listen());
        CredentialStore store(m_dir.filePath(u"test.ini"_s));
        CredentialsDialog d(&store);
        d.show();
        part<QLineEdit>(d, "baseUrlEdit")->setText(server->baseUrl().toString());
        part<QRadioButton>(d, "accessKeyButton")->setChecked(true);
        part<QLineEdit>(d, "accessKeyEdit")->setText(DemoServer::defaultAccessKey());
        part<QLineEdit>(d, "secretEdit")->setText(u"wrong-secret"_s);
        g_events.clear();
        QTest::mouseClick(part<QAbstractButton>(d, "testButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(part<QLabel>(d, "testResult")->text().contains(u"401"_s), 10000);
        auto* result = part<QLabel>(d, "testResult");
        bool alerted = false;
        for (const Recorded& e : eventsOf(QAccessible::Alert))
            alerted = alerted ||
                      (e.object == result && e.text.contains(u"Connection failed: "_s) && e.text.contains(u"401"_s));
        QVERIFY(alerted);
        QCOMPARE(nameOf(part<QLabel>(d, "testIcon")), u"Connection failed"_s);

        part<QLineEdit>(d, "secretEdit")->setText(DemoServer::defaultSecret());
        g_events.clear();
        QTest::mouseClick(part<QAbstractButton>(d, "testButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!eventsOf(QAccessible::Alert).isEmpty(), 10000);
        QVERIFY2(eventsOf(QAccessible::Alert).last().text.contains(u"Connection works: Connected"_s),
                 qPrintable(eventsOf(QAccessible::Alert).last().text));
    }

    void aSearchProblemIsTheFieldsDescription()
    {
        auto* edit = part<QLineEdit>(*m_window, "searchEdit");
        edit->setFocus();
        QTest::keyClicks(edit, u"title:\"sales"_s);
        QVERIFY2(edit->accessibleDescription().contains(u"quote"_s), qPrintable(edit->accessibleDescription()));
        bool changed = false;
        for (const Recorded& e : eventsOf(QAccessible::DescriptionChanged))
            changed = changed || e.object == edit;
        QVERIFY(changed);
        QTest::keyClick(edit, u'"');
        QVERIFY(edit->accessibleDescription().isEmpty());
    }

    void docksArePanelsAndTabsSaySelected()
    {
        for (const char* name : {"facetDock", "detailDock"}) {
            QAccessibleInterface* dock = QAccessible::queryAccessibleInterface(part<QDockWidget>(*m_window, name));
            QCOMPARE(dock->role(), QAccessible::Pane);
            QCOMPARE(dock->text(QAccessible::Name), part<QDockWidget>(*m_window, name)->windowTitle());
        }
        auto* tabs = part<QTabWidget>(*m_window, "mainTabs");
        QAccessibleInterface* bar = QAccessible::queryAccessibleInterface(tabs->tabBar());
        for (int current : {0, 1}) {
            tabs->setCurrentIndex(current);
            for (int i = 0; i < bar->childCount(); ++i) {
                QAccessibleInterface* tab = bar->child(i);
                if (tab->role() != QAccessible::PageTab)
                    continue;
                QCOMPARE(bool(tab->state().selected), tab->text(QAccessible::Name) == tabs->tabText(current));
            }
        }
    }

    void mnemonicsAreUniqueInEveryMenuAndDialog()
    {
        QStringList clashes;
        QStringList bar;
        for (QAction* a : m_window->menuBar()->actions()) {
            bar << a->text();
            if (a->menu())
                clashes += menuClashes(a->menu(), a->text());
        }
        clashes += mnemonicClashes(bar, u"menu bar"_s);
        CredentialStore store(m_dir.filePath(u"mnemonics.ini"_s));
        CredentialsDialog credentials(&store);
        for (const bool token : {false, true}) {
            part<QRadioButton>(credentials, token ? "tokenButton" : "accessKeyButton")->setChecked(true);
            clashes += dialogClashes(&credentials);
        }
        ExportDialog* exportDialog = part<ExportActions>(*m_window, "exportActions")->openExportDialog();
        clashes += dialogClashes(exportDialog);
        exportDialog->close();
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
    }

    void theShortcutListNamesEachKeyOnce()
    {
        addConnectionControls(); // Ctrl+, twice
        bool settingsListed = false;
        for (const KeyboardShortcuts::Entry& e : KeyboardShortcuts::of(m_window)) {
            QVERIFY2(!e.keys.contains(u", or"_s), qPrintable(e.keys));
            settingsListed = settingsListed || e.keys == u"Ctrl+,"_s;
            const QStringList keys = e.keys.split(u" or "_s);
            QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), keys.size());
        }
        QVERIFY(settingsListed);
    }

    void tabWalksTheWindowInReadingOrder()
    {
        QWidget* switcher = addConnectionControls(); // added last, shown first
        QTRY_VERIFY(shown(switcher));
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_Down); // details with links and buttons
        auto* search = part<QLineEdit>(*m_window, "searchEdit");
        search->setFocus();
        QList<QWidget*> stops;
        QStringList problems;
        for (int i = 0; i < 80; ++i) {
            QWidget* focus = QApplication::focusWidget();
            if (!focus || (i > 0 && focus == search))
                break;
            stops.append(focus);
            if (!shown(focus) || focus->visibleRegion().isEmpty())
                problems << u"invisible stop: "_s + QString::fromLatin1(focus->metaObject()->className());
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        QStringList names;
        for (QWidget* w : std::as_const(stops))
            names << QString::fromLatin1(w->metaObject()->className()) + u':' + nameOf(w);
        QVERIFY2(QApplication::focusWidget() == search, qPrintable(names.join(u" → "_s))); // a cycle, no trap
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        const auto firstIndexIn = [&](const char* name) {
            QWidget* part = m_window->findChild<QWidget*>(QLatin1String(name));
            for (qsizetype i = 0; i < stops.size(); ++i) {
                if (stops[i] == part || part->isAncestorOf(stops[i]))
                    return i;
            }
            return qsizetype(-1);
        };
        const qsizetype facets = firstIndexIn("facetPanel");
        const qsizetype tabBar = stops.indexOf(part<QTabWidget>(*m_window, "mainTabs")->tabBar());
        const qsizetype people = stops.indexOf(table());
        const qsizetype details = firstIndexIn("detailPane");
        QVERIFY2(stops.last() == switcher,
                 qPrintable(names.join(u" → "_s) + u" switcher shown: %1 %2"_s.arg(shown(switcher) ? 1 : 0)
                                                       .arg(switcher->focusPolicy()))); // then search
        // The page tabs are a stop too (after the details: moving them before the table makes Qt 6.4 loop Tab between
        // the two, the tab widget being the tab bar's focus proxy).
        QVERIFY2(0 < facets && facets < people && people < details && tabBar > 0,
                 qPrintable(u"%1 %2 %3 %4"_s.arg(facets).arg(tabBar).arg(people).arg(details)));
        QCOMPARE(firstIndexIn("orgChartView"), -1); // the hidden page has no stops
    }

    void shiftF10AndTheMenuKeyOpenTheContextMenu_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::newRow("Shift+F10") << int(Qt::Key_F10) << int(Qt::ShiftModifier);
        QTest::newRow("Menu") << int(Qt::Key_Menu) << int(Qt::NoModifier);
    }

    void shiftF10AndTheMenuKeyOpenTheContextMenu()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_Down);
        QString seen;
        // The menu runs its own event loop: look at it from inside, then close it.
        QTimer::singleShot(0, this, [&seen] {
            QWidget* popup = QApplication::activePopupWidget();
            if (auto* menu = qobject_cast<QMenu*>(popup)) {
                for (QAction* a : menu->actions())
                    seen += a->text() + u'|';
                menu->close();
            }
        });
        QTest::keyClick(table(), Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        QVERIFY2(seen.contains(u"Copy"_s), qPrintable(seen));
    }

    void exportColumnsMoveWithTheKeyboard()
    {
        ExportDialog* dialog = part<ExportActions>(*m_window, "exportActions")->openExportDialog();
        auto* columns = part<QListWidget>(*dialog, "exportColumns");
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        columns->setFocus();
        columns->setCurrentRow(0);
        const QString first = columns->item(0)->text();
        const QString second = columns->item(1)->text();
        QTest::keyClick(columns, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(columns->item(1)->text(), first);
        QCOMPARE(columns->item(0)->text(), second);
        QCOMPARE(columns->currentRow(), 1);
        QTest::mouseClick(part<QAbstractButton>(*dialog, "moveColumnUp"), Qt::LeftButton);
        QCOMPARE(columns->item(0)->text(), first);
        QVERIFY(!part<QAbstractButton>(*dialog, "moveColumnUp")->isEnabled()); // at the top
        QCOMPARE(dialog->checkedColumns().value(0), columns->item(0)->data(Qt::UserRole + 1).toString());
        dialog->close();
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
