// SPDX-License-Identifier: MIT
#include "snapshotstore.h"

#include "snapshotdatabase.h"
#include "snapshotwriter.h"
#include "storefiles.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {
// lupdate reads the context from here; the same one the code uses at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotStore)
};

void registerTypes()
{
    qRegisterMetaType<SnapshotInfo>();
    qRegisterMetaType<QList<SnapshotInfo>>();
    qRegisterMetaType<StoreResult>();
    qRegisterMetaType<SaveResult>();
    qRegisterMetaType<SnapshotDiff>();
    qRegisterMetaType<ChangeFacts>();
    qRegisterMetaType<QList<UserChange>>();
}

// The newest snapshot and the one before it, for "compare the last two".
bool lastTwo(SnapshotDatabase& db, qint64* fromId, qint64* toId, StoreResult* result)
{
    const QList<SnapshotInfo> all = db.snapshots(result);
    if (!result->ok())
        return false;
    if (all.size() < 2) {
        result->error = SqliteFile::Error::Other;
        result->message = Tr::tr("The offline copy has %n snapshot(s); comparing needs two.", nullptr, int(all.size()));
        return false;
    }
    *toId = all.at(0).id;
    *fromId = all.at(1).id;
    return true;
}
} // namespace

SnapshotStore::SnapshotStore(const StoreKey& key, QObject* parent)
    : SnapshotStore(key, key.filePath(), parent)
{}

SnapshotStore::SnapshotStore(const StoreKey& key, const QString& path, QObject* parent)
    : QObject(parent)
    , m_key(key)
    , m_path(path)
    , m_historyDays(SnapshotWriter::DefaultHistoryDays)
    , m_busyTimeoutMs(SqliteFile::DefaultBusyTimeoutMs)
    , m_thread(QStringLiteral("SnapshotStore"))
{
    registerTypes();
}

SnapshotStore::~SnapshotStore()
{
    m_stopping.store(true);
    // After every job asked for (a save completes), the file closes on its own thread.
    m_thread.stop([this] {
        delete m_db;
        m_db = nullptr;
    });
}

template <typename Job> int SnapshotStore::post(Job job)
{
    const int ticket = ++m_nextTicket;
    m_thread.post([job = std::move(job), ticket]() mutable { job(ticket); });
    return ticket;
}

SnapshotDatabase* SnapshotStore::database(bool forWriting)
{
    if (!m_db)
        m_db = new SnapshotDatabase;
    const SqliteFile::State state = m_db->file().state();
    // Open once; reopen only when a write needs the file a read found missing, or a damaged one was moved aside.
    const bool reopen = state == SqliteFile::State::Closed || state == SqliteFile::State::Missing;
    // An existing file is opened as for writing too, so that one found damaged later is replaced by a new one.
    const bool create = forWriting || QFileInfo::exists(m_path);
    if (reopen)
        m_db->open(m_path, create ? SqliteFile::Mode::Create : SqliteFile::Mode::ExistingOnly, m_busyTimeoutMs);
    return m_db;
}

QString SnapshotStore::noCopyText(const StoreKey& key)
{
    return Tr::tr("There is no offline copy of %1 yet.").arg(key.displayText());
}

StoreResult SnapshotStore::unavailable() const
{
    StoreResult r;
    const bool missing = !m_db || m_db->file().state() == SqliteFile::State::Missing ||
                         m_db->file().state() == SqliteFile::State::Closed;
    r.error = missing ? SqliteFile::Error::Missing : SqliteFile::Error::Unavailable;
    r.message = m_db && !m_db->file().notice().isEmpty() ? m_db->file().notice() : noCopyText(m_key);
    return r;
}

int SnapshotStore::open()
{
    return post([this](int ticket) {
        SnapshotDatabase* db = database(false);
        StoreResult result;
        const SnapshotInfo newest = db->isOpen() ? db->newest(&result) : SnapshotInfo();
        if (!db->isOpen())
            result = unavailable();
        else if (result.ok() && !db->file().notice().isEmpty())
            result.message = db->file().notice(); // e.g. read-only: usable, but say so
        Q_EMIT opened(ticket, newest, result);
    });
}

int SnapshotStore::listSnapshots()
{
    return post([this](int ticket) {
        SnapshotDatabase* db = database(false);
        StoreResult result;
        QList<SnapshotInfo> all;
        if (db->isOpen())
            all = db->snapshots(&result);
        else
            result = unavailable();
        Q_EMIT snapshotsListed(ticket, all, result);
    });
}

int SnapshotStore::save(const QList<User>& users, const SnapshotInfo& info)
{
    return post([this, users, info](int ticket) {
        SnapshotDatabase* db = database(true);
        SaveResult result = SnapshotWriter::write(*db, users, info, m_historyDays.load());
        // A file found damaged while saving was moved aside: save once more into the new one.
        if (result.error == SqliteFile::Error::Damaged && db->file().isWritable()) {
            const QString notice = result.message;
            result = SnapshotWriter::write(*db, users, info, m_historyDays.load());
            if (result.ok())
                result.message = notice;
        }
        Q_EMIT saved(ticket, result);
    });
}

std::shared_ptr<SnapshotStream> SnapshotStore::read(qint64 snapshotId)
{
    auto stream = std::make_shared<SnapshotStream>(m_nextTicket + 1);
    post([this, stream, snapshotId](int ticket) {
        SnapshotDatabase* db = database(false);
        StoreResult result;
        SnapshotInfo snapshot;
        if (!db->isOpen()) {
            result = unavailable();
        } else {
            const QList<SnapshotInfo> all = db->snapshots(&result);
            for (const SnapshotInfo& s : all) {
                if (snapshotId == 0 || s.id == snapshotId) {
                    snapshot = s;
                    break;
                }
            }
            if (result.ok() && !snapshot.isValid()) {
                result.error = snapshotId == 0 ? SqliteFile::Error::Missing : SqliteFile::Error::Other;
                result.message = snapshotId == 0
                                     ? noCopyText(m_key)
                                     : Tr::tr("There is no snapshot %1 in the offline copy.").arg(snapshotId);
            }
        }
        if (result.ok()) {
            stream->setSnapshot(snapshot);
            result = db->readUsers(snapshot.id, [&](QList<User>&& batch) {
                if (stream->isCancelled() || m_stopping.load())
                    return false;
                stream->push(std::move(batch));
                Q_EMIT streamChanged(ticket);
                return true;
            });
        }
        stream->finish(result);
        Q_EMIT streamChanged(ticket);
    });
    return stream;
}

int SnapshotStore::compare(qint64 fromId, qint64 toId)
{
    return post([this, fromId, toId](int ticket) {
        SnapshotDatabase* db = database(false);
        SnapshotDiff diff;
        qint64 from = fromId;
        qint64 to = toId;
        if (!db->isOpen())
            diff.result = unavailable();
        else if ((from != 0 && to != 0) || lastTwo(*db, &from, &to, &diff.result))
            diff = SnapshotComparer::diff(*db, from, to);
        Q_EMIT compared(ticket, diff);
    });
}

int SnapshotStore::history(const QString& userId)
{
    return post([this, userId](int ticket) {
        SnapshotDatabase* db = database(false);
        StoreResult result;
        QList<UserChange> changes;
        if (db->isOpen())
            changes = SnapshotComparer::history(*db, userId, &result);
        else
            result = unavailable();
        Q_EMIT historyRead(ticket, userId, changes, result);
    });
}

int SnapshotStore::changeFacts(qint64 fromId, qint64 toId)
{
    return post([this, fromId, toId](int ticket) {
        SnapshotDatabase* db = database(false);
        StoreResult result;
        ChangeFacts facts;
        qint64 from = fromId;
        qint64 to = toId;
        if (!db->isOpen())
            result = unavailable();
        else if ((from != 0 && to != 0) || lastTwo(*db, &from, &to, &result))
            facts = SnapshotComparer::facts(*db, from, to, &result);
        Q_EMIT factsRead(ticket, facts, result);
    });
}

int SnapshotStore::prune()
{
    return post([this](int ticket) {
        SnapshotDatabase* db = database(true);
        Q_EMIT pruned(ticket, SnapshotWriter::prune(*db, m_historyDays.load()));
    });
}

int SnapshotStore::deleteCopy()
{
    return post([this](int ticket) {
        if (m_db)
            m_db->close();
        StoreResult result;
        QString error;
        if (!StoreFiles::remove(m_path, &error)) {
            result.error = SqliteFile::Error::Other;
            result.message = error;
        }
        Q_EMIT deleted(ticket, result);
    });
}
