// SPDX-License-Identifier: MIT
// The connection settings dialog and the connection switching in the main window, offscreen, against the real
// DemoServer. CTest points the session bus nowhere: the keychain is unavailable and everything must keep working
// for the session. Set GONGDIR_SCREENSHOT_DIR to save pictures of the dialog in its states.
#include "api/directoryloader.h"
#include "connectionmanager.h"
#include "credentialsdialog.h"
#include "demo/demoorggenerator.h"
#include "demo/demoserver.h"
#include "directory/directory.h"
#include "mainwindow.h"
#include "screenshot.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

namespace {
std::unique_ptr<DemoServer> demoServer(int users)
{
    auto s = std::make_unique<DemoServer>();
    DemoOrgOptions o;
    o.userCount = users;
    s->setUsers(DemoOrgGenerator(o).users());
    return s;
}

void fill(CredentialsDialog& d, const QString& url, const QString& key, const QString& secret)
{
    d.baseUrlEdit()->setText(url);
    d.accessKeyButton()->setChecked(true);
    d.accessKeyEdit()->setText(key);
    d.secretEdit()->setText(secret);
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
        d.accessKeyEdit()->setText(QStringLiteral("k"));
        d.secretEdit()->setText(QStringLiteral("s"));

        d.baseUrlEdit()->setText(QStringLiteral(" us-12345.api.gong.io/v2/users/ "));
        QVERIFY2(d.baseUrlHint()->text().contains(QLatin1String("https://us-12345.api.gong.io")),
                 qPrintable(d.baseUrlHint()->text()));
        QCOMPARE(d.normalizedBaseUrl(), QUrl(QStringLiteral("https://us-12345.api.gong.io")));
        QVERIFY(d.connectButton()->isEnabled());

        d.baseUrlEdit()->setText(QStringLiteral("http://us-12345.api.gong.io"));
        QVERIFY(d.baseUrlHint()->text().contains(QLatin1String("https://")));
        QVERIFY(d.normalizedBaseUrl().isEmpty());
        QVERIFY(!d.connectButton()->isEnabled());
        QVERIFY(!d.testButton()->isEnabled());
        Screenshot::save(&d, "dialog-http-refused");

        d.baseUrlEdit()->setText(QStringLiteral("http://127.0.0.1:8080"));
        QVERIFY2(d.baseUrlHint()->text().contains(QLatin1String("loopback")), qPrintable(d.baseUrlHint()->text()));
        QVERIFY(d.connectButton()->isEnabled());
        d.baseUrlEdit()->setText(QStringLiteral("http://localhost.example.com"));
        QVERIFY(!d.connectButton()->isEnabled());
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
        d.accessKeyEdit()->setText(QStringLiteral("k"));
        d.secretEdit()->setText(QStringLiteral("s"));
        QElapsedTimer timer;
        timer.start();
        d.baseUrlEdit()->setText(url);
        QCoreApplication::processEvents();
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        const QString hint = d.baseUrlHint()->text();
        QVERIFY(d.baseUrlHint()->isVisible());
        QVERIFY2(!hint.isEmpty() && hint.size() < 300, qPrintable(hint.left(300)));
        if (!mentions.isEmpty())
            QVERIFY2(hint.contains(mentions), qPrintable(hint));
        QVERIFY(d.normalizedBaseUrl().isEmpty());
        QVERIFY(!d.connectButton()->isEnabled());
        QVERIFY(!d.testButton()->isEnabled());
        // Pressing Enter anyway does nothing harmful: the dialog stays open and nothing is saved.
        d.accept();
        QVERIFY(d.isVisible());
        QVERIFY(store.profiles().isEmpty());

        // Still usable: a good URL is taken at once.
        d.baseUrlEdit()->setText(QStringLiteral("https://us-12345.api.gong.io"));
        QVERIFY(d.connectButton()->isEnabled());
        QVERIFY(d.testButton()->isEnabled());
    }

    // Issue 8: empty keys, pasted blanks, line breaks and zero-width characters in secrets.
    void emptyAndPastedSecretsGiveAClearMessage()
    {
        CredentialStore store(newSettingsFile());
        CredentialsDialog d(&store);
        d.show();
        d.baseUrlEdit()->setText(QStringLiteral("https://us-12345.api.gong.io"));
        d.accessKeyButton()->setChecked(true);

        // Nothing typed yet: a neutral pointer to where the keys come from.
        QVERIFY(d.credentialsHint()->isVisible());
        QVERIFY(d.credentialsHint()->text().contains(QLatin1String("access key")));
        QVERIFY(!d.connectButton()->isEnabled());

        // A secret but no key.
        d.secretEdit()->setText(QStringLiteral("s3cret"));
        QVERIFY2(d.credentialsHint()->text().contains(QLatin1String("access key is empty")),
                 qPrintable(d.credentialsHint()->text()));
        QVERIFY(!d.connectButton()->isEnabled());

        // A key that is only blanks, line breaks and zero-width characters counts as empty, and says so.
        d.accessKeyEdit()->setText(QStringLiteral(" \u200B\r\n\uFEFF\u2060\t"));
        QVERIFY2(d.credentialsHint()->text().contains(QLatin1String("only spaces, line breaks or invisible")),
                 qPrintable(d.credentialsHint()->text()));
        QVERIFY(!d.connectButton()->isEnabled());
        d.accept();
        QVERIFY(d.isVisible());

        // Pasted with a BOM, a trailing newline and zero-width spaces: accepted, cleaned, and the user is told.
        d.accessKeyEdit()->setText(QStringLiteral("\uFEFFAK\u200B-42\n"));
        d.secretEdit()->setText(QStringLiteral("  s3c\u200Dret\r\n"));
        QVERIFY(d.connectButton()->isEnabled());
        QVERIFY2(d.credentialsHint()->text().contains(QLatin1String("ignored")),
                 qPrintable(d.credentialsHint()->text()));
        QCOMPARE(d.credentials().accessKey, QStringLiteral("AK-42"));
        QCOMPARE(d.credentials().accessKeySecret, QStringLiteral("s3cret"));
        QVERIFY(!d.credentials().authorizationHeader().contains('\n'));

        // Clean input: no hint at all.
        d.accessKeyEdit()->setText(QStringLiteral("AK-42"));
        d.secretEdit()->setText(QStringLiteral("s3cret"));
        QVERIFY(!d.credentialsHint()->isVisible());

        // The token method has its own message.
        d.tokenButton()->setChecked(true);
        QVERIFY(d.credentialsHint()->text().contains(QLatin1String("token")));
        QVERIFY(!d.connectButton()->isEnabled());
        d.tokenEdit()->setText(QStringLiteral("\u200B\n"));
        QVERIFY(d.credentialsHint()->text().contains(QLatin1String("access token holds only")));
        QVERIFY(!d.connectButton()->isEnabled());
        d.tokenEdit()->setText(QStringLiteral("tok\u200Ben\n"));
        QVERIFY(d.connectButton()->isEnabled());
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
        QVERIFY(d.accessKeyButton()->isChecked());
        QVERIFY(rowVisible(d.accessKeyEdit()));
        QVERIFY(d.secretEdit()->isVisible());
        QVERIFY(!d.tokenEdit()->isVisible());
        QCOMPARE(d.secretEdit()->echoMode(), QLineEdit::Password);
        QCOMPARE(d.tokenEdit()->echoMode(), QLineEdit::Password);
        d.secretEdit()->setText(QStringLiteral("s3cret"));
        QTest::mouseClick(d.showSecretButton(), Qt::LeftButton);
        QCOMPARE(d.secretEdit()->echoMode(), QLineEdit::Normal);
        QCOMPARE(d.showSecretButton()->text(), QStringLiteral("Hide"));
        QTest::mouseClick(d.showSecretButton(), Qt::LeftButton);
        QCOMPARE(d.secretEdit()->echoMode(), QLineEdit::Password);
        d.baseUrlEdit()->setText(QStringLiteral("https://us-12345.api.gong.io"));
        d.accessKeyEdit()->setText(QStringLiteral("AB12CD34"));
        Screenshot::save(&d, "dialog-access-key");

        d.tokenButton()->click();
        QVERIFY(!d.secretEdit()->isVisible());
        QVERIFY(!d.accessKeyEdit()->isVisible());
        QVERIFY(d.tokenEdit()->isVisible());
        QVERIFY(!d.connectButton()->isEnabled()); // no token yet
        d.tokenEdit()->setText(QStringLiteral("eyJtoken"));
        QVERIFY(d.connectButton()->isEnabled());
        QCOMPARE(d.credentials().method, Credentials::Method::BearerToken);
        QCOMPARE(d.credentials().bearerToken, QStringLiteral("eyJtoken"));
        Screenshot::save(&d, "dialog-token");
    }

    void testConnectionIsAsynchronousAndReportsInWords()
    {
        auto server = demoServer(1234);
        server->setLatency(400);
        QVERIFY(server->listen());
        CredentialStore store(newSettingsFile());
        CredentialsDialog d(&store);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        fill(d, server->baseUrl().toString(), DemoServer::defaultAccessKey(), DemoServer::defaultSecret());

        // The event loop keeps turning while the test runs: a 20 ms timer never waits long.
        QElapsedTimer clock;
        clock.start();
        qint64 worstGap = 0;
        qint64 last = 0;
        QTimer tick;
        connect(&tick, &QTimer::timeout, this, [&] {
            worstGap = qMax(worstGap, clock.elapsed() - last);
            last = clock.elapsed();
        });
        tick.start(20);
        QTest::mouseClick(d.testButton(), Qt::LeftButton);
        QVERIFY(d.isTesting());
        QVERIFY(d.testButton()->text().contains(QLatin1String("Cancel")));
        QVERIFY(d.testResultLabel()->text().contains(QLatin1String("Testing")));
        Screenshot::save(&d, "dialog-testing");
        QTRY_COMPARE_WITH_TIMEOUT(d.testResultLabel()->text(), QStringLiteral("Connected — 1,234 users"), 10000);
        tick.stop();
        QVERIFY2(worstGap < 200, qPrintable(QString::number(worstGap)));
        QVERIFY(!d.isTesting());
        Screenshot::save(&d, "dialog-success");

        d.secretEdit()->setText(QStringLiteral("wrong-secret"));
        QTest::mouseClick(d.testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(d.testResultLabel()->text().contains(QLatin1String("401")), 10000);
        QVERIFY(!d.testResultLabel()->text().contains(QLatin1String("wrong-secret")));
        Screenshot::save(&d, "dialog-error-401");
    }

    void testConnectionCanBeCancelled()
    {
        auto server = demoServer(10);
        server->setStallMs(20000);
        server->enqueueFault(DemoServer::Fault::Stall, 2);
        QVERIFY(server->listen());
        CredentialStore store(newSettingsFile());
        CredentialsDialog d(&store);
        d.show();
        fill(d, server->baseUrl().toString(), DemoServer::defaultAccessKey(), DemoServer::defaultSecret());
        QSignalSpy received(server.get(), &DemoServer::requestReceived);
        QTest::mouseClick(d.testButton(), Qt::LeftButton);
        QVERIFY(received.wait(5000));
        QTest::mouseClick(d.testButton(), Qt::LeftButton); // now "Cancel test"
        QVERIFY(!d.isTesting());
        QCOMPARE(d.testResultLabel()->text(), QStringLiteral("Test cancelled."));
        QCOMPARE(d.testButton()->text().remove(QLatin1Char('&')), QStringLiteral("Test connection"));
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
            d.nameEdit()->setText(QStringLiteral("Sandbox"));
            fill(d, QStringLiteral("https://eu-7.api.gong.io"), QStringLiteral("KEY-session-1"),
                 QStringLiteral("SECRET-session-1"));
            QVERIFY(d.rememberBox()->isChecked());
            QSignalSpy written(&store, &CredentialStore::credentialsWritten);
            QTest::mouseClick(d.connectButton(), Qt::LeftButton);
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
        QCOMPARE(again.nameEdit()->text(), QStringLiteral("Sandbox"));
        QCOMPARE(again.secretEdit()->text(), QStringLiteral("SECRET-session-1")); // from this session's memory
        QVERIFY(again.keychainLabel()->isVisible());
        QVERIFY2(again.keychainLabel()->text().contains(QLatin1String("session only")),
                 qPrintable(again.keychainLabel()->text()));
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
        QCOMPARE(d.profileBox()->count(), 2);
        QCOMPARE(d.profileBox()->currentText(), QStringLiteral("Alpha"));
        QCOMPARE(d.baseUrlEdit()->text(), QStringLiteral("https://a.api.gong.io"));
        d.profileBox()->setCurrentIndex(d.profileBox()->findData(b.id));
        Q_EMIT d.profileBox()->activated(d.profileBox()->currentIndex());
        QCOMPARE(d.nameEdit()->text(), QStringLiteral("Beta"));
        QVERIFY(d.tokenButton()->isChecked());
        QVERIFY(d.avatarsBox()->isChecked());
        QCOMPARE(d.tokenEdit()->text(), QStringLiteral("beta-token"));
        QVERIFY(d.deleteButton()->isEnabled());

        QTest::mouseClick(d.newButton(), Qt::LeftButton);
        QVERIFY(d.baseUrlEdit()->text().isEmpty());
        QVERIFY(d.tokenEdit()->text().isEmpty());
        QVERIFY(!d.deleteButton()->isEnabled());
        d.nameEdit()->setText(QStringLiteral("Gamma"));
        fill(d, QStringLiteral("https://c.api.gong.io"), QStringLiteral("k"), QStringLiteral("s"));
        d.rememberBox()->setChecked(false);
        d.accept();
        QCOMPARE(store.profiles().size(), 3);
        QCOMPARE(store.activeProfileId(), d.profile().id);
    }

    // First run opens the dialog; connecting loads; a second profile is one switch away, and switching reloads.
    void mainWindowShowsAndSwitchesTheActiveConnection()
    {
        auto first = demoServer(120);
        QVERIFY(first->listen());
        auto second = demoServer(30);
        second->setBasicCredentials(QStringLiteral("key-2"), QStringLiteral("secret-2"));
        QVERIFY(second->listen());

        CredentialStore store(newSettingsFile());
        MainWindow window;
        ConnectionManager connections(&window, &store);
        window.show();
        QVERIFY(connections.settingsAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
        connections.start();
        QVERIFY(connections.dialog()); // first run
        CredentialsDialog* d = connections.dialog();
        QTRY_VERIFY(d->isVisible());
        d->nameEdit()->setText(QStringLiteral("First"));
        fill(*d, first->baseUrl().toString(), DemoServer::defaultAccessKey(), DemoServer::defaultSecret());
        QTest::mouseClick(d->connectButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window.directory()->count(), 120, 15000);
        QCOMPARE(window.connectionName(), QStringLiteral("First"));
        QVERIFY(window.windowTitle().contains(QLatin1String("First")));
        QCOMPARE(connections.switcher()->currentText(), QStringLiteral("First"));
        QTRY_VERIFY(!connections.dialog());

        connections.settingsAction()->trigger();
        QTRY_VERIFY(connections.dialog() && connections.dialog()->isVisible());
        d = connections.dialog();
        QCOMPARE(d->nameEdit()->text(), QStringLiteral("First")); // opens on the active connection
        QTest::mouseClick(d->newButton(), Qt::LeftButton);
        d->nameEdit()->setText(QStringLiteral("Second"));
        fill(*d, second->baseUrl().toString(), QStringLiteral("key-2"), QStringLiteral("secret-2"));
        QTest::mouseClick(d->connectButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window.directory()->count(), 30, 15000);
        QCOMPARE(window.connectionName(), QStringLiteral("Second"));
        QCOMPARE(connections.switcher()->count(), 2);

        // Switching back from the toolbar reloads the first company.
        const int index = connections.switcher()->findText(QStringLiteral("First"));
        connections.switcher()->setCurrentIndex(index);
        Q_EMIT connections.switcher()->activated(index);
        QTRY_COMPARE_WITH_TIMEOUT(window.directory()->count(), 120, 15000);
        QCOMPARE(window.connectionName(), QStringLiteral("First"));
        QTRY_VERIFY(!window.loader()->isBusy());
        Screenshot::save(&window, "mainwindow-connected");
        QVERIFY(!window.windowTitle().contains(DemoServer::defaultSecret()));
    }
};

QTEST_MAIN(TestCredentialsDialog)
#include "tst_credentialsdialog.moc"
