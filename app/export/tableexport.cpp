// SPDX-License-Identifier: MIT
#include "tableexport.h"

#include "csvwriter.h"

namespace TableExport {
QByteArray csv(const QStringList& header, const QList<QStringList>& rows, bool byteOrderMark)
{
    QByteArray out;
    if (byteOrderMark)
        out += QByteArrayLiteral("\xEF\xBB\xBF");
    out += CsvWriter::formatLine(header).toUtf8();
    for (const QStringList& row : rows) {
        QStringList cells;
        cells.reserve(row.size());
        for (const QString& cell : row)
            cells.append(CsvWriter::neutraliseFormula(cell));
        out += CsvWriter::formatLine(cells).toUtf8();
    }
    return out;
}

QByteArray jsonString(const QString& text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += "\\u00";
                out += hex[(c >> 4) & 0xf];
                out += hex[c & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

QByteArray json(const QStringList& header, const QList<QStringList>& rows, bool pretty)
{
    QList<QByteArray> keys;
    for (const QString& key : header)
        keys.append(jsonString(key));
    const QByteArray objectIndent = pretty ? QByteArrayLiteral("\n    ") : QByteArray();
    const QByteArray fieldIndent = pretty ? QByteArrayLiteral("\n        ") : QByteArray();
    const QByteArray colon = pretty ? QByteArrayLiteral(": ") : QByteArrayLiteral(":");
    QByteArray out = "[";
    for (qsizetype r = 0; r < rows.size(); ++r) {
        out += r > 0 ? "," : "";
        out += objectIndent;
        out += '{';
        for (qsizetype k = 0; k < keys.size(); ++k) {
            out += k > 0 ? "," : "";
            out += fieldIndent;
            out += keys[k];
            out += colon;
            out += jsonString(rows[r].value(k));
        }
        out += pretty ? objectIndent : QByteArray();
        out += '}';
    }
    out += pretty && !rows.isEmpty() ? "\n]\n" : "]\n";
    return out;
}
} // namespace TableExport
