// SPDX-License-Identifier: MIT
// UserJsonCodec on its own: a user's JSON comes back exactly as it came (every known field, fields the app does not
// model, nulls, absent fields and values of the wrong type), while the typed fields read what is usable.
#include "directory/userjsoncodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QJsonObject parse(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        qFatal("test JSON does not parse: %s", qPrintable(error.errorString()));
    return doc.object();
}

// Every field of UserMetadata with a usable value. ("\/" is "/" in JSON: moc reads "//" in a raw string as a
// comment.)
const QByteArray everyField = R"({
    "id": "234599484848423", "emailAddress": "jon@acme.test", "created": "2018-02-17T02:30:00-08:00",
    "active": true, "emailAliases": ["js@acme.test", "jon.snow@old.test"], "trustedEmailAddress": "jon@acme.test",
    "firstName": "Jon", "lastName": "Snow", "title": "Account Executive", "phoneNumber": "+1 123-567-8989",
    "extension": "123", "personalMeetingUrls": ["https:\/\/zoom.us\/j\/123"],
    "settings": {"webConferencesRecorded": true, "preventWebConferenceRecording": false,
                 "telephonyCallsImported": false, "emailsImported": true, "preventEmailImport": false,
                 "nonRecordedMeetingsImported": true, "gongConnectEnabled": false},
    "managerId": "563515258458745", "meetingConsentPageUrl": "https:\/\/join.gong.io\/acme\/jon?tkn=abc",
    "spokenLanguages": [{"language": "es-ES", "primary": true}, {"language": "en-US", "primary": false}]})";
} // namespace

class TestUserJsonCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyKnownFieldIsReadAndWrittenBack()
    {
        const QJsonObject sent = parse(everyField);
        QStringList warnings;
        const User u = UserJsonCodec::fromJson(sent, &warnings);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
        QCOMPARE(u.id, u"234599484848423"_s);
        QCOMPARE(u.emailAddress, u"jon@acme.test"_s);
        QCOMPARE(u.createdText(), u"2018-02-17T02:30:00-08:00"_s);
        QCOMPARE(u.createdMsecs, Q_INT64_C(1518863400000)); // 10:30 UTC
        QCOMPARE(u.active, TriState::On);
        QCOMPARE(u.emailAliases, (QStringList{u"js@acme.test"_s, u"jon.snow@old.test"_s}));
        QCOMPARE(u.trustedEmailAddress, u"jon@acme.test"_s);
        QCOMPARE(u.firstName, u"Jon"_s);
        QCOMPARE(u.lastName, u"Snow"_s);
        QCOMPARE(u.title, u"Account Executive"_s);
        QCOMPARE(u.phoneNumber, u"+1 123-567-8989"_s);
        QCOMPARE(u.extension, u"123"_s);
        QCOMPARE(u.personalMeetingUrls, QStringList{u"https://zoom.us/j/123"_s});
        const TriState expected[UserSettingCount] = {TriState::On,  TriState::Off, TriState::Off, TriState::On,
                                                     TriState::Off, TriState::On,  TriState::Off};
        for (int s = 0; s < UserSettingCount; ++s)
            QCOMPARE(u.settings[s], expected[s]);
        QCOMPARE(u.managerId, u"563515258458745"_s);
        QCOMPARE(u.meetingConsentPageUrl(), u"https://join.gong.io/acme/jon?tkn=abc"_s);
        QCOMPARE(u.spokenLanguages, (QList<SpokenLanguage>{{u"es-ES"_s, true}, {u"en-US"_s, false}}));
        QVERIFY(u.extraFields().isEmpty());

        QCOMPARE(UserJsonCodec::toJson(u), sent);
        QCOMPARE(UserJsonCodec::fromJson(UserJsonCodec::toJson(u)), u);
    }

    void absentFieldsStayAbsent()
    {
        const User nothing = UserJsonCodec::fromJson(QJsonObject());
        QVERIFY(nothing.id.isEmpty());
        QCOMPARE(nothing.active, TriState::Unknown);
        QCOMPARE(UserJsonCodec::toJson(nothing), QJsonObject());

        const QJsonObject two = parse(R"({"id": "8", "firstName": "Ana"})");
        QCOMPARE(UserJsonCodec::toJson(UserJsonCodec::fromJson(two)), two);
    }

    // null is an answer of its own: not an empty string, not false, not absent.
    void nullsStayNulls()
    {
        QJsonObject sent = parse(everyField);
        for (auto it = sent.begin(); it != sent.end(); ++it) {
            if (it.key() != QLatin1String("id"))
                *it = QJsonValue(QJsonValue::Null);
        }
        QStringList warnings;
        const User u = UserJsonCodec::fromJson(sent, &warnings);
        QVERIFY(warnings.isEmpty());
        QCOMPARE(u.id, u"234599484848423"_s);
        QVERIFY(u.emailAddress.isEmpty());
        QVERIFY(u.createdText().isEmpty());
        QCOMPARE(u.createdMsecs, Q_INT64_C(0));
        QCOMPARE(u.active, TriState::Unknown);
        QVERIFY(u.emailAliases.isEmpty());
        QVERIFY(u.spokenLanguages.isEmpty());
        QVERIFY(!u.hasMeetingConsentPageUrl());
        QVERIFY(u.extraFields().isEmpty());
        QCOMPARE(UserJsonCodec::toJson(u), sent);

        // Inside settings too: a null setting is not a false one.
        const QJsonObject settings =
            parse(R"({"id": "1", "settings": {"webConferencesRecorded": null, "emailsImported": false}})");
        const User s = UserJsonCodec::fromJson(settings);
        QCOMPARE(s.setting(UserSetting::WebConferencesRecorded), TriState::Unknown);
        QCOMPARE(s.setting(UserSetting::EmailsImported), TriState::Off);
        QCOMPARE(UserJsonCodec::toJson(s), settings);

        const User withNull = UserJsonCodec::fromJson(parse(R"({"id": "1", "phoneNumber": null})"));
        QVERIFY(withNull != UserJsonCodec::fromJson(parse(R"({"id": "1"})")));
    }

    void unknownFieldsAreKeptAsSent()
    {
        const QJsonObject sent = parse(R"({"id": "9", "title": "CTO", "conferencingProviders": ["Zoom", "Teams"],
            "futureThing": {"a": 1, "b": [true, null]}, "score": 4.5, "flag": false, "nothing": null})");
        QStringList warnings;
        const User u = UserJsonCodec::fromJson(sent, &warnings);
        QVERIFY(warnings.isEmpty()); // unknown is not wrong
        QCOMPARE(u.title, u"CTO"_s);
        const QJsonObject extra = u.extraFields();
        QCOMPARE(extra.keys(),
                 (QStringList{u"conferencingProviders"_s, u"flag"_s, u"futureThing"_s, u"nothing"_s, u"score"_s}));
        QCOMPARE(extra.value(QLatin1String("futureThing")), sent.value(QLatin1String("futureThing")));
        QCOMPARE(UserJsonCodec::toJson(u), sent);
    }

    // A known field with a value of the wrong type: the typed field stays empty, the value is kept exactly as sent
    // (it comes back in the JSON export), a warning names the user, the field and the type, and the other fields
    // are still read.
    void wrongTypesAreKeptAndReported_data()
    {
        QTest::addColumn<QByteArray>("field"); // "key": value
        QTest::addColumn<QString>("warning");
        QTest::newRow("number for a name") << QByteArray(R"("firstName": 42)") << u"id 7: firstName is a number"_s;
        QTest::newRow("bool for the title") << QByteArray(R"("title": true)") << u"id 7: title is a boolean"_s;
        QTest::newRow("object for created") << QByteArray(R"("created": {"at": 1})") << u"id 7: created is an object"_s;
        QTest::newRow("string for active") << QByteArray(R"("active": "yes")") << u"id 7: active is a string"_s;
        QTest::newRow("string for a list")
            << QByteArray(R"("emailAliases": "a@b.c")") << u"id 7: emailAliases is a string"_s;
        QTest::newRow("number in a list") << QByteArray(R"("personalMeetingUrls": ["https:\/\/zoom.us\/j\/1", 2])")
                                          << u"id 7: personalMeetingUrls is an array"_s;
        QTest::newRow("array for settings") << QByteArray(R"("settings": [true])") << u"id 7: settings is an array"_s;
        QTest::newRow("object for languages")
            << QByteArray(R"("spokenLanguages": {"language": "de-DE"})") << u"id 7: spokenLanguages is an object"_s;
        QTest::newRow("junk among languages")
            << QByteArray(R"("spokenLanguages": [{"language": "de-DE", "primary": true}, "junk"])")
            << u"id 7: spokenLanguages is an array"_s;
    }

    void wrongTypesAreKeptAndReported()
    {
        QFETCH(QByteArray, field);
        QFETCH(QString, warning);
        const QJsonObject sent = parse("{\"id\": \"7\", \"lastName\": \"Kim\", " + field + "}");
        QStringList warnings;
        const User u = UserJsonCodec::fromJson(sent, &warnings);
        QCOMPARE(warnings, QStringList{warning});
        QCOMPARE(u.id, u"7"_s);
        QCOMPARE(u.lastName, u"Kim"_s);
        const QString name = warning.section(u'"', 1, 1);
        QCOMPARE(u.extraFields().value(name), sent.value(name));
        QCOMPARE(UserJsonCodec::toJson(u), sent);
    }

    // A wrong-typed field does not empty the usable part of its value.
    void usablePartsOfAnOddValueAreRead()
    {
        const User languages = UserJsonCodec::fromJson(
            parse(R"({"id": "1", "spokenLanguages": [{"language": "de-DE", "primary": true, "level": "C2"}]})"));
        QCOMPARE(languages.spokenLanguages, (QList<SpokenLanguage>{{u"de-DE"_s, true}}));

        // An unknown setting keeps the whole object as sent (no warning: the object is fine), the known ones read.
        QStringList warnings;
        const QJsonObject sent = parse(R"({"id": "1", "settings": {"emailsImported": true, "brandNewSetting": true}})");
        const User settings = UserJsonCodec::fromJson(sent, &warnings);
        QVERIFY(warnings.isEmpty());
        QCOMPARE(settings.setting(UserSetting::EmailsImported), TriState::On);
        QCOMPARE(settings.extraFields().value(QLatin1String("settings")), sent.value(QLatin1String("settings")));
        QCOMPARE(UserJsonCodec::toJson(settings), sent);
    }

    // Ids as JSON numbers: still addressable by their text, and sent back as numbers.
    void numericIdsAreReadAsText()
    {
        const QJsonObject sent = parse(R"({"id": 12345, "managerId": 678, "firstName": "Bo"})");
        QStringList warnings;
        const User u = UserJsonCodec::fromJson(sent, &warnings);
        QCOMPARE(u.id, u"12345"_s);
        QCOMPARE(u.managerId, u"678"_s);
        QCOMPARE(warnings, (QStringList{u"id 12345: id is a number"_s, u"id 12345: managerId is a number"_s}));
        QCOMPARE(UserJsonCodec::toJson(u), sent);
    }

    void warningWithoutAnIdSaysSo()
    {
        QStringList warnings;
        UserJsonCodec::fromJson(parse(R"({"title": 1})"), &warnings);
        QCOMPARE(warnings, QStringList{u"id (no id): title is a number"_s});
        UserJsonCodec::fromJson(parse(R"({"title": 1})")); // no list to fill: no warning, no crash
    }

    // A "created" that is no date stays text; one that is comes back in the form it came.
    void createdComesBackAsSent_data()
    {
        QTest::addColumn<QString>("created");
        QTest::newRow("-08:00") << u"2018-02-17T02:30:00-08:00"_s;
        QTest::newRow("Z with ms") << u"2021-03-12T04:40:38.123Z"_s;
        QTest::newRow("-00:00") << u"2018-02-17T02:30:00-00:00"_s;
        QTest::newRow("six fraction digits") << u"2020-07-01T20:57:15.123456Z"_s;
        QTest::newRow("no date") << u"soon"_s;
        QTest::newRow("empty") << QString();
    }
    void createdComesBackAsSent()
    {
        QFETCH(QString, created);
        const QJsonObject sent{{u"id"_s, u"1"_s}, {u"created"_s, created}};
        const User u = UserJsonCodec::fromJson(sent);
        QCOMPARE(u.createdText(), created);
        QCOMPARE(UserJsonCodec::toJson(u), sent);
    }
};

QTEST_GUILESS_MAIN(TestUserJsonCodec)
#include "tst_userjsoncodec.moc"
