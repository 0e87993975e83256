// SPDX-License-Identifier: MIT
#pragma once

#include "exportformat.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class Directory;
class QIODevice;

// When a CSV cell gets a leading ' so a spreadsheet does not run it as a formula. Auto: cells that could run
// something (=, @, tab, CR, or + and - unless the cell is a plain number or phone number); Always: every cell
// starting with = + - @ tab or CR (OWASP's rule); Never: cells as they are, for scripts.
enum class FormulaGuard
{
    Auto,
    Always,
    Never
};

// What the first line of a CSV file holds: the API's keys (stable, for scripts), the column titles (as the
// table and the clipboard show them), or nothing.
enum class CsvHeader
{
    Keys,
    Titles,
    None
};

// Choices that only some formats read.
struct ExportOptions
{
    bool byteOrderMark = true;                      // CSV: UTF-8 BOM so Excel reads the encoding right
    bool prettyJson = true;                         // JSON: indented, else one line
    FormulaGuard formulaGuard = FormulaGuard::Auto; // CSV
    CsvHeader csvHeader = CsvHeader::Keys;          // CSV
};

// Writes a list of Directory rows to a QIODevice in one format. Shared by the GUI (in a worker
// thread, on a snapshot of the directory) and the headless export. Reports progress through a
// callback and can be cancelled from any thread; on failure errorString() says why.
class ExportWriter
{
public:
    using ProgressHandler = std::function<void(qint64 written, qint64 total)>;

    virtual ~ExportWriter();

    static std::unique_ptr<ExportWriter> create(ExportFormat format, const ExportOptions& options = {});

    // Column keys from UserColumns (API field names and derived keys), in output order. Only
    // formats with a free shape (CSV) read them; unknown keys make write() fail.
    void setColumns(const QStringList& keys) { m_columnKeys = keys; }
    QStringList columns() const { return m_columnKeys; }
    // Called every 512 rows and once at the end, on the writing thread.
    void setProgressHandler(ProgressHandler handler) { m_progress = std::move(handler); }

    // Thread-safe. write() then stops at the next row and returns false.
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

    // Writes `rows` of `directory` (in that order) to an open device.
    bool write(const Directory& directory, const QList<int>& rows, QIODevice* device);
    QString errorString() const { return m_error; }

    // Resolves column keys to UserColumns indexes; false with *error naming the first unknown key.
    static bool resolveColumns(const QStringList& keys, QList<int>* columns, QString* error);

protected:
    ExportWriter() = default;

    virtual void writeBegin(const Directory& directory, qint64 rowCount) = 0;
    virtual void writeRow(const Directory& directory, int row, qint64 index) = 0;
    virtual void writeEnd(const Directory& directory) = 0;

    // Output goes here; the base class hands it to the device in large chunks.
    QByteArray& out() { return m_buffer; }
    const QList<int>& columnIndexes() const { return m_columns; }

private:
    bool flush(QIODevice* device);

    QStringList m_columnKeys;
    QList<int> m_columns;
    ProgressHandler m_progress;
    std::atomic<bool> m_cancelled{false};
    QByteArray m_buffer;
    QString m_error;
};
