// SPDX-License-Identifier: MIT
#include "exportwriter.h"

#include "csvwriter.h"
#include "directory/directory.h"
#include "directory/usercolumns.h"
#include "jsonwriter.h"
#include "vcardwriter.h"

#include <QCoreApplication>
#include <QIODevice>

namespace {
constexpr qsizetype FlushThreshold = 256 * 1024;
// Often enough for a smooth bar and a prompt cancel, rare enough to cost nothing.
constexpr qint64 ProgressEveryRows = 512;
} // namespace

ExportWriter::~ExportWriter() = default;

std::unique_ptr<ExportWriter> ExportWriter::create(ExportFormat format, const ExportOptions& options)
{
    switch (format) {
    case ExportFormat::Csv: {
        auto w = std::make_unique<CsvWriter>();
        w->setByteOrderMark(options.byteOrderMark);
        w->setFormulaGuard(options.formulaGuard);
        w->setHeader(options.csvHeader);
        return w;
    }
    case ExportFormat::Json: {
        auto w = std::make_unique<JsonWriter>();
        w->setPretty(options.prettyJson);
        return w;
    }
    case ExportFormat::VCard:
        return std::make_unique<VCardWriter>();
    }
    return nullptr;
}

bool ExportWriter::resolveColumns(const QStringList& keys, QList<int>* columns, QString* error)
{
    columns->clear();
    columns->reserve(keys.size());
    for (const QString& key : keys) {
        const int c = UserColumns::indexOf(key.trimmed());
        if (c < 0) {
            if (error)
                *error = QCoreApplication::translate("ExportWriter", "Unknown column “%1”.").arg(key);
            return false;
        }
        columns->append(c);
    }
    return true;
}

bool ExportWriter::write(const Directory& directory, const QList<int>& rows, QIODevice* device)
{
    m_error.clear();
    m_buffer.clear();
    if (!device || !device->isWritable()) {
        m_error = QCoreApplication::translate("ExportWriter", "The output is not open for writing.");
        return false;
    }
    if (!resolveColumns(m_columnKeys, &m_columns, &m_error))
        return false;

    const qint64 total = rows.size();
    writeBegin(directory, total);
    qint64 index = 0;
    for (int row : rows) {
        if (isCancelled()) {
            m_error = QCoreApplication::translate("ExportWriter", "The export was cancelled.");
            return false;
        }
        if (row < 0 || row >= directory.count()) {
            m_error = QCoreApplication::translate("ExportWriter", "Row %1 is not in the directory.").arg(row);
            return false;
        }
        writeRow(directory, row, index);
        ++index;
        if (m_buffer.size() >= FlushThreshold && !flush(device))
            return false;
        if (m_progress && index % ProgressEveryRows == 0 && index < total)
            m_progress(index, total);
    }
    writeEnd(directory);
    if (!flush(device))
        return false;
    if (m_progress)
        m_progress(total, total);
    return true;
}

bool ExportWriter::flush(QIODevice* device)
{
    if (m_buffer.isEmpty())
        return true;
    const qint64 n = device->write(m_buffer);
    if (n != m_buffer.size()) {
        m_error = QCoreApplication::translate("ExportWriter", "Could not write: %1").arg(device->errorString());
        return false;
    }
    m_buffer.resize(0); // keeps the capacity for the next chunk
    return true;
}
