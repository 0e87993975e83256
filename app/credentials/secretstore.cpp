// SPDX-License-Identifier: MIT
#include "secretstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

Q_LOGGING_CATEGORY(lcCredentials, "gongdir.credentials")

namespace {
// A connection's keychain entry is named after its profile id, which survives renames.
QString keychainKey(const QString& profileId)
{
    return QStringLiteral("connection/") + profileId;
}

// The keychain entry: one small JSON object per connection (the access key is kept there too).
QString encodeSecrets(const Credentials& c)
{
    QJsonObject o;
    o.insert(QLatin1String("v"), 1);
    o.insert(QLatin1String("method"), Credentials::methodKey(c.method));
    if (c.method == Credentials::Method::BearerToken) {
        o.insert(QLatin1String("bearerToken"), c.bearerToken);
    } else {
        o.insert(QLatin1String("accessKey"), c.accessKey);
        o.insert(QLatin1String("accessKeySecret"), c.accessKeySecret);
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool decodeSecrets(const QString& text, Credentials* out)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (!doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    Credentials c;
    c.method = Credentials::methodFromKey(o.value(QLatin1String("method")).toString());
    c.accessKey = o.value(QLatin1String("accessKey")).toString();
    c.accessKeySecret = o.value(QLatin1String("accessKeySecret")).toString();
    c.bearerToken = o.value(QLatin1String("bearerToken")).toString();
    *out = c;
    return true;
}
} // namespace

SecretStore::SecretStore(QObject* parent)
    : QObject(parent)
    , m_service(QStringLiteral("GongDirectory"))
{
    qRegisterMetaType<KeychainResult>();
}

// Running jobs are not deleted here: QtKeychain's backends call back into them. Their finished signal
// is connected with this store as context, so it is simply dropped.
SecretStore::~SecretStore() = default;

QString SecretStore::keychainStateText() const
{
    switch (m_state) {
    case KeychainState::Unknown:
        return {};
    case KeychainState::Available:
        return tr("Secrets are kept in the system keychain.");
    case KeychainState::Unavailable:
        if (m_unavailableReason.isEmpty())
            return tr("Keychain unavailable — credentials will be kept for this session only.");
        return tr("Keychain unavailable — credentials will be kept for this session only (%1).")
            .arg(m_unavailableReason);
    }
    return {};
}

std::optional<Credentials> SecretStore::sessionCredentials(const QString& profileId) const
{
    const auto it = m_session.constFind(profileId);
    if (it == m_session.constEnd())
        return std::nullopt;
    return *it;
}

void SecretStore::setSessionCredentials(const QString& profileId, const Credentials& creds)
{
    m_session.insert(profileId, creds.trimmed());
}

void SecretStore::readCredentials(const QString& profileId)
{
    if (const auto known = sessionCredentials(profileId)) {
        KeychainResult r;
        r.credentials = *known;
        r.fromSession = true;
        r.message = isSessionOnly() ? keychainStateText() : tr("Credentials entered in this session.");
        finishLater(Op::Read, profileId, r);
        return;
    }
    if (isSessionOnly()) {
        finishLater(Op::Read, profileId, unavailableResult());
        return;
    }
    runJob(Op::Read, profileId, {});
}

void SecretStore::writeCredentials(const QString& profileId, const Credentials& creds)
{
    setSessionCredentials(profileId, creds);
    if (isSessionOnly()) {
        finishLater(Op::Write, profileId, unavailableResult());
        return;
    }
    runJob(Op::Write, profileId, creds.trimmed());
}

void SecretStore::forgetCredentials(const QString& profileId)
{
    m_session.remove(profileId);
    if (isSessionOnly()) {
        KeychainResult r = unavailableResult();
        r.message = tr("Removed from this session. The system keychain cannot be reached, so a copy saved there "
                       "earlier could not be removed.");
        finishLater(Op::Forget, profileId, r);
        return;
    }
    runJob(Op::Forget, profileId, {});
}

KeychainResult SecretStore::unavailableResult() const
{
    KeychainResult r;
    r.status = KeychainResult::Status::Unavailable;
    r.message = keychainStateText();
    return r;
}

void SecretStore::runJob(Op op, const QString& profileId, const Credentials& creds)
{
    QKeychain::Job* job = nullptr;
    switch (op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Op::Write: {
        auto* write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(encodeSecrets(creds));
        job = write;
        break;
    }
    case Op::Forget:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    // No parent: a job deletes itself when its backend answers (deleting it earlier would leave the backend
    // calling into freed memory). QtKeychain's insecure plain-text fallback stays off.
    job->setAutoDelete(true);
    job->setKey(keychainKey(profileId));
    ++m_pendingJobs;

    // Whichever comes first, the answer or the watchdog, decides; the other is ignored.
    auto decided = std::make_shared<bool>(false);
    QTimer::singleShot(m_watchdogMs, this, [this, op, profileId, decided] {
        if (*decided)
            return;
        *decided = true;
        --m_pendingJobs;
        qCInfo(lcCredentials) << "keychain did not answer within" << m_watchdogMs << "ms";
        // QtKeychain runs jobs one after another: a silent keychain blocks every later job too.
        setState(KeychainState::Unavailable,
                 tr("the system keychain did not answer within %n second(s)", nullptr, (m_watchdogMs + 999) / 1000));
        finish(op, profileId, unavailableResult());
    });
    connect(job, &QKeychain::Job::finished, this, [this, op, profileId, decided](QKeychain::Job* j) {
        if (*decided)
            return;
        *decided = true;
        --m_pendingJobs;
        KeychainResult r;
        switch (j->error()) {
        case QKeychain::NoError:
            setState(KeychainState::Available);
            if (op == Op::Read) {
                const auto* read = static_cast<QKeychain::ReadPasswordJob*>(j);
                if (decodeSecrets(read->textData(), &r.credentials)) {
                    r.message = tr("Credentials loaded from the system keychain.");
                } else {
                    r.status = KeychainResult::Status::Failed;
                    r.message = tr("The saved credentials in the system keychain are unreadable; enter them again.");
                }
            } else if (op == Op::Write) {
                r.message = tr("Credentials saved in the system keychain.");
            } else {
                r.message = tr("Saved credentials removed from the system keychain.");
            }
            break;
        case QKeychain::EntryNotFound:
            setState(KeychainState::Available);
            if (op == Op::Forget) {
                r.message = tr("No credentials were saved in the system keychain for this connection.");
            } else {
                r.status = KeychainResult::Status::NotFound;
                r.message = tr("No credentials are saved in the system keychain for this connection.");
            }
            break;
        case QKeychain::AccessDenied:
        case QKeychain::AccessDeniedByUser:
            setState(KeychainState::Available);
            r.status = KeychainResult::Status::Failed;
            r.message = tr("The system keychain refused access (%1).").arg(j->errorString());
            break;
        case QKeychain::CouldNotDeleteEntry:
            setState(KeychainState::Available);
            r.status = KeychainResult::Status::Failed;
            r.message =
                tr("The saved credentials could not be removed from the system keychain (%1).").arg(j->errorString());
            break;
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
        case QKeychain::OtherError:
            qCInfo(lcCredentials) << "keychain unavailable:" << j->error() << j->errorString();
            setState(KeychainState::Unavailable,
                     j->errorString().isEmpty() ? tr("no system keychain was found") : j->errorString());
            r = unavailableResult();
            break;
        }
        finish(op, profileId, r);
    });
    job->start();
}

void SecretStore::finish(Op op, const QString& profileId, const KeychainResult& result)
{
    switch (op) {
    case Op::Read:
        if (result.isOk())
            m_session.insert(profileId, result.credentials);
        else if (result.status == KeychainResult::Status::Unavailable && m_session.contains(profileId)) {
            KeychainResult fromMemory = result;
            fromMemory.status = KeychainResult::Status::Ok;
            fromMemory.credentials = m_session.value(profileId);
            fromMemory.fromSession = true;
            Q_EMIT credentialsRead(profileId, fromMemory);
            return;
        }
        Q_EMIT credentialsRead(profileId, result);
        break;
    case Op::Write:
        Q_EMIT credentialsWritten(profileId, result);
        break;
    case Op::Forget:
        Q_EMIT credentialsForgotten(profileId, result);
        break;
    }
}

void SecretStore::finishLater(Op op, const QString& profileId, const KeychainResult& result)
{
    QMetaObject::invokeMethod(
        this, [this, op, profileId, result] { finish(op, profileId, result); }, Qt::QueuedConnection);
}

void SecretStore::setState(KeychainState state, const QString& why)
{
    if (state == KeychainState::Unavailable)
        m_unavailableReason = why;
    if (m_state == state)
        return;
    // Once unavailable, stay so for the session: a silent keychain blocks QtKeychain's job queue.
    if (m_state == KeychainState::Unavailable)
        return;
    m_state = state;
    qCInfo(lcCredentials) << "keychain" << state;
    Q_EMIT keychainStateChanged(state);
}
