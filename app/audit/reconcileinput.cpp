// SPDX-License-Identifier: MIT
#include "reconcileinput.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>

#include <algorithm>

namespace {
bool looksLikeAddress(const QString& cell)
{
    const QString v = cell.trimmed();
    const qsizetype at = v.indexOf(QLatin1Char('@'));
    return at > 0 && at < v.size() - 1 && !v.contains(QLatin1Char(' '));
}

bool looksLikeNumber(const QString& cell)
{
    const QString v = cell.trimmed();
    if (v.isEmpty())
        return false;
    return std::all_of(v.begin(), v.end(), [](QChar c) {
        return c.isDigit() || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('.');
    });
}

bool looksLikeValue(const QString& cell)
{
    return looksLikeAddress(cell) || looksLikeNumber(cell);
}

// Records of RFC 4180 CSV: quoted fields may hold delimiters, quotes ("") and line breaks.
QList<QStringList> records(const QString& text, QChar delimiter)
{
    QList<QStringList> out;
    QStringList record;
    QString cell;
    bool quoted = false;
    bool cellStarted = false;
    const auto endCell = [&] {
        record.append(cell);
        cell.clear();
        cellStarted = false;
    };
    const auto endRecord = [&] {
        endCell();
        const bool blank =
            std::all_of(record.begin(), record.end(), [](const QString& c) { return c.trimmed().isEmpty(); });
        if (!blank)
            out.append(record);
        record.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    cell += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !cellStarted && cell.trimmed().isEmpty()) {
            quoted = true;
            cellStarted = true;
            cell.clear();
        } else if (c == delimiter) {
            endCell();
        } else if (c == QLatin1Char('\n')) {
            endRecord();
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                continue;
            endRecord();
        } else {
            cell += c;
            if (!c.isSpace())
                cellStarted = true;
        }
    }
    if (!cell.isEmpty() || !record.isEmpty())
        endRecord();
    return out;
}
} // namespace

namespace ReconcileInput {
bool read(QIODevice* device, const QString& shown, QString* text, QString* error)
{
    const QByteArray bytes = device->read(maxBytes + 1);
    if (bytes.size() > maxBytes) {
        *error = QCoreApplication::translate("ReconcileInput", "“%1” is larger than %2 MiB; split the list.")
                     .arg(shown)
                     .arg(maxBytes / (1024 * 1024));
        return false;
    }
    const auto* file = qobject_cast<const QFileDevice*>(device);
    if (file && file->error() != QFileDevice::NoError) {
        *error =
            QCoreApplication::translate("ReconcileInput", "Could not read “%1”: %2").arg(shown, device->errorString());
        return false;
    }
    *text = decode(bytes);
    return true;
}

bool readFile(const QString& path, QString* text, QString* error)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir()) {
        *error = QCoreApplication::translate("ReconcileInput", "Could not read “%1”: it is a folder.").arg(shown);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error =
            QCoreApplication::translate("ReconcileInput", "Could not read “%1”: %2").arg(shown, file.errorString());
        return false;
    }
    return read(&file, shown, text, error);
}

QString decode(const QByteArray& bytes)
{
    const std::optional<QStringConverter::Encoding> bom = QStringConverter::encodingForData(bytes);
    if (bom && *bom != QStringConverter::Utf8) {
        QStringDecoder decoder(*bom);
        return decoder.decode(bytes);
    }
    QStringDecoder utf8(QStringConverter::Utf8,
                        QStringConverter::Flag::Stateless); // removes a BOM; a cut sequence is an error
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    return QString::fromLatin1(bytes);
}

QStringList lines(const QString& text)
{
    QStringList out;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = start;
        while (end < text.size() && text[end] != QLatin1Char('\n') && text[end] != QLatin1Char('\r'))
            ++end;
        const QString line = text.mid(start, end - start);
        if (!line.trimmed().isEmpty())
            out.append(line);
        if (end < text.size() && text[end] == QLatin1Char('\r') && end + 1 < text.size() &&
            text[end + 1] == QLatin1Char('\n'))
            ++end;
        start = end + 1;
    }
    return out;
}

int Table::columnCount() const
{
    int n = 0;
    for (const QStringList& r : rows)
        n = std::max(n, int(r.size()));
    return n;
}

QChar detectDelimiter(const QString& text)
{
    // Judged on the first lines: the delimiter giving the same number (> 1) of cells on the most lines wins.
    QChar best;
    int bestScore = 0;
    const QString sample = text.left(64 * 1024);
    for (const QChar candidate : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')}) {
        const QList<QStringList> rows = records(sample, candidate).mid(0, 50);
        if (rows.isEmpty())
            continue;
        QHash<int, int> widths;
        for (const QStringList& r : rows)
            ++widths[int(r.size())];
        int width = 1;
        int lines = 0;
        for (auto it = widths.cbegin(); it != widths.cend(); ++it) {
            if (it.key() > 1 && (it.value() > lines || (it.value() == lines && it.key() > width))) {
                width = it.key();
                lines = it.value();
            }
        }
        // Most lines must agree: a comma inside a few names does not make a list a CSV.
        if (width > 1 && lines * 2 > int(rows.size()) && lines > bestScore) {
            best = candidate;
            bestScore = lines;
        }
    }
    return best;
}

Table parseCsv(const QString& text, QChar delimiter)
{
    Table table;
    if (delimiter.isNull())
        delimiter = detectDelimiter(text);
    if (delimiter.isNull())
        delimiter = QLatin1Char(',');
    table.delimiter = delimiter;
    table.rows = records(text, delimiter);
    if (table.rows.size() >= 2) {
        const QStringList& first = table.rows.first();
        bool header = std::none_of(first.begin(), first.end(), looksLikeValue) &&
                      std::none_of(first.begin(), first.end(), [](const QString& c) { return c.trimmed().isEmpty(); });
        if (header) {
            // Below it, at least one of its columns holds values (addresses or numbers).
            bool valuesBelow = false;
            for (int c = 0; c < first.size() && !valuesBelow; ++c) {
                for (qsizetype r = 1; r < table.rows.size() && r < 50; ++r) {
                    if (looksLikeValue(table.rows[r].value(c))) {
                        valuesBelow = true;
                        break;
                    }
                }
            }
            header = valuesBelow;
        }
        table.headerDetected = header;
    }
    return table;
}

int guessColumn(const Table& table)
{
    const int columns = table.columnCount();
    std::vector<int> addresses(size_t(std::max(columns, 1)), 0);
    std::vector<int> numbers(size_t(std::max(columns, 1)), 0);
    for (qsizetype r = table.headerDetected ? 1 : 0; r < table.rows.size() && r < 200; ++r) {
        for (int c = 0; c < table.rows[r].size(); ++c) {
            addresses[size_t(c)] += looksLikeAddress(table.rows[r][c]) ? 1 : 0;
            numbers[size_t(c)] += looksLikeNumber(table.rows[r][c]) ? 1 : 0;
        }
    }
    const auto most = [](const std::vector<int>& counts) {
        const auto it = std::max_element(counts.begin(), counts.end());
        return *it > 0 ? int(it - counts.begin()) : -1;
    };
    const int byAddress = most(addresses);
    if (byAddress >= 0)
        return byAddress;
    const int byNumber = most(numbers);
    return byNumber >= 0 ? byNumber : 0;
}

int columnNamed(const Table& table, const QString& name)
{
    const QStringList header = table.header();
    for (int c = 0; c < header.size(); ++c) {
        if (header[c].trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return c;
    }
    return -1;
}

QStringList column(const Table& table, int column, bool skipHeader)
{
    QStringList out;
    for (qsizetype r = skipHeader ? 1 : 0; r < table.rows.size(); ++r) {
        const QString cell = table.rows[r].value(column);
        if (!cell.trimmed().isEmpty())
            out.append(cell);
    }
    return out;
}
} // namespace ReconcileInput
