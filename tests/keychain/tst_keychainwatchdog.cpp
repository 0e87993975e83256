// SPDX-License-Identifier: MIT
// A keychain that never answers: run on a private session bus (run-with-keyring.sh --bus-only) where this test
// itself owns org.freedesktop.secrets and swallows every call. The store must report "unavailable" within its
// watchdog time and keep working for the session; the dialog says so.
#include "credentials/credentialstore.h"
#include "credentialsdialog.h"
#include "windowparts.h"

#include <QDBusConnection>
#include <QDBusError>
#include <QDBusVirtualObject>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace WindowParts;

namespace {
// Accepts every method call on every path and never replies.
class SilentSecretService : public QDBusVirtualObject
{
public:
    int calls = 0;
    QString introspect(const QString&) const override { return {}; }
    bool handleMessage(const QDBusMessage&, const QDBusConnection&) override
    {
        ++calls;
        return true;
    }
};
} // namespace

class TestKeychainWatchdog : public QObject
{
    Q_OBJECT
    SilentSecretService m_service;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("GONGDIR_KEYRING_INSIDE") == QLatin1String("1"),
                 "run through tests/keychain/run-with-keyring.sh --bus-only (CTest does)");
        QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY2(bus.isConnected(), qPrintable(bus.lastError().message()));
        QVERIFY(bus.registerVirtualObject(QStringLiteral("/org/freedesktop/secrets"), &m_service,
                                          QDBusConnection::SubPath));
        QVERIFY2(bus.registerService(QStringLiteral("org.freedesktop.secrets")), qPrintable(bus.lastError().message()));
    }

    void silentKeychainMeansSessionOnlyWithinTheWatchdog()
    {
        CredentialStore store(m_dir.filePath(QStringLiteral("settings.ini")));
        store.setWatchdogMs(1500);
        const ConnectionProfile p =
            store.saveProfile({QString(), QStringLiteral("Silent"), QUrl(QStringLiteral("https://us-1.api.gong.io")),
                               Credentials::Method::BearerToken, false, true});
        Credentials c;
        c.method = Credentials::Method::BearerToken;
        c.bearerToken = QStringLiteral("token-kept-in-memory");
        QSignalSpy written(&store, &CredentialStore::credentialsWritten);
        QElapsedTimer clock;
        clock.start();
        store.writeCredentials(p.id, c);
        QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 30000);
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(elapsed >= 1400, qPrintable(QString::number(elapsed))); // the watchdog decided, not an answer
        QVERIFY(m_service.calls > 0);                                    // it did ask the (silent) keychain
        const auto result = written.at(0).at(1).value<KeychainResult>();
        QCOMPARE(result.status, KeychainResult::Status::Unavailable);
        QVERIFY2(result.message.contains(QLatin1String("session only")) &&
                     result.message.contains(QLatin1String("did not answer")),
                 qPrintable(result.message));
        QVERIFY(store.isSessionOnly());

        // Later operations do not wait again (no keychain job, no call to the keychain), and the session still has
        // the token.
        QSignalSpy read(&store, &CredentialStore::credentialsRead);
        const int callsBefore = m_service.calls;
        store.readCredentials(p.id);
        QCOMPARE(store.pendingJobCount(), 0);
        QTRY_COMPARE(read.count(), 1);
        QCOMPARE(m_service.calls, callsBefore);
        const auto got = read.at(0).at(1).value<KeychainResult>();
        QVERIFY(got.isOk());
        QVERIFY(got.fromSession);
        QCOMPARE(got.credentials.bearerToken, c.bearerToken);

        // The dialog keeps working and says why.
        CredentialsDialog d(&store);
        d.show();
        d.selectProfile(p.id);
        QCOMPARE(part<QLineEdit>(d, "tokenEdit")->text(), c.bearerToken);
        QVERIFY2(part<QLabel>(d, "keychainLabel")->text().contains(QLatin1String("session only")),
                 qPrintable(part<QLabel>(d, "keychainLabel")->text()));
    }
};

QTEST_MAIN(TestKeychainWatchdog)
#include "tst_keychainwatchdog.moc"
