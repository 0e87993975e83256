// SPDX-License-Identifier: MIT
// The window against a hostile server and a planted link, offscreen: a server's words are shown as escaped plain
// text (never markup), the rate limit's total wait asks whether to keep waiting, and the export dialog refuses a
// symbolic link with the same message as `gong-directory export`.
#include "api/directoryloader.h"
#include "credentials/credentialstore.h"
#include "credentialsdialog.h"
#include "directory/directory.h"
#include "errorbanner.h"
#include "export/exportfile.h"
#include "exportdialog.h"
#include "hostilefixtures.h"
#include "hostileserver.h"
#include "mainwindow.h"
#include "screenshot.h"
#include "windowparts.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// A 400 whose messages are markup and terminal escapes.
HostileServer::Response markupError()
{
    const QJsonObject body{{u"requestId"_s, u"r\u202Eid"_s},
                           {u"errors"_s, QJsonArray{u"<img src=\"file:///etc/passwd\"><b>Bold</b>\x1b[31m"_s}}};
    return HostileServer::json(QJsonDocument(body).toJson(QJsonDocument::Compact), 400);
}
} // namespace

using namespace WindowParts;

class TestHostileGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void bannerShowsTheServersWordsAsEscapedPlainText()
    {
        HostileServer server;
        QVERIFY(server.listen());
        server.setHandler([](const HostileServer::Request&) { return markupError(); });
        MainWindow window;
        window.show();
        window.connectTo(server.baseUrl(), HostileFixtures::credentials(), u"Hostile"_s);
        QTRY_VERIFY_WITH_TIMEOUT(part<ErrorBanner>(window, "errorBanner")->isVisible(), 10000);
        auto* text = part<ErrorBanner>(window, "errorBanner")->findChild<QLabel*>(u"errorBannerText"_s);
        QVERIFY(text);
        QCOMPARE(text->textFormat(), Qt::PlainText);
        const QString shown = part<ErrorBanner>(window, "errorBanner")->message();
        QVERIFY2(shown.contains(u"<img src=\"file:///etc/passwd\"><b>Bold</b>\\x1b[31m"_s), qPrintable(shown));
        QVERIFY2(shown.contains(u"(request id r\\u202eid)"_s), qPrintable(shown));
        Screenshot::save(&window, "hostile-banner");
    }

    void rateLimitTotalAsksWhetherToKeepWaiting()
    {
        HostileServer server;
        QVERIFY(server.listen());
        bool limited = true;
        server.setHandler([&](const HostileServer::Request&) {
            if (!limited)
                return HostileServer::json(HostileServer::page(HostileServer::users(7), {}, 7));
            HostileServer::Response r = HostileServer::json(R"({"requestId":"rl","errors":["slow down"]})", 429);
            r.addHeader("Retry-After", "1");
            return r;
        });
        MainWindow window;
        window.show();
        RetryPolicy policy = window.loader()->pager()->retryPolicy();
        policy.maxTotalRateLimitWaitMs = 1500;
        window.loader()->pager()->setRetryPolicy(policy);
        window.connectTo(server.baseUrl(), HostileFixtures::credentials(), u"Hostile"_s);
        QTRY_VERIFY_WITH_TIMEOUT(part<ErrorBanner>(window, "errorBanner")->isVisible(), 15000);
        QVERIFY2(
            part<ErrorBanner>(window, "errorBanner")->message().contains(u"Gong's rate limit has held this load"_s),
            qPrintable(part<ErrorBanner>(window, "errorBanner")->message()));
        QPushButton* keepWaiting = part<QPushButton>(window, "retryButton");
        QVERIFY(keepWaiting->isVisible());
        QCOMPARE(keepWaiting->text(), u"&Keep Waiting"_s);
        QCOMPARE(server.requestCount(), 2);
        Screenshot::save(&window, "keep-waiting-banner");

        limited = false;
        QTest::mouseClick(keepWaiting, Qt::LeftButton);
        QVERIFY(!part<ErrorBanner>(window, "errorBanner")->isVisible());
        QCOMPARE(window.loader()->pager()->state(), UserPager::State::WaitingRateLimit); // the second asked for
        QTRY_COMPARE_WITH_TIMEOUT(part<Directory>(window, "directory")->count(), 7, 15000);
        QTRY_VERIFY(!window.loader()->isBusy());
        QCOMPARE(server.requestCount(), 3);

        // An ordinary failure afterwards offers a plain Retry again.
        server.setHandler([](const HostileServer::Request&) { return markupError(); });
        window.loader()->load();
        QTRY_VERIFY_WITH_TIMEOUT(part<ErrorBanner>(window, "errorBanner")->isVisible(), 10000);
        QCOMPARE(part<QPushButton>(window, "retryButton")->text(), u"&Retry"_s);
    }

    void connectionTestShowsTheServersWordsAsPlainText()
    {
        HostileServer server;
        QVERIFY(server.listen());
        server.setHandler([](const HostileServer::Request&) { return markupError(); });
        QTemporaryDir dir;
        CredentialStore store(dir.filePath(u"settings.ini"_s));
        CredentialsDialog d(&store);
        d.show();
        part<QLineEdit>(d, "baseUrlEdit")->setText(server.baseUrl().toString());
        part<QRadioButton>(d, "accessKeyButton")->setChecked(true);
        part<QLineEdit>(d, "accessKeyEdit")->setText(u"key"_s);
        part<QLineEdit>(d, "secretEdit")->setText(u"secret"_s);
        QTest::mouseClick(part<QPushButton>(d, "testButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(part<QLabel>(d, "testResult")->text().contains(u"400"_s), 10000);
        QCOMPARE(part<QLabel>(d, "testResult")->textFormat(), Qt::PlainText);
        QVERIFY2(part<QLabel>(d, "testResult")->text().contains(u"<b>Bold</b>\\x1b[31m"_s),
                 qPrintable(part<QLabel>(d, "testResult")->text()));
    }

    void exportDialogRefusesAPlantedLink()
    {
        QTemporaryDir dir;
        const HostileFixtures::PlantedLink planted = HostileFixtures::plantLink(dir);
        QVERIFY(!planted.link.isEmpty());
        const QString link = planted.link;

        Directory directory;
        directory.upsert({User::fromJson(HostileServer::users(1).first())});
        ExportDialog dialog(&directory);
        dialog.addScope(u"Everyone"_s, {0});
        dialog.setCurrentScope(0);
        dialog.setFilePath(link);
        dialog.show();
        dialog.startExport(true);
        QString expected;
        QVERIFY(!ExportFile::canWrite(link, &expected));
        QVERIFY(expected.startsWith(u"Refusing to write"_s));
        QCOMPARE(dialog.statusText(), expected); // the CLI's message, word for word
        Screenshot::save(&dialog, "export-refused-link");
        QVERIFY(!dialog.isExporting());
        QVERIFY(dialog.isVisible());
        QCOMPARE(HostileFixtures::contentOf(planted.victim), QByteArray("my notes"));
    }
};

QTEST_MAIN(TestHostileGui)
#include "tst_hostilegui.moc"
