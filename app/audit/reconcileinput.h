// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

// The values of a list to reconcile, from pasted text or a file: one value per line, or one column of a CSV
// (RFC 4180 quoting; comma, semicolon, tab or bar as detected; a header row detected or required).
namespace ReconcileInput {
// Larger inputs are refused (a list of a million addresses is some 30 MB).
constexpr qint64 maxBytes = 256 * 1024 * 1024;
// Reads an open device (a file, stdin) as text (decode()); false with *error, naming it `shown`, when it cannot be
// read or is larger than maxBytes.
bool read(QIODevice* device, const QString& shown, QString* text, QString* error);
// Opens and reads the file at `path`; false with *error (a folder, no permission, too large).
bool readFile(const QString& path, QString* text, QString* error);

// File bytes as text: UTF-8 (a byte-order mark removed), UTF-16 with a byte-order mark (spreadsheets' "Unicode
// text"), else Latin-1 when the bytes are not valid UTF-8.
QString decode(const QByteArray& bytes);

// One value per line, as given (line ends removed); blank lines skipped.
QStringList lines(const QString& text);

struct Table
{
    QChar delimiter = QLatin1Char(',');
    QList<QStringList> rows; // every non-blank record, cells unquoted, the header (if any) first
    bool headerDetected = false;
    int columnCount() const;
    QStringList header() const { return rows.isEmpty() ? QStringList() : rows.first(); }
};

// The delimiter that splits the lines most consistently into more than one column; QChar() when the text reads
// as a plain list (one column).
QChar detectDelimiter(const QString& text);
// Parses CSV with the given delimiter (detectDelimiter() when null); decides whether the first row is a header: it
// is when none of its cells looks like a value (an address, a number) while the rows below have values in those
// columns.
Table parseCsv(const QString& text, QChar delimiter = QChar());
// The column that most looks like what to reconcile: the one with the most e-mail addresses, else the most ids,
// else the first.
int guessColumn(const Table& table);
// A header cell's column (trimmed, case-insensitive); -1 when none.
int columnNamed(const Table& table, const QString& name);
// The column's non-blank cells below the header (when there is one).
QStringList column(const Table& table, int column, bool skipHeader);
} // namespace ReconcileInput
