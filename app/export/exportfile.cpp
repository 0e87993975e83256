// SPDX-License-Identifier: MIT
#include "exportfile.h"

#include "base/privatefiles.h"
#include "base/safetext.h"
#include "exportwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <functional>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {
// lupdate reads the context from here; the same one the code uses at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)
};

// A file name as messages show it: the user's own, but a planted link's target is anyone's, and either may hold
// characters that drive a terminal.
QString shownPath(const QString& path)
{
    return SafeText::escaped(QDir::toNativeSeparators(path));
}

#ifdef Q_OS_UNIX
QString userName(uid_t uid)
{
    struct passwd entry = {};
    struct passwd* found = nullptr;
    char buffer[1024];
    if (::getpwuid_r(uid, &entry, buffer, sizeof buffer, &found) == 0 && found)
        return QStringLiteral("%1 (uid %2)").arg(QString::fromLocal8Bit(found->pw_name)).arg(uid);
    return QStringLiteral("uid %1").arg(uid);
}
#endif

// fs.protected_symlinks for our own writes. QSaveFile resolves a symbolic link and renames over its target, and
// no open() of ours goes through the link, so the kernel's rule cannot stop it: a link another user planted (or
// could have planted, in a sticky folder anyone may write to, like /tmp) would have the export replace any file
// of ours it points at, or create one where it says. Such a link is refused; the user's own links elsewhere work.
// What is there now, as lstat() saw it (not a link: an empty `target`).
struct LinkCheck
{
    bool isLink = false;
    QString target;
    QString refusal; // why writing through it is refused; empty when it is fine
};

LinkCheck checkLink(const QString& path)
{
    LinkCheck check;
#ifdef Q_OS_UNIX
    struct stat link = {};
    if (::lstat(QFile::encodeName(path).constData(), &link) != 0 || !S_ISLNK(link.st_mode))
        return check;
    check.isLink = true;
    check.target = QFileInfo(path).symLinkTarget();
    const QString folder = QFileInfo(path).absolutePath();
    struct stat dir = {};
    const bool stickyForAll =
        ::stat(QFile::encodeName(folder).constData(), &dir) == 0 && (dir.st_mode & S_ISVTX) && (dir.st_mode & S_IWOTH);
    if (link.st_uid != ::geteuid()) {
        check.refusal = Tr::tr("Refusing to write “%1”: it is a symbolic link to “%2” that belongs to another user, "
                               "%3. Remove it or choose another name.")
                            .arg(shownPath(path), shownPath(check.target), userName(link.st_uid));
    } else if (stickyForAll) {
        check.refusal = Tr::tr("Refusing to write “%1”: it is a symbolic link to “%2” in “%3”, a folder anyone can "
                               "write to, where another user could have planted it. Remove it or choose another "
                               "name.")
                            .arg(shownPath(path), shownPath(check.target), shownPath(folder));
    }
#else
    Q_UNUSED(path);
#endif
    return check;
}

bool fail(QString* error, const QString& text)
{
    if (error)
        *error = text;
    return false;
}
// Writes through QSaveFile: `write` returns false with *why set on failure, or with *why empty when cancelled.
ExportFile::Result saveWith(const QString& path, const std::function<bool(QIODevice*, QString*)>& write, QString* error)
{
    using ExportFile::Result;
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir()) {
        fail(error, Tr::tr("Could not write “%1”: it is a folder.").arg(shown));
        return Result::Failed;
    }
    const LinkCheck before = checkLink(path);
    if (!before.refusal.isEmpty()) {
        fail(error, before.refusal);
        return Result::Failed;
    }
    const bool existed = QFileInfo::exists(path); // through a link: its target
    QSaveFile file(path);
    // Never fall back to writing the target in place: that is what could leave half a file.
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly)) {
        fail(error, Tr::tr("Could not create “%1”: %2").arg(shown, file.errorString()));
        return Result::Failed;
    }
    // A link planted between the check and the open would have been followed by QSaveFile: look again. (One planted
    // after the open is harmless: the file then replaces the link itself.)
    const LinkCheck after = checkLink(path);
    if (!after.refusal.isEmpty() || after.isLink != before.isLink || after.target != before.target) {
        file.cancelWriting();
        fail(error,
             after.refusal.isEmpty()
                 ? Tr::tr("Could not write “%1”: it was replaced while it was being opened.").arg(shownPath(path))
                 : after.refusal);
        return Result::Failed;
    }
    // Personal data: a new file is the user's alone. An existing one keeps its mode (QSaveFile copies it).
    QString why;
    if (!existed && !PrivateFiles::restrictToOwner(&file, &why)) {
        file.cancelWriting();
        fail(error, why);
        return Result::Failed;
    }
    if (!write(&file, &why)) {
        file.cancelWriting(); // the temporary file is removed, the target is not touched
        if (why.isEmpty())
            return Result::Cancelled;
        fail(error, Tr::tr("Could not write “%1”: %2").arg(shown, why));
        return Result::Failed;
    }
    if (!file.commit()) {
        fail(error, Tr::tr("Could not save “%1”: %2").arg(shown, file.errorString()));
        return Result::Failed;
    }
    return Result::Written;
}
} // namespace

namespace ExportFile {
Result save(const QString& path, ExportWriter& writer, const Directory& directory, const QList<int>& rows,
            QString* error)
{
    return save(
        path,
        [&](QIODevice* device, QString* reason) {
            if (writer.write(directory, rows, device))
                return true;
            *reason = writer.errorString();
            return false;
        },
        error, [&] { return writer.isCancelled(); });
}

Result save(const QString& path, const DeviceWriter& write, QString* error, const std::function<bool()>& cancelled)
{
    return saveWith(
        path,
        [&](QIODevice* device, QString* why) {
            QString reason;
            if (write(device, &reason))
                return true;
            // saveWith reads an empty reason as "cancelled".
            if (!(cancelled && cancelled()))
                *why = reason.isEmpty() ? device->errorString() : reason;
            return false;
        },
        error);
}

Result save(const QString& path, const QByteArray& bytes, QString* error)
{
    return saveWith(
        path,
        [&](QIODevice* device, QString* why) {
            if (device->write(bytes) == bytes.size())
                return true;
            *why = device->errorString();
            return false;
        },
        error);
}

bool canWrite(const QString& path, QString* error)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (info.isDir())
        return fail(error, Tr::tr("Could not write “%1”: it is a folder.").arg(shown));
    const QFileInfo folder(info.absolutePath());
    if (folder.exists() && !folder.isDir())
        return fail(error, Tr::tr("Could not write “%1”: “%2” is a file, not a folder.")
                               .arg(shown, QDir::toNativeSeparators(folder.filePath())));
    if (!folder.exists())
        return fail(error, Tr::tr("Could not write “%1”: the folder “%2” does not exist.")
                               .arg(shown, QDir::toNativeSeparators(folder.filePath())));
    if (!folder.isWritable())
        return fail(error, Tr::tr("Could not write “%1”: the folder “%2” is read-only.")
                               .arg(shown, QDir::toNativeSeparators(folder.filePath())));
    const LinkCheck link = checkLink(path);
    if (!link.refusal.isEmpty())
        return fail(error, link.refusal);
    return true;
}
} // namespace ExportFile
