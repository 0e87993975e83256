// SPDX-License-Identifier: MIT
// `gong-directory export --profile NAME` against a real keychain: run by run-with-keyring.sh with a private session
// bus, an unlocked throw-away gnome-keyring and HOME in a temporary folder. A connection to a DemoServer in this
// process is saved the way the app saves it (QSettings + the OS keychain), then the built binary exports through
// it with the same HOME and bus. The secret must reach the server and appear on neither stdout nor stderr.
#include "credentials/credentialstore.h"
#include "demo/demoorggenerator.h"
#include "demo/demoserver.h"
#include "exportprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

namespace {
const QString canaryKey = QStringLiteral("CANARY-KEY-export-profile-31c7");
const QString canarySecret = QStringLiteral("CANARY-SECRET-export-profile-e08d5");
const QString profileName = QStringLiteral("Keyring Export");
constexpr int userCount = 120;

// The forms a leaked secret could take.
QList<QByteArray> canaryForms()
{
    const QByteArray pair = (canaryKey + QLatin1Char(':') + canarySecret).toUtf8();
    return {canarySecret.toUtf8(), canaryKey.toUtf8(), pair.toBase64()};
}

QString leakIn(const QByteArray& bytes)
{
    for (const QByteArray& form : canaryForms()) {
        if (bytes.contains(form))
            return QString::fromUtf8(form);
    }
    return {};
}

ExportProcess::Run exportWith(const QStringList& arguments,
                              const QProcessEnvironment& env = ExportProcess::headlessEnvironment())
{
    return ExportProcess::run(QStringLiteral(GONGDIR_APP_BINARY), arguments, env, 60000);
}
} // namespace

class TestExportProfile : public QObject
{
    Q_OBJECT
    DemoServer m_server;
    QString m_id;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("GONGDIR_KEYRING_INSIDE") == QLatin1String("1"),
                 "run through tests/keychain/run-with-keyring.sh (CTest does)");
        QVERIFY(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty());
        // The binary's own settings file and keychain service, under the wrapper's temporary HOME.
        QCoreApplication::setOrganizationName(QStringLiteral("GongDirectory"));
        QCoreApplication::setApplicationName(QStringLiteral("gong-directory"));
        m_server.setUsers(DemoOrgGenerator(DemoOrgOptions{userCount, 11, 0}).users());
        m_server.setBasicCredentials(canaryKey, canarySecret);
        m_server.setPageSize(50); // three pages
        QVERIFY(m_server.listen());
    }

    void saveTheConnection()
    {
        CredentialStore store;
        QVERIFY2(store.settingsFileName().startsWith(qEnvironmentVariable("XDG_CONFIG_HOME")),
                 qPrintable(store.settingsFileName()));
        ConnectionProfile p;
        p.name = profileName;
        p.baseUrl = m_server.baseUrl();
        p = store.saveProfile(p);
        m_id = p.id;
        Credentials c;
        c.accessKey = canaryKey;
        c.accessKeySecret = canarySecret;
        QSignalSpy written(&store, &CredentialStore::credentialsWritten);
        store.writeCredentials(m_id, c);
        QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, CredentialStore::DefaultWatchdogMs + 2000);
        QVERIFY2(written.at(0).at(1).value<KeychainResult>().isOk(),
                 qPrintable(written.at(0).at(1).value<KeychainResult>().message));
        QCOMPARE(store.keychainState(), CredentialStore::KeychainState::Available);
    }

    void exportThroughTheProfile()
    {
        const int before = m_server.requestCount();
        const ExportProcess::Run r =
            exportWith({QStringLiteral("--profile"), profileName.toLower(), QStringLiteral("--no-bom"),
                        QStringLiteral("--columns"), QStringLiteral("id,emailAddress")});
        QVERIFY2(!r.crashed && r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("saved connection “%1”").arg(profileName)), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("exported %1 of %1").arg(userCount)), qPrintable(r.err));

        // Every user the server has, once.
        const QList<QByteArray> lines = ExportProcess::csvLines(r.out);
        QCOMPARE(lines.size(), userCount + 1);
        QCOMPARE(lines.first(), QByteArray("id,emailAddress\r"));
        QSet<QString> ids;
        for (int i = 1; i < lines.size(); ++i)
            ids.insert(QString::fromUtf8(lines.at(i).split(',').first()));
        QCOMPARE(ids.size(), userCount);
        for (const QJsonObject& u : DemoOrgGenerator(DemoOrgOptions{userCount, 11, 0}).users())
            QVERIFY(ids.contains(u.value(QStringLiteral("id")).toString()));

        // The keychain's secret went to the server, and only there.
        QCOMPARE(m_server.requestCount() - before, 3);
        const QByteArray expected = "Basic " + (canaryKey + QLatin1Char(':') + canarySecret).toUtf8().toBase64();
        QCOMPARE(m_server.authorizationHeaders().constLast(), expected);
        QCOMPARE(leakIn(r.out), QString());
        QCOMPARE(leakIn(r.err.toUtf8()), QString());
    }

    void verboseLogHoldsNoSecret()
    {
        QProcessEnvironment env = ExportProcess::headlessEnvironment();
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        const ExportProcess::Run r = exportWith(
            {QStringLiteral("--profile"), profileName, QStringLiteral("--format=json"), QStringLiteral("--verbose")},
            env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), userCount);
        QCOMPARE(leakIn(r.out), QString());
        QCOMPARE(leakIn(r.err.toUtf8()), QString());
    }

    void environmentTakesPrecedence()
    {
        // Other credentials in the environment win over the keychain's: the server refuses them (exit 3).
        QProcessEnvironment env = ExportProcess::headlessEnvironment();
        env.insert(QStringLiteral("GONG_ACCESS_KEY"), QStringLiteral("env-key"));
        env.insert(QStringLiteral("GONG_ACCESS_KEY_SECRET"), QStringLiteral("env-secret"));
        const ExportProcess::Run r = exportWith({QStringLiteral("--profile"), profileName}, env);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("401")), qPrintable(r.err));
        QCOMPARE(m_server.authorizationHeaders().constLast(), "Basic " + QByteArray("env-key:env-secret").toBase64());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(leakIn(r.err.toUtf8()), QString());
    }

    void unknownProfile()
    {
        const ExportProcess::Run r = exportWith({QStringLiteral("--profile"), QStringLiteral("Elsewhere")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QStringLiteral("No saved connection is named “Elsewhere”")), qPrintable(r.err));
        QVERIFY2(r.err.contains(profileName), qPrintable(r.err)); // lists the saved ones
    }

    void forgottenCredentials()
    {
        {
            CredentialStore store;
            QSignalSpy forgotten(&store, &CredentialStore::credentialsForgotten);
            store.forgetCredentials(m_id);
            QTRY_COMPARE_WITH_TIMEOUT(forgotten.count(), 1, CredentialStore::DefaultWatchdogMs + 2000);
            QVERIFY(forgotten.at(0).at(1).value<KeychainResult>().isOk());
        }
        const int before = m_server.requestCount();
        const ExportProcess::Run r = exportWith({QStringLiteral("--profile"), profileName});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QStringLiteral("None are saved in the system keychain")), qPrintable(r.err));
        QCOMPARE(m_server.requestCount(), before); // nothing was sent
    }
};

QTEST_GUILESS_MAIN(TestExportProfile)
#include "tst_exportprofile.moc"
