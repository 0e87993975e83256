// SPDX-License-Identifier: MIT
// VCardWriter: the output is parsed back by an independent RFC 6350 reader (unfold, split
// properties and parameters, unescape) and checked field by field, for users with commas,
// semicolons, backslashes, newlines and long non-ASCII names.
#include "export/vcardwriter.h"
#include "exportparsers.h"
#include "exporttestsupport.h"

#include "demo/demoorggenerator.h"

#include <QJsonArray>
#include <QStringDecoder>
#include <QTest>
#include <QUuid>

namespace {
using ExportParsers::Card;
using ExportParsers::Property;
using ExportParsers::props;
using ExportParsers::splitUnescaped;
using ExportParsers::text;
using ExportParsers::unescape;

// Parses a vCard stream; fails the test on any violation of the line rules.
QList<Card> parseVCards(const QByteArray& bytes)
{
    QList<Card> cards;
    QString error;
    [&] { QVERIFY2(ExportParsers::parseVCards(bytes, &cards, &error), qPrintable(error)); }();
    return cards;
}
} // namespace

class TestVCardWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapeText_data();
    void escapeText();
    void foldingNeverSplitsUtf8();
    void hostileUsersRoundTrip();
    void phoneNumbers();
    void uidIsStableAndDerivedFromTheId();
    void wholeDemoDirectoryParses();
};

void TestVCardWriter::escapeText_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("plain") << "Ann"
                           << "Ann";
    QTest::newRow("comma") << "a,b"
                           << "a\\,b";
    QTest::newRow("semicolon") << "a;b"
                               << "a\\;b";
    QTest::newRow("backslash") << "a\\b"
                               << "a\\\\b";
    QTest::newRow("lf") << "a\nb"
                        << "a\\nb";
    QTest::newRow("crlf") << "a\r\nb"
                          << "a\\nb";
    QTest::newRow("cr") << "a\rb"
                        << "a\\nb";
    QTest::newRow("control") << QStringLiteral("a\x01"
                                               "b")
                             << "ab";
    QTest::newRow("colon stays") << "a:b"
                                 << "a:b";
}

void TestVCardWriter::escapeText()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(VCardWriter::escapeText(in), out);
    QCOMPARE(unescape(out), QString(in)
                                .replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
                                .replace(QLatin1Char('\r'), QLatin1Char('\n'))
                                .remove(QChar(1)));
}

void TestVCardWriter::foldingNeverSplitsUtf8()
{
    // 1-, 2-, 3- and 4-octet characters at every offset against the 75/74-octet limits.
    const QStringList pieces = {QStringLiteral("a"), QStringLiteral("é"), QStringLiteral("山"), QStringLiteral("😀")};
    for (int prefix = 0; prefix < 8; ++prefix) {
        for (const QString& piece : pieces) {
            const QString value = QString(prefix, QLatin1Char('x')) + piece.repeated(97);
            const QByteArray line = ("FN:" + value).toUtf8();
            const QByteArray folded = VCardWriter::foldLine(line);
            const QList<QByteArray> parts = folded.split('\n');
            QByteArray unfolded;
            for (int i = 0; i < parts.size(); ++i) {
                QByteArray part = parts[i];
                if (part.endsWith('\r'))
                    part.chop(1);
                QVERIFY(part.size() <= 75);
                if (i > 0) {
                    QVERIFY(part.startsWith(' '));
                    part = part.mid(1);
                }
                QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
                const QString s = decoder(part);
                QVERIFY2(!decoder.hasError(), part.toHex().constData());
                QVERIFY(!s.isEmpty());
                unfolded += part;
            }
            QCOMPARE(unfolded, line);
        }
    }
    // Short lines are left alone.
    QCOMPARE(VCardWriter::foldLine("FN:Ann"), QByteArray("FN:Ann"));
    const QByteArray exactly75(75, 'x');
    QCOMPARE(VCardWriter::foldLine(exactly75), exactly75);
}

void TestVCardWriter::hostileUsersRoundTrip()
{
    QJsonObject boss = ExportTest::user(QStringLiteral("100"), QStringLiteral("Grace"), QStringLiteral("O'Boss, Jr."));
    boss.insert(QStringLiteral("emailAddress"), QStringLiteral("grace@example.com"));
    const QString longFirst = QStringLiteral("Παρασκευή-Αικατερίνη 山田花子 Ødegård-Łukasiewicz 😀");
    const QString longLast = QStringLiteral("Nguyễn-Чайковская de la Peña y Müller-Lüdenscheidt");
    QJsonObject a{
        {QStringLiteral("id"), QStringLiteral("12345678901234567890")},
        {QStringLiteral("firstName"), longFirst},
        {QStringLiteral("lastName"), longLast},
        {QStringLiteral("emailAddress"), QStringLiteral("p.n@example.com")},
        {QStringLiteral("emailAliases"),
         QJsonArray{QStringLiteral("pn@example.com"), QStringLiteral("p.nguyen@example.org")}},
        {QStringLiteral("title"), QStringLiteral("VP, Sales; EMEA\\APAC\nInterim (acting)")},
        {QStringLiteral("phoneNumber"), QStringLiteral("+1 123-567-8989")},
        {QStringLiteral("extension"), QStringLiteral("123")},
        {QStringLiteral("personalMeetingUrls"),
         QJsonArray{QStringLiteral("https://zoom.us/j/123"), QStringLiteral("https://meet.example/a,b;c")}},
        {QStringLiteral("spokenLanguages"),
         QJsonArray{
             QJsonObject{{QStringLiteral("language"), QStringLiteral("en-US")}, {QStringLiteral("primary"), false}},
             QJsonObject{{QStringLiteral("language"), QStringLiteral("vi-VN")}, {QStringLiteral("primary"), true}}}},
        {QStringLiteral("managerId"), QStringLiteral("100")}};
    QJsonObject b{{QStringLiteral("id"), QStringLiteral("7")},
                  {QStringLiteral("firstName"), QStringLiteral("Semi;Colon")},
                  {QStringLiteral("lastName"), QStringLiteral("Comma,Back\\slash")},
                  {QStringLiteral("emailAddress"), QStringLiteral("sc@example.com")}};
    QJsonObject c{{QStringLiteral("id"), QStringLiteral("8")},
                  {QStringLiteral("emailAddress"), QStringLiteral("x@y.z")}};
    Directory d;
    ExportTest::fill(&d, {boss, a, b, c});

    VCardWriter w;
    const QByteArray out = ExportTest::write(w, d, {1, 2, 3});
    const QList<Card> cards = parseVCards(out);
    QCOMPARE(cards.size(), 3);

    const Card& ca = cards[0];
    QCOMPARE(ca.first().name, QStringLiteral("VERSION"));
    QCOMPARE(ca.first().rawValue, QStringLiteral("4.0"));
    QCOMPARE(text(ca, QStringLiteral("FN")), longFirst + QLatin1Char(' ') + longLast);
    const QStringList n = splitUnescaped(props(ca, QStringLiteral("N")).value(0).rawValue, QLatin1Char(';'));
    QCOMPARE(n.size(), 5);
    QCOMPARE(unescape(n[0]), longLast);
    QCOMPARE(unescape(n[1]), longFirst);
    QCOMPARE(text(ca, QStringLiteral("TITLE")), QStringLiteral("VP, Sales; EMEA\\APAC\nInterim (acting)"));
    const QList<Property> emails = props(ca, QStringLiteral("EMAIL"));
    QCOMPARE(emails.size(), 3);
    QCOMPARE(unescape(emails[0].rawValue), QStringLiteral("p.n@example.com"));
    QVERIFY(emails[0].params.contains(QStringLiteral("PREF=1")));
    QCOMPARE(unescape(emails[1].rawValue), QStringLiteral("pn@example.com"));
    QCOMPARE(unescape(emails[2].rawValue), QStringLiteral("p.nguyen@example.org"));
    QVERIFY(!emails[1].params.contains(QStringLiteral("PREF=1")));
    const QList<Property> tel = props(ca, QStringLiteral("TEL"));
    QCOMPARE(tel.size(), 1);
    QVERIFY(tel[0].params.contains(QStringLiteral("VALUE=uri")));
    QCOMPARE(tel[0].rawValue, QStringLiteral("tel:+1-123-567-8989;ext=123"));
    const QList<Property> langs = props(ca, QStringLiteral("LANG"));
    QCOMPARE(langs.size(), 2);
    QCOMPARE(langs[0].rawValue, QStringLiteral("en-US"));
    QVERIFY(langs[0].params.isEmpty());
    QCOMPARE(langs[1].rawValue, QStringLiteral("vi-VN"));
    QCOMPARE(langs[1].params, QStringList{QStringLiteral("PREF=1")});
    const QList<Property> urls = props(ca, QStringLiteral("URL"));
    QCOMPARE(urls.size(), 2);
    QCOMPARE(urls[0].rawValue, QStringLiteral("https://zoom.us/j/123"));
    QCOMPARE(urls[1].rawValue, QStringLiteral("https://meet.example/a%2Cb%3Bc"));
    const QList<Property> related = props(ca, QStringLiteral("RELATED"));
    QCOMPARE(related.size(), 1);
    QVERIFY(related[0].params.contains(QStringLiteral("TYPE=colleague")));
    QVERIFY(related[0].params.contains(QStringLiteral("VALUE=uri")));
    QCOMPARE(related[0].rawValue, QStringLiteral("mailto:grace@example.com"));
    QCOMPARE(text(ca, QStringLiteral("X-MANAGER")), QStringLiteral("Grace O'Boss, Jr."));
    QCOMPARE(text(ca, QStringLiteral("X-GONG-ID")), QStringLiteral("12345678901234567890"));
    QCOMPARE(text(ca, QStringLiteral("UID")), VCardWriter::uidFor(QStringLiteral("12345678901234567890")));
    // The long name really was folded.
    QVERIFY(out.contains("\r\n "));

    const Card& cb = cards[1];
    QCOMPARE(text(cb, QStringLiteral("FN")), QStringLiteral("Semi;Colon Comma,Back\\slash"));
    const QStringList nb = splitUnescaped(props(cb, QStringLiteral("N")).value(0).rawValue, QLatin1Char(';'));
    QCOMPARE(nb.size(), 5);
    QCOMPARE(unescape(nb[0]), QStringLiteral("Comma,Back\\slash"));
    QCOMPARE(unescape(nb[1]), QStringLiteral("Semi;Colon"));
    QVERIFY(props(cb, QStringLiteral("RELATED")).isEmpty());
    QVERIFY(props(cb, QStringLiteral("TEL")).isEmpty());

    // No name at all: FN (required) falls back to the email; no N.
    const Card& cc = cards[2];
    QCOMPARE(text(cc, QStringLiteral("FN")), QStringLiteral("x@y.z"));
    QVERIFY(props(cc, QStringLiteral("N")).isEmpty());
}

void TestVCardWriter::phoneNumbers()
{
    QJsonObject local = ExportTest::user(QStringLiteral("1"), QStringLiteral("A"), QStringLiteral("B"));
    local.insert(QStringLiteral("phoneNumber"), QStringLiteral("(555) 010-9999"));
    local.insert(QStringLiteral("extension"), QStringLiteral("42"));
    QJsonObject oddExt = ExportTest::user(QStringLiteral("2"), QStringLiteral("C"), QStringLiteral("D"));
    oddExt.insert(QStringLiteral("phoneNumber"), QStringLiteral("+44 (0)20 7946 0958"));
    oddExt.insert(QStringLiteral("extension"), QStringLiteral("x7, desk"));
    QJsonObject plain = ExportTest::user(QStringLiteral("3"), QStringLiteral("E"), QStringLiteral("F"));
    plain.insert(QStringLiteral("phoneNumber"), QStringLiteral("+34 93 947 52 69"));
    Directory d;
    ExportTest::fill(&d, {local, oddExt, plain});
    VCardWriter w;
    const QList<Card> cards = parseVCards(ExportTest::write(w, d, ExportTest::allRows(d)));
    QCOMPARE(cards.size(), 3);
    const Property t0 = props(cards[0], QStringLiteral("TEL")).value(0);
    QVERIFY(t0.params.contains(QStringLiteral("VALUE=text")));
    QCOMPARE(unescape(t0.rawValue), QStringLiteral("(555) 010-9999 ext. 42"));
    const Property t1 = props(cards[1], QStringLiteral("TEL")).value(0);
    QVERIFY(t1.params.contains(QStringLiteral("VALUE=text")));
    QCOMPARE(unescape(t1.rawValue), QStringLiteral("+44 (0)20 7946 0958 ext. x7, desk"));
    const Property t2 = props(cards[2], QStringLiteral("TEL")).value(0);
    QCOMPARE(t2.rawValue, QStringLiteral("tel:+34-93-947-52-69"));
}

void TestVCardWriter::uidIsStableAndDerivedFromTheId()
{
    const QString uid = VCardWriter::uidFor(QStringLiteral("42"));
    QVERIFY(uid.startsWith(QStringLiteral("urn:uuid:")));
    const QUuid u = QUuid::fromString(uid.mid(9));
    QVERIFY(!u.isNull());
    QCOMPARE(u.version(), QUuid::Sha1);
    QCOMPARE(VCardWriter::uidFor(QStringLiteral("42")), uid);
    QVERIFY(VCardWriter::uidFor(QStringLiteral("43")) != uid);
    // Pinned: exported UIDs must not change between versions (address books merge on them).
    QCOMPARE(uid,
             QUuid::createUuidV5(QUuid(QStringLiteral("{6f0b6a52-2c1e-4c55-9a7e-0d3c1f5e8b21}")), QStringLiteral("42"))
                 .toString(QUuid::WithoutBraces)
                 .prepend(QStringLiteral("urn:uuid:")));
}

void TestVCardWriter::wholeDemoDirectoryParses()
{
    DemoOrgOptions options;
    options.userCount = 800;
    const DemoOrgGenerator generator(options);
    Directory d;
    ExportTest::fill(&d, generator.users());
    VCardWriter w;
    const QList<Card> cards = parseVCards(ExportTest::write(w, d, ExportTest::allRows(d)));
    QCOMPARE(cards.size(), d.count());
    QSet<QString> uids;
    for (int i = 0; i < cards.size(); ++i) {
        const Card& c = cards[i];
        const User& u = d.user(i);
        QCOMPARE(text(c, QStringLiteral("FN")), u.displayName());
        QCOMPARE(text(c, QStringLiteral("X-GONG-ID")), u.id);
        uids.insert(text(c, QStringLiteral("UID")));
        const int m = d.managerRow(i);
        QCOMPARE(props(c, QStringLiteral("X-MANAGER")).size(), m >= 0 ? 1 : 0);
        if (m >= 0)
            QCOMPARE(text(c, QStringLiteral("X-MANAGER")), d.user(m).displayName());
        int pref = 0;
        for (const Property& p : props(c, QStringLiteral("LANG")))
            pref += p.params.contains(QStringLiteral("PREF=1")) ? 1 : 0;
        QCOMPARE(pref, u.primaryLanguage().isEmpty() ? 0 : 1);
    }
    QCOMPARE(uids.size(), d.count());
}

QTEST_GUILESS_MAIN(TestVCardWriter)
#include "tst_vcardwriter.moc"
