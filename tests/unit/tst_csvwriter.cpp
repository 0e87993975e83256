// SPDX-License-Identifier: MIT
// CsvWriter: RFC 4180 output read back by an independent parser, BOM, CRLF, formula injection
// with hostile names and titles, lists, Unicode, empty and derived cells, TSV, cancel.
#include "export/csvwriter.h"
#include "exporttestsupport.h"

#include "directory/usercolumns.h"
#include "exportparsers.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QByteArray Bom("\xEF\xBB\xBF");
using ExportParsers::parseCsv;
} // namespace

Q_DECLARE_METATYPE(FormulaGuard)

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotesOnlyWhatNeedsQuoting_data();
    void quotesOnlyWhatNeedsQuoting();
    void roundTripsHostileText();
    void crlfAndBom();
    void formulaInjection_data();
    void formulaInjection();
    void phoneNumbersPassByDefault();
    void headerFromOptions();
    void hostileNamesAndTitlesAreNeutralisedInTheFile();
    void listsJoinedWithSemicolonSpace();
    void emptyFieldsAndUnicode();
    void derivedColumns();
    void booleansAndHeaderStyles();
    void emptySelectionWritesHeaderOnly();
    void unknownColumnFails();
    void tsvDialect();
    void cancel();
};

void TestCsvWriter::quotesOnlyWhatNeedsQuoting_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "Ann"
                           << "Ann";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("space") << " padded "
                           << " padded ";
    QTest::newRow("comma") << "Smith, Jr."
                           << "\"Smith, Jr.\"";
    QTest::newRow("quote") << "The \"Boss\""
                           << "\"The \"\"Boss\"\"\"";
    QTest::newRow("lf") << "a\nb"
                        << "\"a\nb\"";
    QTest::newRow("cr") << "a\rb"
                        << "\"a\rb\"";
    QTest::newRow("crlf") << "a\r\nb"
                          << "\"a\r\nb\"";
    QTest::newRow("semicolon") << "a; b"
                               << "a; b";
    QTest::newRow("only quote") << "\""
                                << "\"\"\"\"";
}

void TestCsvWriter::quotesOnlyWhatNeedsQuoting()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::quoteField(field), expected);
}

void TestCsvWriter::roundTripsHostileText()
{
    Directory d;
    const QStringList titles = {QStringLiteral("VP, Sales"),          QStringLiteral("\"Chief\" Officer"),
                                QStringLiteral("line one\nline two"), QStringLiteral("crlf\r\ninside"),
                                QStringLiteral("trailing comma,"),    QStringLiteral(",\",\"\n\r")};
    QList<QJsonObject> users;
    for (int i = 0; i < titles.size(); ++i) {
        QJsonObject u = ExportTest::user(QString::number(1000 + i), QStringLiteral("Ann"), QStringLiteral("Lee"));
        u.insert(QStringLiteral("title"), titles[i]);
        users.append(u);
    }
    ExportTest::fill(&d, users);
    CsvWriter w;
    w.setByteOrderMark(false);
    w.setColumns({QStringLiteral("id"), QStringLiteral("title")});
    const QByteArray out = ExportTest::write(w, d, ExportTest::allRows(d));
    QVERIFY(!out.isEmpty());
    QList<QStringList> records;
    QString error;
    QVERIFY2(parseCsv(out, &records, &error), qPrintable(error));
    QCOMPARE(records.size(), titles.size() + 1);
    QCOMPARE(records[0], QStringList({QStringLiteral("id"), QStringLiteral("title")}));
    for (int i = 0; i < titles.size(); ++i) {
        QCOMPARE(records[i + 1].size(), 2);
        QCOMPARE(records[i + 1][0], QString::number(1000 + i));
        QCOMPARE(records[i + 1][1], titles[i]);
    }
}

void TestCsvWriter::crlfAndBom()
{
    Directory d;
    ExportTest::fill(&d, {ExportTest::user(QStringLiteral("1"), QStringLiteral("Ann"), QStringLiteral("Lee")),
                          ExportTest::user(QStringLiteral("2"), QStringLiteral("Bo"), QStringLiteral("Ng"))});
    CsvWriter w;
    w.setColumns({QStringLiteral("firstName"), QStringLiteral("lastName")});
    const QByteArray withBom = ExportTest::write(w, d, ExportTest::allRows(d));
    QVERIFY(withBom.startsWith(Bom));
    QCOMPARE(withBom, Bom + "firstName,lastName\r\nAnn,Lee\r\nBo,Ng\r\n");

    w.setByteOrderMark(false);
    const QByteArray without = ExportTest::write(w, d, ExportTest::allRows(d));
    QCOMPARE(without, QByteArray("firstName,lastName\r\nAnn,Lee\r\nBo,Ng\r\n"));
    // Every line break is a CRLF.
    QCOMPARE(without.count("\n"), without.count("\r\n"));
}

void TestCsvWriter::formulaInjection_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<FormulaGuard>("guard");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char* name, const QString& cell, FormulaGuard guard, const QString& expected) {
        QTest::newRow(name) << cell << guard << expected;
    };
    const FormulaGuard Auto = FormulaGuard::Auto;
    const FormulaGuard Always = FormulaGuard::Always;
    const FormulaGuard Never = FormulaGuard::Never;
    // What could run something is guarded under both rules.
    for (FormulaGuard g : {Auto, Always}) {
        const QString rule = g == Auto ? u" auto"_s : u" always"_s;
        const auto both = [&](const char* name, const QString& cell, const QString& expected) {
            QTest::newRow(qPrintable(QLatin1String(name) + rule)) << cell << g << expected;
        };
        both("=", u"=HYPERLINK(\"http://evil\",\"x\")"_s, u"'=HYPERLINK(\"http://evil\",\"x\")"_s);
        both("+ then a command", u"+1+cmd|' /C calc'!A0"_s, u"'+1+cmd|' /C calc'!A0"_s);
        both("- then a sum", u"-2+3"_s, u"'-2+3"_s);
        both("+ then a name", u"+Mallory"_s, u"'+Mallory"_s);
        both("- then a function", u"-SUM(A1)"_s, u"'-SUM(A1)"_s);
        both("+ alone", u"+"_s, u"'+"_s);
        both("- and brackets only", u"-()"_s, u"'-()"_s);
        both("@", u"@SUM(1+1)"_s, u"'@SUM(1+1)"_s);
        both("@ then digits", u"@123"_s, u"'@123"_s);
        both("tab", u"\t=1"_s, u"'\t=1"_s);
        both("tab then digits", u"\t12"_s, u"'\t12"_s);
        both("cr", u"\r=1"_s, u"'\r=1"_s);
        both("fullwidth =", u"\uFF1D1+1"_s, u"'\uFF1D1+1"_s);
        both("fullwidth + then a name", u"\uFF0BA1"_s, u"'\uFF0BA1"_s);
        both("phone with a letter", u"+1 212 555 0143 x12"_s, u"'+1 212 555 0143 x12"_s);
        both("fullwidth digits", u"+\uFF11\uFF12"_s, u"'+\uFF11\uFF12"_s);
        both("plain", u"Ann"_s, u"Ann"_s);
        both("inner =", u"a=b"_s, u"a=b"_s);
        both("inner -", u"Jean-Luc"_s, u"Jean-Luc"_s);
        both("empty", QString(), QString());
        both("already quoted", u"'=1"_s, u"'=1"_s);
        both("digits", u"4155550143"_s, u"4155550143"_s);
    }
    // Phone numbers and numbers pass by default; OWASP's strict rule guards them too.
    row("phone auto", u"+91 80 6629 9439"_s, Auto, u"+91 80 6629 9439"_s);
    row("phone always", u"+91 80 6629 9439"_s, Always, u"'+91 80 6629 9439"_s);
    row("phone with brackets auto", u"+1 (212) 555-0143"_s, Auto, u"+1 (212) 555-0143"_s);
    row("phone with dots auto", u"+49.30.1234/56"_s, Auto, u"+49.30.1234/56"_s);
    row("negative number auto", u"-42"_s, Auto, u"-42"_s);
    row("negative decimal auto", u"-3.5"_s, Auto, u"-3.5"_s);
    row("negative number always", u"-42"_s, Always, u"'-42"_s);
    row("fullwidth + phone auto", u"\uFF0B44 20 7946 0958"_s, Auto, u"\uFF0B44 20 7946 0958"_s);
    // Never: cells as they are.
    row("= never", u"=1+1"_s, Never, u"=1+1"_s);
    row("@ never", u"@SUM(1)"_s, Never, u"@SUM(1)"_s);
    row("phone never", u"+91 80 6629 9439"_s, Never, u"+91 80 6629 9439"_s);
}

void TestCsvWriter::formulaInjection()
{
    QFETCH(QString, cell);
    QFETCH(FormulaGuard, guard);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::neutraliseFormula(cell, guard), expected);
}

void TestCsvWriter::phoneNumbersPassByDefault()
{
    Directory d;
    QJsonObject u = ExportTest::user(QStringLiteral("1"), QStringLiteral("Ann"), QStringLiteral("Lee"));
    u.insert(QStringLiteral("phoneNumber"), QStringLiteral("+91 80 6629 9439"));
    u.insert(QStringLiteral("title"), QStringLiteral("=HYPERLINK(\"http://evil\")"));
    ExportTest::fill(&d, {u});
    const QStringList columns = {QStringLiteral("phoneNumber"), QStringLiteral("title")};
    const auto csv = [&](FormulaGuard guard) {
        ExportOptions options;
        options.byteOrderMark = false;
        options.formulaGuard = guard;
        const std::unique_ptr<ExportWriter> w = ExportWriter::create(ExportFormat::Csv, options);
        w->setColumns(columns);
        return ExportTest::write(*w, d, {0});
    };
    QCOMPARE(csv(FormulaGuard::Auto),
             QByteArray("phoneNumber,title\r\n+91 80 6629 9439,\"'=HYPERLINK(\"\"http://evil\"\")\"\r\n"));
    QCOMPARE(csv(FormulaGuard::Always),
             QByteArray("phoneNumber,title\r\n'+91 80 6629 9439,\"'=HYPERLINK(\"\"http://evil\"\")\"\r\n"));
    QCOMPARE(csv(FormulaGuard::Never),
             QByteArray("phoneNumber,title\r\n+91 80 6629 9439,\"=HYPERLINK(\"\"http://evil\"\")\"\r\n"));
}

void TestCsvWriter::headerFromOptions()
{
    Directory d;
    ExportTest::fill(&d, {ExportTest::user(QStringLiteral("1"), QStringLiteral("Ann"), QStringLiteral("Lee"))});
    ExportOptions options;
    options.byteOrderMark = false;
    const QStringList columns = {QStringLiteral("fullName"), QStringLiteral("emailAddress")};
    std::unique_ptr<ExportWriter> w = ExportWriter::create(ExportFormat::Csv, options);
    w->setColumns(columns);
    QVERIFY(ExportTest::write(*w, d, {0}).startsWith("fullName,emailAddress\r\n"));
    options.csvHeader = CsvHeader::Titles;
    w = ExportWriter::create(ExportFormat::Csv, options);
    w->setColumns(columns);
    QVERIFY(ExportTest::write(*w, d, {0}).startsWith("Name,Email\r\n"));
}

void TestCsvWriter::hostileNamesAndTitlesAreNeutralisedInTheFile()
{
    Directory d;
    QJsonObject a = ExportTest::user(QStringLiteral("1"), QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("X"));
    a.insert(QStringLiteral("title"), QStringLiteral("@SUM(A1:A9)"));
    QJsonObject b = ExportTest::user(QStringLiteral("2"), QStringLiteral("Eve"), QStringLiteral("Mallory"), "1");
    b.insert(QStringLiteral("title"), QStringLiteral("-1+1,=2"));
    b.insert(QStringLiteral("firstName"), QJsonValue()); // no first name: the last name starts the full name
    b.insert(QStringLiteral("lastName"), QStringLiteral("+Mallory"));
    QJsonObject c = ExportTest::user(QStringLiteral("3"), QStringLiteral("\tTab"), QStringLiteral("Lead"));
    c.insert(QStringLiteral("title"), QStringLiteral("\r\nstarts with CR"));
    ExportTest::fill(&d, {a, b, c});
    CsvWriter w;
    w.setByteOrderMark(false);
    w.setColumns({QStringLiteral("fullName"), QStringLiteral("firstName"), QStringLiteral("lastName"),
                  QStringLiteral("title"), QStringLiteral("managerName"), QStringLiteral("managerChain")});
    const QByteArray out = ExportTest::write(w, d, ExportTest::allRows(d));
    QList<QStringList> records;
    QString error;
    QVERIFY2(parseCsv(out, &records, &error), qPrintable(error));
    QCOMPARE(records.size(), 4);
    const QStringList ra = records[1];
    QCOMPARE(ra[0], QStringLiteral("'=cmd|' /C calc'!A0 X"));
    QCOMPARE(ra[1], QStringLiteral("'=cmd|' /C calc'!A0"));
    QCOMPARE(ra[3], QStringLiteral("'@SUM(A1:A9)"));
    const QStringList rb = records[2];
    QCOMPARE(rb[0], QStringLiteral("'+Mallory"));
    QCOMPARE(rb[1], QString());
    QCOMPARE(rb[2], QStringLiteral("'+Mallory"));
    QCOMPARE(rb[3], QStringLiteral("'-1+1,=2"));
    // Derived cells built from a hostile manager name are neutralised too.
    QCOMPARE(rb[4], QStringLiteral("'=cmd|' /C calc'!A0 X"));
    QCOMPARE(rb[5], QStringLiteral("'=cmd|' /C calc'!A0 X"));
    const QStringList rc = records[3];
    QCOMPARE(rc[0], QStringLiteral("'\tTab Lead"));
    QCOMPARE(rc[3], QStringLiteral("'\r\nstarts with CR"));
    // No cell of the file starts a formula.
    for (const QStringList& r : std::as_const(records)) {
        for (const QString& cell : r) {
            if (!cell.isEmpty())
                QVERIFY2(!QStringLiteral("=+-@\t\r").contains(cell.at(0)), qPrintable(cell));
        }
    }
}

void TestCsvWriter::listsJoinedWithSemicolonSpace()
{
    Directory d;
    QJsonObject u = ExportTest::user(QStringLiteral("1"), QStringLiteral("Ann"), QStringLiteral("Lee"));
    u.insert(QStringLiteral("emailAliases"), QJsonArray{QStringLiteral("a@x.com"), QStringLiteral("b@x.com")});
    u.insert(QStringLiteral("personalMeetingUrls"),
             QJsonArray{QStringLiteral("https://zoom.us/j/1"), QStringLiteral("https://meet.example/a,b")});
    u.insert(
        QStringLiteral("spokenLanguages"),
        QJsonArray{
            QJsonObject{{QStringLiteral("language"), QStringLiteral("en-US")}, {QStringLiteral("primary"), false}},
            QJsonObject{{QStringLiteral("language"), QStringLiteral("es-ES")}, {QStringLiteral("primary"), true}}});
    ExportTest::fill(&d, {u});
    CsvWriter w;
    w.setByteOrderMark(false);
    w.setHeader(CsvWriter::Header::None);
    w.setColumns({QStringLiteral("emailAliases"), QStringLiteral("personalMeetingUrls"), QStringLiteral("languages"),
                  QStringLiteral("primaryLanguage")});
    QCOMPARE(UserColumns::listSeparator(), QStringLiteral("; "));
    QCOMPARE(ExportTest::write(w, d, {0}),
             QByteArray("a@x.com; b@x.com,\"https://zoom.us/j/1; https://meet.example/a,b\",en-US; es-ES,es-ES\r\n"));
}

void TestCsvWriter::emptyFieldsAndUnicode()
{
    Directory d;
    QJsonObject u{{QStringLiteral("id"), QStringLiteral("98765432109876543210")},
                  {QStringLiteral("firstName"), QStringLiteral("Zoë")},
                  {QStringLiteral("lastName"), QStringLiteral("Ødegård-山田 😀")},
                  {QStringLiteral("title"), QJsonValue()},
                  {QStringLiteral("phoneNumber"), QString()}};
    ExportTest::fill(&d, {u});
    CsvWriter w;
    w.setByteOrderMark(false);
    w.setHeader(CsvWriter::Header::None);
    w.setColumns({QStringLiteral("id"), QStringLiteral("fullName"), QStringLiteral("title"),
                  QStringLiteral("phoneNumber"), QStringLiteral("emailAddress"), QStringLiteral("managerName")});
    const QByteArray out = ExportTest::write(w, d, {0});
    // The 20-digit id is text, never a rounded number; empty cells stay empty.
    QCOMPARE(out, QStringLiteral("98765432109876543210,Zoë Ødegård-山田 😀,,,,\r\n").toUtf8());
}

void TestCsvWriter::derivedColumns()
{
    Directory d;
    ExportTest::fill(&d, {ExportTest::user(QStringLiteral("3"), QStringLiteral("Cy"), QStringLiteral("Report"), "2"),
                          ExportTest::user(QStringLiteral("1"), QStringLiteral("Ann"), QStringLiteral("Top")),
                          ExportTest::user(QStringLiteral("2"), QStringLiteral("Bo"), QStringLiteral("Mid"), "1"),
                          ExportTest::user(QStringLiteral("4"), QStringLiteral("Di"), QStringLiteral("Other"), "2")});
    CsvWriter w;
    w.setByteOrderMark(false);
    w.setColumns({QStringLiteral("id"), QStringLiteral("managerName"), QStringLiteral("managerEmail"),
                  QStringLiteral("managerChain"), QStringLiteral("directReports"), QStringLiteral("totalReports")});
    const QByteArray out = ExportTest::write(w, d, {1, 2, 0});
    QCOMPARE(out, QStringLiteral("id,managerName,managerEmail,managerChain,directReports,totalReports\r\n"
                                 "1,,,,1,3\r\n"
                                 "2,Ann Top,ann.top@example.com,Ann Top,2,2\r\n"
                                 "3,Bo Mid,bo.mid@example.com,Ann Top › Bo Mid,0,0\r\n")
                      .toUtf8());
}

void TestCsvWriter::booleansAndHeaderStyles()
{
    Directory d;
    QJsonObject u = ExportTest::user(QStringLiteral("1"), QStringLiteral("Ann"), QStringLiteral("Lee"));
    u.insert(QStringLiteral("settings"),
             QJsonObject{{QStringLiteral("emailsImported"), false}, {QStringLiteral("gongConnectEnabled"), true}});
    ExportTest::fill(&d, {u});
    CsvWriter w;
    w.setByteOrderMark(false);
    w.setColumns({QStringLiteral("active"), QStringLiteral("settings.emailsImported"),
                  QStringLiteral("settings.gongConnectEnabled"), QStringLiteral("settings.preventEmailImport")});
    QCOMPARE(ExportTest::write(w, d, {0}),
             QByteArray("active,settings.emailsImported,settings.gongConnectEnabled,settings.preventEmailImport\r\n"
                        "true,false,true,\r\n"));
    w.setHeader(CsvWriter::Header::Titles);
    w.setValues(CsvWriter::Values::Display);
    QCOMPARE(ExportTest::write(w, d, {0}),
             QByteArray("Status,Emails imported,Gong Connect enabled,Prevents email import\r\nActive,Off,On,\r\n"));
}

void TestCsvWriter::emptySelectionWritesHeaderOnly()
{
    Directory d;
    CsvWriter w;
    w.setColumns({QStringLiteral("id"), QStringLiteral("emailAddress")});
    QCOMPARE(ExportTest::write(w, d, {}), Bom + "id,emailAddress\r\n");
}

void TestCsvWriter::unknownColumnFails()
{
    Directory d;
    ExportTest::fill(&d, {ExportTest::user(QStringLiteral("1"), QStringLiteral("Ann"), QStringLiteral("Lee"))});
    CsvWriter w;
    w.setColumns({QStringLiteral("id"), QStringLiteral("shoeSize")});
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(!w.write(d, {0}, &buffer));
    QVERIFY2(w.errorString().contains(QStringLiteral("shoeSize")), qPrintable(w.errorString()));
    QVERIFY(buffer.data().isEmpty());
    // Keys are matched case-insensitively, as the CLI accepts them.
    w.setColumns({QStringLiteral("EMAILADDRESS")});
    QVERIFY(w.write(d, {0}, &buffer));
}

void TestCsvWriter::tsvDialect()
{
    Directory d;
    QJsonObject u = ExportTest::user(QStringLiteral("1"), QStringLiteral("Ann"), QStringLiteral("Lee"));
    u.insert(QStringLiteral("title"), QStringLiteral("Head, \"Ops\"\tand\nmore"));
    QJsonObject v = ExportTest::user(QStringLiteral("2"), QStringLiteral("=Bad"), QStringLiteral("Guy"));
    ExportTest::fill(&d, {u, v});
    CsvWriter w;
    w.setDialect(CsvWriter::Dialect::Tsv);
    w.setByteOrderMark(false);
    w.setHeader(CsvWriter::Header::Titles);
    w.setColumns({QStringLiteral("fullName"), QStringLiteral("title")});
    QCOMPARE(ExportTest::write(w, d, ExportTest::allRows(d)),
             QByteArray("Name\tTitle\r\nAnn Lee\tHead, \"Ops\" and more\r\n'=Bad Guy\t\r\n"));
}

void TestCsvWriter::cancel()
{
    Directory d;
    QList<QJsonObject> users;
    for (int i = 0; i < 3000; ++i)
        users.append(ExportTest::user(QString::number(i + 1), QStringLiteral("P%1").arg(i), QStringLiteral("Q")));
    ExportTest::fill(&d, users);
    CsvWriter w;
    w.setColumns(UserColumns::defaultVisibleKeys());
    QList<qint64> seen;
    w.setProgressHandler([&](qint64 written, qint64 total) {
        QCOMPARE(total, qint64(3000));
        seen.append(written);
        if (written >= 1024)
            w.cancel();
    });
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(!w.write(d, ExportTest::allRows(d), &buffer));
    QVERIFY(w.isCancelled());
    QCOMPARE(seen, QList<qint64>({512, 1024}));
    QVERIFY(!w.errorString().isEmpty());
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
