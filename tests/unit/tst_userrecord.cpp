// SPDX-License-Identifier: MIT
// UserRecord, the offline store's binary form of a user: everything comes back (the typed fields, nulls, absent
// fields, odd types, unknown fields, the exact text of "created"), the same user always packs to the same bytes
// (versions are addressed by them), and damaged bytes are refused instead of read as something else.
#include "directory/userrecord.h"
#include "testusers.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestUserRecord : public QObject
{
    Q_OBJECT

    static User roundTrip(const User& u)
    {
        User back;
        const bool ok = UserRecord::unpack(UserRecord::pack(u), &back);
        return ok ? back : User();
    }

private Q_SLOTS:
    // The odd objects the fuzz corpus collected (nulls, wrong types, unknown fields, every "created" form): each
    // comes back as exactly the JSON it was.
    void corpusComesBackExactly_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(GONGDIR_TEST_DATA "/../fuzz/corpus/userroundtrip"));
        const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files);
        QVERIFY(files.size() >= 10);
        for (const QString& f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }
    void corpusComesBackExactly()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
        QVERIFY(doc.isObject());
        const User u = User::fromJson(doc.object());
        User back;
        QVERIFY(UserRecord::unpack(UserRecord::pack(u), &back));
        QCOMPARE(back, u);
        QCOMPARE(back.toJson(), doc.object());
        QCOMPARE(back.createdText(), u.createdText());
    }

    void demoCompanyComesBack()
    {
        const QList<User> users = TestUsers::demo(3000);
        qsizetype recordBytes = 0;
        qsizetype jsonBytes = 0;
        for (const User& u : users) {
            const QByteArray record = UserRecord::pack(u);
            recordBytes += record.size();
            jsonBytes += QJsonDocument(u.toJson()).toJson(QJsonDocument::Compact).size();
            User back;
            QVERIFY(UserRecord::unpack(record, &back));
            QCOMPARE(back, u);
            QCOMPARE(UserRecord::pack(back), record); // the same content, the same bytes
        }
        // The point of the form: much smaller than the JSON it stands for.
        QVERIFY2(recordBytes * 2 < jsonBytes, qPrintable(u"%1 vs %2"_s.arg(recordBytes).arg(jsonBytes)));
    }

    void textOutsideAsciiAndTrustedAddress()
    {
        QJsonObject o{
            {u"id"_s, u"7"_s},
            {u"firstName"_s, u"Łukasz"_s},
            {u"lastName"_s, u"Wójcik 🚀"_s},
            {u"title"_s, u"営業部長"_s},
            {u"emailAddress"_s, u"a@example.com"_s},
            {u"trustedEmailAddress"_s, u"b@example.com"_s},
            {u"emailAliases"_s, QJsonArray{u"ä@example.com"_s, u""_s}},
            {u"spokenLanguages"_s, QJsonArray{QJsonObject{{u"language"_s, u"pl-PL"_s}, {u"primary"_s, true}}}},
            {u"meetingConsentPageUrl"_s, u"https://join.gong.io/x/łódź"_s}};
        const User u = User::fromJson(o);
        const User back = roundTrip(u);
        QCOMPARE(back, u);
        QCOMPARE(back.toJson(), o);
        o.insert(u"trustedEmailAddress"_s, u"a@example.com"_s); // the same as the address: stored once
        const User same = User::fromJson(o);
        QVERIFY(UserRecord::pack(same).size() < UserRecord::pack(u).size());
        QCOMPARE(roundTrip(same).toJson(), o);
    }

    // Every shorter prefix, an unknown format, trailing bytes, and lengths that point past the end are refused.
    void damagedBytesAreRefused()
    {
        const User u = TestUsers::demo(20).at(7);
        const QByteArray record = UserRecord::pack(u);
        User out = TestUsers::make(u"untouched"_s, u"A"_s, u"B"_s);
        for (qsizetype n = 0; n < record.size(); ++n)
            QVERIFY2(!UserRecord::unpack(record.left(n), &out), qPrintable(QString::number(n)));
        QCOMPARE(out.id, u"untouched"_s);
        QByteArray other = record;
        other[0] = char(UserRecord::formatVersion + 1);
        QVERIFY(!UserRecord::unpack(other, &out));
        QVERIFY(!UserRecord::unpack(record + QByteArray(1, '\0'), &out));
        // The id's length, made to point four gigabytes on.
        const qsizetype lengthAt = record.indexOf(u.id.toLatin1()) - 1;
        QVERIFY(lengthAt > 0);
        const QByteArray huge = record.left(lengthAt) + QByteArray("\xff\xff\xff\xff\x0f") + record.mid(lengthAt + 1);
        QVERIFY(!UserRecord::unpack(huge, &out));
        QVERIFY(UserRecord::unpack(record, &out));
        QCOMPARE(out, u);
    }
};

QTEST_GUILESS_MAIN(TestUserRecord)
#include "tst_userrecord.moc"
