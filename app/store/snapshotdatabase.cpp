// SPDX-License-Identifier: MIT
#include "snapshotdatabase.h"

#include "directory/userrecord.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlQuery>
#include <QVariant>

namespace {
// lupdate reads the context from here; the same one the code uses at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotDatabase)
};

SnapshotInfo infoFrom(const QSqlQuery& q)
{
    SnapshotInfo s;
    s.id = q.value(0).toLongLong();
    s.startedMsecs = q.value(1).toLongLong();
    s.finishedMsecs = q.value(2).toLongLong();
    s.userCount = q.value(3).toInt();
    s.requests = q.value(4).toInt();
    s.pages = q.value(5).toInt();
    s.baseUrl = q.value(6).toString();
    s.includeAvatars = q.value(7).toBool();
    return s;
}

const char* const snapshotColumns =
    "SELECT id, started_ms, finished_ms, user_count, requests, pages, base_url, include_avatars FROM snapshots ";
} // namespace

SqliteFile::Schema SnapshotDatabase::schema()
{
    SqliteFile::Schema s;
    s.kind = SqliteFile::Schema::Kind::OfflineCopy;
    // Format 1: the first layout.
    s.migrations.append({
        QStringLiteral("CREATE TABLE snapshots(id INTEGER PRIMARY KEY, started_ms INTEGER NOT NULL, "
                       "finished_ms INTEGER NOT NULL, user_count INTEGER NOT NULL, requests INTEGER NOT NULL, "
                       "base_url TEXT NOT NULL, include_avatars INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE people(id INTEGER PRIMARY KEY, user_id TEXT NOT NULL UNIQUE)"),
        QStringLiteral("CREATE TABLE versions(id INTEGER PRIMARY KEY, person INTEGER NOT NULL, hash BLOB NOT NULL, "
                       "record BLOB NOT NULL)"),
        QStringLiteral("CREATE INDEX versions_by_person ON versions(person, hash)"),
        // Keyed by (person, first): one b-tree serves a person's history and holds the rows.
        QStringLiteral("CREATE TABLE spans(person INTEGER NOT NULL, version INTEGER NOT NULL, first INTEGER NOT NULL, "
                       "last INTEGER, PRIMARY KEY(person, first)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX spans_current ON spans(last, person)"),
    });
    // Format 2: snapshots remember the pages a load took, which estimates the requests of the next one (the quota
    // meter asks before a refresh that would exceed it). Older snapshots get the estimate from their user count.
    s.migrations.append({
        QStringLiteral("ALTER TABLE snapshots ADD COLUMN pages INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("UPDATE snapshots SET pages = MAX(1, (user_count + 99) / 100)"),
    });
    return s;
}

bool SnapshotDatabase::open(const QString& path, SqliteFile::Mode mode, int busyTimeoutMs)
{
    return m_file.open(path, schema(), mode, busyTimeoutMs);
}

StoreResult SnapshotDatabase::failure(const QSqlError& error, const QString& doing)
{
    StoreResult r;
    r.error = SqliteFile::classify(error);
    if (r.error == SqliteFile::Error::None)
        r.error = SqliteFile::Error::Other;
    const QString reason = m_file.describe(error);
    if (r.error == SqliteFile::Error::Damaged) {
        m_file.recoverFromDamage();
        r.message = doing + QLatin1Char(' ') + m_file.notice();
    } else {
        r.message = Tr::tr("%1: %2").arg(doing, reason);
    }
    return r;
}

namespace {
StoreResult notOpen(const SqliteFile& file)
{
    StoreResult r;
    r.error = file.state() == SqliteFile::State::Missing ? SqliteFile::Error::Missing : SqliteFile::Error::Unavailable;
    r.message = file.notice();
    return r;
}
} // namespace

QList<SnapshotInfo> SnapshotDatabase::snapshots(StoreResult* result)
{
    *result = {};
    QList<SnapshotInfo> out;
    if (!m_file.isOpen()) {
        *result = notOpen(m_file);
        return out;
    }
    QSqlError error;
    {
        QSqlQuery q(m_file.database());
        q.setForwardOnly(true);
        if (q.exec(QLatin1String(snapshotColumns) + QLatin1String("ORDER BY id DESC"))) {
            while (q.next())
                out.append(infoFrom(q));
        }
        error = q.lastError();
    }
    if (error.isValid())
        *result = failure(error, Tr::tr("Could not list the snapshots"));
    return out;
}

SnapshotInfo SnapshotDatabase::newest(StoreResult* result)
{
    *result = {};
    if (!m_file.isOpen()) {
        *result = notOpen(m_file);
        return {};
    }
    SnapshotInfo info;
    QSqlError error;
    {
        QSqlQuery q(m_file.database());
        if (q.exec(QLatin1String(snapshotColumns) + QLatin1String("ORDER BY id DESC LIMIT 1")) && q.next())
            info = infoFrom(q);
        error = q.lastError();
    }
    if (error.isValid())
        *result = failure(error, Tr::tr("Could not read the newest snapshot"));
    return info;
}

StoreResult SnapshotDatabase::readUsers(qint64 snapshotId, const std::function<bool(QList<User>&&)>& sink,
                                        int firstBatch, int batch)
{
    if (!m_file.isOpen())
        return notOpen(m_file);
    QSqlError error;
    int damaged = 0;
    bool stopped = false;
    {
        qint64 newestId = 0;
        QSqlQuery q(m_file.database());
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT MAX(id) FROM snapshots")) && q.next())
            newestId = q.value(0).toLongLong();
        q.finish();
        // The newest snapshot is every open span: the index on (last, person) gives them in order, without a sort.
        const bool newestSnapshot = snapshotId == newestId;
        q.prepare(newestSnapshot ? QStringLiteral("SELECT v.record FROM spans s JOIN versions v ON v.id = s.version "
                                                  "WHERE s.last IS NULL ORDER BY s.person")
                                 : QStringLiteral("SELECT v.record FROM spans s JOIN versions v ON v.id = s.version "
                                                  "WHERE s.first <= :id AND (s.last IS NULL OR s.last >= :id) "
                                                  "ORDER BY s.person"));
        if (!newestSnapshot)
            q.bindValue(QStringLiteral(":id"), snapshotId);
        if (q.exec()) {
            QList<User> users;
            int want = firstBatch;
            users.reserve(want);
            while (!stopped && q.next()) {
                User u;
                if (!UserRecord::unpack(q.value(0).toByteArray(), &u)) {
                    ++damaged;
                    continue;
                }
                users.append(std::move(u));
                if (users.size() >= want) {
                    stopped = !sink(std::move(users));
                    users = QList<User>();
                    want = batch;
                    users.reserve(want);
                }
            }
            if (!stopped && !users.isEmpty() && q.lastError().type() == QSqlError::NoError)
                stopped = !sink(std::move(users));
        }
        error = q.lastError();
    }
    if (error.isValid())
        return failure(error, Tr::tr("Could not read the offline copy"));
    StoreResult r;
    if (damaged > 0 && !stopped)
        r.message = Tr::tr("%n stored user(s) could not be read and are left out.", nullptr, damaged);
    return r;
}

StoreResult SnapshotDatabase::members(qint64 snapshotId, std::vector<Member>* out)
{
    out->clear();
    if (!m_file.isOpen())
        return notOpen(m_file);
    QSqlError error;
    {
        QSqlQuery q(m_file.database());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT person, version FROM spans "
                                 "WHERE first <= :id AND (last IS NULL OR last >= :id) ORDER BY person"));
        q.bindValue(QStringLiteral(":id"), snapshotId);
        if (q.exec()) {
            while (q.next())
                out->push_back({q.value(0).toLongLong(), q.value(1).toLongLong()});
        }
        error = q.lastError();
    }
    if (error.isValid())
        return failure(error, Tr::tr("Could not read the offline copy"));
    return {};
}

StoreResult SnapshotDatabase::spansOfUser(const QString& userId, std::vector<Span>* out)
{
    return querySpans(QStringLiteral("SELECT s.person, s.version, s.first, IFNULL(s.last, 0), p.user_id FROM spans s "
                                     "JOIN people p ON p.id = s.person WHERE p.user_id = ? ORDER BY s.first"),
                      userId, out, nullptr);
}

StoreResult SnapshotDatabase::spansUpTo(qint64 snapshotId, std::vector<Span>* out, QHash<qint64, QString>* userIds)
{
    return querySpans(QStringLiteral("SELECT s.person, s.version, s.first, IFNULL(s.last, 0), p.user_id FROM spans s "
                                     "JOIN people p ON p.id = s.person WHERE s.first <= ? ORDER BY s.person, s.first"),
                      snapshotId, out, userIds);
}

StoreResult SnapshotDatabase::querySpans(const QString& sql, const QVariant& bound, std::vector<Span>* out,
                                         QHash<qint64, QString>* userIds)
{
    out->clear();
    if (!m_file.isOpen())
        return notOpen(m_file);
    QSqlError error;
    {
        QSqlQuery q(m_file.database());
        q.setForwardOnly(true);
        q.prepare(sql);
        q.addBindValue(bound);
        if (q.exec()) {
            while (q.next()) {
                out->push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                                q.value(3).toLongLong()});
                if (userIds && (out->size() == 1 || (*out)[out->size() - 2].person != out->back().person))
                    userIds->insert(out->back().person, q.value(4).toString());
            }
        }
        error = q.lastError();
    }
    if (error.isValid())
        return failure(error, Tr::tr("Could not read the offline copy"));
    return {};
}

StoreResult SnapshotDatabase::usersOfVersions(const QList<qint64>& versions, QHash<qint64, User>* out)
{
    if (!m_file.isOpen())
        return notOpen(m_file);
    QSqlError error;
    {
        QSqlQuery q(m_file.database());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT record FROM versions WHERE id = ?"));
        for (const qint64 v : versions) {
            if (out->contains(v))
                continue;
            q.bindValue(0, v);
            if (!q.exec()) {
                error = q.lastError();
                break;
            }
            User u;
            if (q.next() && UserRecord::unpack(q.value(0).toByteArray(), &u))
                out->insert(v, u);
            q.finish();
        }
    }
    if (error.isValid())
        return failure(error, Tr::tr("Could not read the offline copy"));
    return {};
}
