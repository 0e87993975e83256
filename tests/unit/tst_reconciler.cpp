// SPDX-License-Identifier: MIT
// Reconciler (values against addresses, ids and names) and ReconcileInput (lines, CSV, header and column) with
// hand-computed expectations.
#include "audit/reconcileinput.h"
#include "audit/reconciler.h"
#include "directory/directory.h"
#include "healthpeople.h"

#include <QStringEncoder>
#include <QTest>

using HealthPeople::person;
using Status = Reconciler::Status;
using By = Reconciler::MatchedBy;

namespace {
User named(const char* id, const char* first, const char* last, const char* email, const QJsonObject& more = {})
{
    QJsonObject fields = more;
    fields.insert(QStringLiteral("firstName"), QString::fromUtf8(first));
    fields.insert(QStringLiteral("lastName"), QString::fromUtf8(last));
    fields.insert(QStringLiteral("emailAddress"), QString::fromUtf8(email));
    if (!fields.contains(QStringLiteral("trustedEmailAddress")))
        fields.insert(QStringLiteral("trustedEmailAddress"), QString::fromUtf8(email));
    return person(QLatin1String(id), {}, fields);
}

QJsonObject aliases(std::initializer_list<const char*> list)
{
    QJsonArray a;
    for (const char* alias : list)
        a.append(QLatin1String(alias));
    return QJsonObject{{QStringLiteral("emailAliases"), a}};
}
} // namespace

class TestReconciler : public QObject
{
    Q_OBJECT

    Directory m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        m_dir.upsert({
            named("1", "Ana", "Ortiz", "ana.ortiz@acme.com", aliases({"aortiz@acme.com"})),
            named("2", "José", "Álvarez", "jose.alvarez@acme.com", {{QStringLiteral("active"), false}}),
            named("3", "Ben", "Li", "ben@acme.com", aliases({"sales@acme.com"})),
            named("4", "Cara", "Li", "cara@acme.com", aliases({"Sales@Acme.com"})),
            named("5", "Dan", "Ng", "dan@acme.com",
                  {{QStringLiteral("trustedEmailAddress"), QStringLiteral("dan@legacy.com")}}),
            named("6", "Ana", "Ortiz", "ana.o@acme.com"),
            named("7", "Lee", "Park", "lee@acme.com", {{QStringLiteral("active"), QJsonValue()}}),
            named("8", "Émile", "Zola", "emile@acme.com"),
            named("9", "Ida", "Nine", "ida@acme.com"),
            named("10", "Ten", "Odd", "9"),
            named("16", "Eve", "Ng", "eve@acme.com"),
            named("17", "Otto", "Alias", "otto@acme.com", aliases({"eve ng"})),
        });
    }

    void matches_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("matchedBy");
        QTest::addColumn<QStringList>("ids");
        const auto row = [](const char* tag, const QString& value, Status s, By by, QStringList ids) {
            QTest::newRow(tag) << value << int(s) << int(by) << ids;
        };
        const auto one = [](const char* id) { return QStringList{QLatin1String(id)}; };
        row("primary, any case", QStringLiteral("ANA.ORTIZ@ACME.COM"), Status::Active, By::EmailAddress, one("1"));
        row("alias, mailto and spaces", QStringLiteral("  mailto:aortiz@acme.com "), Status::Active, By::EmailAliases,
            one("1"));
        row("trusted", QStringLiteral("MAILTO:dan@legacy.com"), Status::Active, By::TrustedEmailAddress, one("5"));
        row("inactive", QStringLiteral("jose.alvarez@acme.com"), Status::Inactive, By::EmailAddress, one("2"));
        row("unknown status is not active", QStringLiteral("lee@acme.com"), Status::Inactive, By::EmailAddress,
            one("7"));
        row("shared alias", QStringLiteral("sales@acme.com"), Status::Ambiguous, By::EmailAliases,
            (QStringList{QStringLiteral("3"), QStringLiteral("4")}));
        row("id", QStringLiteral("3"), Status::Active, By::Id, one("3"));
        row("id with spaces", QStringLiteral(" 7 "), Status::Inactive, By::Id, one("7"));
        row("id of one, address of another", QStringLiteral("9"), Status::Ambiguous, By::EmailAddress,
            (QStringList{QStringLiteral("9"), QStringLiteral("10")}));
        row("name", QStringLiteral("ben li"), Status::Active, By::Name, one("3"));
        row("namesakes", QStringLiteral("Ana Ortiz"), Status::Ambiguous, By::Name,
            (QStringList{QStringLiteral("1"), QStringLiteral("6")}));
        row("name without accents", QStringLiteral("emile zola"), Status::Active, By::Name, one("8"));
        row("name, capitals and two spaces", QStringLiteral("ÉMILE  ZOLA"), Status::Active, By::Name, one("8"));
        // An address matches first: the name of 16 is not looked at.
        row("address before name", QStringLiteral("Eve Ng"), Status::Active, By::EmailAliases, one("17"));
        row("not found", QStringLiteral("nobody@acme.com"), Status::NotFound, By::None, QStringList());
        // Accents are not folded in addresses: a different address.
        row("accented address", QStringLiteral("josé.alvarez@acme.com"), Status::NotFound, By::None, QStringList());
        row("mailto alone", QStringLiteral("mailto:"), Status::NotFound, By::None, QStringList());
        row("substring is no match", QStringLiteral("acme.com"), Status::NotFound, By::None, QStringList());
    }

    void matches()
    {
        QFETCH(QString, value);
        QFETCH(int, status);
        QFETCH(int, matchedBy);
        QFETCH(QStringList, ids);
        const Reconciler reconciler(m_dir);
        const Reconciler::Result r = reconciler.match(value);
        QCOMPARE(r.input, value);
        QCOMPARE(Reconciler::statusKey(r.status), Reconciler::statusKey(Status(status)));
        QCOMPARE(Reconciler::matchedByKey(r.matchedBy), Reconciler::matchedByKey(By(matchedBy)));
        QCOMPARE(HealthPeople::idsOf(m_dir, r.rows), ids);
    }

    void recordsAndCounts()
    {
        const Reconciler reconciler(m_dir);
        const QList<Reconciler::Result> results =
            reconciler.matchAll({QStringLiteral(" Ana.Ortiz@acme.com"), QStringLiteral("sales@acme.com"),
                                 QStringLiteral("nobody"), QStringLiteral("2"), QStringLiteral("=cmd")});
        QCOMPARE(Reconciler::tableHeader(),
                 (QStringList{QStringLiteral("input"), QStringLiteral("status"), QStringLiteral("matchedBy"),
                              QStringLiteral("id"), QStringLiteral("fullName"), QStringLiteral("emailAddress")}));
        QCOMPARE(Reconciler::tableRow(m_dir, results[0]),
                 (QStringList{QStringLiteral(" Ana.Ortiz@acme.com"), QStringLiteral("active"),
                              QStringLiteral("emailAddress"), QStringLiteral("1"), QStringLiteral("Ana Ortiz"),
                              QStringLiteral("ana.ortiz@acme.com")}));
        QCOMPARE(Reconciler::tableRow(m_dir, results[1]),
                 (QStringList{QStringLiteral("sales@acme.com"), QStringLiteral("ambiguous"),
                              QStringLiteral("emailAliases"), QString(), QString(), QString()}));
        QCOMPARE(Reconciler::tableRow(m_dir, results[2]),
                 (QStringList{QStringLiteral("nobody"), QStringLiteral("not-found"), QString(), QString(), QString(),
                              QString()}));
        QCOMPARE(Reconciler::tableRow(m_dir, results[3]).mid(0, 5),
                 (QStringList{QStringLiteral("2"), QStringLiteral("inactive"), QStringLiteral("id"),
                              QStringLiteral("2"), QStringLiteral("José Álvarez")}));
        const Reconciler::Counts c = Reconciler::count(results);
        QCOMPARE(c.of(Reconciler::Status::Active), 1);
        QCOMPARE(c.of(Reconciler::Status::Inactive), 1);
        QCOMPARE(c.of(Reconciler::Status::NotFound), 2);
        QCOMPARE(c.of(Reconciler::Status::Ambiguous), 1);
        QCOMPARE(c.total(), 5);
    }

    void lines()
    {
        QCOMPARE(ReconcileInput::lines(QStringLiteral("a@x.com\r\n\r\n  \n  b@x.com \nc")),
                 (QStringList{QStringLiteral("a@x.com"), QStringLiteral("  b@x.com "), QStringLiteral("c")}));
        QCOMPARE(ReconcileInput::lines(QStringLiteral("one\rtwo\n")),
                 (QStringList{QStringLiteral("one"), QStringLiteral("two")}));
        QVERIFY(ReconcileInput::lines(QString()).isEmpty());
    }

    void decodes()
    {
        QCOMPARE(ReconcileInput::decode(QByteArray("\xEF\xBB\xBFJos\xC3\xA9\n")), QStringLiteral("José\n"));
        QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        const QByteArray wide = utf16.encode(QStringLiteral("name\temail\nJosé\tj@x.com\n"));
        QCOMPARE(ReconcileInput::decode(wide), QStringLiteral("name\temail\nJosé\tj@x.com\n"));
        QCOMPARE(ReconcileInput::decode(QByteArray("Jos\xE9")), QStringLiteral("José")); // Latin-1
    }

    void csv()
    {
        using namespace ReconcileInput;
        QVERIFY(detectDelimiter(QStringLiteral("a@x.com\nb@x.com\n")).isNull());
        QCOMPARE(detectDelimiter(QStringLiteral("name,email\nAna,a@x.com\nBen,b@x.com\n")), QLatin1Char(','));
        QCOMPARE(detectDelimiter(QStringLiteral("name;email\nAna;a@x.com\n")), QLatin1Char(';'));
        QCOMPARE(detectDelimiter(QStringLiteral("name\temail\nAna\ta@x.com\n")), QLatin1Char('\t'));
        // A comma in one name of a plain list does not make it a CSV.
        QVERIFY(detectDelimiter(QStringLiteral("Ana Ortiz\n\"Li, Ben\"\nCara Li\nDan Ng\n")).isNull());

        const Table t =
            parseCsv(QStringLiteral("Name,E-mail,Notes\r\n\"Ortiz, Ana\",ana@x.com,\"said \"\"hi\"\"\nbye\"\r\n"
                                    "\r\nBen,ben@x.com,\n,,\nCara,,x\n"));
        QCOMPARE(t.delimiter, QLatin1Char(','));
        QVERIFY(t.headerDetected);
        QCOMPARE(t.rows.size(), 4); // blank records dropped
        QCOMPARE(t.rows[1], (QStringList{QStringLiteral("Ortiz, Ana"), QStringLiteral("ana@x.com"),
                                         QStringLiteral("said \"hi\"\nbye")}));
        QCOMPARE(guessColumn(t), 1);
        QCOMPARE(columnNamed(t, QStringLiteral(" e-MAIL ")), 1);
        QCOMPARE(columnNamed(t, QStringLiteral("phone")), -1);
        QCOMPARE(column(t, 1, true), (QStringList{QStringLiteral("ana@x.com"), QStringLiteral("ben@x.com")}));
        QCOMPARE(column(t, 0, true),
                 (QStringList{QStringLiteral("Ortiz, Ana"), QStringLiteral("Ben"), QStringLiteral("Cara")}));

        // No header: the first row has an address.
        const Table data = parseCsv(QStringLiteral("Ana,ana@x.com\nBen,ben@x.com\n"));
        QVERIFY(!data.headerDetected);
        QCOMPARE(column(data, guessColumn(data), false).size(), 2);
        // Ids: the numbers' column.
        const Table ids = parseCsv(QStringLiteral("who;gong id\nAna;123456789\nBen;987654321\n"));
        QVERIFY(ids.headerDetected);
        QCOMPARE(guessColumn(ids), 1);
    }
};

QTEST_GUILESS_MAIN(TestReconciler)
#include "tst_reconciler.moc"
