// SPDX-License-Identifier: MIT
// CredentialStore without a reachable keychain (CTest points DBUS_SESSION_BUS_ADDRESS at nothing): profiles in
// QSettings, session-only mode within the watchdog time, and no secret in any settings file. Also the
// environment parsing shared by the GUI and the CLI, and core-dump hardening.
#include "credentials/credentialstore.h"
#include "credentials/environmentconnection.h"
#include "credentials/processhardening.h"
#include "testfiles.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

namespace {
const QString canaryKey = QStringLiteral("CANARY-KEY-7f3a");
const QString canarySecret = QStringLiteral("CANARY-SECRET-91d2e");

Credentials canaryCredentials()
{
    Credentials c;
    c.accessKey = canaryKey;
    c.accessKeySecret = canarySecret;
    return c;
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QLatin1String("nonexistent")),
                 "run through CTest: the session bus must point nowhere");
    }

    void profilesRoundTripThroughSettings()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("settings.ini"));
        QString firstId;
        {
            CredentialStore store(file);
            QVERIFY(store.profiles().isEmpty());
            QSignalSpy changed(&store, &CredentialStore::profilesChanged);
            ConnectionProfile p;
            p.name = QStringLiteral("Production");
            p.baseUrl = BaseUrl::normalize(QStringLiteral("us-12345.api.gong.io/v2/users/"));
            p.method = Credentials::Method::BearerToken;
            p.includeAvatars = true;
            p.rememberSecrets = false;
            const ConnectionProfile saved = store.saveProfile(p);
            QVERIFY(saved.isValid());
            QCOMPARE(changed.count(), 1);
            firstId = saved.id;
            ConnectionProfile second;
            second.name = QStringLiteral("Acme sandbox");
            second.baseUrl = QUrl(QStringLiteral("https://eu-1.api.gong.io"));
            const ConnectionProfile saved2 = store.saveProfile(second);
            QVERIFY(saved2.id != saved.id);
            store.setActiveProfileId(saved.id);
            QCOMPARE(store.uniqueProfileName(QStringLiteral("production")), QStringLiteral("production (2)"));
        }
        CredentialStore store(file);
        const QList<ConnectionProfile> profiles = store.profiles();
        QCOMPARE(profiles.size(), 2);
        QCOMPARE(profiles.at(0).name, QStringLiteral("Acme sandbox")); // sorted by name
        const ConnectionProfile p = profiles.at(1);
        QCOMPARE(p.id, firstId);
        QCOMPARE(p.baseUrl, QUrl(QStringLiteral("https://us-12345.api.gong.io")));
        QCOMPARE(p.method, Credentials::Method::BearerToken);
        QVERIFY(p.includeAvatars);
        QVERIFY(!p.rememberSecrets);
        QCOMPARE(store.activeProfileId(), firstId);

        // Renaming keeps the id (and with it the keychain entry).
        ConnectionProfile renamed = p;
        renamed.name = QStringLiteral("Prod");
        store.saveProfile(renamed);
        QCOMPARE(store.profile(firstId)->name, QStringLiteral("Prod"));

        store.removeProfile(firstId);
        QCOMPARE(store.profiles().size(), 1);
        QVERIFY(store.activeProfileId().isEmpty());
        QVERIFY(!store.profile(firstId));
    }

    void noKeychainMeansSessionOnlyWithinTheWatchdog()
    {
        QTemporaryDir dir;
        CredentialStore store(dir.filePath(QStringLiteral("settings.ini")));
        const ConnectionProfile p =
            store.saveProfile({QString(), QStringLiteral("Test"), QUrl(QStringLiteral("https://us-1.api.gong.io")),
                               Credentials::Method::AccessKey, false, true});
        QSignalSpy written(&store, &CredentialStore::credentialsWritten);
        QSignalSpy state(&store, &CredentialStore::keychainStateChanged);
        store.writeCredentials(p.id, canaryCredentials());
        QVERIFY(written.isEmpty()); // never from inside the call
        // The answer comes from the keychain's error or, at the latest, from the watchdog (generous limit: only a
        // store that never answered fails here).
        QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 3 * CredentialStore::DefaultWatchdogMs);
        const auto result = written.at(0).at(1).value<KeychainResult>();
        QCOMPARE(result.status, KeychainResult::Status::Unavailable);
        QVERIFY2(result.message.contains(QLatin1String("session only")), qPrintable(result.message));
        QCOMPARE(store.keychainState(), CredentialStore::KeychainState::Unavailable);
        QVERIFY(store.isSessionOnly());
        QCOMPARE(state.count(), 1);
        QVERIFY(!result.message.contains(canarySecret));

        // The session still has them: reading answers from memory.
        QSignalSpy read(&store, &CredentialStore::credentialsRead);
        store.readCredentials(p.id);
        QTRY_COMPARE(read.count(), 1);
        const auto got = read.at(0).at(1).value<KeychainResult>();
        QVERIFY(got.isOk());
        QVERIFY(got.fromSession);
        QCOMPARE(got.credentials, canaryCredentials());

        // Unknown profile in session-only mode: unavailable, promptly (no second wait for the keychain).
        QSignalSpy read2(&store, &CredentialStore::credentialsRead);
        store.readCredentials(QStringLiteral("other"));
        QCOMPARE(store.pendingJobCount(), 0); // no keychain job started that could make it wait
        QTRY_COMPARE(read2.count(), 1);
        QCOMPARE(read2.at(0).at(1).value<KeychainResult>().status, KeychainResult::Status::Unavailable);

        QSignalSpy forgotten(&store, &CredentialStore::credentialsForgotten);
        store.forgetCredentials(p.id);
        QTRY_COMPARE(forgotten.count(), 1);
        QVERIFY(!store.sessionCredentials(p.id));

        // Nothing secret reached the settings file.
        const QByteArray settings = TestFiles::allFileBytes(dir.path());
        QVERIFY(settings.contains("us-1.api.gong.io"));
        QVERIFY(!settings.contains(canaryKey.toUtf8()));
        QVERIFY(!settings.contains(canarySecret.toUtf8()));
    }

    void environmentConnection()
    {
        QProcessEnvironment env;
        QVERIFY(EnvironmentConnection::read(env).isEmpty());
        env.insert(QStringLiteral("GONG_BASE_URL"), QStringLiteral(" us-9.api.gong.io/v2/users "));
        env.insert(QStringLiteral("GONG_ACCESS_KEY"), QStringLiteral("key\n"));
        env.insert(QStringLiteral("GONG_ACCESS_KEY_SECRET"), QStringLiteral(" secret "));
        EnvironmentConnection e = EnvironmentConnection::read(env);
        QCOMPARE(e.baseUrl, QUrl(QStringLiteral("https://us-9.api.gong.io")));
        QVERIFY(e.hasCredentials());
        QCOMPARE(e.credentials.method, Credentials::Method::AccessKey);
        QCOMPARE(e.credentials.accessKey, QStringLiteral("key"));
        QCOMPARE(e.credentials.accessKeySecret, QStringLiteral("secret"));
        env.insert(QStringLiteral("GONG_BEARER_TOKEN"), QStringLiteral("tok"));
        e = EnvironmentConnection::read(env);
        QCOMPARE(e.credentials.method, Credentials::Method::BearerToken);
        QCOMPARE(e.credentials.bearerToken, QStringLiteral("tok"));
        env.remove(QStringLiteral("GONG_BEARER_TOKEN"));
        env.remove(QStringLiteral("GONG_ACCESS_KEY_SECRET"));
        QVERIFY(!EnvironmentConnection::read(env).hasCredentials()); // half a key pair is no credentials
        QVERIFY(EnvironmentConnection::helpText().contains(QLatin1String("GONG_BEARER_TOKEN")));
    }

    void coreDumpsAreDisabled()
    {
#ifdef Q_OS_LINUX
        QVERIFY(ProcessHardening::disableCoreDumps());
        QVERIFY(ProcessHardening::coreDumpsDisabled());
#else
        QSKIP("RLIMIT_CORE is a Unix limit");
#endif
    }

    void memoryAccessIsDenied()
    {
#ifdef Q_OS_LINUX
        QVERIFY(!ProcessHardening::memoryAccessDenied()); // this test process is an ordinary one
        // In a child, so the test process stays debuggable: non-dumpable, and still able to read its own /proc.
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            if (!ProcessHardening::denyMemoryAccess() || !ProcessHardening::memoryAccessDenied())
                _exit(1);
            QFile status(QStringLiteral("/proc/self/status"));
            if (!status.open(QIODevice::ReadOnly) || !status.readAll().contains("\nPid:\t"))
                _exit(2);
            struct stat st = {};
            if (::stat("/proc/self/status", &st) != 0 || st.st_uid != 0)
                _exit(3); // its /proc files now belong to root
            _exit(0);
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
        QVERIFY(!ProcessHardening::memoryAccessDenied());
#else
        QSKIP("PR_SET_DUMPABLE is Linux's");
#endif
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
