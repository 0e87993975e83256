// SPDX-License-Identifier: MIT
#include "snapshotwriter.h"

#include "snapshotdatabase.h"

#include "directory/userrecord.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <initializer_list>
#include <limits>

namespace {
// lupdate reads the context from here; the same one the code uses at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotWriter)
};

struct Current
{
    qint64 person = 0;
    qint64 first = 0; // where the person's open span began: with the person, its key
    QByteArray hash;
    bool seen = false;
};

// Runs one transaction's statements; the first failure is kept and everything after it is skipped.
class Statements
{
public:
    explicit Statements(const QSqlDatabase& db)
        : m_db(db)
    {}

    QSqlQuery prepared(const QString& sql)
    {
        QSqlQuery q(m_db);
        if (ok() && !q.prepare(sql))
            m_error = q.lastError();
        return q;
    }
    bool exec(QSqlQuery& q)
    {
        if (!ok())
            return false;
        if (q.exec())
            return true;
        m_error = q.lastError();
        return false;
    }
    bool exec(const QString& sql)
    {
        QSqlQuery q(m_db);
        if (!ok())
            return false;
        if (q.exec(sql))
            return true;
        m_error = q.lastError();
        return false;
    }
    qint64 value(const QString& sql)
    {
        QSqlQuery q(m_db);
        if (ok() && q.exec(sql) && q.next())
            return q.value(0).toLongLong();
        if (ok() && q.lastError().isValid())
            m_error = q.lastError();
        return 0;
    }
    bool ok() const { return !m_error.isValid(); }
    QSqlError error() const { return m_error; }

private:
    QSqlDatabase m_db;
    QSqlError m_error;
};

// One prepared INSERT, run once per row with its values bound by name. (Qt SQL builds a placeholder name for every
// value bound by position, which costs more than SQLite's work for the row; a name is only looked up. Many rows in
// one statement cost SQLite more than it saves: it compiles each row.)
class Insert
{
public:
    Insert(Statements& s, const QString& table, const QStringList& columns)
        : m_s(s)
    {
        for (const QString& c : columns)
            m_names.append(QLatin1Char(':') + c);
        m_query = s.prepared(QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
                                 .arg(table, columns.join(QLatin1Char(',')), m_names.join(QLatin1Char(','))));
    }
    void add(std::initializer_list<QVariant> values)
    {
        int i = 0;
        for (const QVariant& v : values)
            m_query.bindValue(m_names[i++], v);
        m_s.exec(m_query);
    }

private:
    Statements& m_s;
    QStringList m_names;
    QSqlQuery m_query;
};

// Ends open spans with the snapshot `last`, many to a statement (only numbers: nothing to bind).
void closeSpans(Statements& s, const QList<const Current*>& spans, qint64 last)
{
    constexpr int perStatement = 256;
    for (qsizetype at = 0; at < spans.size() && s.ok(); at += perStatement) {
        const qsizetype n = std::min<qsizetype>(perStatement, spans.size() - at);
        QStringList keys;
        for (qsizetype i = 0; i < n; ++i)
            keys.append(QStringLiteral("(%1,%2)").arg(spans[at + i]->person).arg(spans[at + i]->first));
        s.exec(QStringLiteral("UPDATE spans SET last = %1 WHERE (person, first) IN (VALUES %2)")
                   .arg(last)
                   .arg(keys.join(QLatin1Char(','))));
    }
}

qint64 clockOr(qint64 nowMsecs)
{
    return nowMsecs > 0 ? nowMsecs : QDateTime::currentMSecsSinceEpoch();
}

// Removes snapshots older than the history kept (never the newest), then what only they used. Returns the number
// of snapshots removed.
int pruneIn(Statements& s, int historyDays, qint64 nowMsecs)
{
    QSqlQuery old = s.prepared(
        QStringLiteral("DELETE FROM snapshots WHERE finished_ms < ? AND id < (SELECT MAX(id) FROM snapshots)"));
    const qint64 cutoff =
        historyDays > 0 ? nowMsecs - qint64(historyDays) * 86400000LL : std::numeric_limits<qint64>::max();
    old.addBindValue(cutoff);
    if (!s.exec(old))
        return 0;
    const int removed = old.numRowsAffected();
    if (removed <= 0)
        return 0;
    const qint64 oldest = s.value(QStringLiteral("SELECT MIN(id) FROM snapshots"));
    s.exec(QStringLiteral("DELETE FROM spans WHERE last IS NOT NULL AND last < %1").arg(oldest));
    s.exec(QStringLiteral("DELETE FROM versions WHERE id NOT IN (SELECT version FROM spans)"));
    s.exec(QStringLiteral("DELETE FROM people WHERE id NOT IN (SELECT person FROM spans)"));
    return removed;
}
} // namespace

QByteArray SnapshotWriter::contentHash(const QByteArray& record)
{
    return QCryptographicHash::hash(record, QCryptographicHash::Blake2b_160).left(16);
}

SaveResult SnapshotWriter::write(SnapshotDatabase& db, const QList<User>& users, const SnapshotInfo& info,
                                 int historyDays, qint64 nowMsecs)
{
    SaveResult result;
    SqliteFile& file = db.file();
    if (!file.isWritable()) {
        result.error = file.isOpen() ? SqliteFile::Error::ReadOnly : SqliteFile::Error::Unavailable;
        result.message = file.notice().isEmpty() ? Tr::tr("The offline copy could not be opened.") : file.notice();
        return result;
    }
    // The last copy of a repeated id wins, in the place of its first (as Directory::upsert keeps them).
    QList<const User*> load;
    load.reserve(users.size());
    {
        QHash<QString, qsizetype> at;
        at.reserve(users.size());
        for (const User& u : users) {
            const auto it = at.constFind(u.id);
            if (it != at.constEnd()) {
                load[*it] = &u;
            } else {
                at.insert(u.id, load.size());
                load.append(&u);
            }
        }
    }
    // The expensive part needs no lock: pack and hash before the transaction.
    QList<QByteArray> records;
    QList<QByteArray> hashes;
    records.reserve(load.size());
    hashes.reserve(load.size());
    for (const User* u : std::as_const(load)) {
        records.append(UserRecord::pack(*u));
        hashes.append(contentHash(records.constLast()));
    }

    QSqlError error;
    if (!file.begin(&error))
        return SaveResult{db.failure(error, Tr::tr("Could not save the snapshot")), {}, 0, 0};
    {
        Statements s(file.database());
        const qint64 previous = s.value(QStringLiteral("SELECT IFNULL(MAX(id), 0) FROM snapshots"));
        // We hold the write lock: new rows can take the next ids, and go in many to a statement.
        qint64 nextPerson = s.value(QStringLiteral("SELECT IFNULL(MAX(id), 0) FROM people")) + 1;
        qint64 nextVersion = s.value(QStringLiteral("SELECT IFNULL(MAX(id), 0) FROM versions")) + 1;
        const bool fresh = nextPerson == 1;

        QHash<QString, Current> current;
        if (!fresh) {
            QSqlQuery q = s.prepared(QStringLiteral(
                "SELECT s.person, s.first, p.user_id, v.hash FROM spans s JOIN people p ON p.id = s.person "
                "JOIN versions v ON v.id = s.version WHERE s.last IS NULL"));
            q.setForwardOnly(true);
            if (s.exec(q)) {
                current.reserve(load.size());
                while (q.next())
                    current.insert(q.value(2).toString(),
                                   {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(3).toByteArray()});
            }
        }

        SnapshotInfo saved = info;
        saved.userCount = int(load.size());
        saved.id = previous + 1;
        QSqlQuery insertSnapshot = s.prepared(
            QStringLiteral("INSERT INTO snapshots(id, started_ms, finished_ms, user_count, requests, pages, base_url, "
                           "include_avatars) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant& v : {QVariant(saved.id), QVariant(saved.startedMsecs), QVariant(saved.finishedMsecs),
                                  QVariant(saved.userCount), QVariant(saved.requests), QVariant(saved.pages),
                                  QVariant(saved.baseUrl.isNull() ? QStringLiteral("") : saved.baseUrl),
                                  QVariant(saved.includeAvatars ? 1 : 0)})
            insertSnapshot.addBindValue(v);
        s.exec(insertSnapshot);

        QSqlQuery findPerson = s.prepared(QStringLiteral("SELECT id FROM people WHERE user_id = ?"));
        QSqlQuery findVersion =
            s.prepared(QStringLiteral("SELECT id, record FROM versions WHERE person = ? AND hash = ?"));
        Insert people(s, QStringLiteral("people"), {QStringLiteral("id"), QStringLiteral("user_id")});
        Insert versions(
            s, QStringLiteral("versions"),
            {QStringLiteral("id"), QStringLiteral("person"), QStringLiteral("hash"), QStringLiteral("record")});
        Insert spans(s, QStringLiteral("spans"),
                     {QStringLiteral("person"), QStringLiteral("version"), QStringLiteral("first")});
        QList<const Current*> closing; // open spans of people who changed or left: they end with the previous snapshot

        for (qsizetype i = 0; i < load.size() && s.ok(); ++i) {
            const QString& id = load[i]->id;
            Current* cur = nullptr;
            if (!fresh) {
                const auto it = current.find(id);
                if (it != current.end()) {
                    cur = &it.value();
                    cur->seen = true;
                    if (cur->hash == hashes[i])
                        continue; // unchanged: the open span goes on
                }
            }
            qint64 person = cur ? cur->person : 0;
            if (!person && !fresh) { // someone coming back
                findPerson.bindValue(0, id);
                if (s.exec(findPerson) && findPerson.next())
                    person = findPerson.value(0).toLongLong();
                findPerson.finish();
            }
            const bool knownPerson = person != 0;
            if (!knownPerson) {
                person = nextPerson++;
                people.add({person, id});
            }
            qint64 version = 0;
            if (knownPerson) { // a content this person had before (changed back): the same version
                findVersion.bindValue(0, person);
                findVersion.bindValue(1, hashes[i]);
                if (s.exec(findVersion)) {
                    while (!version && findVersion.next()) {
                        if (findVersion.value(1).toByteArray() == records[i])
                            version = findVersion.value(0).toLongLong();
                    }
                }
                findVersion.finish();
            }
            if (!version) {
                version = nextVersion++;
                versions.add({version, person, hashes[i], records[i]});
                ++result.newVersions;
            }
            if (cur)
                closing.append(cur);
            spans.add({person, version, saved.id});
        }
        for (auto it = current.cbegin(); it != current.cend(); ++it) {
            if (!it->seen)
                closing.append(&it.value());
        }
        closeSpans(s, closing, previous);
        if (s.ok())
            result.prunedSnapshots = pruneIn(s, historyDays, clockOr(nowMsecs));
        error = s.error();
        result.snapshot = saved;
    }
    if (error.isValid())
        file.rollback();
    if (error.isValid() || !file.commit(&error)) {
        SaveResult failed;
        static_cast<StoreResult&>(failed) = db.failure(error, Tr::tr("Could not save the snapshot"));
        return failed;
    }
    return result;
}

SaveResult SnapshotWriter::prune(SnapshotDatabase& db, int historyDays, qint64 nowMsecs)
{
    SaveResult result;
    SqliteFile& file = db.file();
    if (!file.isWritable()) {
        result.error = file.isOpen() ? SqliteFile::Error::ReadOnly : SqliteFile::Error::Unavailable;
        result.message = file.notice();
        return result;
    }
    QSqlError error;
    if (!file.begin(&error))
        return SaveResult{db.failure(error, Tr::tr("Could not prune the history")), {}, 0, 0};
    {
        Statements s(file.database());
        result.prunedSnapshots = pruneIn(s, historyDays, clockOr(nowMsecs));
        error = s.error();
    }
    if (error.isValid()) {
        file.rollback();
    } else if (file.commit(&error)) {
        return result;
    }
    SaveResult failed;
    static_cast<StoreResult&>(failed) = db.failure(error, Tr::tr("Could not prune the history"));
    return failed;
}
