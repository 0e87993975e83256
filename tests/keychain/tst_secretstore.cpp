// SPDX-License-Identifier: MIT
// SecretStore against a real Secret Service (run-with-keyring.sh: a private session bus and a throw-away,
// unlocked gnome-keyring): each answer the keychain can give, as the store reports it, and entries written by
// QtKeychain directly, as an earlier version of the app (or a damaged keyring) leaves them.
#include "credentials/secretstore.h"

#include <QEventLoop>
#include <QSignalSpy>
#include <QTest>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace {
constexpr int answerMs = SecretStore::DefaultWatchdogMs + 2000;

Credentials accessKey()
{
    Credentials c;
    c.accessKey = u"AK-secretstore-17"_s;
    c.accessKeySecret = u"SECRET-secretstore-4e2a"_s;
    return c;
}

Credentials token()
{
    Credentials c;
    c.method = Credentials::Method::BearerToken;
    c.bearerToken = u"TOKEN-secretstore-90c1"_s;
    return c;
}
} // namespace

class TestSecretStoreKeyring : public QObject
{
    Q_OBJECT
    const QString m_service = u"GongDirectorySecretStoreTest"_s;

    // One operation through a fresh store (nothing in its session memory), and its one answer.
    KeychainResult answer(void (SecretStore::*op)(const QString&),
                          void (SecretStore::*done)(const QString&, const KeychainResult&), const QString& id)
    {
        SecretStore store;
        store.setServiceName(m_service);
        QSignalSpy spy(&store, done);
        (store.*op)(id);
        if (!spy.wait(answerMs) || spy.count() != 1)
            return {KeychainResult::Status::Failed, {}, u"<no answer>"_s, false};
        return spy.at(0).at(1).value<KeychainResult>();
    }
    KeychainResult read(const QString& id)
    {
        return answer(&SecretStore::readCredentials, &SecretStore::credentialsRead, id);
    }
    KeychainResult forget(const QString& id)
    {
        return answer(&SecretStore::forgetCredentials, &SecretStore::credentialsForgotten, id);
    }
    KeychainResult write(const QString& id, const Credentials& c)
    {
        SecretStore store;
        store.setServiceName(m_service);
        QSignalSpy spy(&store, &SecretStore::credentialsWritten);
        store.writeCredentials(id, c);
        if (!spy.wait(answerMs))
            return {KeychainResult::Status::Failed, {}, u"<no answer>"_s, false};
        return spy.at(0).at(1).value<KeychainResult>();
    }
    // An entry as QtKeychain holds it, written without the store.
    bool writeRaw(const QString& id, const QString& text)
    {
        auto* job = new QKeychain::WritePasswordJob(m_service);
        job->setAutoDelete(true);
        job->setKey(u"connection/"_s + id);
        job->setTextData(text);
        bool ok = false;
        QEventLoop loop;
        connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job* j) {
            ok = j->error() == QKeychain::NoError;
            loop.quit();
        });
        job->start();
        loop.exec();
        return ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("GONGDIR_KEYRING_INSIDE") == QLatin1String("1"),
                 "run through tests/keychain/run-with-keyring.sh (CTest does)");
    }

    void accessKeyRoundTrip()
    {
        SecretStore store;
        store.setServiceName(m_service);
        QSignalSpy state(&store, &SecretStore::keychainStateChanged);
        QSignalSpy written(&store, &SecretStore::credentialsWritten);
        store.writeCredentials(u"ak"_s, accessKey());
        QCOMPARE(store.pendingJobCount(), 1);
        QVERIFY(written.wait(answerMs));
        const auto saved = written.at(0).at(1).value<KeychainResult>();
        QVERIFY2(saved.isOk(), qPrintable(saved.message));
        QCOMPARE(saved.message, u"Credentials saved in the system keychain."_s);
        QCOMPARE(store.keychainState(), SecretStore::KeychainState::Available);
        QCOMPARE(store.keychainStateText(), u"Secrets are kept in the system keychain."_s);
        QCOMPARE(state.count(), 1);
        QCOMPARE(store.pendingJobCount(), 0);

        const KeychainResult back = read(u"ak"_s);
        QVERIFY2(back.isOk(), qPrintable(back.message));
        QVERIFY(!back.fromSession);
        QCOMPARE(back.credentials, accessKey());
        QCOMPARE(back.message, u"Credentials loaded from the system keychain."_s);
    }

    void tokenRoundTrip()
    {
        QVERIFY(write(u"tok"_s, token()).isOk());
        const KeychainResult back = read(u"tok"_s);
        QVERIFY2(back.isOk(), qPrintable(back.message));
        QCOMPARE(back.credentials, token());
    }

    // Entries are per service and per profile id.
    void otherEntriesAreNotFound()
    {
        QVERIFY(write(u"mine"_s, token()).isOk());
        const KeychainResult other = read(u"not-saved"_s);
        QCOMPARE(other.status, KeychainResult::Status::NotFound);
        QCOMPARE(other.message, u"No credentials are saved in the system keychain for this connection."_s);
        QVERIFY(other.credentials.bearerToken.isEmpty());

        SecretStore elsewhere;
        elsewhere.setServiceName(m_service + u"-other"_s);
        QSignalSpy spy(&elsewhere, &SecretStore::credentialsRead);
        elsewhere.readCredentials(u"mine"_s);
        QVERIFY(spy.wait(answerMs));
        QCOMPARE(spy.at(0).at(1).value<KeychainResult>().status, KeychainResult::Status::NotFound);
    }

    void forgettingRemovesTheEntry()
    {
        QVERIFY(write(u"gone"_s, accessKey()).isOk());
        const KeychainResult removed = forget(u"gone"_s);
        QVERIFY2(removed.isOk(), qPrintable(removed.message));
        QCOMPARE(removed.message, u"Saved credentials removed from the system keychain."_s);
        QCOMPARE(read(u"gone"_s).status, KeychainResult::Status::NotFound);
        // Forgetting what is not there is fine (the Secret Service deletes nothing without an error).
        const KeychainResult again = forget(u"gone"_s);
        QVERIFY2(again.isOk(), qPrintable(again.message));
    }

    // The entry format is a contract with every earlier version: a v1 entry written by hand reads back.
    void anEarlierVersionsEntryReads()
    {
        QVERIFY(writeRaw(u"v1key"_s,
                         uR"({"v":1,"method":"accessKey","accessKey":"AK-old","accessKeySecret":"SECRET-old"})"_s));
        const KeychainResult key = read(u"v1key"_s);
        QVERIFY2(key.isOk(), qPrintable(key.message));
        QCOMPARE(key.credentials.method, Credentials::Method::AccessKey);
        QCOMPARE(key.credentials.accessKey, u"AK-old"_s);
        QCOMPARE(key.credentials.accessKeySecret, u"SECRET-old"_s);

        QVERIFY(writeRaw(u"v1token"_s, uR"({"v":1,"method":"bearerToken","bearerToken":"TOKEN-old"})"_s));
        const KeychainResult tok = read(u"v1token"_s);
        QCOMPARE(tok.credentials.method, Credentials::Method::BearerToken);
        QCOMPARE(tok.credentials.bearerToken, u"TOKEN-old"_s);
    }

    void aDamagedEntryIsReportedNotUsed()
    {
        QVERIFY(writeRaw(u"damaged"_s, u"not json at all"_s));
        const KeychainResult damaged = read(u"damaged"_s);
        QCOMPARE(damaged.status, KeychainResult::Status::Failed);
        QCOMPARE(damaged.message, u"The saved credentials in the system keychain are unreadable; enter them again."_s);
        QVERIFY(damaged.credentials.accessKey.isEmpty() && damaged.credentials.bearerToken.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecretStoreKeyring)
#include "tst_secretstore.moc"
