// SPDX-License-Identifier: MIT
// JsonWriter: a whole demo directory exported and read back through the page parser is the same
// directory, field for field as the API sent it; unknown, null and odd-typed fields survive.
#include "export/jsonwriter.h"
#include "exporttestsupport.h"

#include "api/userspageparser.h"
#include "demo/demoorggenerator.h"

#include <QJsonDocument>
#include <QTest>

namespace {
// Wraps an exported array as a /v2/users page, as if the server had sent it.
QByteArray asPage(const QByteArray& exportedArray)
{
    return QByteArray("{\"requestId\":\"r\",\"records\":{\"totalRecords\":1},\"users\":") + exportedArray + "}";
}
} // namespace

class TestJsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeDemoDirectoryRoundTrips_data();
    void wholeDemoDirectoryRoundTrips();
    void unknownNullAndOddFieldsArePreserved();
    void rowsAndOrderAreThoseAsked();
    void emptySelection();
    void compactIsOneLine();
};

void TestJsonWriter::wholeDemoDirectoryRoundTrips_data()
{
    QTest::addColumn<bool>("pretty");
    QTest::newRow("pretty") << true;
    QTest::newRow("compact") << false;
}

void TestJsonWriter::wholeDemoDirectoryRoundTrips()
{
    QFETCH(bool, pretty);
    DemoOrgOptions options;
    options.userCount = 1500;
    const DemoOrgGenerator generator(options);
    QList<QJsonObject> sent = generator.users();
    sent.append(generator.avatars());
    Directory d;
    ExportTest::fill(&d, sent);
    QCOMPARE(d.count(), sent.size());

    JsonWriter w;
    w.setPretty(pretty);
    qint64 lastProgress = -1;
    w.setProgressHandler([&](qint64 written, qint64) { lastProgress = written; });
    const QByteArray out = ExportTest::write(w, d, ExportTest::allRows(d));
    QVERIFY(!out.isEmpty());
    QCOMPARE(lastProgress, qint64(sent.size()));

    // Valid JSON: an array holding exactly what the server sent, in order.
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &pe);
    QCOMPARE(pe.error, QJsonParseError::NoError);
    QVERIFY(doc.isArray());
    const QJsonArray array = doc.array();
    QCOMPARE(array.size(), sent.size());
    for (int i = 0; i < sent.size(); ++i)
        QCOMPARE(array.at(i).toObject(), sent.at(i));

    // Re-imported through the same parser the client uses, in pages of at most the most a page may hold (the
    // parser refuses more): the same users.
    UsersPage page;
    for (qsizetype from = 0; from < array.size(); from += UsersPageParser::MaxUsersPerPage) {
        const QByteArray chunk = QJsonDocument(QJsonArray::fromVariantList(
                                                   array.toVariantList().mid(from, UsersPageParser::MaxUsersPerPage)))
                                     .toJson(QJsonDocument::Compact);
        UsersPage part;
        ApiError error;
        QVERIFY(UsersPageParser::parse(asPage(chunk), &part, &error));
        QVERIFY2(part.warnings.isEmpty(), qPrintable(part.warnings.join(QLatin1Char('\n'))));
        page.users += part.users;
    }
    QCOMPARE(page.users.size(), d.count());
    for (int i = 0; i < d.count(); ++i) {
        QVERIFY(page.users.at(i) == d.user(i));
        QCOMPARE(page.users.at(i).id, d.user(i).id);
        QCOMPARE(page.users.at(i).spokenLanguages, d.user(i).spokenLanguages);
        QCOMPARE(page.users.at(i).managerId, d.user(i).managerId);
    }
    Directory again;
    again.upsert(page.users);
    for (int i = 0; i < d.count(); ++i)
        QCOMPARE(again.managerChainText(i), d.managerChainText(i));
}

void TestJsonWriter::unknownNullAndOddFieldsArePreserved()
{
    const QByteArray sent = R"({
        "id": "12345678901234567890",
        "emailAddress": "odd@example.com",
        "firstName": null,
        "lastName": 42,
        "title": "Head of \"Things\", ünïcödé\nsecond line",
        "emailAliases": null,
        "personalMeetingUrls": ["https://zoom.us/j/1", 7],
        "settings": {"emailsImported": null, "gongConnectEnabled": true, "futureSetting": "x"},
        "spokenLanguages": [{"language": "fr-FR", "primary": true, "fluency": "native"}],
        "conferencingProviders": ["Zoom", {"name": "Teams", "since": 2021}],
        "nested": {"deep": [1, 2.5, null, false]}
    })";
    const QJsonObject object = QJsonDocument::fromJson(sent).object();
    QVERIFY(!object.isEmpty());
    Directory d;
    ExportTest::fill(&d, {object});
    JsonWriter w;
    const QByteArray out = ExportTest::write(w, d, {0});
    const QJsonArray array = QJsonDocument::fromJson(out).array();
    QCOMPARE(array.size(), 1);
    QCOMPARE(array.at(0).toObject(), object);
    // Non-ASCII stays UTF-8 text, not \u escapes.
    QVERIFY(out.contains(QStringLiteral("ünïcödé").toUtf8()));
}

void TestJsonWriter::rowsAndOrderAreThoseAsked()
{
    Directory d;
    ExportTest::fill(&d, {ExportTest::user(QStringLiteral("1"), QStringLiteral("A"), QStringLiteral("A")),
                          ExportTest::user(QStringLiteral("2"), QStringLiteral("B"), QStringLiteral("B")),
                          ExportTest::user(QStringLiteral("3"), QStringLiteral("C"), QStringLiteral("C"))});
    JsonWriter w;
    const QJsonArray array = QJsonDocument::fromJson(ExportTest::write(w, d, {2, 0})).array();
    QCOMPARE(array.size(), 2);
    QCOMPARE(array.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("3"));
    QCOMPARE(array.at(1).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("1"));
}

void TestJsonWriter::emptySelection()
{
    Directory d;
    JsonWriter w;
    QCOMPARE(ExportTest::write(w, d, {}), QByteArray("[]\n"));
    w.setPretty(false);
    QCOMPARE(ExportTest::write(w, d, {}), QByteArray("[]\n"));
}

void TestJsonWriter::compactIsOneLine()
{
    Directory d;
    ExportTest::fill(&d, {ExportTest::user(QStringLiteral("1"), QStringLiteral("A"), QStringLiteral("A")),
                          ExportTest::user(QStringLiteral("2"), QStringLiteral("B"), QStringLiteral("B"))});
    JsonWriter w;
    w.setPretty(false);
    const QByteArray compact = ExportTest::write(w, d, {0, 1});
    QCOMPARE(compact.count('\n'), 1);
    QVERIFY(compact.endsWith("}]\n"));
    w.setPretty(true);
    const QByteArray pretty = ExportTest::write(w, d, {0, 1});
    QVERIFY(pretty.count('\n') > 10);
    QCOMPARE(QJsonDocument::fromJson(pretty), QJsonDocument::fromJson(compact));
    // Indented like a pretty-printed array.
    QVERIFY(pretty.startsWith("[\n    {\n        \""));
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
