// SPDX-License-Identifier: MIT
// A real keychain round trip: run by run-with-keyring.sh with a private session bus and an unlocked, throw-away
// gnome-keyring. Saves through the dialog's code path, reads back in a fresh CredentialStore, checks the entry is
// really in the Secret Service (secret-tool), forgets it, and checks no secret reached a file in plain text.
#include "credentials/credentialstore.h"
#include "credentialsdialog.h"
#include "testfiles.h"
#include "windowparts.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace WindowParts;

namespace {
const QString canaryKey = QStringLiteral("CANARY-KEY-keyring-5b1e");
const QString canarySecret = QStringLiteral("CANARY-SECRET-keyring-a9f04c");

// What the Secret Service holds for a QtKeychain entry, read with libsecret's command-line tool.
QString secretToolLookup(const QString& service, const QString& key)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("lookup"), QStringLiteral("server"), service, QStringLiteral("user"), key});
    if (!p.waitForFinished(10000))
        return QStringLiteral("<secret-tool did not finish>");
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_settings;
    QString m_id;
    const QString m_service = QStringLiteral("GongDirectoryTest");

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("GONGDIR_KEYRING_INSIDE") == QLatin1String("1"),
                 "run through tests/keychain/run-with-keyring.sh (CTest does)");
        QVERIFY(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty());
        m_settings = m_dir.filePath(QStringLiteral("settings.ini"));
    }

    void saveThroughTheDialog()
    {
        CredentialStore store(m_settings);
        store.setServiceName(m_service);
        CredentialsDialog d(&store);
        d.show();
        part<QLineEdit>(d, "nameEdit")->setText(QStringLiteral("Keyring test"));
        part<QLineEdit>(d, "baseUrlEdit")->setText(QStringLiteral("https://us-4242.api.gong.io"));
        part<QRadioButton>(d, "accessKeyButton")->setChecked(true);
        part<QLineEdit>(d, "accessKeyEdit")->setText(canaryKey);
        part<QLineEdit>(d, "secretEdit")->setText(canarySecret);
        QVERIFY(part<QCheckBox>(d, "rememberBox")->isChecked());
        QSignalSpy written(&store, &CredentialStore::credentialsWritten);
        QTest::mouseClick(part<QPushButton>(d, "connectButton"), Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        m_id = d.profile().id;
        QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, CredentialStore::DefaultWatchdogMs + 2000);
        const auto result = written.at(0).at(1).value<KeychainResult>();
        QVERIFY2(result.isOk(), qPrintable(result.message));
        QCOMPARE(store.keychainState(), CredentialStore::KeychainState::Available);

        // Really in the Secret Service, under this service and the profile's key.
        if (!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty()) {
            const QString stored = secretToolLookup(m_service, QStringLiteral("connection/") + m_id);
            QVERIFY2(stored.contains(canarySecret), "the entry is not in the keyring");
        }
    }

    void readBackInAFreshStore()
    {
        CredentialStore store(m_settings);
        store.setServiceName(m_service);
        QVERIFY(store.profile(m_id));
        QSignalSpy read(&store, &CredentialStore::credentialsRead);
        store.readCredentials(m_id);
        QTRY_COMPARE_WITH_TIMEOUT(read.count(), 1, CredentialStore::DefaultWatchdogMs + 2000);
        const auto result = read.at(0).at(1).value<KeychainResult>();
        QVERIFY2(result.isOk(), qPrintable(result.message));
        QVERIFY(!result.fromSession);
        QCOMPARE(result.credentials.accessKey, canaryKey);
        QCOMPARE(result.credentials.accessKeySecret, canarySecret);

        // The dialog fills the fields from the keychain, asynchronously.
        CredentialStore fresh(m_settings);
        fresh.setServiceName(m_service);
        CredentialsDialog d(&fresh);
        d.selectProfile(m_id);
        QTRY_COMPARE_WITH_TIMEOUT(part<QLineEdit>(d, "secretEdit")->text(), canarySecret,
                                  CredentialStore::DefaultWatchdogMs + 2000);
        QCOMPARE(part<QLineEdit>(d, "accessKeyEdit")->text(), canaryKey);
        QVERIFY(part<QLabel>(d, "keychainLabel")->text().contains(QLatin1String("keychain")));
    }

    void forgetThroughTheDialog()
    {
        CredentialStore store(m_settings);
        store.setServiceName(m_service);
        CredentialsDialog d(&store);
        d.show();
        d.selectProfile(m_id);
        QTRY_COMPARE_WITH_TIMEOUT(part<QLineEdit>(d, "secretEdit")->text(), canarySecret,
                                  CredentialStore::DefaultWatchdogMs + 2000);
        QSignalSpy forgotten(&store, &CredentialStore::credentialsForgotten);
        QTest::mouseClick(part<QPushButton>(d, "forgetButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(forgotten.count(), 1, CredentialStore::DefaultWatchdogMs + 2000);
        QVERIFY2(forgotten.at(0).at(1).value<KeychainResult>().isOk(),
                 qPrintable(forgotten.at(0).at(1).value<KeychainResult>().message));
        QVERIFY(!part<QCheckBox>(d, "rememberBox")->isChecked());
        QVERIFY(!store.profile(m_id)->rememberSecrets);

        CredentialStore fresh(m_settings);
        fresh.setServiceName(m_service);
        QSignalSpy read(&fresh, &CredentialStore::credentialsRead);
        fresh.readCredentials(m_id);
        QTRY_COMPARE_WITH_TIMEOUT(read.count(), 1, CredentialStore::DefaultWatchdogMs + 2000);
        QCOMPARE(read.at(0).at(1).value<KeychainResult>().status, KeychainResult::Status::NotFound);
        if (!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty())
            QVERIFY(secretToolLookup(m_service, QStringLiteral("connection/") + m_id).isEmpty());
    }

    // The keyring file is encrypted; settings hold no secret: the canary is in no file in plain text.
    void noSecretInAnyFile()
    {
        for (const QString& dir : {m_dir.path(), QDir::homePath(), qEnvironmentVariable("XDG_CONFIG_HOME"),
                                   qEnvironmentVariable("XDG_DATA_HOME"), qEnvironmentVariable("XDG_CACHE_HOME")}) {
            if (dir.isEmpty())
                continue;
            const QByteArray bytes = TestFiles::allFileBytes(dir);
            QVERIFY2(!bytes.contains(canarySecret.toUtf8()), qPrintable(dir));
            QVERIFY2(!bytes.contains(canaryKey.toUtf8()), qPrintable(dir));
        }
    }
};

QTEST_MAIN(TestKeychain)
#include "tst_keychain.moc"
