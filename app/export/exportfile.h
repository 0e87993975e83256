// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <functional>

class Directory;
class ExportWriter;
class QIODevice;

// Writes an export to a file through QSaveFile: the file at `path` is replaced only when the whole
// export succeeded. A cancelled or failed export leaves no partial file and an existing file as it was.
namespace ExportFile {
enum class Result
{
    Written,
    Cancelled,
    Failed
};

// *error gets one sentence naming the file and the reason (only for Failed).
Result save(const QString& path, ExportWriter& writer, const Directory& directory, const QList<int>& rows,
            QString* error);

// The same for any writer: `write` fills the device and returns false with *reason when it fails; `cancelled`,
// when given, tells a cancelled write from a failed one.
using DeviceWriter = std::function<bool(QIODevice* device, QString* reason)>;
Result save(const QString& path, const DeviceWriter& write, QString* error,
            const std::function<bool()>& cancelled = {});

// Early check, before a long load: can a file be created in the folder of `path`?
bool canWrite(const QString& path, QString* error);
} // namespace ExportFile

Q_DECLARE_METATYPE(ExportFile::Result)
