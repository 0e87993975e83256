// SPDX-License-Identifier: MIT
// Edit → Find a List in the window, on the demo company: a list pasted or read as CSV gives the statuses computed
// here from the company the demo serves; "Show matched people" selects exactly those people in the People table;
// the export writes the bytes `gong-directory reconcile` writes for the same list; the dialog follows a directory
// that is still loading.
#include "demo/demoorggenerator.h"
#include "directory/directory.h"
#include "directorycompleteness.h"
#include "exportprocess.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "models/userselectionmodel.h"
#include "reconcileresultmodel.h"
#include "testfiles.h"
#include "unpaceddemo.h"
#include "usertableview.h"
#include "windowparts.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace WindowParts;

namespace {
constexpr int CompanySize = 1000; // DemoBadData plants shared addresses from 1,000 people on

QString text(const QJsonObject& user, const char* key)
{
    return user.value(QLatin1String(key)).toString();
}

QString fullName(const QJsonObject& user)
{
    return text(user, "firstName") + u' ' + text(user, "lastName");
}

bool isActive(const QJsonObject& user)
{
    return user.value(QLatin1String("active")).toBool();
}

QStringList addresses(const QJsonObject& user)
{
    QStringList out{text(user, "emailAddress"), text(user, "trustedEmailAddress")};
    for (const QJsonValue& alias : user.value(QLatin1String("emailAliases")).toArray())
        out.append(alias.toString());
    out.removeAll(QString());
    return out;
}

// One value of the list and what it must give.
struct Expected
{
    QString value;
    QString status;
    QString matchedBy;
    QString id; // empty unless one person matched
};
} // namespace

class TestReconcileGui : public QObject
{
    Q_OBJECT

    QList<QJsonObject> m_demo;   // the company openDemo(CompanySize) serves (seed 42)
    QHash<QString, int> m_uses;  // folded address → how many people have it
    QHash<QString, int> m_names; // full name → how many people have it
    QTemporaryDir m_dir;

    int usesOf(const QString& address) const { return m_uses.value(address.toLower()); }

    // The first person who fits whose every address and name are theirs alone.
    int firstWhere(const std::function<bool(const QJsonObject&)>& pred) const
    {
        for (int i = 0; i < m_demo.size(); ++i) {
            const QStringList own = addresses(m_demo[i]);
            const bool alone = std::all_of(own.begin(), own.end(), [this](const QString& a) { return usesOf(a) == 1; });
            if (alone && m_names.value(fullName(m_demo[i])) == 1 && pred(m_demo[i]))
                return i;
        }
        return -1;
    }

    // Hand-picked from the company: an active person by address (typed as a mailto: link in capitals), an inactive
    // one by address, someone by an alias, by id and by name (lower case), an address nobody has, and an address two
    // people share (the demo plants colleagues' addresses as aliases).
    QList<Expected> expectations() const
    {
        QList<Expected> out;
        const int active = firstWhere(isActive);
        const int inactive = firstWhere([](const QJsonObject& u) { return !isActive(u); });
        const int alias = firstWhere(
            [](const QJsonObject& u) { return !u.value(QLatin1String("emailAliases")).toArray().isEmpty(); });
        const int byId = firstWhere([&](const QJsonObject& u) { return text(u, "id") != text(m_demo[active], "id"); });
        const int byName = firstWhere([&](const QJsonObject& u) {
            return text(u, "id") != text(m_demo[active], "id") && text(u, "id") != text(m_demo[byId], "id");
        });
        if (active < 0 || inactive < 0 || alias < 0 || byId < 0 || byName < 0)
            return out;
        const auto status = [](const QJsonObject& u) { return isActive(u) ? u"active"_s : u"inactive"_s; };
        const QJsonObject& a = m_demo[active];
        out.append(
            {u"  MAILTO:"_s + text(a, "emailAddress").toUpper() + u' ', u"active"_s, u"emailAddress"_s, text(a, "id")});
        const QJsonObject& b = m_demo[inactive];
        out.append({text(b, "emailAddress"), u"inactive"_s, u"emailAddress"_s, text(b, "id")});
        const QJsonObject& c = m_demo[alias];
        out.append({c.value(QLatin1String("emailAliases")).toArray().first().toString(), status(c), u"emailAliases"_s,
                    text(c, "id")});
        out.append({text(m_demo[byId], "id"), status(m_demo[byId]), u"id"_s, text(m_demo[byId], "id")});
        out.append({fullName(m_demo[byName]).toLower(), status(m_demo[byName]), u"name"_s, text(m_demo[byName], "id")});
        out.append({u"nobody@nowhere.test"_s, u"not-found"_s, QString(), QString()});
        QString shared;
        for (auto it = m_uses.cbegin(); it != m_uses.cend() && shared.isEmpty(); ++it) {
            if (it.value() > 1 && it.key().contains(u'@'))
                shared = it.key();
        }
        if (shared.isEmpty())
            return {};
        out.append({shared, u"ambiguous"_s, u"emailAddress"_s, QString()});
        return out;
    }

    static QString valuesText(const QList<Expected>& list)
    {
        QStringList lines;
        for (const Expected& e : list)
            lines.append(e.value);
        return lines.join(u'\n') + u'\n';
    }

    // Whether the window holds the whole demo company (the load finished), waiting for it.
    static bool loadedWhole(MainWindow& window)
    {
        auto* directory = part<Directory>(window, "directory");
        auto* completeness = part<DirectoryCompleteness>(window, "directoryCompleteness");
        return QTest::qWaitFor([&] { return directory->count() == CompanySize && completeness->isComplete(); }, 60000);
    }

    // The window on the demo company, loaded whole and shown.
    static bool openLoaded(MainWindow& window)
    {
        const bool loaded = UnpacedDemo::open(window, CompanySize) && loadedWhole(window);
        window.show();
        return loaded;
    }

    static QDialog* openDialog(MainWindow& window)
    {
        part<QAction>(window, "findListAction")->trigger();
        auto* dialog = part<QDialog>(window, "reconcileDialog");
        return dialog->isVisible() ? dialog : nullptr;
    }

    static void find(QDialog* dialog, const QString& list)
    {
        part<QPlainTextEdit>(*dialog, "reconcileText")->setPlainText(list);
        auto* button = part<QPushButton>(*dialog, "reconcileFind");
        QTRY_VERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }

    // The result as (status key, matched-by title, id), in input order whatever the view's sort.
    static QList<QStringList> resultRows(QDialog* dialog)
    {
        const QAbstractItemModel* model = part<ReconcileResultModel>(*dialog, "reconcileResultModel");
        QList<QStringList> rows;
        for (int r = 0; r < model->rowCount(); ++r)
            rows.append({model->index(r, 0).data(ReconcileResultModel::StatusKeyRole).toString(),
                         model->index(r, ReconcileResultModel::MatchedByColumn).data().toString(),
                         model->index(r, ReconcileResultModel::IdColumn).data().toString()});
        return rows;
    }

    static QString matchedByTitle(const QString& key)
    {
        static const QHash<QString, QString> titles{{u"emailAddress"_s, u"Email"_s},
                                                    {u"emailAliases"_s, u"Email alias"_s},
                                                    {u"trustedEmailAddress"_s, u"Trusted email"_s},
                                                    {u"id"_s, u"Id"_s},
                                                    {u"name"_s, u"Name"_s}};
        return titles.value(key);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Translations::install(QLocale(QLocale::English)); // "1 value", "8 values": the English plurals
        m_demo = DemoOrgGenerator(DemoOrgOptions{CompanySize, 42, 12}).users();
        for (const QJsonObject& u : std::as_const(m_demo)) {
            QSet<QString> own;
            for (const QString& a : addresses(u))
                own.insert(a.toLower());
            for (const QString& a : std::as_const(own))
                ++m_uses[a];
            ++m_names[fullName(u)];
        }
    }

    void pastedValuesGiveTheirStatuses()
    {
        const QList<Expected> expected = expectations();
        QCOMPARE(expected.size(), 7);
        MainWindow window;
        QVERIFY(openLoaded(window));
        QDialog* dialog = openDialog(window);
        QVERIFY(dialog);
        QVERIFY(!dialog->isModal());
        find(dialog, valuesText(expected));

        const QList<QStringList> rows = resultRows(dialog);
        QCOMPARE(rows.size(), expected.size());
        for (int i = 0; i < expected.size() - 1; ++i) {
            const Expected& e = expected[i];
            QCOMPARE(rows[i], (QStringList{e.status, matchedByTitle(e.matchedBy), e.id}));
        }
        // The ambiguous value names everyone it matched.
        QCOMPARE(rows[6].mid(0, 2), (QStringList{u"ambiguous"_s, u"Email"_s}));
        QStringList sharing;
        for (const QJsonObject& u : std::as_const(m_demo)) {
            if (addresses(u).contains(expected[6].value, Qt::CaseInsensitive))
                sharing.append(text(u, "id"));
        }
        QCOMPARE(sharing.size(), usesOf(expected[6].value));
        QStringList shown = rows[6][2].split(u"; "_s);
        std::sort(shown.begin(), shown.end());
        std::sort(sharing.begin(), sharing.end());
        QCOMPARE(shown, sharing);

        // The counts above the table, and each one narrows the table to its status.
        int active = 0, inactive = 0;
        for (const Expected& e : expected) {
            active += e.status == u"active"_s;
            inactive += e.status == u"inactive"_s;
        }
        QCOMPARE(part<QToolButton>(*dialog, "reconcileFilterAll")->text(), u"All 7"_s);
        QCOMPARE(part<QToolButton>(*dialog, "reconcileFilterActive")->text(), u"%1 active"_s.arg(active));
        QCOMPARE(part<QToolButton>(*dialog, "reconcileFilterInactive")->text(), u"%1 inactive"_s.arg(inactive));
        QCOMPARE(part<QToolButton>(*dialog, "reconcileFilterNotFound")->text(), u"1 not found"_s);
        QCOMPARE(part<QToolButton>(*dialog, "reconcileFilterAmbiguous")->text(), u"1 ambiguous"_s);
        auto* table = part<QTableView>(*dialog, "reconcileResults");
        QTest::mouseClick(part<QToolButton>(*dialog, "reconcileFilterNotFound"), Qt::LeftButton);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, ReconcileResultModel::InputColumn).data().toString(),
                 u"nobody@nowhere.test"_s);
        QTest::mouseClick(part<QToolButton>(*dialog, "reconcileFilterInactive"), Qt::LeftButton);
        QCOMPARE(table->model()->rowCount(), inactive);
        QTest::mouseClick(part<QToolButton>(*dialog, "reconcileFilterAll"), Qt::LeftButton);
        QCOMPARE(table->model()->rowCount(), expected.size());

        // Sortable: by status, descending, the ambiguous value comes first.
        table->sortByColumn(ReconcileResultModel::StatusColumn, Qt::DescendingOrder);
        QCOMPARE(table->model()->index(0, ReconcileResultModel::InputColumn).data().toString(), expected[6].value);

        // Ctrl+C copies the selected rows as text.
        table->setFocus();
        table->selectRow(0);
        QApplication::clipboard()->clear();
        QTest::keySequence(table, QKeySequence::Copy);
        const QString copied = QApplication::clipboard()->text();
        QCOMPARE(copied.count(u'\n'), 2); // the header and one row
        QVERIFY2(copied.startsWith(u"Value\tStatus\tMatched by\tName\tEmail\tId\n"_s), qPrintable(copied));
        QVERIFY2(copied.contains(expected[6].value + u"\tAmbiguous\t"_s), qPrintable(copied));

        // Activating the row of a matched person makes them the window's current person.
        table->sortByColumn(ReconcileResultModel::LineColumn, Qt::AscendingOrder);
        table->setCurrentIndex(table->model()->index(1, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(currentUserId(window), expected[1].id);
    }

    void csvColumnIsPicked()
    {
        MainWindow window;
        QVERIFY(openLoaded(window));
        QDialog* dialog = openDialog(window);
        QVERIFY(dialog);
        const QJsonObject& a = m_demo[firstWhere(isActive)];
        const QJsonObject& b = m_demo[firstWhere([](const QJsonObject& u) { return !isActive(u); })];
        const QString csv =
            u"Name;Work e-mail;Notes\r\n\"%1\";%2;first\r\n%3;%4;\r\nGhost;ghost@nowhere.test;x\r\n"_s.arg(
                fullName(a), text(a, "emailAddress"), fullName(b), text(b, "emailAddress"));
        part<QPlainTextEdit>(*dialog, "reconcileText")->setPlainText(csv);
        auto* column = part<QComboBox>(*dialog, "reconcileColumn");
        QTRY_VERIFY(column->isVisible());
        QCOMPARE(column->count(), 3);
        QCOMPARE(column->itemText(0), u"Name"_s);
        QCOMPARE(column->itemText(1), u"Work e-mail"_s);
        QCOMPARE(column->currentIndex(), 1); // the column of addresses
        auto* preview = part<QLabel>(*dialog, "reconcilePreview");
        QVERIFY2(preview->text().startsWith(u"Header row detected. 3 values: "_s + text(a, "emailAddress")),
                 qPrintable(preview->text()));

        QTest::mouseClick(part<QPushButton>(*dialog, "reconcileFind"), Qt::LeftButton);
        QCOMPARE(resultRows(dialog), (QList<QStringList>{{u"active"_s, u"Email"_s, text(a, "id")},
                                                         {u"inactive"_s, u"Email"_s, text(b, "id")},
                                                         {u"not-found"_s, QString(), QString()}}));

        // The user picks the names instead (keyboard: Up in the combo).
        column->setFocus();
        QTest::keyClick(column, Qt::Key_Up);
        QCOMPARE(column->currentIndex(), 0);
        QTRY_VERIFY2(preview->text().contains(u"3 values: "_s + fullName(a)), qPrintable(preview->text()));
        QTest::mouseClick(part<QPushButton>(*dialog, "reconcileFind"), Qt::LeftButton);
        QCOMPARE(resultRows(dialog), (QList<QStringList>{{u"active"_s, u"Name"_s, text(a, "id")},
                                                         {u"inactive"_s, u"Name"_s, text(b, "id")},
                                                         {u"not-found"_s, QString(), QString()}}));
    }

    void showMatchedPeopleSelectsExactlyThem()
    {
        const QList<Expected> expected = expectations();
        QCOMPARE(expected.size(), 7);
        MainWindow window;
        QVERIFY(openLoaded(window));
        auto* directory = part<Directory>(window, "directory");
        auto* tabs = part<QTabWidget>(window, "mainTabs");
        tabs->setCurrentIndex(1); // the org chart
        // A search that hides everyone the list matches.
        auto* search = part<QLineEdit>(window, "searchEdit");
        search->setText(u"nobody-has-this-name"_s);
        auto* table = part<UserTableView>(window, "userTable");
        QTRY_COMPARE(table->model()->rowCount(), 0);

        QDialog* dialog = openDialog(window);
        QVERIFY(dialog);
        find(dialog, valuesText(expected));
        QTest::mouseClick(part<QPushButton>(*dialog, "reconcileShowPeople"), Qt::LeftButton);

        QList<int> want;
        for (const Expected& e : expected) {
            if (!e.id.isEmpty())
                want.append(directory->rowOf(e.id));
        }
        std::sort(want.begin(), want.end());
        QCOMPARE(want.size(), 5);
        UserSelectionModel* selection = table->peopleSelection();
        QList<int> selected = selection->shownRows();
        std::sort(selected.begin(), selected.end());
        QCOMPARE(selected, want);
        QCOMPARE(selection->hiddenCount(), 0);
        QVERIFY(search->text().isEmpty());
        QCOMPARE(tabs->currentWidget()->objectName(), u"peopleView"_s);
        QVERIFY2(part<QLabel>(*dialog, "reconcileMessage")->text().contains(u"cleared"_s),
                 qPrintable(part<QLabel>(*dialog, "reconcileMessage")->text()));
    }

    void exportWritesTheCommandsBytes()
    {
        const QList<Expected> expected = expectations();
        QCOMPARE(expected.size(), 7);
        // The formula guard too: a value a spreadsheet would run.
        const QString list = valuesText(expected) + u"=HYPERLINK(\"x\")\n"_s;
        const QString input = TestFiles::write(m_dir.filePath(u"list.txt"_s), list.toUtf8());
        MainWindow window;
        QVERIFY(openLoaded(window));
        QDialog* dialog = openDialog(window);
        QVERIFY(dialog);
        find(dialog, list);

        for (const QString& format : {u"csv"_s, u"json"_s}) {
            const QString fromCli = m_dir.filePath(u"cli."_s + format);
            const ExportProcess::Run r = ExportProcess::runCommand(
                QStringLiteral(GONGDIR_APP_BINARY), u"reconcile"_s,
                {u"--demo=%1"_s.arg(CompanySize), u"--input"_s, input, u"-q"_s, u"-o"_s, fromCli},
                ExportProcess::headlessEnvironment(), 120000);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));

            // Export Result… → the file chooser → the file.
            const QString fromGui = m_dir.filePath(u"gui."_s + format);
            QTest::mouseClick(part<QPushButton>(*dialog, "reconcileExport"), Qt::LeftButton);
            auto* chooser = part<QFileDialog>(*dialog, "reconcileExportFileDialog");
            chooser->selectFile(fromGui);
            static_cast<QDialog*>(chooser)->accept(); // QFileDialog::accept(), as the Save button calls it
            QTRY_VERIFY(QFile::exists(fromGui));
            const QByteArray gui = TestFiles::read(fromGui);
            QCOMPARE(gui, TestFiles::read(fromCli));
            QVERIFY(gui.contains("'=HYPERLINK") || format == u"json"_s);
            QVERIFY2(part<QLabel>(*dialog, "reconcileMessage")->text().startsWith(u"Exported 8 records to "_s),
                     qPrintable(part<QLabel>(*dialog, "reconcileMessage")->text()));
        }
    }

    void followsADirectoryStillLoading()
    {
        MainWindow window;
        window.show();
        QDialog* dialog = openDialog(window);
        QVERIFY(dialog);
        auto* notice = part<QLabel>(*dialog, "reconcileNotice");
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(u"Nobody is loaded yet"_s), qPrintable(notice->text()));

        // The last people the server pages (with an address of their own), and one it never sends.
        QStringList values;
        QStringList ids;
        for (int i = CompanySize - 1; i >= 0 && ids.size() < 3; --i) {
            if (usesOf(text(m_demo[i], "emailAddress")) == 1) {
                values.prepend(text(m_demo[i], "emailAddress"));
                ids.prepend(text(m_demo[i], "id"));
            }
        }
        values.append(u"ghost@nowhere.test"_s);
        find(dialog, values.join(u'\n'));
        QCOMPARE(resultRows(dialog).size(), 4);
        QCOMPARE(part<QToolButton>(*dialog, "reconcileFilterNotFound")->text(), u"4 not found"_s);

        // Paced as Gong is (3 requests a second): ten pages take seconds, and the dialog says so meanwhile.
        QVERIFY(window.openDemo(CompanySize));
        auto* directory = part<Directory>(window, "directory");
        QTRY_VERIFY_WITH_TIMEOUT(directory->count() > 0, 30000);
        QTRY_VERIFY2(notice->text().contains(u"incomplete"_s), qPrintable(notice->text()));
        // Matched again as people arrive: once all are loaded, only the ghost is missing, and the notice is gone.
        QVERIFY(loadedWhole(window));
        QTRY_COMPARE(part<QToolButton>(*dialog, "reconcileFilterNotFound")->text(), u"1 not found"_s);
        QTRY_VERIFY(!notice->isVisible());
        const QList<QStringList> rows = resultRows(dialog);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(rows[i].value(2), ids[i]);
    }
};

QTEST_MAIN(TestReconcileGui)
#include "tst_reconcilegui.moc"
