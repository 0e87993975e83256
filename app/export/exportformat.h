// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

// The file formats the app exports, with the names the CLI and the dialog use.
enum class ExportFormat
{
    Csv,
    Json,
    VCard
};

namespace ExportFormats {
QList<ExportFormat> all();
QString key(ExportFormat format);         // "csv", "json", "vcard" (the CLI's --format values)
QString suffix(ExportFormat format);      // "csv", "json", "vcf"
QString mimeType(ExportFormat format);    // "text/csv", "application/json", "text/vcard"
QString displayName(ExportFormat format); // translated, e.g. "CSV (spreadsheets)"
QString fileFilter(ExportFormat format);  // for QFileDialog, e.g. "CSV (*.csv)"
// Case-insensitive; accepts "vcf" for vCard. False when unknown.
bool fromKey(const QString& key, ExportFormat* out);
// From a file name's suffix; false when it says nothing.
bool fromFileName(const QString& fileName, ExportFormat* out);
// Whether the format writes only the chosen columns (JSON and vCard have a fixed shape).
bool usesColumns(ExportFormat format);
} // namespace ExportFormats
