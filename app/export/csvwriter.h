// SPDX-License-Identifier: MIT
#pragma once

#include "exportwriter.h"

// RFC 4180 CSV (comma, CRLF, quotes doubled, fields with a comma, quote, CR or LF quoted), UTF-8
// with an optional BOM. Cells that a spreadsheet would run as a formula are neutralised with a
// leading ' (FormulaGuard says which: by default phone numbers and numbers pass). The TSV dialect serves the clipboard:
// tab-separated, no quoting, tabs and line breaks inside a cell become spaces.
class CsvWriter : public ExportWriter
{
public:
    enum class Dialect
    {
        Csv,
        Tsv
    };
    using Header = CsvHeader;
    // Data: booleans as true/false (stable, any locale). Display: what the table shows.
    enum class Values
    {
        Data,
        Display
    };

    CsvWriter() = default;

    void setDialect(Dialect dialect) { m_dialect = dialect; }
    void setByteOrderMark(bool on) { m_bom = on; }
    void setHeader(Header header) { m_header = header; }
    void setValues(Values values) { m_values = values; }
    void setFormulaGuard(FormulaGuard guard) { m_guard = guard; }

    // Prefixes a ' when a spreadsheet would treat the cell as a formula, by `guard`'s rule.
    static QString neutraliseFormula(const QString& cell, FormulaGuard guard = FormulaGuard::Auto);
    // Quotes an RFC 4180 field when it has to be.
    static QString quoteField(const QString& field);
    // One record, cells as given (neutralise them first), ending in CRLF: quoted and comma-separated for CSV,
    // tab-separated with tabs and line breaks inside cells turned into spaces for TSV.
    static QString formatLine(const QStringList& cells, Dialect dialect = Dialect::Csv);
    // One cell as this writer renders it (before neutralising and quoting).
    static QString cellText(const Directory& directory, int row, int column, Values values);

protected:
    void writeBegin(const Directory& directory, qint64 rowCount) override;
    void writeRow(const Directory& directory, int row, qint64 index) override;
    void writeEnd(const Directory& directory) override;

private:
    void writeLine(const QStringList& cells);

    Dialect m_dialect = Dialect::Csv;
    bool m_bom = true;
    Header m_header = Header::Keys;
    Values m_values = Values::Data;
    FormulaGuard m_guard = FormulaGuard::Auto;
};
