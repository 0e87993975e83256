// SPDX-License-Identifier: MIT
#include "exportfile.h"

#include "exportwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

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
    QString reason;
    if (!write(&file, &reason)) {
        file.cancelWriting(); // the temporary file is removed, the target is not touched
        if (cancelled && cancelled())
            return Result::Cancelled;
        if (error)
            *error = QCoreApplication::translate("ExportFile", "Could not write “%1”: %2").arg(shown, reason);
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
