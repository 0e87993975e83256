// SPDX-License-Identifier: MIT
#include "csvwriter.h"

#include "directory/directory.h"
#include "directory/usercolumns.h"

namespace {
// The characters OWASP lists, plus their full-width forms, which some spreadsheet locales
// (East Asian input) also accept as the start of a formula.
bool startsFormula(QChar c)
{
    switch (c.unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
    case 0xFF1D: // ＝
    case 0xFF0B: // ＋
    case 0xFF0D: // －
    case 0xFF20: // ＠
        return true;
    default:
        return false;
    }
}

bool isSign(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'+' || u == u'-' || u == 0xFF0B || u == 0xFF0D;
}

// A plain number or a phone number: an optional leading sign, then only ASCII digits, spaces and ( ) - . /,
// with at least one digit. A spreadsheet can at most do arithmetic with such a cell: no function, no
// reference, no DDE, so it needs no guard (and a ' would break dialer and CRM imports).
bool isNumberOrPhone(const QString& cell)
{
    bool digit = false;
    for (qsizetype i = isSign(cell.at(0)) ? 1 : 0; i < cell.size(); ++i) {
        const char16_t c = cell.at(i).unicode();
        if (c >= u'0' && c <= u'9')
            digit = true;
        else if (c != u' ' && c != u'(' && c != u')' && c != u'-' && c != u'.' && c != u'/')
            return false;
    }
    return digit;
}

QString boolText(TriState t)
{
    switch (t) {
    case TriState::On:
        return QStringLiteral("true");
    case TriState::Off:
        return QStringLiteral("false");
    case TriState::Unknown:
        break;
    }
    return QString();
}
} // namespace

QString CsvWriter::neutraliseFormula(const QString& cell, FormulaGuard guard)
{
    if (guard == FormulaGuard::Never || cell.isEmpty() || !startsFormula(cell.at(0)))
        return cell;
    if (guard == FormulaGuard::Auto && isSign(cell.at(0)) && isNumberOrPhone(cell))
        return cell;
    return QLatin1Char('\'') + cell;
}

QString CsvWriter::quoteField(const QString& field)
{
    // Hot path (every cell of every row): scan the raw UTF-16 once.
    const QChar* p = field.constData();
    const QChar* end = p + field.size();
    for (; p != end; ++p) {
        const char16_t c = p->unicode();
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n')
            break;
    }
    if (p == end)
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvWriter::cellText(const Directory& directory, int row, int column, Values values)
{
    const UserColumn& col = UserColumns::at(column);
    if (values == Values::Data && col.kind == UserColumn::Kind::Setting) {
        const User& u = directory.user(row);
        if (col.key == QLatin1String("active"))
            return boolText(u.active);
        UserSetting s;
        if (userSettingFromKey(col.key.mid(col.key.indexOf(QLatin1Char('.')) + 1), &s))
            return boolText(u.setting(s));
    }
    return UserColumns::text(directory, row, column);
}

QString CsvWriter::formatLine(const QStringList& cells, Dialect dialect)
{
    QString line;
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += dialect == Dialect::Csv ? QLatin1Char(',') : QLatin1Char('\t');
        if (dialect == Dialect::Csv) {
            line += quoteField(cells[i]);
        } else {
            QString cell = cells[i];
            for (QChar& c : cell) {
                if (c == QLatin1Char('\t') || c == QLatin1Char('\r') || c == QLatin1Char('\n'))
                    c = QLatin1Char(' ');
            }
            line += cell;
        }
    }
    line += QLatin1String("\r\n");
    return line;
}

void CsvWriter::writeLine(const QStringList& cells)
{
    out() += formatLine(cells, m_dialect).toUtf8();
}

void CsvWriter::writeBegin(const Directory& directory, qint64 rowCount)
{
    Q_UNUSED(directory);
    Q_UNUSED(rowCount);
    if (m_bom)
        out() += QByteArrayLiteral("\xEF\xBB\xBF");
    if (m_header == Header::None)
        return;
    QStringList cells;
    for (int c : columnIndexes())
        cells.append(m_header == Header::Keys ? UserColumns::at(c).key : UserColumns::title(c));
    writeLine(cells);
}

void CsvWriter::writeRow(const Directory& directory, int row, qint64 index)
{
    Q_UNUSED(index);
    QStringList cells;
    cells.reserve(columnIndexes().size());
    for (int c : columnIndexes())
        cells.append(neutraliseFormula(cellText(directory, row, c, m_values), m_guard));
    writeLine(cells);
}

void CsvWriter::writeEnd(const Directory& directory)
{
    Q_UNUSED(directory);
}
