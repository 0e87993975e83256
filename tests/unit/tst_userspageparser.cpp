// SPDX-License-Identifier: MIT
// UsersPageParser and User::fromJson against the documented example and against what the
// live API does beyond its docs (nulls, missing fields, unknown fields, odd types).
#include "api/userspageparser.h"
#include "demo/demoorggenerator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TestUsersPageParser : public QObject
{
    Q_OBJECT

    static QByteArray examplePage()
    {
        QFile f(QStringLiteral(GONGDIR_TEST_DATA "/example-page.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot open example-page.json");
        return f.readAll();
    }

    static QByteArray pageWith(const QByteArray& userJson, const QByteArray& records = R"({"totalRecords": 1})")
    {
        return "{\"requestId\":\"r1\",\"records\":" + records + ",\"users\":[" + userJson + "]}";
    }

private Q_SLOTS:
    void documentedExample_fieldByField()
    {
        UsersPage page;
        ApiError error;
        QVERIFY(UsersPageParser::parse(examplePage(), &page, &error));
        QVERIFY(!error.isError());
        QCOMPARE(page.requestId, QStringLiteral("4al018gzaztcr8nbukw"));
        QCOMPARE(page.totalRecords, 263);
        QCOMPARE(page.pageSize, 100);
        QCOMPARE(page.pageNumber, 0);
        QVERIFY(page.cursor.has_value());
        QCOMPARE(*page.cursor,
                 QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJjYWxsSWQiM1M30.6qKwpOcvnuweTZmFRzYdtjs_YwJphJU4QIwWFM"));
        QCOMPARE(page.users.size(), 1);
        QVERIFY(page.warnings.isEmpty());

        const User& u = page.users.first();
        QCOMPARE(u.id, QStringLiteral("234599484848423"));
        QCOMPARE(u.emailAddress, QStringLiteral("test@test.com"));
        QCOMPARE(u.createdText(), QStringLiteral("2018-02-17T02:30:00-08:00"));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(u.createdMsecs, Qt::UTC),
                 QDateTime(QDate(2018, 2, 17), QTime(10, 30), Qt::UTC));
        QCOMPARE(u.active, TriState::On);
        QCOMPARE(u.emailAliases, QStringList{QStringLiteral("testAlias@test.com")});
        QCOMPARE(u.trustedEmailAddress, QStringLiteral("test@test.com"));
        QCOMPARE(u.firstName, QStringLiteral("Jon"));
        QCOMPARE(u.lastName, QStringLiteral("Snow"));
        QCOMPARE(u.fullName(), QStringLiteral("Jon Snow"));
        QCOMPARE(u.title, QStringLiteral("Enterprise Account Executive"));
        QCOMPARE(u.phoneNumber, QStringLiteral("+1 123-567-8989"));
        QCOMPARE(u.extension, QStringLiteral("123"));
        QCOMPARE(u.personalMeetingUrls, QStringList{QStringLiteral("https://zoom.us/j/123")});
        QCOMPARE(u.setting(UserSetting::WebConferencesRecorded), TriState::On);
        QCOMPARE(u.setting(UserSetting::PreventWebConferenceRecording), TriState::Off);
        QCOMPARE(u.setting(UserSetting::TelephonyCallsImported), TriState::Off);
        QCOMPARE(u.setting(UserSetting::EmailsImported), TriState::On);
        QCOMPARE(u.setting(UserSetting::PreventEmailImport), TriState::Off);
        QCOMPARE(u.setting(UserSetting::NonRecordedMeetingsImported), TriState::On);
        QCOMPARE(u.setting(UserSetting::GongConnectEnabled), TriState::On);
        QCOMPARE(u.managerId, QStringLiteral("563515258458745"));
        QCOMPARE(u.meetingConsentPageUrl(),
                 QStringLiteral("https://join.gong.io/my-company/jon.snow?tkn=MoNpS9tMNt8BK7EZxQpSJl"));
        QCOMPARE(u.spokenLanguages.size(), 1);
        QCOMPARE(u.spokenLanguages.first().language, QStringLiteral("es-ES"));
        QVERIFY(u.spokenLanguages.first().primary);
        QCOMPARE(u.primaryLanguage(), QStringLiteral("es-ES"));
        QVERIFY(u.extraFields().isEmpty());

        // Full fidelity: the user gives back exactly the object the server sent.
        const QJsonObject sent =
            QJsonDocument::fromJson(examplePage()).object().value(QLatin1String("users")).toArray().first().toObject();
        QCOMPARE(u.toJson(), sent);
    }

    // createdMsecs is read directly for Gong's usual forms; it must agree with QDateTime for every input.
    void createdMatchesQDateTime_data()
    {
        QTest::addColumn<QString>("created");
        for (const char* text : {"2018-02-17T02:30:00-08:00", "2020-07-01T20:57:15Z", "2020-07-01T20:57:15.123Z",
                                 "2020-07-01T20:57:15.123456Z", "2020-07-01T20:57:15.1Z", "2021-03-04T05:06:07+05:30",
                                 "2024-02-29T12:00:00+14:00", "2023-02-29T12:00:00Z", "2020-13-01T00:00:00Z",
                                 "2020-07-01T24:00:00Z", "1969-12-31T23:59:59Z", "2020-07-01 20:57:15Z",
                                 "2020-07-01T20:57:15", "2020-07-01T20:57:15+0530", "2020-07-01", "garbage", ""})
            QTest::newRow(text) << QString::fromLatin1(text);
    }

    void createdMatchesQDateTime()
    {
        QFETCH(QString, created);
        const User u = User::fromJson(
            QJsonObject{{QStringLiteral("id"), QStringLiteral("1")}, {QStringLiteral("created"), created}});
        const QDateTime expected = QDateTime::fromString(created, Qt::ISODateWithMs);
        QCOMPARE(u.createdMsecs, expected.isValid() ? expected.toMSecsSinceEpoch() : 0);
    }

    // Full fidelity for a whole synthetic company (every shape the demo generator makes), and equality agrees.
    // The usual forms of "created" are stored as milliseconds + offset and rebuilt; everything comes back exactly
    // as sent — through createdText(), toJson() and equality — whatever form it had.
    void createdTextComesBackExactly_data()
    {
        QTest::addColumn<QString>("text");
        for (const char* t : {"2018-02-17T02:30:00-08:00",
                              "2021-03-12T04:40:38Z",
                              "2021-03-12T04:40:38.123Z",
                              "2021-03-12T04:40:38.120+05:30",
                              "2018-02-17T02:30:00-00:00",
                              "2018-02-17T02:30:00+00:00",
                              "2024-02-29T23:59:59-12:00",
                              "2024-02-29T23:59:59+14:00",
                              "1999-12-31T23:59:59.999Z",
                              "1970-01-01T00:00:00Z",
                              "2018-02-17 02:30:00",
                              "2018-02-17T02:30:00.5Z",
                              "2018-02-17T02:30:00z",
                              "2018-02-17T02:30:00",
                              "2018-02-17T02:30:00+0800",
                              "garbage",
                              "",
                              "2018-02-30T02:30:00Z",
                              "2018-02-17T02:30:00-08:00 ",
                              "\u0662\u0660\u0661\u0668"})
            QTest::newRow(t) << QString::fromUtf8(t);
    }
    void createdTextComesBackExactly()
    {
        QFETCH(QString, text);
        User u;
        u.setCreated(text);
        QCOMPARE(u.createdText(), text);
        const User parsed =
            User::fromJson(QJsonObject{{QStringLiteral("id"), QStringLiteral("1")}, {QStringLiteral("created"), text}});
        QCOMPARE(parsed.createdText(), text);
        QCOMPARE(parsed.toJson().value(QLatin1String("created")).toString(), text);
        QCOMPARE(User::fromJson(parsed.toJson()), parsed);
        User other;
        other.setCreated(text + QLatin1Char('x'));
        QVERIFY(!(other == u));
    }

    void demoUsersRoundTrip()
    {
        DemoOrgOptions options;
        options.userCount = 3000;
        for (const QJsonObject& o : DemoOrgGenerator(options).users()) {
            const User u = User::fromJson(o);
            QCOMPARE(u.toJson(), o);
            QVERIFY(u == User::fromJson(o));
        }
    }

    void equalityIsFieldByField()
    {
        const QJsonObject o{{QStringLiteral("id"), QStringLiteral("1")},
                            {QStringLiteral("title"), QStringLiteral("A")}};
        const User a = User::fromJson(o);
        User b = a;
        QVERIFY(a == b);
        b.title = QStringLiteral("B");
        QVERIFY(a != b);
        QJsonObject withNull = o;
        withNull.insert(QStringLiteral("phoneNumber"), QJsonValue::Null);
        QVERIFY(a != User::fromJson(withNull)); // a null phone is not an absent one
        QJsonObject withExtra = o;
        withExtra.insert(QStringLiteral("futureThing"), 1);
        QVERIFY(a != User::fromJson(withExtra));
    }

    void lastPageHasNoCursor()
    {
        UsersPage page;
        ApiError error;
        QVERIFY(UsersPageParser::parse(pageWith(R"({"id":"1"})", R"({"totalRecords":1,"currentPageSize":1})"), &page,
                                       &error));
        QVERIFY(!page.cursor.has_value());
        QCOMPARE(page.users.size(), 1);
    }

    void nullsAreKeptAsNulls()
    {
        const QByteArray user = R"({"id":"7","emailAddress":null,"firstName":null,"lastName":"Ng","title":null,
            "emailAliases":null,"personalMeetingUrls":null,"spokenLanguages":null,"managerId":null,
            "settings":{"webConferencesRecorded":null,"emailsImported":false},"active":null})";
        UsersPage page;
        ApiError error;
        QVERIFY(UsersPageParser::parse(pageWith(user), &page, &error));
        QCOMPARE(page.users.size(), 1);
        const User& u = page.users.first();
        QCOMPARE(u.id, QStringLiteral("7"));
        QVERIFY(u.emailAddress.isEmpty());
        QCOMPARE(u.lastName, QStringLiteral("Ng"));
        QCOMPARE(u.fullName(), QStringLiteral("Ng"));
        QVERIFY(u.emailAliases.isEmpty());
        QVERIFY(u.spokenLanguages.isEmpty());
        QCOMPARE(u.active, TriState::Unknown);
        QCOMPARE(u.setting(UserSetting::WebConferencesRecorded), TriState::Unknown);
        QCOMPARE(u.setting(UserSetting::EmailsImported), TriState::Off); // false is not "absent"
        QCOMPARE(u.setting(UserSetting::GongConnectEnabled), TriState::Unknown);
        // Export gives back the nulls, not empty strings.
        QCOMPARE(u.toJson(), QJsonDocument::fromJson(user).object());
    }

    void missingFieldsStayMissing()
    {
        UsersPage page;
        ApiError error;
        QVERIFY(UsersPageParser::parse(pageWith(R"({"id":"8","firstName":"Ana"})"), &page, &error));
        const User& u = page.users.first();
        QCOMPARE(u.firstName, QStringLiteral("Ana"));
        QVERIFY(u.managerId.isEmpty());
        for (int s = 0; s < UserSettingCount; ++s)
            QCOMPARE(u.settings[s], TriState::Unknown);
        const QJsonObject back = u.toJson();
        QCOMPARE(back.keys(), (QStringList{QStringLiteral("firstName"), QStringLiteral("id")}));
    }

    void unknownFieldsAreKept()
    {
        const QByteArray user = R"({"id":"9","conferencingProviders":["Zoom","Teams"],"futureThing":{"a":1},
            "settings":{"emailsImported":true,"brandNewSetting":true}})";
        UsersPage page;
        ApiError error;
        QVERIFY(UsersPageParser::parse(pageWith(user), &page, &error));
        const User& u = page.users.first();
        QCOMPARE(u.extraFields().value(QLatin1String("conferencingProviders")).toArray().size(), 2);
        QVERIFY(u.extraFields().contains(QLatin1String("futureThing")));
        QCOMPARE(u.toJson(), QJsonDocument::fromJson(user).object());
    }

    void twentyDigitIdsStayIntact()
    {
        const QByteArray user = R"({"id":"98765432109876543210","managerId":"12345678901234567890"})";
        UsersPage page;
        ApiError error;
        QVERIFY(UsersPageParser::parse(pageWith(user), &page, &error));
        QCOMPARE(page.users.first().id, QStringLiteral("98765432109876543210"));
        QCOMPARE(page.users.first().managerId, QStringLiteral("12345678901234567890"));
    }

    void numericIdIsReadAsText()
    {
        // Some clients have seen ids as JSON numbers; a small one is still usable as text.
        UsersPage page;
        ApiError error;
        QVERIFY(UsersPageParser::parse(pageWith(R"({"id":12345,"firstName":"Bo"})"), &page, &error));
        QCOMPARE(page.users.size(), 1);
        QCOMPARE(page.users.first().id, QStringLiteral("12345"));
    }

    void wrongTypesKeepTheRecord()
    {
        const QByteArray user = R"({"id":"10","firstName":42,"lastName":"Kim","active":"yes",
            "emailAliases":"a@b.c","spokenLanguages":[{"language":"de-DE","primary":true},"junk"]})";
        UsersPage page;
        ApiError error;
        QVERIFY(UsersPageParser::parse(pageWith(user), &page, &error));
        QCOMPARE(page.users.size(), 1);
        const User& u = page.users.first();
        QCOMPARE(u.lastName, QStringLiteral("Kim"));
        QVERIFY(u.firstName.isEmpty());
        QCOMPARE(u.active, TriState::Unknown);
        QVERIFY(!page.warnings.isEmpty());
        QVERIFY(page.warnings.join(QLatin1Char('\n')).contains(QLatin1String("firstName")));
        // The odd values are still there for a full-fidelity export.
        QCOMPARE(u.toJson().value(QLatin1String("firstName")).toInt(), 42);
        QCOMPARE(u.toJson().value(QLatin1String("active")).toString(), QStringLiteral("yes"));
    }

    void badRecordDoesNotLoseThePage()
    {
        UsersPage page;
        ApiError error;
        QVERIFY(UsersPageParser::parse(pageWith(R"({"id":"1"}, "not an object", {"firstName":"no id"}, {"id":"2"})"),
                                       &page, &error));
        QCOMPARE(page.users.size(), 2);
        QCOMPARE(page.users[0].id, QStringLiteral("1"));
        QCOMPARE(page.users[1].id, QStringLiteral("2"));
        QCOMPARE(page.warnings.size(), 2);
    }

    void recordWarningsAreCounted()
    {
        const QByteArray users = R"({"id":"1","title":7,"active":"yes"}, {"id":"2"}, 5, {"id":"3","firstName":[]},
            {"firstName":"no id"})";
        UsersPage page;
        ApiError error;
        QVERIFY(UsersPageParser::parse(pageWith(users), &page, &error));
        QCOMPARE(page.users.size(), 3);
        QCOMPARE(page.recordWarnings.wrongTypes, 2); // records, not fields: user 1 has two odd fields
        QCOMPARE(page.recordWarnings.skipped, 2);
        QCOMPARE(page.recordWarnings.example, QStringLiteral("id 1: title is a number"));
        RecordWarnings load;
        load.add(page.recordWarnings);
        load.add(page.recordWarnings);
        QCOMPARE(load.wrongTypes, 4);
        QCOMPARE(load.example, QStringLiteral("id 1: title is a number"));
        QVERIFY(load.summary().contains(QLatin1String("had fields of the wrong type, e.g. id 1: title is a number")));
        QVERIFY(load.summary().contains(QLatin1String("skipped")));
        QVERIFY(RecordWarnings().summary().isEmpty());
    }

    void hostileIdsInWarningsAreEscapedAndCut()
    {
        const QByteArray user = "{\"id\":\"\u001b]0;x\u0007" + QByteArray(500, '9') + "\",\"title\":true}";
        UsersPage page;
        ApiError error;
        QVERIFY(UsersPageParser::parse(pageWith(user), &page, &error));
        const QString example = page.recordWarnings.example;
        QVERIFY2(example.startsWith(QStringLiteral("id \\x1b]0;x\\x07999")), qPrintable(example));
        QVERIFY2(example.endsWith(QStringLiteral("…: title is a boolean")), qPrintable(example));
        QVERIFY2(example.size() < 80, qPrintable(example));
        QCOMPARE(page.users.first().id.size(), 506); // the data itself is kept whole
    }

    void totalRecordsIsClampedBeforeConversion_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("263") << QByteArray("263") << qint64(263);
        QTest::newRow("2^53") << QByteArray("9007199254740992") << (qint64(1) << 53);
        QTest::newRow("2^63 (undefined behaviour unclamped)") << QByteArray("9223372036854775808") << (qint64(1) << 53);
        QTest::newRow("1e300") << QByteArray("1e300") << (qint64(1) << 53);
        QTest::newRow("fraction") << QByteArray("263.9") << qint64(263);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("string") << QByteArray("\"263\"") << qint64(-1);
        QTest::newRow("null") << QByteArray("null") << qint64(-1);
    }
    void totalRecordsIsClampedBeforeConversion()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expected);
        UsersPage page;
        ApiError error;
        QVERIFY(UsersPageParser::parse(pageWith(R"({"id":"1"})", "{\"totalRecords\":" + value + "}"), &page, &error));
        QCOMPARE(page.totalRecords, expected);
    }

    void tooManyUsersInOnePage()
    {
        QByteArray users;
        for (int i = 0; i <= UsersPageParser::MaxUsersPerPage; ++i)
            users += (i ? "," : "") + QByteArray(R"({"id":")") + QByteArray::number(i) + "\"}";
        UsersPage page;
        ApiError error;
        QVERIFY(!UsersPageParser::parse(pageWith(users), &page, &error));
        QCOMPARE(error.kind, ApiError::Kind::Refused);
        QCOMPARE(error.requestId, QStringLiteral("r1"));
        QVERIFY(page.users.isEmpty());
    }

    void notJsonIsAClearError_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ApiError::Kind>("kind"); // not JSON at all, or JSON that is no page of users
        using K = ApiError::Kind;
        QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>") << K::Unreadable;
        QTest::newRow("empty") << QByteArray() << K::Unreadable;
        QTest::newRow("truncated") << examplePage().left(300) << K::Unreadable;
        QTest::newRow("array") << QByteArray("[1,2,3]") << K::BadResponse;
        QTest::newRow("no users") << QByteArray(R"({"requestId":"x","records":{"totalRecords":0}})") << K::BadResponse;
        QTest::newRow("users not array") << QByteArray(R"({"requestId":"x","users":{"id":"1"}})") << K::BadResponse;
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{\"users\":", 12) << K::Unreadable;
    }
    void notJsonIsAClearError()
    {
        QFETCH(QByteArray, body);
        QFETCH(ApiError::Kind, kind);
        UsersPage page;
        ApiError error;
        QVERIFY(!UsersPageParser::parse(body, &page, &error));
        QCOMPARE(error.kind, kind);
        QVERIFY(!error.message().isEmpty());
    }

    void emptyUsersArrayIsAValidPage()
    {
        UsersPage page;
        ApiError error;
        QVERIFY(UsersPageParser::parse(R"({"requestId":"x","records":{"totalRecords":0},"users":[]})", &page, &error));
        QVERIFY(page.users.isEmpty());
        QCOMPARE(page.totalRecords, 0);
    }
};

QTEST_GUILESS_MAIN(TestUsersPageParser)
#include "tst_userspageparser.moc"
