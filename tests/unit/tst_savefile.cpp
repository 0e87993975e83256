// SPDX-License-Identifier: MIT
// Exports to files go through QSaveFile: a cancelled or failed export leaves no partial file and
// never touches an existing file; unwritable destinations give a clear error. Also the GUI's
// worker-thread ExportJob, which writes from a snapshot of the directory.
#include "export/csvwriter.h"
#include "export/exportfile.h"
#include "export/exportjob.h"
#include "exporttestsupport.h"
#include "testfiles.h"

#include "directory/usercolumns.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

#ifdef Q_OS_LINUX
#include <grp.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

namespace {

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}
} // namespace

class TestSaveFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writesTheFile();
    void replacesAnExistingFileOnSuccess();
    void cancelLeavesNoFile();
    void cancelKeepsTheExistingFile();
    void readOnlyFolderFails();
    void readOnlyFileSystemFails();
    void parentIsAFileFails();
    void pathIsAFolderFails();
    void canWriteChecksTheFolder();
    void jobWritesFromASnapshot();
    void jobCancel();

private:
    Directory m_directory; // 6,000 users: several flushes of the writer's buffer
};

void TestSaveFile::initTestCase()
{
    QList<QJsonObject> users;
    for (int i = 0; i < 6000; ++i) {
        QJsonObject u = ExportTest::user(QString::number(i + 1), QStringLiteral("Person%1").arg(i),
                                         QStringLiteral("Surname"), i > 0 ? QStringLiteral("1") : QString());
        u.insert(QStringLiteral("title"), QStringLiteral("A title long enough to make the rows weigh something"));
        users.append(u);
    }
    ExportTest::fill(&m_directory, users);
}

void TestSaveFile::writesTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("people.csv"));
    CsvWriter w;
    w.setColumns(UserColumns::defaultVisibleKeys());
    QString error;
    QCOMPARE(ExportFile::save(path, w, m_directory, ExportTest::allRows(m_directory), &error),
             ExportFile::Result::Written);
    QVERIFY(error.isEmpty());
    CsvWriter again;
    again.setColumns(UserColumns::defaultVisibleKeys());
    QCOMPARE(TestFiles::read(path), ExportTest::write(again, m_directory, ExportTest::allRows(m_directory)));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("people.csv")}); // no temporary left
}

void TestSaveFile::replacesAnExistingFileOnSuccess()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("people.csv"));
    QVERIFY(writeFile(path, "old content"));
    CsvWriter w;
    w.setColumns({QStringLiteral("id")});
    QString error;
    QCOMPARE(ExportFile::save(path, w, m_directory, {0, 1}, &error), ExportFile::Result::Written);
    QCOMPARE(TestFiles::read(path), QByteArray("\xEF\xBB\xBFid\r\n1\r\n2\r\n"));
}

void TestSaveFile::cancelLeavesNoFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("people.csv"));
    CsvWriter w;
    w.setColumns(UserColumns::defaultVisibleKeys());
    // Cancel late, after the writer has already handed data to the temporary file.
    w.setProgressHandler([&](qint64 written, qint64) {
        if (written >= 5120)
            w.cancel();
    });
    QString error;
    QCOMPARE(ExportFile::save(path, w, m_directory, ExportTest::allRows(m_directory), &error),
             ExportFile::Result::Cancelled);
    QVERIFY(!QFile::exists(path));
    QVERIFY2(entries(dir.path()).isEmpty(), qPrintable(entries(dir.path()).join(QLatin1Char(' '))));
}

void TestSaveFile::cancelKeepsTheExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("people.csv"));
    QVERIFY(writeFile(path, "precious"));
    const QDateTime modified = QFileInfo(path).lastModified();
    CsvWriter w;
    w.setColumns(UserColumns::defaultVisibleKeys());
    w.setProgressHandler([&](qint64 written, qint64) {
        if (written >= 4096)
            w.cancel();
    });
    QString error;
    QCOMPARE(ExportFile::save(path, w, m_directory, ExportTest::allRows(m_directory), &error),
             ExportFile::Result::Cancelled);
    QCOMPARE(TestFiles::read(path), QByteArray("precious"));
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("people.csv")});

    // A writer failure (unknown column) keeps it too.
    CsvWriter bad;
    bad.setColumns({QStringLiteral("nope")});
    QCOMPARE(ExportFile::save(path, bad, m_directory, {0}, &error), ExportFile::Result::Failed);
    QVERIFY2(error.contains(QStringLiteral("nope")), qPrintable(error));
    QCOMPARE(TestFiles::read(path), QByteArray("precious"));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("people.csv")});
}

void TestSaveFile::readOnlyFolderFails()
{
    QTemporaryDir dir;
    const QFile::Permissions readAndEnter =
        QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
    // Reachable for another user too: as root, the checks run as `nobody` (below).
    QVERIFY(QFile::setPermissions(dir.path(), readAndEnter | QFile::WriteOwner));
    const QString ro = dir.filePath(QStringLiteral("ro"));
    QVERIFY(QDir().mkdir(ro));
    const QString existing = ro + QStringLiteral("/people.csv");
    QVERIFY(writeFile(existing, "keep me"));
    // The file itself stays writable for everyone: only the folder is read-only.
    QVERIFY(QFile::setPermissions(existing, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                                QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther));
    QVERIFY(QFile::setPermissions(ro, readAndEnter));
    auto restore = qScopeGuard([&] { QFile::setPermissions(ro, readAndEnter | QFile::WriteOwner); });

    // What must hold for a user without write permission on the folder; the first broken promise, or nothing.
    const auto check = [&]() -> QString {
        for (const QString& path : {existing, ro + QStringLiteral("/new.csv")}) {
            CsvWriter w;
            w.setColumns({QStringLiteral("id")});
            QString error;
            if (ExportFile::save(path, w, m_directory, {0}, &error) != ExportFile::Result::Failed)
                return QStringLiteral("saving %1 did not fail").arg(path);
            if (!error.contains(QDir::toNativeSeparators(path)) || !error.contains(QStringLiteral("ermission")))
                return QStringLiteral("unclear message: ") + error; // "Permission denied", naming the file
            QString why;
            if (ExportFile::canWrite(path, &why) || !why.contains(QStringLiteral("read-only")))
                return QStringLiteral("canWrite(%1) said: %2").arg(path, why);
        }
        if (TestFiles::read(existing) != "keep me")
            return QStringLiteral("the existing file changed");
        if (QFile::exists(ro + QStringLiteral("/new.csv")))
            return QStringLiteral("a new file appeared");
        return QString();
    };

    bool ignoresPermissions = false;
    {
        QFile probe(ro + QStringLiteral("/probe"));
        if (probe.open(QIODevice::WriteOnly)) {
            probe.remove();
            ignoresPermissions = true;
        }
    }
    if (!ignoresPermissions) {
        const QString failure = check();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        return;
    }
#ifdef Q_OS_LINUX
    if (geteuid() != 0)
        QSKIP("folder permissions are ignored for this user (a capability?), and only root can become nobody");
    // Root ignores folder permissions: the same checks run in a child process as nobody (uid/gid 65534).
    const pid_t child = fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        if (setgroups(0, nullptr) != 0 || setresgid(65534, 65534, 65534) != 0 || setresuid(65534, 65534, 65534) != 0)
            _exit(3);
        const QString failure = check();
        if (!failure.isEmpty())
            std::fprintf(stderr, "as nobody: %s\n", qPrintable(failure));
        _exit(failure.isEmpty() ? 0 : 1);
    }
    int status = 0;
    QCOMPARE(waitpid(child, &status, 0), child);
    QVERIFY2(WIFEXITED(status), "the child checking as nobody crashed");
    QCOMPARE(WEXITSTATUS(status), 0);
    QCOMPARE(TestFiles::read(existing), QByteArray("keep me"));
#else
    QSKIP("running with privileges that ignore folder permissions");
#endif
}

void TestSaveFile::readOnlyFileSystemFails()
{
#ifdef Q_OS_LINUX
    // /proc refuses new files even to root, so this runs where the folder-permission test skips.
    const QString path = QStringLiteral("/proc/gong-directory-export-test.csv");
    CsvWriter w;
    w.setColumns({QStringLiteral("id")});
    QString error;
    QCOMPARE(ExportFile::save(path, w, m_directory, {0}, &error), ExportFile::Result::Failed);
    QVERIFY2(error.startsWith(QStringLiteral("Could not create “%1”: ").arg(path)), qPrintable(error));
    QVERIFY(!QFile::exists(path));
#else
    QSKIP("needs /proc");
#endif
}

void TestSaveFile::parentIsAFileFails()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("plain.txt"));
    QVERIFY(writeFile(file, "x"));
    const QString path = file + QStringLiteral("/people.csv");
    CsvWriter w;
    w.setColumns({QStringLiteral("id")});
    QString error;
    QCOMPARE(ExportFile::save(path, w, m_directory, {0}, &error), ExportFile::Result::Failed);
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QCOMPARE(TestFiles::read(file), QByteArray("x"));
}

void TestSaveFile::pathIsAFolderFails()
{
    QTemporaryDir dir;
    CsvWriter w;
    w.setColumns({QStringLiteral("id")});
    QString error;
    QCOMPARE(ExportFile::save(dir.path(), w, m_directory, {0}, &error), ExportFile::Result::Failed);
    QVERIFY2(error.contains(QStringLiteral("folder")), qPrintable(error));
    QVERIFY(QFileInfo(dir.path()).isDir());
}

void TestSaveFile::canWriteChecksTheFolder()
{
    QTemporaryDir dir;
    QString why;
    QVERIFY(ExportFile::canWrite(dir.filePath(QStringLiteral("a.csv")), &why));
    QVERIFY(!ExportFile::canWrite(dir.filePath(QStringLiteral("missing/a.csv")), &why));
    QVERIFY2(why.contains(QStringLiteral("does not exist")), qPrintable(why));
    QVERIFY(!ExportFile::canWrite(dir.path(), &why));
}

void TestSaveFile::jobWritesFromASnapshot()
{
    Directory live;
    live.upsert(m_directory.users());
    QTemporaryDir dir;
    ExportJob job;
    QSignalSpy progress(&job, &ExportJob::progress);
    QSignalSpy finished(&job, &ExportJob::finished);
    ExportJob::Request request;
    request.rows = {5999, 0, 1};
    request.format = ExportFormat::Csv;
    request.columns = {QStringLiteral("id"), QStringLiteral("managerName")};
    request.options.byteOrderMark = false;
    request.path = dir.filePath(QStringLiteral("three.csv"));
    QVERIFY(job.start(live, request));
    QVERIFY(job.isRunning());
    QVERIFY(!job.start(live, request)); // one at a time
    live.clear();                       // the live directory may change: the job has its own copy
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!job.isRunning());
    QCOMPARE(finished.at(0).at(0).value<ExportFile::Result>(), ExportFile::Result::Written);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), qint64(3));
    QCOMPARE(TestFiles::read(request.path),
             QByteArray("id,managerName\r\n6000,Person0 Surname\r\n1,\r\n2,Person0 Surname\r\n"));
}

void TestSaveFile::jobCancel()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("all.json"));
    QVERIFY(writeFile(path, "[]"));
    // Big enough that the worker is still busy when cancel() arrives.
    Directory big;
    QList<User> users;
    for (int copy = 0; copy < 4; ++copy) {
        for (User u : m_directory.users()) {
            u.id = QString::number(copy) + QLatin1Char('-') + u.id;
            users.append(u);
        }
    }
    big.upsert(users);
    ExportJob job;
    QSignalSpy finished(&job, &ExportJob::finished);
    ExportJob::Request request;
    request.rows = ExportTest::allRows(big);
    request.format = ExportFormat::Json;
    request.path = path;
    connect(&job, &ExportJob::progress, &job, [&job](qint64 written, qint64) {
        if (written >= 1024)
            job.cancel();
    });
    QVERIFY(job.start(big, request));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(finished.at(0).at(0).value<ExportFile::Result>(), ExportFile::Result::Cancelled);
    QCOMPARE(TestFiles::read(path), QByteArray("[]"));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("all.json")});
}

QTEST_GUILESS_MAIN(TestSaveFile)
#include "tst_savefile.moc"
