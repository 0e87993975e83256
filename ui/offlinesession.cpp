// SPDX-License-Identifier: MIT
#include "offlinesession.h"

#include "api/directoryloader.h"
#include "cli/offlinecopy.h"
#include "directory/changefacts.h"
#include "directory/directory.h"
#include "store/requestlog.h"
#include "store/snapshotloader.h"
#include "store/snapshotrecorder.h"
#include "store/snapshotstore.h"
#include "store/storefiles.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

OfflineSession::OfflineSession(DirectoryLoader* loader, Directory* directory, QObject* parent)
    : QObject(parent)
    , m_loader(loader)
    , m_directory(directory)
    , m_settings(OfflineSettings::load())
{
    setObjectName(QStringLiteral("offlineSession"));
}

OfflineSession::~OfflineSession()
{
    close();
}

void OfflineSession::setRequestLog(RequestLog* log)
{
    m_requests = log;
    if (!log)
        return;
    connect(log, &RequestLog::countChanged, this, [this](const QString& key, int today) {
        if (!m_key.isValid() || key != m_key.requestKey())
            return;
        m_callsToday = today;
        Q_EMIT callsTodayChanged(today);
    });
    connect(log, &RequestLog::counted, this, [this](int ticket, const QString&, int count, const StoreResult&) {
        if (ticket != m_countTicket)
            return;
        m_callsToday = count;
        Q_EMIT callsTodayChanged(count);
    });
}

void OfflineSession::setSettings(const OfflineSettings& settings)
{
    m_settings = settings;
    if (m_store)
        m_store->setHistoryDays(settings.historyDays);
    if (m_recorder)
        m_recorder->setEnabled(settings.keepCopy);
}

void OfflineSession::close()
{
    // The reader and recorder talk to the store: they go first, then the store (which finishes a save in progress).
    delete m_reader;
    m_reader = nullptr;
    delete m_recorder;
    m_recorder = nullptr;
    delete m_store;
    m_store = nullptr;
    m_key = StoreKey();
    m_newest = SnapshotInfo();
    m_showingCopy = false;
    m_callsToday = -1;
    m_deleteTicket = -1;
}

void OfflineSession::open(const StoreKey& key, const QUrl& requestsUrl)
{
    close();
    m_key = key;
    m_store = new SnapshotStore(key, this);
    m_store->setObjectName(QStringLiteral("snapshotStore"));
    m_store->setHistoryDays(m_settings.historyDays);
    m_recorder = new SnapshotRecorder(m_loader, m_store, this);
    m_recorder->setEnabled(m_settings.keepCopy);
    connect(m_recorder, &SnapshotRecorder::saved, this, &OfflineSession::onSaved);
    connect(m_store, &SnapshotStore::factsRead, this, [this](int, const ChangeFacts& facts, const StoreResult& result) {
        if (result.ok())
            m_directory->setChangeFacts(facts);
    });
    connect(m_store, &SnapshotStore::deleted, this, &OfflineSession::onDeleted);
    if (m_requests) {
        m_requests->setKey(requestsUrl, key.requestKey());
        m_countTicket = m_requests->countToday(key.requestKey());
    }

    m_reader = new SnapshotLoader(m_store, m_directory, this);
    connect(m_reader, &SnapshotLoader::started, this, [this](const SnapshotInfo& snapshot) {
        m_newest = snapshot;
        m_showingCopy = true;
        Q_EMIT copyShown(snapshot);
    });
    connect(m_reader, &SnapshotLoader::finished, this, &OfflineSession::onCopyFinished);
    connect(m_reader, &SnapshotLoader::failed, this, &OfflineSession::onCopyFailed);
    m_reader->load();
}

void OfflineSession::stopReading()
{
    if (m_reader && m_reader->isBusy())
        m_reader->cancel();
}

void OfflineSession::deleteCopy(const StoreKey& key, bool keepStoring)
{
    if (m_store && key == m_key && keepStoring) {
        // Queued behind the store's jobs: a save in progress completes, then the worker closes the file and deletes.
        m_deleteTicket = m_store->deleteCopy();
        return;
    }
    // Nothing may write it again: the store goes first (its destructor lets a save complete and closes the file on
    // its thread), then the files.
    if (m_store && key == m_key)
        close();
    StoreResult result;
    QString error;
    if (!StoreFiles::remove(key.filePath(), &error)) {
        result.error = SqliteFile::Error::Other;
        result.message = error;
    }
    Q_EMIT copyDeleted(key, result);
}

QList<StoreKey> OfflineSession::copiesOf(const ConnectionProfile& removed, const QList<ConnectionProfile>& remaining)
{
    QList<StoreKey> keys;
    for (const bool avatars : {false, true}) {
        const StoreKey key = StoreKey::forBaseUrl(removed.baseUrl, avatars);
        const bool shared = std::any_of(remaining.cbegin(), remaining.cend(), [&](const ConnectionProfile& p) {
            return p.id != removed.id && StoreKey::forBaseUrl(p.baseUrl, avatars) == key;
        });
        if (key.isValid() && !shared && QFileInfo::exists(key.filePath()))
            keys.append(key);
    }
    return keys;
}

void OfflineSession::onDeleted(int ticket, const StoreResult& result)
{
    if (ticket != m_deleteTicket)
        return;
    m_deleteTicket = -1;
    if (result.ok()) {
        m_newest = SnapshotInfo();
        m_showingCopy = false;
        m_directory->setChangeFacts(ChangeFacts());
        Q_EMIT newestChanged(m_newest); // no "as of", no history
    }
    Q_EMIT copyDeleted(m_key, result);
}

void OfflineSession::onCopyFinished(const SnapshotInfo& snapshot)
{
    m_newest = snapshot;
    Q_EMIT newestChanged(snapshot);
    readChangeFacts();
    if (m_settings.wantsRefresh(snapshot.finishedMsecs, QDateTime::currentMSecsSinceEpoch()))
        Q_EMIT refreshWanted();
}

void OfflineSession::onCopyFailed(const StoreResult& result)
{
    // No copy yet is the normal first start; anything else is worth one sentence.
    if (result.error != SqliteFile::Error::Missing && !result.message.isEmpty())
        Q_EMIT notice(result.message);
    Q_EMIT refreshWanted();
}

void OfflineSession::onSaved(const SaveResult& result)
{
    if (!result.ok()) {
        Q_EMIT notice(result.message);
        return;
    }
    m_newest = result.snapshot;
    m_showingCopy = false;
    Q_EMIT newestChanged(result.snapshot);
    readChangeFacts();
}

void OfflineSession::readChangeFacts()
{
    if (m_store)
        m_store->changeFacts();
}

bool OfflineSession::exceedsQuota() const
{
    if (m_callsToday < 0 || estimatedCalls() <= 0)
        return false;
    return estimatedCalls() > m_dailyLimit - m_callsToday;
}

QString OfflineSession::asOfText(qint64 msecs, qint64 nowMsecs)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(msecs).toLocalTime();
    const QLocale locale;
    // "5 Dec 14:02"; the year only when it is not this one.
    const bool thisYear = time.date().year() == QDateTime::fromMSecsSinceEpoch(nowMsecs).toLocalTime().date().year();
    const QString date =
        locale.toString(time.date(), thisYear ? QStringLiteral("d MMM") : QStringLiteral("d MMM yyyy"));
    return tr("%1 %2 (%3 ago)")
        .arg(date, locale.toString(time.time(), QStringLiteral("HH:mm")),
             OfflineCopy::ageText(std::max<qint64>(0, nowMsecs - msecs)));
}
