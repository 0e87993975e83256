// SPDX-License-Identifier: MIT
// PrivateFiles: what the app creates for personal data is its owner's alone (files 0600, folders 0700), whatever
// the umask lets through; what exists keeps its mode; a planted symbolic link is never followed.
#include "base/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
// The permission bits of `path` itself (a link is not followed), e.g. 0600.
int modeOf(const QString& path)
{
    struct stat st = {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

// A umask that would let everyone read what is created, for the duration of a test.
class PermissiveUmask
{
public:
    PermissiveUmask()
        : m_old(::umask(0))
    {}
    ~PermissiveUmask() { ::umask(m_old); }

private:
    mode_t m_old;
};
} // namespace

class TestPrivateFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createFileIsOwnerOnly();
    void createFileKeepsAnExistingFile();
    void createFileNeverFollowsALink();
    void createFolderIsOwnerOnly();
    void createFolderKeepsAnExistingFolder();
    void restrictToOwner();
};

void TestPrivateFiles::createFileIsOwnerOnly()
{
    PermissiveUmask umask;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"store.sqlite"_s);
    QString error;
    QVERIFY2(PrivateFiles::createFile(path, &error), qPrintable(error));
    QCOMPARE(modeOf(path), 0600);
    QCOMPARE(QFileInfo(path).size(), 0);
}

void TestPrivateFiles::createFileKeepsAnExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"store.sqlite"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("data");
    }
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0640) == 0);
    QVERIFY(PrivateFiles::createFile(path));
    QCOMPARE(modeOf(path), 0640);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("data"));
}

void TestPrivateFiles::createFileNeverFollowsALink()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(u"elsewhere.txt"_s);
    const QString link = dir.filePath(u"store.sqlite"_s);
    QVERIFY(QFile::link(target, link)); // dangling: following it would create `target`
    QString error;
    QVERIFY(!PrivateFiles::createFile(link, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(link)), qPrintable(error));
    QVERIFY(!QFile::exists(target));
    QVERIFY(QFileInfo(link).isSymLink());
}

void TestPrivateFiles::createFolderIsOwnerOnly()
{
    PermissiveUmask umask;
    QTemporaryDir dir;
    const QString deep = dir.filePath(u"a/b/c"_s);
    QString error;
    QVERIFY2(PrivateFiles::createFolder(deep, &error), qPrintable(error));
    for (const QString& folder : {dir.filePath(u"a"_s), dir.filePath(u"a/b"_s), deep}) {
        QVERIFY(QFileInfo(folder).isDir());
        QCOMPARE(modeOf(folder), 0700);
    }
    QVERIFY(PrivateFiles::createFolder(deep)); // again: nothing to do
}

void TestPrivateFiles::createFolderKeepsAnExistingFolder()
{
    QTemporaryDir dir;
    const QString shared = dir.filePath(u"shared"_s);
    QVERIFY(QDir().mkdir(shared));
    QVERIFY(::chmod(QFile::encodeName(shared).constData(), 0755) == 0);
    QVERIFY(PrivateFiles::createFolder(shared + u"/mine"_s));
    QCOMPARE(modeOf(shared), 0755);
    QCOMPARE(modeOf(shared + u"/mine"_s), 0700);

    const QString file = dir.filePath(u"plain"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    QString error;
    QVERIFY(!PrivateFiles::createFolder(file + u"/below"_s, &error));
    QVERIFY(!error.isEmpty());
}

void TestPrivateFiles::restrictToOwner()
{
    PermissiveUmask umask;
    QTemporaryDir dir;
    QFile f(dir.filePath(u"export.csv"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(modeOf(f.fileName()), 0666);
    QVERIFY(PrivateFiles::restrictToOwner(&f));
    QCOMPARE(modeOf(f.fileName()), 0600);
}

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
