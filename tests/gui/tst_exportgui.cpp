// SPDX-License-Identifier: MIT
// The real MainWindow on the demo company (offscreen): select three rows, export, and exactly those
// three land in the file; Ctrl+C puts TSV and text/csv on the clipboard; Ctrl+E opens the dialog;
// "Export this team…" offers the manager's whole organisation.
#include "api/directoryloader.h"
#include "directory/directory.h"
#include "exportactions.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "models/usertablemodel.h"
#include "windowparts.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace WindowParts;

class TestExportGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void exportsExactlyTheSelectedRows();
    void jsonOfTheCurrentView();
    void formulaGuardAndHeaderChoices();
    void copySelectionAsTsvAndCsv();
    void ctrlEOpensTheDialog();
    void exportTeam();
    void exportTeamFromTheDetailPane();
    void cancelFromTheDialogLeavesNoFile();
    void rowsMovingWhileTheDialogIsOpen();
    void unwritablePathsGiveAClearMessage_data();
    void unwritablePathsGiveAClearMessage();

private:
    void selectViewRows(const QList<int>& viewRows);
    QStringList idsOfViewRows(const QList<int>& viewRows) const;

    MainWindow* m_window = nullptr;
    QTemporaryDir m_dir;
};

void TestExportGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the dialog remembers its folder in QSettings
}

void TestExportGui::init()
{
    m_window = new MainWindow;
    m_window->setRequestsPerSecond(50);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QSignalSpy finished(m_window->loader(), &DirectoryLoader::finished);
    QVERIFY(m_window->openDemo(250));
    QVERIFY(finished.wait(30000));
    QCOMPARE(part<Directory>(*m_window, "directory")->count(), 250);
}

void TestExportGui::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestExportGui::selectViewRows(const QList<int>& viewRows)
{
    QTableView* table = part<QTableView>(*m_window, "userTable");
    table->clearSelection();
    for (int r : viewRows)
        table->selectionModel()->select(table->model()->index(r, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

QStringList TestExportGui::idsOfViewRows(const QList<int>& viewRows) const
{
    QStringList ids;
    for (int r : viewRows)
        ids.append(
            part<QTableView>(*m_window, "userTable")->model()->index(r, 0).data(UserTableModel::UserIdRole).toString());
    return ids;
}

void TestExportGui::exportsExactlyTheSelectedRows()
{
    // Sorted by name, descending: the view order is not the directory order.
    part<QTableView>(*m_window, "userTable")->sortByColumn(0, Qt::DescendingOrder);
    const QList<int> picked = {3, 17, 42};
    selectViewRows(picked);
    const QStringList ids = idsOfViewRows(picked);

    ExportDialog* dialog = part<ExportActions>(*m_window, "exportActions")->openExportDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->scopeRows(dialog->currentScope()).size(), 3);
    QCOMPARE(dialog->scopeRows(2).size(), 250);
    QStringList columns = {QStringLiteral("id"), QStringLiteral("fullName")};
    dialog->setColumns(columns);
    QCOMPARE(dialog->checkedColumns(), columns);
    const QString path = m_dir.filePath(QStringLiteral("three.csv"));
    dialog->setFilePath(path);
    QVERIFY(part<QPushButton>(*dialog, "exportButton")->isEnabled());
    QSignalSpy exported(dialog, &ExportDialog::exported);
    QTest::mouseClick(part<QPushButton>(*dialog, "exportButton"), Qt::LeftButton);
    QVERIFY(exported.wait(10000));
    QCOMPARE(exported.at(0).at(1).toInt(), 3);

    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = f.readAll().split('\n');
    QCOMPARE(lines.takeLast(), QByteArray());
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0], QByteArray("\xEF\xBB\xBFId,Name\r")); // the column titles, as the table shows them
    QStringList exportedIds;
    for (int i = 1; i < lines.size(); ++i)
        exportedIds.append(QString::fromUtf8(lines[i].left(lines[i].indexOf(','))));
    QCOMPARE(exportedIds, ids); // the same three, in view order
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Exported 3 user")));
}

void TestExportGui::formulaGuardAndHeaderChoices()
{
    ExportDialog* dialog = part<ExportActions>(*m_window, "exportActions")->openExportDialog();
    QVERIFY(dialog);
    auto* guard = part<QComboBox>(*dialog, "exportFormulaGuard");
    auto* keys = part<QCheckBox>(*dialog, "exportHeaderKeys");
    // The defaults: protection when needed, the column titles.
    QCOMPARE(guard->currentText(), QStringLiteral("when needed"));
    QCOMPARE(guard->count(), 3);
    QVERIFY(!keys->isChecked());
    QVERIFY(guard->isVisible() && keys->isVisible());
    dialog->setFormat(ExportFormat::Json); // shape CSV only
    QVERIFY(!guard->isVisible() && !keys->isVisible());
    dialog->setFormat(ExportFormat::Csv);
    QVERIFY(guard->isVisible() && keys->isVisible());

    dialog->setColumns({QStringLiteral("fullName"), QStringLiteral("phoneNumber")});
    const auto exportTo = [&](const QString& name) {
        const QString path = m_dir.filePath(name);
        dialog->setFilePath(path);
        QSignalSpy exported(dialog, &ExportDialog::exported);
        QTest::mouseClick(part<QPushButton>(*dialog, "exportButton"), Qt::LeftButton);
        if (!exported.wait(10000))
            return QList<QByteArray>();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return QList<QByteArray>();
        return f.readAll().split('\n');
    };
    const QList<QByteArray> titled = exportTo(QStringLiteral("titles.csv"));
    QVERIFY(titled.size() > 200);
    QCOMPARE(titled[0], QByteArray("\xEF\xBB\xBFName,Phone\r"));
    QList<QByteArray> phones;
    for (const QByteArray& line : titled.mid(1)) {
        const QByteArray phone = line.mid(line.lastIndexOf(',') + 1).chopped(1);
        if (!phone.isEmpty())
            phones.append(phone);
    }
    QVERIFY(phones.size() > 50);
    for (const QByteArray& phone : std::as_const(phones))
        QVERIFY2(phone.startsWith('+'), phone.constData()); // no ' in front of phone numbers

    // The strict rule and the API keys, chosen as a user does.
    dialog = part<ExportActions>(*m_window, "exportActions")->openExportDialog();
    guard = part<QComboBox>(*dialog, "exportFormulaGuard");
    keys = part<QCheckBox>(*dialog, "exportHeaderKeys");
    dialog->setColumns({QStringLiteral("fullName"), QStringLiteral("phoneNumber")});
    guard->setCurrentIndex(guard->findText(QStringLiteral("always")));
    QTest::mouseClick(keys, Qt::LeftButton, {}, QPoint(4, keys->height() / 2));
    QVERIFY(keys->isChecked());
    QCOMPARE(dialog->formulaGuard(), FormulaGuard::Always);
    const QList<QByteArray> strict = exportTo(QStringLiteral("keys.csv"));
    QCOMPARE(strict.size(), titled.size());
    QCOMPARE(strict[0], QByteArray("\xEF\xBB\xBF"
                                   "fullName,phoneNumber\r"));
    int guarded = 0;
    for (const QByteArray& line : strict.mid(1))
        guarded += line.contains(",'+") ? 1 : 0;
    QCOMPARE(guarded, phones.size());
}

void TestExportGui::jsonOfTheCurrentView()
{
    ExportDialog* dialog = part<ExportActions>(*m_window, "exportActions")->openExportDialog();
    QVERIFY(dialog);
    dialog->setCurrentScope(1);
    dialog->setFormat(ExportFormat::Json);
    QVERIFY(dialog->filePath().endsWith(QStringLiteral(".json")));
    const QString path = m_dir.filePath(QStringLiteral("view.json"));
    dialog->setFilePath(path);
    QSignalSpy exported(dialog, &ExportDialog::exported);
    dialog->startExport();
    QVERIFY(exported.wait(10000));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray array = QJsonDocument::fromJson(f.readAll()).array();
    QCOMPARE(array.size(), 250);
    QCOMPARE(array.at(0).toObject(),
             part<Directory>(*m_window, "directory")
                 ->user(part<Directory>(*m_window, "directory")->rowOf(idsOfViewRows({0}).constFirst()))
                 .toJson());
}

void TestExportGui::copySelectionAsTsvAndCsv()
{
    selectViewRows({0, 1});
    QTableView* table = part<QTableView>(*m_window, "userTable");
    table->setFocus();
    QVERIFY(part<ExportActions>(*m_window, "exportActions")->copyAction()->isEnabled());
    QApplication::clipboard()->clear();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    QVERIFY(mime);
    const QStringList lines = mime->text().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines[0].startsWith(QStringLiteral("Name\tEmail\tTitle")), qPrintable(lines[0]));
    const User& first = part<Directory>(*m_window, "directory")
                            ->user(part<Directory>(*m_window, "directory")->rowOf(idsOfViewRows({0}).constFirst()));
    QVERIFY(lines[1].startsWith(first.fullName() + QLatin1Char('\t') + first.emailAddress + QLatin1Char('\t')));
    QVERIFY(mime->hasFormat(QStringLiteral("text/csv")));
    const QByteArray csv = mime->data(QStringLiteral("text/csv"));
    QVERIFY(csv.startsWith("Name,Email,Title"));
    QCOMPARE(csv.count("\r\n"), 3);
}

void TestExportGui::ctrlEOpensTheDialog()
{
    QVERIFY(m_window->findChildren<ExportDialog*>().isEmpty());
    m_window->activateWindow();
    QTest::keyClick(m_window, Qt::Key_E, Qt::ControlModifier);
    QTRY_COMPARE(m_window->findChildren<ExportDialog*>().size(), 1);
    ExportDialog* dialog = m_window->findChildren<ExportDialog*>().constFirst();
    QVERIFY(dialog->isVisible());
    // Nothing selected: the current view is offered first, the selection scope is disabled.
    QCOMPARE(dialog->currentScope(), 1);
    QVERIFY(dialog->scopeRows(0).isEmpty());
    dialog->reject();
    QTRY_VERIFY(m_window->findChildren<ExportDialog*>().isEmpty()); // deleted on close
}

void TestExportGui::exportTeam()
{
    const Directory* d = part<Directory>(*m_window, "directory");
    int manager = -1;
    for (int r = 0; r < d->count(); ++r) {
        if (d->directReports(r).size() >= 2 && d->totalReports(r) < 100) {
            manager = r;
            break;
        }
    }
    QVERIFY(manager >= 0);
    m_window->exportTeam(d->user(manager).id);
    const QList<ExportDialog*> dialogs = m_window->findChildren<ExportDialog*>();
    QCOMPARE(dialogs.size(), 1);
    ExportDialog* dialog = dialogs.constFirst();
    const QList<int> rows = dialog->scopeRows(dialog->currentScope());
    QCOMPARE(rows.size(), 1 + d->totalReports(manager));
    QCOMPARE(rows.first(), manager);
    QCOMPARE(QSet<int>(rows.begin(), rows.end()).size(), rows.size());
    QVERIFY(dialog->filePath().contains(QStringLiteral("team-")));
    const QString path = m_dir.filePath(QStringLiteral("team.vcf"));
    dialog->setFormat(ExportFormat::VCard);
    dialog->setFilePath(path);
    QSignalSpy exported(dialog, &ExportDialog::exported);
    dialog->startExport();
    QVERIFY(exported.wait(10000));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll().count("BEGIN:VCARD"), rows.size());
}

// The details of a manager offer "Export team…"; someone without reports does not.
void TestExportGui::exportTeamFromTheDetailPane()
{
    const Directory* d = part<Directory>(*m_window, "directory");
    int manager = -1, individual = -1;
    for (int r = 0; r < d->count(); ++r) {
        if (manager < 0 && !d->directReports(r).isEmpty())
            manager = r;
        if (individual < 0 && d->directReports(r).isEmpty())
            individual = r;
    }
    QVERIFY(manager >= 0 && individual >= 0);
    auto* button = m_window->findChild<QToolButton*>(QStringLiteral("detailExportTeam"));
    QVERIFY(button);

    m_window->selectUser(d->user(individual).id);
    QVERIFY(button->isHidden());

    m_window->selectUser(d->user(manager).id);
    QVERIFY(!button->isHidden());
    QVERIFY(m_window->findChildren<ExportDialog*>().isEmpty());
    button->click();
    const QList<ExportDialog*> dialogs = m_window->findChildren<ExportDialog*>();
    QCOMPARE(dialogs.size(), 1);
    const QList<int> rows = dialogs.first()->scopeRows(dialogs.first()->currentScope());
    QCOMPARE(rows.size(), 1 + d->totalReports(manager));
    QCOMPARE(rows.first(), manager);
    dialogs.first()->reject();
}

void TestExportGui::cancelFromTheDialogLeavesNoFile()
{
    // Enough people that the worker is surely still writing when the cancel lands.
    Directory* d = part<Directory>(*m_window, "directory");
    QList<User> more;
    for (int copy = 0; copy < 80; ++copy) {
        for (int r = 0; r < 250; ++r) {
            User u = d->user(r);
            u.id = QStringLiteral("9%1%2").arg(copy, 3, 10, QLatin1Char('0')).arg(r, 4, 10, QLatin1Char('0'));
            more.append(u);
        }
    }
    d->upsert(more);
    // Deleted on close (should the export succeed before the cancel lands).
    QPointer<ExportDialog> dialog = part<ExportActions>(*m_window, "exportActions")->openExportDialog();
    QVERIFY(dialog);
    dialog->setCurrentScope(2);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cancelled.csv"));
    dialog->setFilePath(path);
    dialog->startExport();
    QVERIFY(dialog->isExporting());
    dialog->reject(); // Esc / Cancel while exporting: stops the export, keeps the dialog
    QTRY_VERIFY(!dialog || !dialog->isExporting());
    QVERIFY2(dialog, "the export finished before the cancel");
    QVERIFY(!QFile::exists(path));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty()); // no temporary left
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->statusText().contains(QStringLiteral("cancelled")), qPrintable(dialog->statusText()));
    QVERIFY(part<QPushButton>(*dialog, "exportButton")->isEnabled());
}

void TestExportGui::rowsMovingWhileTheDialogIsOpen()
{
    Directory* d = part<Directory>(*m_window, "directory");
    const QStringList ids = {d->user(20).id, d->user(30).id, d->user(40).id};
    part<QTableView>(*m_window, "userTable")->sortByColumn(-1, Qt::AscendingOrder);
    QTableView* table = part<QTableView>(*m_window, "userTable");
    table->clearSelection();
    for (const QString& id : ids) {
        const QModelIndexList hit =
            table->model()->match(table->model()->index(0, 0), UserTableModel::UserIdRole, id, 1, Qt::MatchExactly);
        QCOMPARE(hit.size(), 1);
        table->selectionModel()->select(hit.first(), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    QPointer<ExportDialog> dialog = part<ExportActions>(*m_window, "exportActions")->openExportDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->currentScope(), 0);

    // A refresh that no longer has the first ten people: every later row moves up by ten.
    QList<User> remaining;
    for (int r = 10; r < d->count(); ++r)
        remaining.append(d->user(r));
    d->beginRefresh();
    d->upsert(remaining);
    d->endRefresh();
    QCOMPARE(d->count(), 240);
    QCOMPARE(d->rowOf(ids[0]), 10);

    dialog->setColumns({QStringLiteral("id")});
    const QString path = m_dir.filePath(QStringLiteral("moved.csv"));
    dialog->setFilePath(path);
    QSignalSpy exported(dialog, &ExportDialog::exported);
    dialog->startExport();
    QVERIFY(exported.wait(10000));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("\xEF\xBB\xBFId\r\n") + ids.join(QStringLiteral("\r\n")).toUtf8() + "\r\n");
}

// Issue 8: an export path that cannot be written — refused before the export starts, or failing in the worker —
// gets a message naming the path and the reason, writes nothing, keeps the rows, and the dialog stays usable.
// Every row fails for root as well, so none is skipped when the tests run as root (tst_exportcommand checks a
// read-only folder as `nobody`).
void TestExportGui::unwritablePathsGiveAClearMessage_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("says");
    QVERIFY(m_dir.isValid());
    QFile plain(m_dir.filePath(QStringLiteral("plain")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    QTest::newRow("folder is a file") << m_dir.filePath(QStringLiteral("plain/people.csv"))
                                      << QStringLiteral("is a file, not a folder");
    QTest::newRow("missing folder") << m_dir.filePath(QStringLiteral("gone/people.csv"))
                                    << QStringLiteral("does not exist");
    QTest::newRow("path is a folder") << m_dir.path() << QStringLiteral("it is a folder");
#ifdef Q_OS_LINUX
    // /proc takes no new files, not even from root: this one fails in the export itself, not in the check.
    QTest::newRow("kernel's read-only folder")
        << QStringLiteral("/proc/self/people.csv") << QStringLiteral("people.csv");
#endif
}

void TestExportGui::unwritablePathsGiveAClearMessage()
{
    QFETCH(QString, path);
    QFETCH(QString, says);
    QPointer<ExportDialog> dialog = part<ExportActions>(*m_window, "exportActions")->openExportDialog();
    QVERIFY(dialog);
    QSignalSpy exported(dialog.data(), &ExportDialog::exported);
    dialog->setFilePath(path);
    dialog->startExport();
    QTRY_VERIFY(!dialog->isExporting());
    QCOMPARE(exported.count(), 0);
    QVERIFY(dialog->isVisible());
    const QString status = dialog->statusText();
    QVERIFY2(status.contains(QDir::toNativeSeparators(path)), qPrintable(status));
    QVERIFY2(status.contains(says), qPrintable(status));
    QVERIFY(status.size() < 400); // a sentence, not a dump
    qInfo("%s", qPrintable(status));
    QVERIFY(part<QPushButton>(*dialog, "exportButton")->isEnabled());
    if (!QFileInfo(path).isDir())
        QVERIFY(!QFile::exists(path));
    QCOMPARE(part<Directory>(*m_window, "directory")->count(), 250);

    // Still usable: a good path right after exports.
    const QString good = m_dir.filePath(QStringLiteral("after.csv"));
    QFile::remove(good);
    dialog->setFilePath(good);
    dialog->startExport();
    QVERIFY(exported.wait(10000));
    QVERIFY(QFile::exists(good));
}

QTEST_MAIN(TestExportGui)
#include "tst_exportgui.moc"
