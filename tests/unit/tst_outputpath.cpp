// SPDX-License-Identifier: MIT
// Where an export may be written (ExportFile, for the GUI and the CLI alike): a symbolic link another user planted,
// or one in a sticky folder anyone can write to, is never followed, with real links on a real file system; a new
// file is owner-only, an existing one keeps its mode. As root (CI), ownership is made with lchown() and the
// checks that depend on who runs them run in a child that became `nobody`.
#include "export/csvwriter.h"
#include "export/exportfile.h"
#include "exporttestsupport.h"
#include "hostilefixtures.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <functional>
#include <grp.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
constexpr uid_t Nobody = 65534;

int modeOf(const QString& path)
{
    struct stat st = {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

bool setMode(const QString& path, mode_t mode)
{
    return ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}

bool setOwner(const QString& path, uid_t uid)
{
    return ::lchown(QFile::encodeName(path).constData(), uid, gid_t(-1)) == 0;
}

// Runs `check` in a child process as `nobody`; returns its failure ("" when every promise held).
QString asNobody(const std::function<QString()>& check)
{
    int pipeFds[2];
    if (::pipe(pipeFds) != 0)
        return u"pipe failed"_s;
    const pid_t child = ::fork();
    if (child == 0) {
        ::close(pipeFds[0]);
        QString failure;
        if (::setgroups(0, nullptr) != 0 || ::setresgid(Nobody, Nobody, Nobody) != 0 ||
            ::setresuid(Nobody, Nobody, Nobody) != 0)
            failure = u"could not become nobody"_s;
        else
            failure = check();
        const QByteArray bytes = failure.toUtf8();
        (void)!::write(pipeFds[1], bytes.constData(), size_t(bytes.size()));
        ::_exit(failure.isEmpty() ? 0 : 1);
    }
    ::close(pipeFds[1]);
    QByteArray out;
    char buffer[512];
    for (ssize_t n; (n = ::read(pipeFds[0], buffer, sizeof buffer)) > 0;)
        out.append(buffer, n);
    ::close(pipeFds[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    if (!WIFEXITED(status))
        return u"the child crashed"_s;
    return WEXITSTATUS(status) == 0 ? QString() : QString::fromUtf8(out);
}

// Saves a one-column export of `directory` to `path`; returns the result, *error the message.
ExportFile::Result save(const Directory& directory, const QString& path, QString* error)
{
    CsvWriter w;
    w.setColumns({u"id"_s});
    return ExportFile::save(path, w, directory, {0}, error);
}
} // namespace

class TestOutputPath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void newFileIsOwnerOnly();
    void existingFileKeepsItsMode_data();
    void existingFileKeepsItsMode();
    void ownLinkInOwnFolderIsFollowed();
    void linkOfAnotherUserIsRefused_data();
    void linkOfAnotherUserIsRefused();
    void ownLinkInStickyWorldWritableFolderIsRefused();
    void theRuleIsAboutWhoRuns();

private:
    Directory m_directory;
};

void TestOutputPath::initTestCase()
{
    ExportTest::fill(&m_directory, {ExportTest::user(u"1"_s, u"Ana"_s, u"Ortiz"_s)});
}

void TestOutputPath::newFileIsOwnerOnly()
{
    const mode_t old = ::umask(0); // even a umask that lets everyone read
    auto restore = qScopeGuard([old] { ::umask(old); });
    QTemporaryDir dir;
    const QString path = dir.filePath(u"people.csv"_s);
    QString error;
    QCOMPARE(save(m_directory, path, &error), ExportFile::Result::Written);
    QCOMPARE(modeOf(path), 0600);
    QCOMPARE(TestFiles::read(path, "(missing)"), QByteArray("\xEF\xBB\xBFid\r\n1\r\n"));
}

void TestOutputPath::existingFileKeepsItsMode_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("0644") << 0644;
    QTest::newRow("0640") << 0640;
    QTest::newRow("0600") << 0600;
}

void TestOutputPath::existingFileKeepsItsMode()
{
    QFETCH(int, mode);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"people.csv"_s);
    QVERIFY(writeFile(path, "old"));
    QVERIFY(setMode(path, mode_t(mode)));
    QString error;
    QCOMPARE(save(m_directory, path, &error), ExportFile::Result::Written);
    QCOMPARE(modeOf(path), mode);
    QCOMPARE(TestFiles::read(path, "(missing)"), QByteArray("\xEF\xBB\xBFid\r\n1\r\n"));
}

void TestOutputPath::ownLinkInOwnFolderIsFollowed()
{
    // The user's own link in the user's own folder: written through, as before (the target keeps its mode).
    QTemporaryDir dir;
    const QString target = dir.filePath(u"real.csv"_s);
    const QString link = dir.filePath(u"people.csv"_s);
    QVERIFY(writeFile(target, "old"));
    QVERIFY(setMode(target, 0640));
    QVERIFY(QFile::link(target, link));
    QString error;
    QVERIFY2(ExportFile::canWrite(link, &error), qPrintable(error));
    QCOMPARE(save(m_directory, link, &error), ExportFile::Result::Written);
    QCOMPARE(TestFiles::read(target, "(missing)"), QByteArray("\xEF\xBB\xBFid\r\n1\r\n"));
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(modeOf(target), 0640);
}

void TestOutputPath::linkOfAnotherUserIsRefused_data()
{
    QTest::addColumn<bool>("dangling");
    QTest::addColumn<bool>("sticky");
    // people.csv → the victim's notes, planted by another user: following it would replace the notes.
    QTest::newRow("to an existing file") << false << false;
    // A dangling link: following it would create a file where the other user says.
    QTest::newRow("dangling") << true << false;
    QTest::newRow("to an existing file, sticky folder") << false << true;
}

void TestOutputPath::linkOfAnotherUserIsRefused()
{
    QFETCH(bool, dangling);
    QFETCH(bool, sticky);
    if (::geteuid() != 0)
        QSKIP("making a link that belongs to another user takes root (lchown)");
    QTemporaryDir dir;
    const QString victim = dir.filePath(u"notes.txt"_s);
    if (!dangling) {
        QVERIFY(writeFile(victim, "my notes"));
        QVERIFY(setMode(victim, 0600));
    }
    const QString shared = dir.filePath(u"shared"_s);
    QVERIFY(QDir().mkdir(shared));
    QVERIFY(setMode(shared, sticky ? 01777 : 0755));
    const QString link = shared + u"/people.csv"_s;
    QVERIFY(QFile::link(victim, link));
    QVERIFY(setOwner(link, Nobody));

    QString why;
    QVERIFY(!ExportFile::canWrite(link, &why));
    QVERIFY2(
        why.startsWith(u"Refusing to write “%1”: it is a symbolic link to “%2” that belongs to another user, "_s.arg(
            link, victim)),
        qPrintable(why));
    QVERIFY2(why.contains(u"nobody (uid 65534)"_s), qPrintable(why));
    QString error;
    QCOMPARE(save(m_directory, link, &error), ExportFile::Result::Failed);
    QCOMPARE(error, why); // the same message from the early check and from the write
    if (dangling)
        QVERIFY(!QFile::exists(victim));
    else
        QCOMPARE(TestFiles::read(victim, "(missing)"), QByteArray("my notes"));
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(QDir(shared).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
             QStringList{u"people.csv"_s}); // no temporary file left beside it
}

void TestOutputPath::ownLinkInStickyWorldWritableFolderIsRefused()
{
    // /tmp-like: the link is ours now, but anyone could have planted one there (or swap it for theirs).
    QTemporaryDir dir;
    const HostileFixtures::PlantedLink planted = HostileFixtures::plantLink(dir);
    QVERIFY(!planted.link.isEmpty());
    const QString& victim = planted.victim;
    const QString& shared = planted.folder;
    const QString& link = planted.link;
    QString why;
    QVERIFY(!ExportFile::canWrite(link, &why));
    QVERIFY2(why == u"Refusing to write “%1”: it is a symbolic link to “%2” in “%3”, a folder anyone can write to, "
                    "where another user could have planted it. Remove it or choose another name."_s.arg(link, victim,
                                                                                                        shared),
             qPrintable(why));
    QString error;
    QCOMPARE(save(m_directory, link, &error), ExportFile::Result::Failed);
    QCOMPARE(error, why);
    QCOMPARE(TestFiles::read(victim, "(missing)"), QByteArray("my notes"));

    // A plain file in the same folder is fine: the rule is about links.
    const QString plain = shared + u"/plain.csv"_s;
    QVERIFY2(ExportFile::canWrite(plain, &error), qPrintable(error));
    QCOMPARE(save(m_directory, plain, &error), ExportFile::Result::Written);
}

void TestOutputPath::theRuleIsAboutWhoRuns()
{
    if (::geteuid() != 0)
        QSKIP("needs root to become nobody and to give links to other users");
    // Reachable for nobody: a folder nobody owns (not sticky), and a sticky world-writable one.
    QTemporaryDir dir;
    QVERIFY(setMode(dir.path(), 0755));
    const QString own = dir.filePath(u"home"_s);
    const QString tmp = dir.filePath(u"tmp"_s);
    QVERIFY(QDir().mkdir(own) && QDir().mkdir(tmp));
    QVERIFY(::chown(QFile::encodeName(own).constData(), Nobody, Nobody) == 0);
    QVERIFY(setMode(tmp, 01777));
    const QString target = own + u"/real.csv"_s;
    QVERIFY(writeFile(target, "old"));
    QVERIFY(::chown(QFile::encodeName(target).constData(), Nobody, Nobody) == 0);
    const QString ownLink = own + u"/people.csv"_s;
    QVERIFY(QFile::link(target, ownLink));
    QVERIFY(setOwner(ownLink, Nobody));
    const QString rootsLink = tmp + u"/people.csv"_s; // planted by root, for nobody to write through
    QVERIFY(QFile::link(target, rootsLink));

    const Directory& directory = m_directory;
    const QString failure = asNobody([&]() -> QString {
        QString why;
        if (!ExportFile::canWrite(ownLink, &why))
            return u"nobody's own link was refused: "_s + why;
        if (save(directory, ownLink, &why) != ExportFile::Result::Written)
            return u"writing through nobody's own link failed: "_s + why;
        if (ExportFile::canWrite(rootsLink, &why) || !why.contains(u"belongs to another user, root (uid 0)"_s))
            return u"root's link was not refused: "_s + why;
        if (save(directory, rootsLink, &why) != ExportFile::Result::Failed)
            return u"writing through root's link did not fail"_s;
        return QString();
    });
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(TestFiles::read(target, "(missing)"),
             QByteArray("\xEF\xBB\xBFid\r\n1\r\n")); // written once, through nobody's own link
}

QTEST_GUILESS_MAIN(TestOutputPath)
#include "tst_outputpath.moc"
