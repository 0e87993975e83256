// SPDX-License-Identifier: MIT
#include "sqlitefile.h"

#include "storefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>

#include <unistd.h>

Q_LOGGING_CATEGORY(lcStore, "gongdir.store")

namespace {
// SQLite's primary result codes (sqlite3.h) as QSQLITE reports them in nativeErrorCode().
enum SqliteCode
{
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteNotADatabase = 26,
};

// What the first 100 bytes say (https://www.sqlite.org/fileformat.html#the_database_header): not SQLite at all,
// or shorter than the page count it records (truncated). An empty file is fine: SQLite makes it a database.
bool headerLooksDamaged(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false; // unreadable is another problem, reported when SQLite tries
    const qint64 size = file.size();
    if (size == 0)
        return false;
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return true;
    const auto be = [&header](int at, int bytes) {
        quint32 v = 0;
        for (int i = 0; i < bytes; ++i)
            v = (v << 8) | quint8(header[at + i]);
        return v;
    };
    const quint32 pageSize = be(16, 2) == 1 ? 65536 : be(16, 2);
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return true;
    // The in-header page count is only valid when the change counter matches "version-valid-for".
    const quint32 pages = be(28, 4);
    if (pages > 0 && be(24, 4) == be(92, 4) && qint64(pages) * pageSize > size)
        return true;
    return false;
}

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}
} // namespace

SqliteFile::SqliteFile()
{
    static std::atomic<int> counter{0};
    m_connection = QStringLiteral("gongdir-store-%1").arg(++counter);
}

SqliteFile::~SqliteFile()
{
    close();
}

QString SqliteFile::label() const
{
    return m_schema.kind == Schema::Kind::OfflineCopy ? tr("The offline copy") : tr("The request log");
}

void SqliteFile::setNotice(const QString& text)
{
    m_notice = text;
    // Shown to the user by whoever opened the file (window, command line); the log only records it.
    qCInfo(lcStore).noquote() << text;
}

void SqliteFile::close()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
    if (m_state == State::Open || m_state == State::ReadOnly)
        m_state = State::Closed;
}

bool SqliteFile::open(const QString& path, const Schema& schema, Mode mode, int busyTimeoutMs)
{
    close();
    m_path = path;
    m_schema = schema;
    m_mode = mode;
    m_busyTimeoutMs = busyTimeoutMs;
    m_notice.clear();
    m_fileVersion = 0;
    m_state = State::Closed;

    const QFileInfo info(path);
    if (info.isDir()) {
        m_state = State::Unusable;
        setNotice(tr("%1 “%2” is a folder, not a database; it is left as it is, and no offline copy is kept.")
                      .arg(label(), shown(path)));
        return false;
    }
    if (info.exists() && headerLooksDamaged(path)) {
        recoverFromDamage();
        return isOpen();
    }
    return prepare();
}

// Opens the file that is there (or creates it) and brings its schema up to date.
bool SqliteFile::prepare()
{
    const QFileInfo info(m_path);
    if (!info.exists()) {
        if (m_mode == Mode::ExistingOnly) {
            m_state = State::Missing;
            return false;
        }
        QString error;
        if (!StoreFiles::ensureFolder(info.absolutePath(), &error)) {
            m_state = State::Unusable;
            setNotice(tr("%1 cannot be kept: %2").arg(label(), error));
            return false;
        }
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) && !QFileInfo::exists(m_path)) {
            m_state = State::Unusable;
            setNotice(tr("%1 “%2” could not be created: %3").arg(label(), shown(m_path), file.errorString()));
            return false;
        }
        file.close();
        StoreFiles::makeOwnerOnly(m_path);
    }
    // SQLite writes -wal and -shm beside the file: both the file and its folder must take writes.
    const QByteArray native = QFile::encodeName(m_path);
    const QByteArray folder = QFile::encodeName(QFileInfo(m_path).absolutePath());
    const bool writable = ::access(native.constData(), W_OK) == 0 && ::access(folder.constData(), W_OK) == 0;
    if (::access(native.constData(), R_OK) != 0) {
        m_state = State::Unusable;
        setNotice(tr("%1 “%2” cannot be read; it is left as it is.").arg(label(), shown(m_path)));
        return false;
    }

    QSqlError error;
    if (!openConnection(!writable, &error)) {
        if (classify(error) == Error::Damaged) {
            recoverFromDamage();
            return isOpen();
        }
        m_state = State::Unusable;
        setNotice(tr("%1 “%2” could not be opened: %3").arg(label(), shown(m_path), error.text()));
        return false;
    }
    QSqlError versionError;
    // A read-only WAL file in a read-only folder cannot get the -shm file SQLite reads it through: read it as an
    // immutable file instead (nothing can write it anyway).
    if (!readVersion(&versionError) && !writable && classify(versionError) == Error::ReadOnly &&
        openConnection(true, &error, true))
        readVersion(&versionError);
    if (versionError.isValid()) {
        if (classify(versionError) == Error::Damaged) {
            recoverFromDamage();
            return isOpen();
        }
        close();
        m_state = State::Unusable;
        setNotice(tr("%1 “%2” could not be read: %3").arg(label(), shown(m_path), versionError.text()));
        return false;
    }
    if (m_fileVersion > m_schema.version()) {
        close();
        m_state = State::NewerSchema;
        setNotice(tr("%1 “%2” was written by a newer version of Gong Directory (format %3; this version knows "
                     "format %4). It is left as it is; update Gong Directory to use it.")
                      .arg(label(), shown(m_path))
                      .arg(m_fileVersion)
                      .arg(m_schema.version()));
        return false;
    }
    if (writable) {
        QSqlQuery pragma(database());
        // WAL lets the app read while `gong-directory export` writes; NORMAL is durable at each checkpoint and
        // never leaves a damaged file, even when a writer is killed mid-transaction.
        for (const char* statement :
             {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA journal_size_limit=8388608"}) {
            if (!pragma.exec(QString::fromLatin1(statement)))
                qCWarning(lcStore).noquote() << statement << "failed:" << pragma.lastError().text();
        }
    }
    if (m_fileVersion < m_schema.version()) {
        if (!writable) {
            close();
            m_state = State::Unusable;
            setNotice(tr("%1 “%2” has an older format and is read-only, so it cannot be upgraded; it is left as it "
                         "is.")
                          .arg(label(), shown(m_path)));
            return false;
        }
        if (!migrate())
            return false;
    }
    for (const QString& file : StoreFiles::withCompanions(m_path)) {
        if (QFileInfo::exists(file) && writable)
            StoreFiles::makeOwnerOnly(file);
    }
    m_state = writable ? State::Open : State::ReadOnly;
    if (!writable)
        setNotice(m_schema.kind == Schema::Kind::OfflineCopy
                      ? tr("The offline copy “%1” is read-only: it can be read, but new snapshots are not saved.")
                            .arg(shown(m_path))
                      : tr("The request log “%1” is read-only: requests are not counted.").arg(shown(m_path)));
    return true;
}

bool SqliteFile::readVersion(QSqlError* error)
{
    *error = QSqlError();
    QSqlQuery version(database());
    if (version.exec(QStringLiteral("PRAGMA user_version")) && version.next()) {
        m_fileVersion = version.value(0).toInt();
        return true;
    }
    *error = version.lastError();
    return false;
}

bool SqliteFile::openConnection(bool readOnly, QSqlError* error, bool immutable)
{
    close();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs);
    if (immutable) {
        QUrl uri = QUrl::fromLocalFile(m_path);
        uri.setQuery(QStringLiteral("immutable=1"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    } else {
        db.setDatabaseName(m_path);
    }
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (db.open())
        return true;
    *error = db.lastError();
    return false;
}

// Each step in its own transaction: a file is never left half-way between two versions. The version is read again
// under the write lock, so two processes upgrading the same file at once do it once.
bool SqliteFile::migrate()
{
    QSqlError error;
    if (!begin(&error)) {
        close();
        m_state = State::Unusable;
        setNotice(tr("%1 “%2” could not be upgraded: %3").arg(label(), shown(m_path), describe(error)));
        return false;
    }
    QSqlQuery q(database());
    int version = 0;
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        version = q.value(0).toInt();
    const int from = version;
    for (; version < m_schema.version(); ++version) {
        for (const QString& statement : m_schema.migrations[version]) {
            if (!q.exec(statement)) {
                error = q.lastError();
                q = QSqlQuery();
                rollback();
                close();
                m_state = State::Unusable;
                setNotice(tr("%1 “%2” could not be upgraded: %3").arg(label(), shown(m_path), describe(error)));
                return false;
            }
        }
    }
    q.exec(QStringLiteral("PRAGMA user_version=%1").arg(version));
    q = QSqlQuery();
    if (!commit(&error)) {
        close();
        m_state = State::Unusable;
        setNotice(tr("%1 “%2” could not be upgraded: %3").arg(label(), shown(m_path), describe(error)));
        return false;
    }
    if (from > 0)
        qCInfo(lcStore).noquote() << "upgraded" << m_path << "from format" << from << "to" << version;
    m_fileVersion = version;
    return true;
}

bool SqliteFile::begin(QSqlError* error)
{
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return true;
    *error = q.lastError();
    return false;
}

bool SqliteFile::commit(QSqlError* error)
{
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("COMMIT")))
        return true;
    *error = q.lastError();
    rollback();
    return false;
}

void SqliteFile::rollback()
{
    QSqlQuery q(database());
    q.exec(QStringLiteral("ROLLBACK")); // fails harmlessly when SQLite already rolled back (SQLITE_FULL does)
}

SqliteFile::Error SqliteFile::classify(const QSqlError& error)
{
    if (error.type() == QSqlError::NoError)
        return Error::None;
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff; // extended codes carry the primary in the low byte
    if (!ok)
        return Error::Other;
    switch (code) {
    case SqliteBusy:
    case SqliteLocked:
        return Error::Busy;
    case SqliteFull:
        return Error::Full;
    case SqliteCorrupt:
    case SqliteNotADatabase:
        return Error::Damaged;
    case SqliteReadOnly:
    case SqliteCantOpen:
        return Error::ReadOnly;
    default:
        return Error::Other;
    }
}

QString SqliteFile::describe(const QSqlError& error) const
{
    switch (classify(error)) {
    case Error::Busy:
        return tr("the offline copy is busy: another Gong Directory (the app or `gong-directory export`) is saving "
                  "to it. Try again in a moment.");
    case Error::Full:
        return tr("the disk is full.");
    case Error::Damaged:
        return tr("the file is damaged.");
    case Error::ReadOnly:
        return tr("the file or its folder is read-only.");
    case Error::None:
    case Error::Missing:
    case Error::Unavailable:
    case Error::Other:
        break;
    }
    const QString text = error.text().trimmed();
    return text.isEmpty() ? tr("unknown error.") : text;
}

void SqliteFile::recoverFromDamage()
{
    close();
    QString error;
    const QString aside = StoreFiles::moveAside(m_path, &error);
    if (aside.isEmpty()) {
        m_state = State::Unusable;
        setNotice(tr("%1 “%2” is damaged and could not be moved aside (%3); it is left as it is.")
                      .arg(label(), shown(m_path), error));
        return;
    }
    const QString notice =
        m_mode == Mode::Create
            ? tr("%1 “%2” was damaged; it was moved aside to “%3” and a new one is started.")
                  .arg(label(), shown(m_path), shown(aside))
            : tr("%1 “%2” was damaged; it was moved aside to “%3”.").arg(label(), shown(m_path), shown(aside));
    m_state = State::Closed;
    if (m_mode == Mode::Create)
        prepare();
    else
        m_state = State::Missing;
    setNotice(m_notice.isEmpty() || isOpen() ? notice : notice + QLatin1Char(' ') + m_notice);
}
