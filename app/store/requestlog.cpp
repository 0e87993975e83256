// SPDX-License-Identifier: MIT
#include "requestlog.h"

#include "sqlitefile.h"
#include "storefiles.h"

#include "credentials/credentials.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>

namespace {
SqliteFile::Schema requestSchema()
{
    SqliteFile::Schema s;
    s.kind = SqliteFile::Schema::Kind::RequestLog;
    s.migrations.append({QStringLiteral("CREATE TABLE requests(key TEXT NOT NULL, day TEXT NOT NULL, "
                                        "count INTEGER NOT NULL, PRIMARY KEY(key, day)) WITHOUT ROWID")});
    return s;
}

int countIn(SqliteFile& file, const QString& key, const QString& day, QSqlError* error)
{
    QSqlQuery q(file.database());
    q.prepare(QStringLiteral("SELECT count FROM requests WHERE key = ? AND day = ?"));
    q.addBindValue(key);
    q.addBindValue(day);
    if (!q.exec()) {
        *error = q.lastError();
        return 0;
    }
    return q.next() ? q.value(0).toInt() : 0;
}
} // namespace

RequestLog::RequestLog(QObject* parent)
    : RequestLog(defaultPath(), parent)
{}

RequestLog::RequestLog(const QString& path, QObject* parent)
    : QObject(parent)
    , m_path(path)
    , m_thread(QStringLiteral("RequestLog"))
{
    qRegisterMetaType<StoreResult>();
}

RequestLog::~RequestLog()
{
    if (RequestCounter::defaultCounter() == this)
        RequestCounter::setDefault(nullptr);
    // What is still queued is written first.
    m_thread.stop([this] {
        delete m_file;
        m_file = nullptr;
    });
}

QString RequestLog::defaultPath()
{
    return StoreFiles::folder() + QStringLiteral("/requests.sqlite");
}

QString RequestLog::today()
{
    return QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
}

void RequestLog::setKey(const QUrl& baseUrl, const QString& key)
{
    const QString normalized = BaseUrl::normalize(baseUrl.toString()).toString();
    const QMutexLocker locker(&m_keysLock);
    m_keys.insert(normalized, key);
}

QString RequestLog::keyFor(const QUrl& baseUrl) const
{
    const QString normalized = BaseUrl::normalize(baseUrl.toString()).toString();
    const QMutexLocker locker(&m_keysLock);
    return m_keys.value(normalized, normalized);
}

SqliteFile* RequestLog::file()
{
    if (!m_file)
        m_file = new SqliteFile;
    if (!m_file->isOpen() && m_file->state() != SqliteFile::State::NewerSchema &&
        m_file->state() != SqliteFile::State::Unusable) {
        m_file->open(m_path, requestSchema(), SqliteFile::Mode::Create);
        if (!m_file->notice().isEmpty())
            Q_EMIT problem(m_file->notice());
        if (m_file->isWritable()) {
            QSqlQuery old(m_file->database());
            old.prepare(QStringLiteral("DELETE FROM requests WHERE day < ?"));
            old.addBindValue(QDateTime::currentDateTimeUtc().date().addDays(-DaysKept).toString(Qt::ISODate));
            old.exec();
        }
    }
    return m_file;
}

void RequestLog::requestSent(const QUrl& baseUrl)
{
    const QString key = keyFor(baseUrl);
    m_thread.post([this, key] { record(key); });
}

// On the worker.
void RequestLog::record(const QString& key)
{
    SqliteFile* f = file();
    if (!f->isWritable())
        return;
    const QString day = today();
    QSqlError error;
    int count = 0;
    {
        QSqlQuery q(f->database());
        q.prepare(QStringLiteral("INSERT INTO requests(key, day, count) VALUES(?, ?, 1) "
                                 "ON CONFLICT(key, day) DO UPDATE SET count = count + 1"));
        q.addBindValue(key);
        q.addBindValue(day);
        if (q.exec())
            count = countIn(*f, key, day, &error);
        else
            error = q.lastError();
    }
    if (error.isValid()) {
        if (SqliteFile::classify(error) == SqliteFile::Error::Damaged) {
            f->recoverFromDamage();
            Q_EMIT problem(f->notice());
        }
        return;
    }
    Q_EMIT countChanged(key, count);
}

int RequestLog::countToday(const QString& key)
{
    const int ticket = ++m_nextTicket;
    m_thread.post([this, key, ticket] {
        SqliteFile* f = file();
        StoreResult result;
        int count = 0;
        if (f->isOpen()) {
            QSqlError error;
            count = countIn(*f, key, today(), &error);
            if (error.isValid()) {
                result.error = SqliteFile::classify(error);
                result.message = f->describe(error);
            }
        } else {
            result.error = SqliteFile::Error::Unavailable;
            result.message = f->notice();
        }
        Q_EMIT counted(ticket, key, count, result);
    });
    return ticket;
}

void RequestLog::flush()
{
    m_thread.flush();
}

int RequestLog::readCount(const QString& path, const QString& key, const QString& day, StoreResult* result)
{
    *result = {};
    SqliteFile file;
    if (!file.open(path, requestSchema(), SqliteFile::Mode::ExistingOnly)) {
        if (file.state() != SqliteFile::State::Missing) {
            result->error = SqliteFile::Error::Unavailable;
            result->message = file.notice();
        }
        return 0;
    }
    QSqlError error;
    const int count = countIn(file, key, day, &error);
    if (error.isValid()) {
        result->error = SqliteFile::classify(error);
        result->message = file.describe(error);
    }
    return count;
}
