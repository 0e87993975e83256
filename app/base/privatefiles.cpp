// SPDX-License-Identifier: MIT
#include "privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {
// lupdate reads the context from here; the same one the code uses at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFiles)
};

bool failed(QString* error, const QString& text)
{
    if (error)
        *error = text;
    return false;
}

#ifdef Q_OS_UNIX
QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}
#endif
} // namespace

namespace PrivateFiles {

bool restrictToOwner(QFileDevice* file, QString* error)
{
    if (file->setPermissions(OwnerOnly))
        return true;
    return failed(error, Tr::tr("Could not make “%1” private to you: %2")
                             .arg(QDir::toNativeSeparators(file->fileName()), file->errorString()));
}

bool createFile(const QString& path, QString* error)
{
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName(path);
    // O_EXCL: never opens what is already there; O_NOFOLLOW: not even a dangling symbolic link.
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd >= 0) {
        ::close(fd);
        return true;
    }
    if (errno == EEXIST) {
        struct stat st = {};
        if (::lstat(name.constData(), &st) == 0 && S_ISREG(st.st_mode))
            return true;
        return failed(error, Tr::tr("Could not create “%1”: something that is not a file is in the way.")
                                 .arg(QDir::toNativeSeparators(path)));
    }
    return failed(error, Tr::tr("Could not create “%1”: %2").arg(QDir::toNativeSeparators(path), systemError()));
#else
    QFile file(path);
    if (file.exists())
        return true;
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return failed(error,
                      Tr::tr("Could not create “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return restrictToOwner(&file, error);
#endif
}

bool createFolder(const QString& path, QString* error)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (QFileInfo(absolute).isDir())
        return true;
    // The missing folders, outermost first: each is made owner-only as it is created.
    QStringList missing;
    for (QString at = absolute; !QFileInfo::exists(at); at = QFileInfo(at).path()) {
        missing.prepend(at);
        if (QFileInfo(at).path() == at)
            break;
    }
    for (const QString& folder : std::as_const(missing)) {
#ifdef Q_OS_UNIX
        if (::mkdir(QFile::encodeName(folder).constData(), 0700) != 0 && errno != EEXIST)
            return failed(
                error,
                Tr::tr("Could not create the folder “%1”: %2").arg(QDir::toNativeSeparators(folder), systemError()));
#else
        if (!QDir().mkdir(folder, OwnerOnly | QFileDevice::ExeOwner) && !QFileInfo(folder).isDir())
            return failed(error, Tr::tr("Could not create the folder “%1”.").arg(QDir::toNativeSeparators(folder)));
#endif
    }
    if (!QFileInfo(absolute).isDir())
        return failed(
            error,
            Tr::tr("Could not create the folder “%1”: a file is in the way.").arg(QDir::toNativeSeparators(absolute)));
    return true;
}

} // namespace PrivateFiles
