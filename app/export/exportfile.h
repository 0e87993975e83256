// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include <functional>

class Directory;
class QIODevice;
class ExportWriter;

// Writes an export to a file through QSaveFile: the file at `path` is replaced only when the whole
// export succeeded. A cancelled or failed export leaves no partial file and an existing file as it was.
// A new file is created owner-only (0600: it holds personal data); an existing one keeps its mode. A symbolic link
// at `path` that another user owns, or that sits in a sticky folder anyone can write to (/tmp), is refused: the
// rule the kernel's fs.protected_symlinks applies to opens, which QSaveFile's rename would get around.
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
// The same for output made beforehand (`gong-directory changes`).
Result save(const QString& path, const QByteArray& bytes, QString* error);
// The same for any writer (the chart's SVG/PNG/PDF): `write` fills the device and returns false with *reason when
// it fails; `cancelled`, when given, tells a cancelled write from a failed one.
using DeviceWriter = std::function<bool(QIODevice* device, QString* reason)>;
Result save(const QString& path, const DeviceWriter& write, QString* error,
            const std::function<bool()>& cancelled = {});

// Early check, before a long load: can a file be created in the folder of `path`, and is `path` no link that
// must not be followed? The same messages as save().
bool canWrite(const QString& path, QString* error);
} // namespace ExportFile

Q_DECLARE_METATYPE(ExportFile::Result)
