// SPDX-License-Identifier: MIT
#pragma once

#include "credentials.h"

#include <QHash>
#include <QLoggingCategory>
#include <QObject>
#include <QString>

#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcCredentials)

// The outcome of one keychain operation. `credentials` is filled by reads only.
struct KeychainResult
{
    enum class Status
    {
        Ok,
        NotFound,    // the keychain answered: nothing saved for this connection
        Unavailable, // no keychain, or it did not answer in time: session-only mode
        Failed,      // the keychain answered with an error (access denied, ...)
    };
    Status status = Status::Ok;
    Credentials credentials;
    QString message;          // for the user; never holds a secret
    bool fromSession = false; // a read answered from this session's memory, not from the keychain

    bool isOk() const { return status == Status::Ok; }
};
Q_DECLARE_METATYPE(KeychainResult)

// The secrets of saved connections, by profile id: in the OS keychain through asynchronous QtKeychain jobs, each
// with a watchdog, and in memory for this session. When the keychain is missing or does not answer, the store
// switches to session-only mode for good: secrets stay in memory and the app keeps working. There is no plain-text
// fallback.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class KeychainState
    {
        Unknown,     // not used yet
        Available,   // answered the last time
        Unavailable, // missing, failing or silent: session-only mode
    };
    Q_ENUM(KeychainState)

    static constexpr int DefaultWatchdogMs = 10000;

    explicit SecretStore(QObject* parent = nullptr);
    ~SecretStore() override;

    // The keychain service entries are saved under (default "GongDirectory").
    void setServiceName(const QString& service) { m_service = service; }
    QString serviceName() const { return m_service; }
    void setWatchdogMs(int ms) { m_watchdogMs = ms; }
    int watchdogMs() const { return m_watchdogMs; }

    KeychainState keychainState() const { return m_state; }
    bool isSessionOnly() const { return m_state == KeychainState::Unavailable; }
    // One sentence about the keychain for the UI (empty while nothing is known).
    QString keychainStateText() const;
    // Why the keychain is unavailable, e.g. "no system keychain was found" (empty while it is not).
    QString unavailableReason() const { return isSessionOnly() ? m_unavailableReason : QString(); }

    // Asynchronous; each emits its signal exactly once, never from inside the call.
    void readCredentials(const QString& profileId);                            // -> credentialsRead
    void writeCredentials(const QString& profileId, const Credentials& creds); // -> credentialsWritten
    void forgetCredentials(const QString& profileId);                          // -> credentialsForgotten

    // Secrets known in memory this session (entered, or read from the keychain).
    std::optional<Credentials> sessionCredentials(const QString& profileId) const;
    void setSessionCredentials(const QString& profileId, const Credentials& creds);
    int pendingJobCount() const { return m_pendingJobs; }

Q_SIGNALS:
    void credentialsRead(const QString& profileId, const KeychainResult& result);
    void credentialsWritten(const QString& profileId, const KeychainResult& result);
    void credentialsForgotten(const QString& profileId, const KeychainResult& result);
    void keychainStateChanged(SecretStore::KeychainState state);

private:
    enum class Op
    {
        Read,
        Write,
        Forget
    };
    void runJob(Op op, const QString& profileId, const Credentials& creds);
    void finish(Op op, const QString& profileId, const KeychainResult& result);
    void finishLater(Op op, const QString& profileId, const KeychainResult& result);
    void setState(KeychainState state, const QString& why = QString());
    KeychainResult unavailableResult() const;

    QString m_service;
    int m_watchdogMs = DefaultWatchdogMs;
    KeychainState m_state = KeychainState::Unknown;
    QString m_unavailableReason;
    QHash<QString, Credentials> m_session;
    int m_pendingJobs = 0;
};
