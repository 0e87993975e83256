// SPDX-License-Identifier: MIT
// SecretStore without a reachable keychain (CTest points DBUS_SESSION_BUS_ADDRESS at nothing): it says so within its
// watchdog time, keeps the secrets of this session in memory and answers from there, and never answers from inside
// a call. The keychain itself is tested against a real Secret Service in tests/keychain/tst_secretstore.cpp.
#include "credentials/secretstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
Credentials accessKey(const QString& key, const QString& secret)
{
    return Credentials{Credentials::Method::AccessKey, key, secret, QString()};
}
} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QLatin1String("nonexistent")),
                 "run through CTest: the session bus must point nowhere");
    }

    void nothingIsKnownBeforeTheFirstUse()
    {
        SecretStore store;
        QCOMPARE(store.keychainState(), SecretStore::KeychainState::Unknown);
        QVERIFY(!store.isSessionOnly());
        QVERIFY(store.keychainStateText().isEmpty());
        QVERIFY(store.unavailableReason().isEmpty());
        QCOMPARE(store.serviceName(), u"GongDirectory"_s);
        QCOMPARE(store.watchdogMs(), SecretStore::DefaultWatchdogMs);
        QVERIFY(!store.sessionCredentials(u"p"_s));
    }

    // What was entered this session is answered from memory, without asking the keychain.
    void theSessionAnswersFirst()
    {
        SecretStore store;
        store.setSessionCredentials(u"p"_s, accessKey(u" key\n"_s, u"\u200Bsecret "_s));
        QCOMPARE(store.sessionCredentials(u"p"_s), std::optional<Credentials>(accessKey(u"key"_s, u"secret"_s)));
        QSignalSpy read(&store, &SecretStore::credentialsRead);
        store.readCredentials(u"p"_s);
        QVERIFY(read.isEmpty()); // never from inside the call
        QCOMPARE(store.pendingJobCount(), 0);
        QTRY_COMPARE(read.count(), 1);
        QCOMPARE(read.at(0).at(0).toString(), u"p"_s);
        const auto result = read.at(0).at(1).value<KeychainResult>();
        QVERIFY(result.isOk());
        QVERIFY(result.fromSession);
        QCOMPARE(result.credentials, accessKey(u"key"_s, u"secret"_s));
        QCOMPARE(result.message, u"Credentials entered in this session."_s);
        QCOMPARE(store.keychainState(), SecretStore::KeychainState::Unknown); // the keychain was not asked
    }

    void withoutAKeychainSecretsStayForTheSession()
    {
        SecretStore store;
        store.setWatchdogMs(3000);
        QSignalSpy written(&store, &SecretStore::credentialsWritten);
        QSignalSpy state(&store, &SecretStore::keychainStateChanged);
        store.writeCredentials(u"p"_s, accessKey(u"key"_s, u"secret"_s));
        QVERIFY(written.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 3000 + 5000);
        QCOMPARE(store.pendingJobCount(), 0);
        const auto result = written.at(0).at(1).value<KeychainResult>();
        QCOMPARE(result.status, KeychainResult::Status::Unavailable);
        QVERIFY2(result.message.startsWith(u"Keychain unavailable — credentials will be kept for this session only"_s),
                 qPrintable(result.message));
        QVERIFY(store.isSessionOnly());
        QCOMPARE(state.count(), 1);
        QCOMPARE(state.at(0).at(0).value<SecretStore::KeychainState>(), SecretStore::KeychainState::Unavailable);
        QVERIFY(!store.unavailableReason().isEmpty());
        QVERIFY(result.message.contains(store.unavailableReason()));
        QCOMPARE(store.keychainStateText(), result.message);

        // From now on every answer comes at once, from memory or as "unavailable", without asking again.
        QSignalSpy read(&store, &SecretStore::credentialsRead);
        store.readCredentials(u"p"_s);
        store.readCredentials(u"other"_s);
        QCOMPARE(store.pendingJobCount(), 0);
        QTRY_COMPARE(read.count(), 2);
        const auto kept = read.at(0).at(1).value<KeychainResult>();
        QVERIFY(kept.isOk());
        QVERIFY(kept.fromSession);
        QCOMPARE(kept.credentials, accessKey(u"key"_s, u"secret"_s));
        QCOMPARE(read.at(1).at(1).value<KeychainResult>().status, KeychainResult::Status::Unavailable);

        QSignalSpy forgotten(&store, &SecretStore::credentialsForgotten);
        store.forgetCredentials(u"p"_s);
        QVERIFY(!store.sessionCredentials(u"p"_s)); // at once
        QTRY_COMPARE(forgotten.count(), 1);
        const auto forget = forgotten.at(0).at(1).value<KeychainResult>();
        QCOMPARE(forget.status, KeychainResult::Status::Unavailable);
        QVERIFY2(forget.message.startsWith(u"Removed from this session."_s), qPrintable(forget.message));
        QCOMPARE(state.count(), 1); // still the one change
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
