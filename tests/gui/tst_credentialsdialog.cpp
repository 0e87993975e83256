// SPDX-License-Identifier: MIT
// The connection settings dialog and the connection switching in the main window, offscreen, against the real
// DemoServer. CTest points the session bus nowhere: the keychain is unavailable and everything must keep working
// for the session. Set GONGDIR_SCREENSHOT_DIR to save pictures of the dialog in its states.
#include "api/connectiontester.h"
#include "api/directoryloader.h"
#include "connectionmanager.h"
#include "credentialsdialog.h"
#include "demo/demoorggenerator.h"
#include "demo/demoserver.h"
#include "demoservers.h"
#include "directory/directory.h"
#include "mainwindow.h"
#include "screenshot.h"
#include "windowparts.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace WindowParts;

namespace {

void fill(CredentialsDialog& d, const QString& url, const QString& key, const QString& secret)
{
    part<QLineEdit>(d, "baseUrlEdit")->setText(url);
    part<QRadioButton>(d, "accessKeyButton")->setChecked(true);
    part<QLineEdit>(d, "accessKeyEdit")->setText(key);
    part<QLineEdit>(d, "secretEdit")->setText(secret);
}

bool rowVisible(QWidget* field)
{
    auto* form = field->parentWidget()->findChild<QFormLayout*>();
    return form && form->isRowVisible(field);
}
} // namespace

class TestCredentialsDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_settingsCount = 0;
    QString newSettingsFile() { return m_dir.filePath(QStringLiteral("s%1.ini").arg(++m_settingsCount)); }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void baseUrlIsNormalisedAndHttpOnlyForLoopback()
    {
        CredentialStore store(newSettingsFile());
        CredentialsDialog d(&store);
        d.show();
        part<QLineEdit>(d, "accessKeyEdit")->setText(QStringLiteral("k"));
        part<QLineEdit>(d, "secretEdit")->setText(QStringLiteral("s"));

        part<QLineEdit>(d, "baseUrlEdit")->setText(QStringLiteral(" us-12345.api.gong.io/v2/users/ "));
        QVERIFY2(part<QLabel>(d, "baseUrlHint")->text().contains(QLatin1String("https://us-12345.api.gong.io")),
                 qPrintable(part<QLabel>(d, "baseUrlHint")->text()));
        QCOMPARE(d.normalizedBaseUrl(), QUrl(QStringLiteral("https://us-12345.api.gong.io")));
        QVERIFY(part<QPushButton>(d, "connectButton")->isEnabled());

        part<QLineEdit>(d, "baseUrlEdit")->setText(QStringLiteral("http://us-12345.api.gong.io"));
        QVERIFY(part<QLabel>(d, "baseUrlHint")->text().contains(QLatin1String("https://")));
        QVERIFY(d.normalizedBaseUrl().isEmpty());
        QVERIFY(!part<QPushButton>(d, "connectButton")->isEnabled());
        QVERIFY(!part<QPushButton>(d, "testButton")->isEnabled());
        Screenshot::save(&d, "dialog-http-refused");

        part<QLineEdit>(d, "baseUrlEdit")->setText(QStringLiteral("http://127.0.0.1:8080"));
        QVERIFY2(part<QLabel>(d, "baseUrlHint")->text().contains(QLatin1String("loopback")),
                 qPrintable(part<QLabel>(d, "baseUrlHint")->text()));
        QVERIFY(part<QPushButton>(d, "connectButton")->isEnabled());
        part<QLineEdit>(d, "baseUrlEdit")->setText(QStringLiteral("http://localhost.example.com"));
        QVERIFY(!part<QPushButton>(d, "connectButton")->isEnabled());
    }

    // Issue 8: malformed base URLs each get a short, clear sentence; Connect and Test stay off; the dialog stays
    // usable (a good URL typed afterwards is accepted at once), even after a 10 MB paste.
    void malformedBaseUrlsGiveAClearMessage_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("ftp") << QStringLiteral("ftp://us-12345.api.gong.io") << QStringLiteral("https://");
        QTest::newRow("spaces") << QStringLiteral("https://us 12345.api.gong .io") << QString();
        QTest::newRow("http to a remote host")
            << QStringLiteral("http://us-12345.api.gong.io") << QStringLiteral("https://");
        QTest::newRow("10 MB") << QStringLiteral("https://") + QString(10 * 1024 * 1024, QLatin1Char('a')) << QString();
        QTest::newRow("10 MB of spaces and text")
            << QString(5 * 1024 * 1024, QLatin1Char(' ')) + QStringLiteral("https://x y") +
                   QString(5 * 1024 * 1024, QLatin1Char(' '))
            << QString();
    }
    void malformedBaseUrlsGiveAClearMessage()
    {
        QFETCH(QString, url);
        QFETCH(QString, mentions);
        CredentialStore store(newSettingsFile());
        CredentialsDialog d(&store);
        d.show();
        part<QLineEdit>(d, "accessKeyEdit")->setText(QStringLiteral("k"));
        part<QLineEdit>(d, "secretEdit")->setText(QStringLiteral("s"));
        part<QLineEdit>(d, "baseUrlEdit")->setText(url);
        QCoreApplication::processEvents();
        const QString hint = part<QLabel>(d, "baseUrlHint")->text();
        QVERIFY(part<QLabel>(d, "baseUrlHint")->isVisible());
        QVERIFY2(!hint.isEmpty() && hint.size() < 300, qPrintable(hint.left(300)));
        if (!mentions.isEmpty())
            QVERIFY2(hint.contains(mentions), qPrintable(hint));
        QVERIFY(d.normalizedBaseUrl().isEmpty());
        QVERIFY(!part<QPushButton>(d, "connectButton")->isEnabled());
        QVERIFY(!part<QPushButton>(d, "testButton")->isEnabled());
        // Pressing Enter anyway does nothing harmful: the dialog stays open and nothing is saved.
        d.accept();
        QVERIFY(d.isVisible());
        QVERIFY(store.profiles().isEmpty());

        // Still usable: a good URL is taken at once.
        part<QLineEdit>(d, "baseUrlEdit")->setText(QStringLiteral("https://us-12345.api.gong.io"));
        QVERIFY(part<QPushButton>(d, "connectButton")->isEnabled());
        QVERIFY(part<QPushButton>(d, "testButton")->isEnabled());
    }

    // Issue 8: empty keys, pasted blanks, line breaks and zero-width characters in secrets.
    void emptyAndPastedSecretsGiveAClearMessage()
    {
        CredentialStore store(newSettingsFile());
        CredentialsDialog d(&store);
        d.show();
        part<QLineEdit>(d, "baseUrlEdit")->setText(QStringLiteral("https://us-12345.api.gong.io"));
        part<QRadioButton>(d, "accessKeyButton")->setChecked(true);

        // Nothing typed yet: a neutral pointer to where the keys come from.
        QVERIFY(part<QLabel>(d, "credentialsHint")->isVisible());
        QVERIFY(part<QLabel>(d, "credentialsHint")->text().contains(QLatin1String("access key")));
        QVERIFY(!part<QPushButton>(d, "connectButton")->isEnabled());

        // A secret but no key.
        part<QLineEdit>(d, "secretEdit")->setText(QStringLiteral("s3cret"));
        QVERIFY2(part<QLabel>(d, "credentialsHint")->text().contains(QLatin1String("access key is empty")),
                 qPrintable(part<QLabel>(d, "credentialsHint")->text()));
        QVERIFY(!part<QPushButton>(d, "connectButton")->isEnabled());

        // A key that is only blanks, line breaks and zero-width characters counts as empty, and says so.
        part<QLineEdit>(d, "accessKeyEdit")->setText(QStringLiteral(" \u200B\r\n\uFEFF\u2060\t"));
        QVERIFY2(
            part<QLabel>(d, "credentialsHint")->text().contains(QLatin1String("only spaces, line breaks or invisible")),
            qPrintable(part<QLabel>(d, "credentialsHint")->text()));
        QVERIFY(!part<QPushButton>(d, "connectButton")->isEnabled());
        d.accept();
        QVERIFY(d.isVisible());

        // Pasted with a BOM, a trailing newline and zero-width spaces: accepted, cleaned, and the user is told.
        part<QLineEdit>(d, "accessKeyEdit")->setText(QStringLiteral("\uFEFFAK\u200B-42\n"));
        part<QLineEdit>(d, "secretEdit")->setText(QStringLiteral("  s3c\u200Dret\r\n"));
        QVERIFY(part<QPushButton>(d, "connectButton")->isEnabled());
        QVERIFY2(part<QLabel>(d, "credentialsHint")->text().contains(QLatin1String("ignored")),
                 qPrintable(part<QLabel>(d, "credentialsHint")->text()));
        QCOMPARE(d.credentials().accessKey, QStringLiteral("AK-42"));
        QCOMPARE(d.credentials().accessKeySecret, QStringLiteral("s3cret"));
        QVERIFY(!d.credentials().authorizationHeader().contains('\n'));

        // Clean input: no hint at all.
        part<QLineEdit>(d, "accessKeyEdit")->setText(QStringLiteral("AK-42"));
        part<QLineEdit>(d, "secretEdit")->setText(QStringLiteral("s3cret"));
        QVERIFY(!part<QLabel>(d, "credentialsHint")->isVisible());

        // The token method has its own message.
        part<QRadioButton>(d, "tokenButton")->setChecked(true);
        QVERIFY(part<QLabel>(d, "credentialsHint")->text().contains(QLatin1String("token")));
        QVERIFY(!part<QPushButton>(d, "connectButton")->isEnabled());
        part<QLineEdit>(d, "tokenEdit")->setText(QStringLiteral("\u200B\n"));
        QVERIFY(part<QLabel>(d, "credentialsHint")->text().contains(QLatin1String("access token holds only")));
        QVERIFY(!part<QPushButton>(d, "connectButton")->isEnabled());
        part<QLineEdit>(d, "tokenEdit")->setText(QStringLiteral("tok\u200Ben\n"));
        QVERIFY(part<QPushButton>(d, "connectButton")->isEnabled());
        QCOMPARE(d.credentials().bearerToken, QStringLiteral("token"));

        // And the dialog still connects.
        d.accept();
        QVERIFY(!d.isVisible());
        QCOMPARE(d.result(), int(QDialog::Accepted));
    }

    void bothAuthMethodsAndTheShowHideToggle()
    {
        CredentialStore store(newSettingsFile());
        CredentialsDialog d(&store);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(part<QRadioButton>(d, "accessKeyButton")->isChecked());
        QVERIFY(rowVisible(part<QLineEdit>(d, "accessKeyEdit")));
        QVERIFY(part<QLineEdit>(d, "secretEdit")->isVisible());
        QVERIFY(!part<QLineEdit>(d, "tokenEdit")->isVisible());
        QCOMPARE(part<QLineEdit>(d, "secretEdit")->echoMode(), QLineEdit::Password);
        QCOMPARE(part<QLineEdit>(d, "tokenEdit")->echoMode(), QLineEdit::Password);
        part<QLineEdit>(d, "secretEdit")->setText(QStringLiteral("s3cret"));
        QTest::mouseClick(part<QToolButton>(d, "showSecretButton"), Qt::LeftButton);
        QCOMPARE(part<QLineEdit>(d, "secretEdit")->echoMode(), QLineEdit::Normal);
        QCOMPARE(part<QToolButton>(d, "showSecretButton")->text(), QStringLiteral("Hide"));
        QTest::mouseClick(part<QToolButton>(d, "showSecretButton"), Qt::LeftButton);
        QCOMPARE(part<QLineEdit>(d, "secretEdit")->echoMode(), QLineEdit::Password);
        part<QLineEdit>(d, "baseUrlEdit")->setText(QStringLiteral("https://us-12345.api.gong.io"));
        part<QLineEdit>(d, "accessKeyEdit")->setText(QStringLiteral("AB12CD34"));
        Screenshot::save(&d, "dialog-access-key");

        part<QRadioButton>(d, "tokenButton")->click();
        QVERIFY(!part<QLineEdit>(d, "secretEdit")->isVisible());
        QVERIFY(!part<QLineEdit>(d, "accessKeyEdit")->isVisible());
        QVERIFY(part<QLineEdit>(d, "tokenEdit")->isVisible());
        QVERIFY(!part<QPushButton>(d, "connectButton")->isEnabled()); // no token yet
        part<QLineEdit>(d, "tokenEdit")->setText(QStringLiteral("eyJtoken"));
        QVERIFY(part<QPushButton>(d, "connectButton")->isEnabled());
        QCOMPARE(d.credentials().method, Credentials::Method::BearerToken);
        QCOMPARE(d.credentials().bearerToken, QStringLiteral("eyJtoken"));
        Screenshot::save(&d, "dialog-token");
    }

    void testConnectionIsAsynchronousAndReportsInWords()
    {
        auto server = DemoServers::withUsers(1234);
        server->setLatency(400);
        QVERIFY(server->listen());
        CredentialStore store(newSettingsFile());
        CredentialsDialog d(&store);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        fill(d, server->baseUrl().toString(), DemoServer::defaultAccessKey(), DemoServer::defaultSecret());

        // The event loop keeps turning while the test runs: a zero timer (once per turn of the loop) fires while the
        // server holds the answer back and the dialog is testing.
        int turnsWhileWaiting = 0;
        QTimer tick;
        connect(&tick, &QTimer::timeout, this, [&] {
            if (part<ConnectionTester>(d, "connectionTester")->isRunning() && server->pendingReplyCount() > 0)
                ++turnsWhileWaiting;
        });
        tick.start(0);
        QTest::mouseClick(part<QPushButton>(d, "testButton"), Qt::LeftButton);
        QVERIFY(part<ConnectionTester>(d, "connectionTester")->isRunning());
        QVERIFY(part<QPushButton>(d, "testButton")->text().contains(QLatin1String("Cancel")));
        QVERIFY(part<QLabel>(d, "testResult")->text().contains(QLatin1String("Testing")));
        Screenshot::save(&d, "dialog-testing");
        QTRY_COMPARE_WITH_TIMEOUT(part<QLabel>(d, "testResult")->text(), QStringLiteral("Connected — 1,234 users"),
                                  10000);
        tick.stop();
        QVERIFY(turnsWhileWaiting > 0);
        QVERIFY(!part<ConnectionTester>(d, "connectionTester")->isRunning());
        Screenshot::save(&d, "dialog-success");

        part<QLineEdit>(d, "secretEdit")->setText(QStringLiteral("wrong-secret"));
        QTest::mouseClick(part<QPushButton>(d, "testButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(part<QLabel>(d, "testResult")->text().contains(QLatin1String("401")), 10000);
        QVERIFY(!part<QLabel>(d, "testResult")->text().contains(QLatin1String("wrong-secret")));
        Screenshot::save(&d, "dialog-error-401");
    }

    void testConnectionCanBeCancelled()
    {
        auto server = DemoServers::withUsers(10);
        server->setStallMs(20000);
        server->enqueueFault(DemoServer::Fault::Stall, 2);
        QVERIFY(server->listen());
        CredentialStore store(newSettingsFile());
        CredentialsDialog d(&store);
        d.show();
        fill(d, server->baseUrl().toString(), DemoServer::defaultAccessKey(), DemoServer::defaultSecret());
        QSignalSpy received(server.get(), &DemoServer::requestReceived);
        QTest::mouseClick(part<QPushButton>(d, "testButton"), Qt::LeftButton);
        QVERIFY(received.wait(5000));
        QTest::mouseClick(part<QPushButton>(d, "testButton"), Qt::LeftButton); // now "Cancel test"
        QVERIFY(!part<ConnectionTester>(d, "connectionTester")->isRunning());
        QCOMPARE(part<QLabel>(d, "testResult")->text(), QStringLiteral("Test cancelled."));
        QCOMPARE(part<QPushButton>(d, "testButton")->text().remove(QLatin1Char('&')),
                 QStringLiteral("Test connection"));
    }

    // No keychain: saving still works for the session, the dialog says so, and no secret is written anywhere.
    void sessionOnlyModeWithoutKeychain()
    {
        const QString settingsFile = newSettingsFile();
        CredentialStore store(settingsFile);
        store.setWatchdogMs(3000);
        QString id;
        {
            CredentialsDialog d(&store);
            d.show();
            part<QLineEdit>(d, "nameEdit")->setText(QStringLiteral("Sandbox"));
            fill(d, QStringLiteral("https://eu-7.api.gong.io"), QStringLiteral("KEY-session-1"),
                 QStringLiteral("SECRET-session-1"));
            QVERIFY(part<QCheckBox>(d, "rememberBox")->isChecked());
            QSignalSpy written(&store, &CredentialStore::credentialsWritten);
            QTest::mouseClick(part<QPushButton>(d, "connectButton"), Qt::LeftButton);
            QCOMPARE(d.result(), int(QDialog::Accepted));
            id = d.profile().id;
            QVERIFY(!id.isEmpty());
            QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 5000);
            QCOMPARE(written.at(0).at(1).value<KeychainResult>().status, KeychainResult::Status::Unavailable);
        }
        QVERIFY(store.isSessionOnly());
        CredentialsDialog again(&store);
        again.show();
        again.selectProfile(id);
        QCOMPARE(part<QLineEdit>(again, "nameEdit")->text(), QStringLiteral("Sandbox"));
        QCOMPARE(part<QLineEdit>(again, "secretEdit")->text(),
                 QStringLiteral("SECRET-session-1")); // from this session's memory
        QVERIFY(part<QLabel>(again, "keychainLabel")->isVisible());
        QVERIFY2(part<QLabel>(again, "keychainLabel")->text().contains(QLatin1String("session only")),
                 qPrintable(part<QLabel>(again, "keychainLabel")->text()));
        Screenshot::save(&again, "dialog-session-only");

        QFile f(settingsFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray settings = f.readAll();
        QVERIFY(settings.contains("eu-7.api.gong.io"));
        QVERIFY(!settings.contains("SECRET-session-1"));
        QVERIFY(!settings.contains("KEY-session-1"));
    }

    void severalNamedProfiles()
    {
        CredentialStore store(newSettingsFile());
        const ConnectionProfile a =
            store.saveProfile({QString(), QStringLiteral("Alpha"), QUrl(QStringLiteral("https://a.api.gong.io")),
                               Credentials::Method::AccessKey, false, false});
        const ConnectionProfile b =
            store.saveProfile({QString(), QStringLiteral("Beta"), QUrl(QStringLiteral("https://b.api.gong.io")),
                               Credentials::Method::BearerToken, true, false});
        Credentials tb;
        tb.method = Credentials::Method::BearerToken;
        tb.bearerToken = QStringLiteral("beta-token");
        store.setSessionCredentials(b.id, tb);
        store.setActiveProfileId(a.id);
        CredentialsDialog d(&store);
        d.show();
        QCOMPARE(part<QComboBox>(d, "profileBox")->count(), 2);
        QCOMPARE(part<QComboBox>(d, "profileBox")->currentText(), QStringLiteral("Alpha"));
        QCOMPARE(part<QLineEdit>(d, "baseUrlEdit")->text(), QStringLiteral("https://a.api.gong.io"));
        part<QComboBox>(d, "profileBox")->setCurrentIndex(part<QComboBox>(d, "profileBox")->findData(b.id));
        Q_EMIT part<QComboBox>(d, "profileBox")->activated(part<QComboBox>(d, "profileBox")->currentIndex());
        QCOMPARE(part<QLineEdit>(d, "nameEdit")->text(), QStringLiteral("Beta"));
        QVERIFY(part<QRadioButton>(d, "tokenButton")->isChecked());
        QVERIFY(part<QCheckBox>(d, "avatarsBox")->isChecked());
        QCOMPARE(part<QLineEdit>(d, "tokenEdit")->text(), QStringLiteral("beta-token"));
        QVERIFY(part<QPushButton>(d, "deleteButton")->isEnabled());

        QTest::mouseClick(part<QPushButton>(d, "newButton"), Qt::LeftButton);
        QVERIFY(part<QLineEdit>(d, "baseUrlEdit")->text().isEmpty());
        QVERIFY(part<QLineEdit>(d, "tokenEdit")->text().isEmpty());
        QVERIFY(!part<QPushButton>(d, "deleteButton")->isEnabled());
        part<QLineEdit>(d, "nameEdit")->setText(QStringLiteral("Gamma"));
        fill(d, QStringLiteral("https://c.api.gong.io"), QStringLiteral("k"), QStringLiteral("s"));
        part<QCheckBox>(d, "rememberBox")->setChecked(false);
        d.accept();
        QCOMPARE(store.profiles().size(), 3);
        QCOMPARE(store.activeProfileId(), d.profile().id);
    }

    // First run opens the dialog; connecting loads; a second profile is one switch away, and switching reloads.
    void mainWindowShowsAndSwitchesTheActiveConnection()
    {
        auto first = DemoServers::withUsers(120);
        QVERIFY(first->listen());
        auto second = DemoServers::withUsers(30);
        second->setBasicCredentials(QStringLiteral("key-2"), QStringLiteral("secret-2"));
        QVERIFY(second->listen());

        CredentialStore store(newSettingsFile());
        MainWindow window;
        ConnectionManager connections(&window, &store);
        window.show();
        QVERIFY(part<QAction>(window, "connectionSettingsAction")
                    ->shortcuts()
                    .contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
        connections.start();
        QTest::mouseClick(part<QPushButton>(window, "welcomeConnect"), Qt::LeftButton); // first run
        QVERIFY(findPart<CredentialsDialog>(window, "credentialsDialog"));
        CredentialsDialog* d = findPart<CredentialsDialog>(window, "credentialsDialog");
        QTRY_VERIFY(d->isVisible());
        part<QLineEdit>(*d, "nameEdit")->setText(QStringLiteral("First"));
        fill(*d, first->baseUrl().toString(), DemoServer::defaultAccessKey(), DemoServer::defaultSecret());
        QTest::mouseClick(part<QPushButton>(*d, "connectButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(part<Directory>(window, "directory")->count(), 120, 15000);
        QCOMPARE(window.connectionName(), QStringLiteral("First"));
        QVERIFY(window.windowTitle().contains(QLatin1String("First")));
        QCOMPARE(part<QComboBox>(window, "connectionSwitcher")->currentText(), QStringLiteral("First"));
        QTRY_VERIFY(!findPart<CredentialsDialog>(window, "credentialsDialog"));

        part<QAction>(window, "connectionSettingsAction")->trigger();
        QTRY_VERIFY(findPart<CredentialsDialog>(window, "credentialsDialog") &&
                    findPart<CredentialsDialog>(window, "credentialsDialog")->isVisible());
        d = findPart<CredentialsDialog>(window, "credentialsDialog");
        QCOMPARE(part<QLineEdit>(*d, "nameEdit")->text(), QStringLiteral("First")); // opens on the active connection
        QTest::mouseClick(part<QPushButton>(*d, "newButton"), Qt::LeftButton);
        part<QLineEdit>(*d, "nameEdit")->setText(QStringLiteral("Second"));
        fill(*d, second->baseUrl().toString(), QStringLiteral("key-2"), QStringLiteral("secret-2"));
        QTest::mouseClick(part<QPushButton>(*d, "connectButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(part<Directory>(window, "directory")->count(), 30, 15000);
        QCOMPARE(window.connectionName(), QStringLiteral("Second"));
        QCOMPARE(part<QComboBox>(window, "connectionSwitcher")->count(), 2);

        // Switching back from the toolbar reloads the first company.
        const int index = part<QComboBox>(window, "connectionSwitcher")->findText(QStringLiteral("First"));
        part<QComboBox>(window, "connectionSwitcher")->setCurrentIndex(index);
        Q_EMIT part<QComboBox>(window, "connectionSwitcher")->activated(index);
        QTRY_COMPARE_WITH_TIMEOUT(part<Directory>(window, "directory")->count(), 120, 15000);
        QCOMPARE(window.connectionName(), QStringLiteral("First"));
        QTRY_VERIFY(!window.loader()->isBusy());
        Screenshot::save(&window, "mainwindow-connected");
        QVERIFY(!window.windowTitle().contains(DemoServer::defaultSecret()));
    }
};

QTEST_MAIN(TestCredentialsDialog)
#include "tst_credentialsdialog.moc"
