// SPDX-License-Identifier: MIT
// CsvWriter round trip: random users (fuzzusers.h) are written as CSV, read back by the strict RFC 4180 reader the
// unit tests use (tests/common/exportparsers.h), and every cell must equal the input field, with only the
// documented change: a ' in front of a cell a spreadsheet would run as a formula (the default rule, which lets
// numbers and phone numbers through). The expectation is computed here, independently of CsvWriter.
#include "export/csvwriter.h"
#include "exportparsers.h"
#include "fuzzcheck.h"
#include "fuzzusers.h"

#include <QBuffer>
#include <QRegularExpression>

#include <cstddef>
#include <cstdint>

namespace {
// An optional sign, then ASCII digits, spaces and ()-./ with at least one digit.
bool phoneShape(const QString& field)
{
    static const QRegularExpression shape(QStringLiteral("^[+\\-\\x{FF0B}\\x{FF0D}]?[0-9 ()./-]*[0-9][0-9 ()./-]*\\z"));
    return shape.match(field).hasMatch();
}

// OWASP's formula starters and their full-width forms (CsvWriter's documented rule); a sign before a number or
// phone number passes.
QString expectedCell(const QString& field)
{
    if (field.isEmpty())
        return field;
    switch (field.at(0).unicode()) {
    case u'+':
    case u'-':
    case 0xFF0B:
    case 0xFF0D:
        return phoneShape(field) ? field : QLatin1Char('\'') + field;
    case u'=':
    case u'@':
    case u'\t':
    case u'\r':
    case 0xFF1D:
    case 0xFF20:
        return QLatin1Char('\'') + field;
    default:
        return field;
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FuzzUsers::Bytes bytes(data, size);
    const bool bom = bytes.byte() % 2 == 0;
    const QList<FuzzUsers::Input> inputs = FuzzUsers::generate(bytes);
    Directory directory;
    QList<int> rows;
    FuzzUsers::fill(&directory, inputs, &rows);
    FUZZ_CHECK(directory.count() == inputs.size());
    for (int row : std::as_const(rows))
        FUZZ_CHECK(row >= 0);

    const QStringList columns = {QStringLiteral("id"),           QStringLiteral("firstName"),
                                 QStringLiteral("lastName"),     QStringLiteral("emailAddress"),
                                 QStringLiteral("title"),        QStringLiteral("phoneNumber"),
                                 QStringLiteral("extension"),    QStringLiteral("managerId"),
                                 QStringLiteral("emailAliases"), QStringLiteral("active")};
    CsvWriter writer;
    writer.setByteOrderMark(bom);
    writer.setColumns(columns);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    FUZZ_CHECK(writer.write(directory, rows, &buffer));
    QByteArray out = buffer.data();
    if (bom) {
        FUZZ_CHECK(out.startsWith("\xEF\xBB\xBF"));
        out.remove(0, 3);
    }

    QList<QStringList> records;
    QString error;
    const bool parsed = ExportParsers::parseCsv(out, &records, &error);
    if (!parsed)
        std::fprintf(stderr, "CSV does not parse: %s\n", qPrintable(error));
    FUZZ_CHECK(parsed);
    FUZZ_CHECK(records.size() == inputs.size() + 1);
    FUZZ_CHECK(records[0] == columns);
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const FuzzUsers::Input& u = inputs[i];
        const QString active = u.active < 0 ? QString() : u.active ? QStringLiteral("true") : QStringLiteral("false");
        QStringList expected = {u.id,           u.firstName, u.lastName,
                                u.emailAddress, u.title,     u.phoneNumber,
                                u.extension,    u.managerId, u.emailAliases.join(QStringLiteral("; ")),
                                active};
        for (QString& cell : expected)
            cell = expectedCell(cell);
        const QStringList& got = records[i + 1];
        FUZZ_CHECK(got.size() == expected.size());
        for (qsizetype c = 0; c < expected.size(); ++c) {
            if (got[c] != expected[c])
                std::fprintf(stderr, "row %lld column %s: got \"%s\", expected \"%s\"\n", static_cast<long long>(i),
                             qPrintable(columns[c]), qPrintable(got[c]), qPrintable(expected[c]));
            FUZZ_CHECK(got[c] == expected[c]);
        }
    }
    return 0;
}
