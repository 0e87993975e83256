// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

// One SQLite database file through Qt SQL's QSQLITE driver, opened the way the store needs it: owner-only files,
// WAL (the app and `gong-directory export` may use the same file at once), a busy timeout, a schema version
// (PRAGMA user_version) brought up to date by migrations, and files that are damaged, from a newer version,
// read-only or not files at all recognised up front, each with one sentence for the user (notice()) — never a crash.
// A QSqlDatabase connection belongs to the thread that opened it: so does this object.
class SqliteFile
{
    Q_DECLARE_TR_FUNCTIONS(SqliteFile)
public:
    struct Schema
    {
        enum class Kind
        {
            OfflineCopy,
            RequestLog
        };
        Kind kind = Kind::OfflineCopy;
        QList<QStringList> migrations; // migrations[i] takes a file from version i to i + 1
        int version() const { return int(migrations.size()); }
    };
    enum class Mode
    {
        Create,       // make the file when missing (writing a snapshot, counting requests)
        ExistingOnly, // only an existing file (reading: --offline, `snapshots`, `changes`)
    };
    enum class State
    {
        Closed,
        Open,        // readable and writable
        ReadOnly,    // readable; writes are refused with a notice
        Missing,     // ExistingOnly and there is no file (or it was moved aside)
        NewerSchema, // written by a newer version of the app: left alone
        Unusable,    // a folder, unreadable, or an older file that is read-only: left alone
    };
    enum class Error
    {
        None,
        Busy,        // another process holds the write lock past the busy timeout
        Full,        // the disk (or max_page_count) is full
        Damaged,     // SQLITE_CORRUPT / SQLITE_NOTADB
        ReadOnly,    // the file or folder refuses writes
        Missing,     // there is no file (yet), or a damaged one was moved aside
        Unavailable, // not usable: from a newer version, a folder, unreadable (notice() says which)
        Other
    };

    static constexpr int DefaultBusyTimeoutMs = 15000;

    SqliteFile();
    ~SqliteFile();
    SqliteFile(const SqliteFile&) = delete;
    SqliteFile& operator=(const SqliteFile&) = delete;

    // True when the file is open for reading (State Open or ReadOnly). notice() says what happened otherwise, and
    // also when the file had to be moved aside and a new one was started.
    bool open(const QString& path, const Schema& schema, Mode mode, int busyTimeoutMs = DefaultBusyTimeoutMs);
    void close();

    State state() const { return m_state; }
    bool isOpen() const { return m_state == State::Open || m_state == State::ReadOnly; }
    bool isWritable() const { return m_state == State::Open; }
    QString path() const { return m_path; }
    QString notice() const { return m_notice; }
    int fileVersion() const { return m_fileVersion; }
    QSqlDatabase database() const { return QSqlDatabase::database(m_connection, false); }

    // BEGIN IMMEDIATE: takes the write lock now (waiting up to the busy timeout), so a snapshot is never computed
    // against a history another writer is changing. False with *error.
    bool begin(QSqlError* error);
    bool commit(QSqlError* error);
    void rollback();

    static Error classify(const QSqlError& error);
    // One sentence for the user about a failed write or read.
    QString describe(const QSqlError& error) const;

    // After a statement reported SQLITE_CORRUPT or SQLITE_NOTADB: closes the file and moves it aside, with a notice;
    // with Mode::Create a new, empty file is opened in its place.
    void recoverFromDamage();

private:
    bool openConnection(bool readOnly, QSqlError* error, bool immutable = false);
    bool readVersion(QSqlError* error);
    bool prepare();
    bool migrate();
    void setNotice(const QString& text);
    QString label() const;

    QString m_connection;
    QString m_path;
    Schema m_schema;
    Mode m_mode = Mode::Create;
    int m_busyTimeoutMs = DefaultBusyTimeoutMs;
    State m_state = State::Closed;
    QString m_notice;
    int m_fileVersion = 0;
};
