// SPDX-License-Identifier: MIT
#include "exportfile.h"

#include "exportwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <functional>

namespace ExportFile {
namespace {
// Opens a QSaveFile at `path`, lets `write` fill it (Written, or Cancelled, or Failed with the reason in *why) and
// commits it; nothing is left behind when any step fails.
Result saveWith(const QString& path, const std::function<Result(QSaveFile&, QString*)>& write, QString* error)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir()) {
        if (error)
            *error = QCoreApplication::translate("ExportFile", "Could not write “%1”: it is a folder.").arg(shown);
        return Result::Failed;
    }
    QSaveFile file(path);
    // Never fall back to writing the target in place: that is what could leave half a file.
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error =
                QCoreApplication::translate("ExportFile", "Could not create “%1”: %2").arg(shown, file.errorString());
        return Result::Failed;
    }
    QString why;
    const Result written = write(file, &why);
    if (written != Result::Written) {
        file.cancelWriting(); // the temporary file is removed, the target is not touched
        if (written == Result::Cancelled)
            return Result::Cancelled;
        if (error)
            *error = QCoreApplication::translate("ExportFile", "Could not write “%1”: %2").arg(shown, why);
        return Result::Failed;
    }
    if (!file.commit()) {
        if (error)
            *error =
                QCoreApplication::translate("ExportFile", "Could not save “%1”: %2").arg(shown, file.errorString());
        return Result::Failed;
    }
    return Result::Written;
}
} // namespace

Result save(const QString& path, ExportWriter& writer, const Directory& directory, const QList<int>& rows,
            QString* error)
{
    return saveWith(
        path,
        [&](QSaveFile& file, QString* why) {
            if (writer.write(directory, rows, &file))
                return Result::Written;
            if (writer.isCancelled())
                return Result::Cancelled;
            *why = writer.errorString();
            return Result::Failed;
        },
        error);
}

Result saveData(const QString& path, const QByteArray& data, QString* error)
{
    return saveWith(
        path,
        [&](QSaveFile& file, QString* why) {
            if (file.write(data) == data.size())
                return Result::Written;
            *why = file.errorString();
            return Result::Failed;
        },
        error);
}

bool canWrite(const QString& path, QString* error)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (info.isDir()) {
        if (error)
            *error = QCoreApplication::translate("ExportFile", "Could not write “%1”: it is a folder.").arg(shown);
        return false;
    }
    const QFileInfo folder(info.absolutePath());
    if (folder.exists() && !folder.isDir()) {
        if (error)
            *error = QCoreApplication::translate("ExportFile", "Could not write “%1”: “%2” is a file, not a folder.")
                         .arg(shown, QDir::toNativeSeparators(folder.filePath()));
        return false;
    }
    if (!folder.exists()) {
        if (error)
            *error = QCoreApplication::translate("ExportFile", "Could not write “%1”: the folder “%2” does not exist.")
                         .arg(shown, QDir::toNativeSeparators(folder.filePath()));
        return false;
    }
    if (!folder.isWritable()) {
        if (error)
            *error = QCoreApplication::translate("ExportFile", "Could not write “%1”: the folder “%2” is read-only.")
                         .arg(shown, QDir::toNativeSeparators(folder.filePath()));
        return false;
    }
    return true;
}
} // namespace ExportFile
