// SPDX-License-Identifier: MIT
// Offscreen tests of the detail pane, alone and inside the main window (selection follows it).
#include "detailpane.h"
#include "directory/directory.h"
#include "directory/usercolumns.h"
#include "mainwindow.h"
#include "models/orgtreemodel.h"
#include "models/usertablemodel.h"
#include "orgchartview.h"
#include "testusers.h"
#include "windowparts.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using TestUsers::make;

using namespace WindowParts;

namespace {
User fullUser()
{
    const QJsonObject settings{
        {QStringLiteral("webConferencesRecorded"), true},  {QStringLiteral("preventWebConferenceRecording"), true},
        {QStringLiteral("telephonyCallsImported"), false}, {QStringLiteral("emailsImported"), true},
        {QStringLiteral("preventEmailImport"), false},     {QStringLiteral("gongConnectEnabled"), true}};
    const QJsonObject o{
        {QStringLiteral("id"), QStringLiteral("4")},
        {QStringLiteral("firstName"), QStringLiteral("Dan")},
        {QStringLiteral("lastName"), QStringLiteral("Wu")},
        {QStringLiteral("title"), QStringLiteral("Account Executive")},
        {QStringLiteral("active"), true},
        {QStringLiteral("emailAddress"), QStringLiteral("dan.wu@example.com")},
        {QStringLiteral("emailAliases"), QJsonArray{QStringLiteral("dan@example.com")}},
        {QStringLiteral("trustedEmailAddress"), QStringLiteral("dw@example.com")},
        {QStringLiteral("phoneNumber"), QStringLiteral("+1 123-567-8989")},
        {QStringLiteral("extension"), QStringLiteral("123")},
        {QStringLiteral("personalMeetingUrls"), QJsonArray{QStringLiteral("https://zoom.us/j/123")}},
        {QStringLiteral("meetingConsentPageUrl"), QStringLiteral("https://example.com/consent")},
        {QStringLiteral("managerId"), QStringLiteral("3")},
        {QStringLiteral("created"), QStringLiteral("2018-02-17T02:30:00-08:00")},
        {QStringLiteral("settings"), settings},
        {QStringLiteral("spokenLanguages"),
         QJsonArray{
             QJsonObject{{QStringLiteral("language"), QStringLiteral("es-ES")}, {QStringLiteral("primary"), true}},
             QJsonObject{{QStringLiteral("language"), QStringLiteral("fr")}, {QStringLiteral("primary"), false}}}},
        {QStringLiteral("conferencingProviders"), QJsonArray{QStringLiteral("Zoom")}},
    };
    return User::fromJson(o);
}

QList<User> company()
{
    return {make(QStringLiteral("1"), QStringLiteral("Ana"), QStringLiteral("Ortiz"), {}, QStringLiteral("CEO")),
            make(QStringLiteral("2"), QStringLiteral("Ben"), QStringLiteral("Li"), QStringLiteral("1")),
            make(QStringLiteral("3"), QStringLiteral("Chloé"), QStringLiteral("Martin"), QStringLiteral("2")),
            fullUser(),
            make(QStringLiteral("5"), QStringLiteral("Eve"), QStringLiteral("Zed"), QStringLiteral("3")),
            make(QStringLiteral("6"), QStringLiteral("Ola"), QStringLiteral("Gone"), QStringLiteral("99")),
            make(QStringLiteral("7"), QStringLiteral("Lu"), QStringLiteral("Loop"), QStringLiteral("8")),
            make(QStringLiteral("8"), QStringLiteral("Mo"), QStringLiteral("Loop"), QStringLiteral("7"))};
}

QString tableUserId(MainWindow& window)
{
    return part<QTableView>(window, "userTable")
        ->currentIndex()
        .siblingAtColumn(0)
        .data(UserTableModel::UserIdRole)
        .toString();
}
} // namespace

class TestDetailPane : public QObject
{
    Q_OBJECT
    // Shown on screen at the width the pane has in the window.
    static bool shownAt420(DetailPane& pane)
    {
        pane.resize(420, 900);
        pane.show();
        return QTest::qWaitForWindowExposed(&pane);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QDesktopServices::setUrlHandler(QStringLiteral("mailto"), this, "openUrl");
        QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "openUrl");
    }

    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("mailto"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    }

    void linksFollowThePaletteAtOnce()
    {
        Directory d;
        d.upsert(company());
        const QPalette original = QApplication::palette();
        // Two palettes whose link colours cannot be mistaken: red on dark, blue on light.
        QPalette dark(QColor(40, 40, 40));
        dark.setColor(QPalette::Window, QColor(30, 30, 30));
        dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
        dark.setColor(QPalette::Link, QColor(255, 0, 0));
        QPalette light(QColor(240, 240, 240));
        light.setColor(QPalette::Window, QColor(255, 255, 255));
        light.setColor(QPalette::WindowText, QColor(0, 0, 0));
        light.setColor(QPalette::Link, QColor(0, 0, 255));
        QApplication::setPalette(dark);
        DetailPane pane(&d);
        QVERIFY(shownAt420(pane));
        pane.setUser(QStringLiteral("4"));
        auto* email = pane.findChild<QLabel*>(QStringLiteral("detailEmail"));
        // Pixels of the link's text: mostly red, or mostly blue.
        const auto tinted = [email](bool red) {
            const QImage image = email->grab().toImage();
            int count = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    const int mine = red ? c.red() : c.blue();
                    const int other = red ? c.blue() : c.red();
                    count += mine > 120 && mine > other + 80 && mine > c.green() + 80;
                }
            }
            return count;
        };
        QVERIFY(tinted(true) > 0);
        QCOMPARE(tinted(false), 0);
        // Dark → light: the same person's link turns blue now, not when someone else is selected.
        QApplication::setPalette(light);
        QCoreApplication::processEvents();
        QTRY_VERIFY(tinted(false) > 0);
        QCOMPARE(tinted(true), 0);
        QApplication::setPalette(original);
    }

    void rightToLeftNamesAndLineBreaks()
    {
        Directory d;
        User arabic = make(QStringLiteral("1"), QStringLiteral("محمد"), QStringLiteral("عبد الله"));
        User broken = make(QStringLiteral("2"), QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("1"),
                           QStringLiteral("Head of\nSales\r\nEMEA"));
        d.upsert({arabic, broken});
        DetailPane pane(&d);
        QVERIFY(shownAt420(pane));

        // The Arabic name reads right to left but starts at the header's leading edge, like any other name.
        pane.setUser(QStringLiteral("1"));
        auto* name = pane.findChild<QLabel*>(QStringLiteral("detailName"));
        QCOMPARE(name->text(), QStringLiteral("محمد عبد الله"));
        const QImage image = name->grab().toImage();
        const QColor background = image.pixelColor(image.width() - 1, image.height() - 1);
        int leftmost = image.width();
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < leftmost; ++x) {
                if (image.pixelColor(x, y) != background)
                    leftmost = x;
            }
        }
        const int textWidth = QFontMetrics(name->font()).horizontalAdvance(name->text());
        QVERIFY2(textWidth < name->width() / 2, "the label must be wider than the name for this test");
        QVERIFY2(leftmost < name->width() - textWidth - 20,
                 qPrintable(QStringLiteral("text starts at x=%1 of %2").arg(leftmost).arg(name->width())));

        // A title with line breaks shows every line, as spaces; the data keeps the breaks (exports write them).
        pane.setUser(QStringLiteral("2"));
        QCOMPARE(pane.findChild<QLabel*>(QStringLiteral("detailTitle"))->text(), QStringLiteral("Head of Sales EMEA"));
        QCOMPARE(d.user(d.rowOf(QStringLiteral("2"))).title, QStringLiteral("Head of\nSales\r\nEMEA"));
        UserTableModel table(&d);
        const QModelIndex title =
            table.index(d.rowOf(QStringLiteral("2")), UserColumns::indexOf(QStringLiteral("title")));
        QCOMPARE(title.data().toString(), QStringLiteral("Head of Sales EMEA"));
        QCOMPARE(UserColumns::text(d, title.row(), title.column()), QStringLiteral("Head of\nSales\r\nEMEA"));
        OrgTreeModel org(&d);
        const QModelIndex inTree = org.indexOfUser(QStringLiteral("2"));
        QCOMPARE(inTree.siblingAtColumn(OrgTreeModel::TitleColumn).data().toString(),
                 QStringLiteral("Head of Sales EMEA"));
        QCOMPARE(UserColumns::singleLine(QStringLiteral("a\u2028b\u2029c\td\re\n\nf")), QStringLiteral("a b c d e  f"));
    }

    void showsEverythingAboutAPerson()
    {
        Directory d;
        d.upsert(company());
        DetailPane pane(&d);
        pane.resize(420, 900);
        pane.show();
        QVERIFY(pane.findChild<QLabel*>(QStringLiteral("detailName"))->isHidden() ||
                !pane.findChild<QLabel*>(QStringLiteral("detailName"))->isVisible());
        pane.setUser(QStringLiteral("4"));
        QCOMPARE(pane.findChild<QLabel*>(QStringLiteral("detailName"))->text(), QStringLiteral("Dan Wu"));
        QCOMPARE(pane.findChild<QLabel*>(QStringLiteral("detailTitle"))->text(), QStringLiteral("Account Executive"));
        QCOMPARE(pane.findChild<QLabel*>(QStringLiteral("detailBadge"))->text(), QStringLiteral("Active"));
        QVERIFY(pane.findChild<QLabel*>(QStringLiteral("detailEmail"))
                    ->text()
                    .contains(QLatin1String("href=\"mailto:dan.wu@example.com\"")));

        // Chain: top of the organisation down to this person, each step a link.
        const QString chain = part<QLabel>(pane, "detailChain")->text();
        QVERIFY2(chain.contains(QStringLiteral("gongdir-user:1\">Ana Ortiz</a> \u203A <a href=\"gongdir-user:2\">Ben "
                                               "Li</a> \u203A <a href=\"gongdir-user:3\">Chloé Martin</a> \u203A "
                                               "<b>Dan Wu</b>")),
                 qPrintable(chain));

        // Every contact link is there.
        QStringList html;
        for (QLabel* l : pane.findChildren<QLabel*>())
            html.append(l->text());
        const QString all = html.join(QLatin1Char('\n'));
        for (const char* needle : {"mailto:dan@example.com", "mailto:dw@example.com", "https://zoom.us/j/123",
                                   "https://example.com/consent", "tel:+1123-567-8989", "ext. 123"})
            QVERIFY2(all.contains(QLatin1String(needle)), needle);

        QVERIFY(all.contains(QStringLiteral("es-ES — Spanish (Spain) (primary)")));
        QVERIFY(all.contains(QStringLiteral("fr — French")));
        QVERIFY(!all.contains(QStringLiteral("fr — French (France)")));

        // Settings: human labels, on/off/unknown, and both contradictions called out.
        QCOMPARE(pane.findChild<QLabel*>(QStringLiteral("setting_webConferencesRecorded"))->text(),
                 QStringLiteral("On"));
        QCOMPARE(pane.findChild<QLabel*>(QStringLiteral("setting_telephonyCallsImported"))->text(),
                 QStringLiteral("Off"));
        QCOMPARE(pane.findChild<QLabel*>(QStringLiteral("setting_nonRecordedMeetingsImported"))->text(),
                 QStringLiteral("Unknown"));
        QVERIFY(all.contains(QStringLiteral("Prevents web-conference recording")));
        QVERIFY(part<QLabel>(pane, "detailSettingsWarning")->isVisible());
        QVERIFY(
            part<QLabel>(pane, "detailSettingsWarning")->text().contains(QLatin1String("recording is also prevented")));
        QVERIFY(!part<QLabel>(pane, "detailSettingsWarning")
                     ->text()
                     .contains(QLatin1String("email import"))); // not contradictory

        // Record: locale date with the ISO string as tooltip, id, and the unknown field.
        auto* created = pane.findChild<QLabel*>(QStringLiteral("detailCreated"));
        QCOMPARE(created->toolTip(), QStringLiteral("2018-02-17T02:30:00-08:00"));
        QVERIFY2(created->text().contains(QLatin1String("2018")), qPrintable(created->text()));
        QCOMPARE(pane.findChild<QLabel*>(QStringLiteral("detailId"))->text(), QStringLiteral("4"));
        QCOMPARE(part<QToolButton>(pane, "detailOtherToggle")->text(), QStringLiteral("Other fields (1)"));
        QVERIFY(!part<QLabel>(pane, "detailOtherFields")->isVisible());
        part<QToolButton>(pane, "detailOtherToggle")->click();
        QVERIFY(part<QLabel>(pane, "detailOtherFields")->isVisible());
        QCOMPARE(part<QLabel>(pane, "detailOtherFields")->text(), QStringLiteral("conferencingProviders: [\"Zoom\"]"));
        if (!qEnvironmentVariableIsEmpty("GONGDIR_SCREENSHOT_DIR")) {
            QCoreApplication::sendPostedEvents(); // pending layouts first
            QVERIFY(
                pane.grab().save(qEnvironmentVariable("GONGDIR_SCREENSHOT_DIR") + QStringLiteral("/detail-pane.png")));
        }

        // Reports with count and organisation size.
        QCOMPARE(part<QListWidget>(pane, "detailReports")->count(), 0);
        pane.setUser(QStringLiteral("2"));
        QCOMPARE(part<QListWidget>(pane, "detailReports")->count(), 1);
        QVERIFY(pane.findChild<QLabel*>(QStringLiteral("detailReportsSummary"))
                    ->text()
                    .contains(QStringLiteral("Direct reports (1) · 3 in the organisation below")));
        QVERIFY(!part<QLabel>(pane, "detailSettingsWarning")->isVisible());

        // Copy buttons.
        pane.setUser(QStringLiteral("4"));
        const auto buttons = pane.findChildren<QToolButton*>();
        for (QToolButton* b : buttons) {
            if (b->text() == QLatin1String("Copy id")) {
                b->click();
                QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("4"));
            }
        }

        // Opening a contact link goes through QDesktopServices.
        m_opened.clear();
        Q_EMIT pane.findChild<QLabel*>(QStringLiteral("detailEmail"))
            ->linkActivated(QStringLiteral("mailto:dan.wu@example.com"));
        QCOMPARE(m_opened, QList<QUrl>{QUrl(QStringLiteral("mailto:dan.wu@example.com"))});
    }

    void chainShowsUnknownManagersAndCycles()
    {
        Directory d;
        d.upsert(company());
        DetailPane pane(&d);
        pane.show();
        pane.setUser(QStringLiteral("6"));
        QCOMPARE(part<QLabel>(pane, "detailChain")->text(),
                 QStringLiteral("Unknown manager (id 99) \u203A <b>Ola Gone</b>"));
        auto* warning = pane.findChild<QLabel*>(QStringLiteral("detailChainWarning"));
        QVERIFY(warning->isVisible());
        pane.setUser(QStringLiteral("7"));
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(QLatin1String("loops")), qPrintable(warning->text()));
        QVERIFY(part<QLabel>(pane, "detailChain")->text().contains(QLatin1String("Mo Loop")));
        pane.setUser(QStringLiteral("1"));
        QVERIFY(!warning->isVisible());
        QCOMPARE(part<QLabel>(pane, "detailChain")->text(), QStringLiteral("Top of the organisation (no manager)"));
        // The pane keeps up when the manager arrives later.
        d.upsert({make(QStringLiteral("99"), QStringLiteral("Late"), QStringLiteral("Boss"))});
        pane.setUser(QStringLiteral("6"));
        QVERIFY(part<QLabel>(pane, "detailChain")->text().contains(QLatin1String(">Late Boss</a>")));

        // Pages that do not concern the shown person leave its widgets alone; a new report shows up.
        pane.setUser(QStringLiteral("3"));
        QListWidgetItem* first = part<QListWidget>(pane, "detailReports")->item(0);
        d.upsert({make(QStringLiteral("20"), QStringLiteral("Una"), QStringLiteral("Related"), QStringLiteral("1"))});
        // A render the page scheduled (a zero timer) runs before a zero timer started after it.
        bool turned = false;
        QTimer::singleShot(0, this, [&turned] { turned = true; });
        QTRY_VERIFY(turned);
        QCOMPARE(part<QListWidget>(pane, "detailReports")->item(0), first);
        d.upsert({make(QStringLiteral("21"), QStringLiteral("Abe"), QStringLiteral("New"), QStringLiteral("3"))});
        QTRY_COMPARE(part<QListWidget>(pane, "detailReports")->count(), 3);
        QCOMPARE(part<QListWidget>(pane, "detailReports")->item(0)->text(), QStringLiteral("Abe New"));
    }

    void clickingAChainStepSelectsThatPerson()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        part<Directory>(window, "directory")->upsert(company());
        window.selectUser(QStringLiteral("4"));
        QCOMPARE(tableUserId(window), QStringLiteral("4"));
        DetailPane* pane = part<DetailPane>(window, "detailPane");
        QCOMPARE(part<QLabel>(*pane, "detailId")->text(), QStringLiteral("4"));

        // Keyboard only: focus the chain, Tab to the second link (Ben), Enter.
        QLabel* chain = part<QLabel>(*pane, "detailChain");
        chain->setFocus();
        QTest::keyClick(chain, Qt::Key_Tab);
        QTest::keyClick(chain, Qt::Key_Tab);
        QTest::keyClick(chain, Qt::Key_Return);
        QCOMPARE(part<OrgChartView>(window, "orgChartView")->currentUserId(), QStringLiteral("2"));
        QCOMPARE(tableUserId(window), QStringLiteral("2"));
        QCOMPARE(part<QLabel>(*pane, "detailId")->text(), QStringLiteral("2"));

        // A click on a step does the same.
        window.selectUser(QStringLiteral("4"));
        Q_EMIT chain->linkActivated(QStringLiteral("gongdir-user:1"));
        QCOMPARE(tableUserId(window), QStringLiteral("1"));

        // Activating a direct report goes down.
        window.selectUser(QStringLiteral("3"));
        QListWidget* reports = part<QListWidget>(*pane, "detailReports");
        QCOMPARE(reports->count(), 2);
        QCOMPARE(reports->item(0)->text(), QStringLiteral("Dan Wu — Account Executive"));
        reports->setFocus();
        reports->setCurrentRow(1);
        QTest::keyClick(reports, Qt::Key_Return);
        QCOMPARE(tableUserId(window), QStringLiteral("5"));
    }

    void altUpAndAltDownWalkTheHierarchy()
    {
        MainWindow window;
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        part<Directory>(window, "directory")->upsert(company());
        window.selectUser(QStringLiteral("4"));
        part<QTableView>(window, "userTable")->setFocus();
        QTest::keyClick(part<QTableView>(window, "userTable"), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(currentUserId(window), QStringLiteral("3"));
        QCOMPARE(tableUserId(window), QStringLiteral("3"));
        QTest::keyClick(part<QTableView>(window, "userTable"), Qt::Key_Up, Qt::AltModifier);
        QTest::keyClick(part<QTableView>(window, "userTable"), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(currentUserId(window), QStringLiteral("1"));
        QVERIFY(!part<QAction>(window, "goToManagerAction")->isEnabled()); // top: nowhere to go
        QTest::keyClick(part<QTableView>(window, "userTable"), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(currentUserId(window), QStringLiteral("2"));
        QTest::keyClick(part<QTableView>(window, "userTable"), Qt::Key_Down, Qt::AltModifier);
        QTest::keyClick(part<QTableView>(window, "userTable"), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(part<OrgChartView>(window, "orgChartView")->currentUserId(),
                 QStringLiteral("4")); // first by name: Dan before Eve
        QCOMPARE(part<QLabel>(window, "detailId")->text(), QStringLiteral("4"));
    }

public Q_SLOTS:
    void openUrl(const QUrl& url) { m_opened.append(url); }

private:
    QList<QUrl> m_opened;
};

QTEST_MAIN(TestDetailPane)
#include "tst_detailpane.moc"
