// SPDX-License-Identifier: MIT
#include "exportformat.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ExportFormats {
QList<ExportFormat> all()
{
    return {ExportFormat::Csv, ExportFormat::Json, ExportFormat::VCard};
}

QString key(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Json:
        return QStringLiteral("json");
    case ExportFormat::VCard:
        return QStringLiteral("vcard");
    }
    return QString();
}

QString suffix(ExportFormat format)
{
    return format == ExportFormat::VCard ? QStringLiteral("vcf") : key(format);
}

QString mimeType(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return QStringLiteral("text/csv");
    case ExportFormat::Json:
        return QStringLiteral("application/json");
    case ExportFormat::VCard:
        return QStringLiteral("text/vcard");
    }
    return QString();
}

QString displayName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return QCoreApplication::translate("ExportFormats", "CSV (spreadsheets)");
    case ExportFormat::Json:
        return QCoreApplication::translate("ExportFormats", "JSON (as the API sent it)");
    case ExportFormat::VCard:
        return QCoreApplication::translate("ExportFormats", "vCard 4.0 (address books)");
    }
    return QString();
}

QString fileFilter(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return QCoreApplication::translate("ExportFormats", "CSV files (*.csv)");
    case ExportFormat::Json:
        return QCoreApplication::translate("ExportFormats", "JSON files (*.json)");
    case ExportFormat::VCard:
        return QCoreApplication::translate("ExportFormats", "vCard files (*.vcf *.vcard)");
    }
    return QString();
}

bool fromKey(const QString& key, ExportFormat* out)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("csv"))
        *out = ExportFormat::Csv;
    else if (k == QLatin1String("json"))
        *out = ExportFormat::Json;
    else if (k == QLatin1String("vcard") || k == QLatin1String("vcf"))
        *out = ExportFormat::VCard;
    else
        return false;
    return true;
}

bool fromFileName(const QString& fileName, ExportFormat* out)
{
    return fromKey(QFileInfo(fileName).suffix(), out);
}

bool usesColumns(ExportFormat format)
{
    return format == ExportFormat::Csv;
}
} // namespace ExportFormats
