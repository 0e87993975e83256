// SPDX-License-Identifier: MIT
// One hand-computed case per health check (a small directory and exactly who fails it), the text rules, and a
// company without a single finding.
#include "audit/directoryhealth.h"
#include "audit/healthcheck.h"
#include "audit/healthrules.h"
#include "directory/directory.h"
#include "healthpeople.h"

#include <QFile>
#include <QTest>

using HealthPeople::idsOf;
using HealthPeople::languages;
using HealthPeople::person;
using HealthPeople::settings;

namespace {
QJsonObject with(const char* key, const QJsonValue& value)
{
    return QJsonObject{{QLatin1String(key), value}};
}

QJsonObject inactive()
{
    return with("active", false);
}

QStringList ids(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* id : list)
        out.append(QLatin1String(id));
    return out;
}
} // namespace

struct Case
{
    QString tag;
    QString check;
    QList<User> people;
    QStringList expected;

    // Filled as `newRow("tag") << check << people << expected`, like a QTest data row.
    template <typename T> Case& operator<<(const T& value)
    {
        if constexpr (std::is_same_v<T, QList<User>>)
            people = value;
        else if constexpr (std::is_same_v<T, QStringList>)
            expected = value;
        else
            check = value;
        return *this;
    }
};

class TestHealthChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Each case: a tag starting with the check's key, the people, and who fails the check (in directory order).
    static QList<Case> cases()
    {
        QList<Case> out;
        const auto newRow = [&out](const char* tag) -> Case& {
            out.append(Case{QLatin1String(tag), {}, {}, {}});
            return out.last();
        };
        const QString s = QStringLiteral(" ");

        // A (top: two below), B and C under A; D alone without a manager; E without a manager but with F below.
        newRow("no-manager") << QStringLiteral("no-manager")
                             << QList<User>{person(QStringLiteral("1")),
                                            person(QStringLiteral("2"), QStringLiteral("1")),
                                            person(QStringLiteral("3"), QStringLiteral("2")),
                                            person(QStringLiteral("4")),
                                            person(QStringLiteral("5")),
                                            person(QStringLiteral("6"), QStringLiteral("5"))}
                             << ids({"4", "5"});
        // Two organisations of the same size: the smaller id is the top.
        newRow("no-manager, tie") << QStringLiteral("no-manager")
                                  << QList<User>{person(QStringLiteral("20")),
                                                 person(QStringLiteral("21"), QStringLiteral("20")),
                                                 person(QStringLiteral("10")),
                                                 person(QStringLiteral("11"), QStringLiteral("10"))}
                                  << ids({"20"});
        newRow("no-manager, alone") << QStringLiteral("no-manager") << QList<User>{person(QStringLiteral("1"))}
                                    << QStringList();
        // Nobody has anyone below them: no top, everyone without a manager is listed.
        newRow("no-manager, flat") << QStringLiteral("no-manager")
                                   << QList<User>{person(QStringLiteral("1")), person(QStringLiteral("2"))}
                                   << ids({"1", "2"});
        newRow("manager-missing") << QStringLiteral("manager-missing")
                                  << QList<User>{person(QStringLiteral("1")),
                                                 person(QStringLiteral("2"), QStringLiteral("1")),
                                                 person(QStringLiteral("3"), QStringLiteral("999")),
                                                 person(QStringLiteral("4"), QStringLiteral("4"))}
                                  << ids({"3"});
        // 2 ↔ 3 loop, 4 names themself, 5 reports into the loop without being on it.
        newRow("cycle") << QStringLiteral("cycle")
                        << QList<User>{person(QStringLiteral("1")), person(QStringLiteral("2"), QStringLiteral("3")),
                                       person(QStringLiteral("3"), QStringLiteral("2")),
                                       person(QStringLiteral("4"), QStringLiteral("4")),
                                       person(QStringLiteral("5"), QStringLiteral("2"))}
                        << ids({"2", "3", "4"});
        newRow("inactive-manager") << QStringLiteral("inactive-manager")
                                   << QList<User>{person(QStringLiteral("1"), {}, inactive()),
                                                  person(QStringLiteral("2"), QStringLiteral("1")),
                                                  person(QStringLiteral("3"), {}, inactive()),
                                                  person(QStringLiteral("4"), QStringLiteral("3"), inactive()),
                                                  person(QStringLiteral("5")),
                                                  person(QStringLiteral("6"), QStringLiteral("5"))}
                                   << ids({"1"});
        newRow("reports-to-inactive") << QStringLiteral("reports-to-inactive")
                                      << QList<User>{person(QStringLiteral("1"), {}, inactive()),
                                                     person(QStringLiteral("2"), QStringLiteral("1")),
                                                     person(QStringLiteral("3"), QStringLiteral("1"), inactive()),
                                                     person(QStringLiteral("4"), QStringLiteral("404")),
                                                     person(QStringLiteral("5"), QStringLiteral("1"),
                                                            with("active", QJsonValue()))}
                                      << ids({"2"});
        // 1 and 2 differ only in case; 3 has 1's address as an alias; 4's trusted address is its own primary (not a
        // duplicate); 5's alias is 6's trusted address with spaces and capitals.
        newRow("duplicate-email")
            << QStringLiteral("duplicate-email")
            << QList<User>{person(QStringLiteral("1"), {}, with("emailAddress", QStringLiteral("ana@x.com"))),
                           person(QStringLiteral("2"), {}, with("emailAddress", QStringLiteral("ANA@X.COM"))),
                           person(QStringLiteral("3"), {},
                                  with("emailAliases", QJsonArray{QStringLiteral("Ana@x.com")})),
                           person(QStringLiteral("4")),
                           person(QStringLiteral("5"), {},
                                  with("emailAliases", QJsonArray{QStringLiteral("e2@x.com")})),
                           person(QStringLiteral("6"), {}, with("trustedEmailAddress", QStringLiteral(" E2@x.com "))),
                           person(QStringLiteral("7"))}
            << ids({"1", "2", "3", "5", "6"});
        newRow("invalid-email")
            << QStringLiteral("invalid-email")
            << QList<User>{person(QStringLiteral("1"), {}, with("emailAddress", QStringLiteral("ana@x.com"))),
                           person(QStringLiteral("2"), {}, with("emailAddress", QStringLiteral("bob@x"))),
                           person(QStringLiteral("3"), {}, with("emailAddress", QStringLiteral("carl x@x.com"))),
                           person(QStringLiteral("4"), {},
                                  with("emailAliases", QJsonArray{QStringLiteral("d@@x.com")})),
                           person(QStringLiteral("5"), {}, with("trustedEmailAddress", QStringLiteral("e.@x.com"))),
                           person(QStringLiteral("6"), {}, with("emailAddress", QJsonValue())),
                           person(QStringLiteral("7"), {}, with("emailAddress", QStringLiteral("ünal@bücher.de"))),
                           person(QStringLiteral("8"), {}, with("emailAddress", QStringLiteral("h@x.c"))),
                           person(QStringLiteral("9"), {},
                                  with("emailAddress", QStringLiteral("o'neil+gong@mail.example.co.uk")))}
            << ids({"2", "3", "4", "5", "6", "8"});
        newRow("trusted-other-domain")
            << QStringLiteral("trusted-other-domain")
            << QList<User>{person(QStringLiteral("1"), {},
                                  with("trustedEmailAddress", QStringLiteral("p1@legacy.com"))),
                           person(QStringLiteral("2"), {},
                                  with("trustedEmailAddress", QStringLiteral("Other@EXAMPLE.com"))),
                           person(QStringLiteral("3"), {}, with("trustedEmailAddress", QJsonValue()))}
            << ids({"1"});
        const QString web = QStringLiteral("webConferencesRecorded");
        const QString preventWeb = QStringLiteral("preventWebConferenceRecording");
        const QString emails = QStringLiteral("emailsImported");
        const QString preventEmails = QStringLiteral("preventEmailImport");
        newRow("recording-conflict")
            << QStringLiteral("recording-conflict")
            << QList<User>{person(QStringLiteral("1"), {}, with("settings", settings({web, preventWeb}))),
                           person(QStringLiteral("2"), {}, with("settings", settings({web}))),
                           person(QStringLiteral("3"), {},
                                  with("settings", settings({preventWeb, emails, preventEmails})))}
            << ids({"1"});
        newRow("email-import-conflict")
            << QStringLiteral("email-import-conflict")
            << QList<User>{person(QStringLiteral("1"), {}, with("settings", settings({emails, preventEmails}))),
                           person(QStringLiteral("2"), {}, with("settings", settings({emails}))),
                           person(QStringLiteral("3"), {},
                                  with("settings", settings({preventEmails, web, preventWeb})))}
            << ids({"1"});
        QJsonObject inactiveTelephony = inactive();
        inactiveTelephony.insert(QStringLiteral("settings"), settings({QStringLiteral("telephonyCallsImported")}));
        QJsonObject inactivePrevent = inactive();
        inactivePrevent.insert(QStringLiteral("settings"),
                               settings({preventWeb, QStringLiteral("gongConnectEnabled")}));
        QJsonObject unknownRecorded{{QStringLiteral("active"), QJsonValue()},
                                    {QStringLiteral("settings"), settings({web})}};
        newRow("inactive-recorded") << QStringLiteral("inactive-recorded")
                                    << QList<User>{person(QStringLiteral("1"), {}, inactiveTelephony),
                                                   person(QStringLiteral("2"), {}, inactivePrevent),
                                                   person(QStringLiteral("3"), {}, with("settings", settings({web}))),
                                                   person(QStringLiteral("4"), {}, unknownRecorded)}
                                    << ids({"1"});
        newRow("no-title") << QStringLiteral("no-title")
                           << QList<User>{person(QStringLiteral("1")),
                                          person(QStringLiteral("2"), {}, with("title", QJsonValue())),
                                          person(QStringLiteral("3"), {}, with("title", QStringLiteral("  ")))}
                           << ids({"2", "3"});
        newRow("no-phone") << QStringLiteral("no-phone")
                           << QList<User>{person(QStringLiteral("1")),
                                          person(QStringLiteral("2"), {}, with("phoneNumber", QJsonValue())),
                                          person(QStringLiteral("3"), {}, with("phoneNumber", s))}
                           << ids({"2", "3"});
        newRow("no-primary-language")
            << QStringLiteral("no-primary-language")
            << QList<User>{person(QStringLiteral("1")),
                           person(QStringLiteral("2"), {},
                                  with("spokenLanguages", languages({{QStringLiteral("en-US"), false}}))),
                           person(QStringLiteral("3"), {}, with("spokenLanguages", QJsonArray()))}
            << ids({"2", "3"});
        newRow("several-primary-languages")
            << QStringLiteral("several-primary-languages")
            << QList<User>{person(QStringLiteral("1"), {},
                                  with("spokenLanguages",
                                       languages({{QStringLiteral("en-US"), true}, {QStringLiteral("de-DE"), true}}))),
                           person(QStringLiteral("2"), {},
                                  with("spokenLanguages",
                                       languages({{QStringLiteral("en-US"), true}, {QStringLiteral("de-DE"), false}})))}
            << ids({"1"});
        newRow("implausible-phone")
            << QStringLiteral("implausible-phone")
            << QList<User>{person(QStringLiteral("1"), {}, with("phoneNumber", QStringLiteral("+1 404-555-0111"))),
                           person(QStringLiteral("2"), {}, with("phoneNumber", QStringLiteral("TBD"))),
                           person(QStringLiteral("3"), {}, with("phoneNumber", QStringLiteral("123"))),
                           person(QStringLiteral("4"), {},
                                  with("phoneNumber", QStringLiteral("+49 (0)30 1234567 ext. 12"))),
                           person(QStringLiteral("5"), {}, with("phoneNumber", QStringLiteral("000 0000"))),
                           person(QStringLiteral("6"), {}, with("phoneNumber", QStringLiteral("+1 404 555 0111 x42"))),
                           person(QStringLiteral("7"), {}, with("phoneNumber", QStringLiteral("1+2345678"))),
                           person(QStringLiteral("8"), {}, with("phoneNumber", QJsonValue())),
                           person(QStringLiteral("9"), {}, with("phoneNumber", QStringLiteral("+91 80 6629 9439"))),
                           person(QStringLiteral("10"), {}, with("phoneNumber", QStringLiteral("1234567890123456")))}
            << ids({"2", "3", "5", "7", "10"});
        newRow("insecure-meeting-url")
            << QStringLiteral("insecure-meeting-url")
            << QList<User>{person(QStringLiteral("1")),
                           person(QStringLiteral("2"), {},
                                  with("personalMeetingUrls", QJsonArray{QStringLiteral("http://zoom.us/j/1")})),
                           person(QStringLiteral("3"), {},
                                  with("meetingConsentPageUrl", QStringLiteral("http://join.gong.io/x"))),
                           person(QStringLiteral("4"), {},
                                  with("personalMeetingUrls", QJsonArray{QStringLiteral("zoom.us/j/1")})),
                           person(QStringLiteral("5"), {},
                                  with("personalMeetingUrls", QJsonArray{QStringLiteral("https://")})),
                           person(QStringLiteral("6"), {},
                                  with("personalMeetingUrls", QJsonArray{QStringLiteral("HTTPS://Zoom.us/j/5")}))}
            << ids({"2", "3", "4", "5"});
        return out;
    }

    void everyCheck_data()
    {
        QTest::addColumn<QString>("check");
        QTest::addColumn<QList<User>>("people");
        QTest::addColumn<QStringList>("expected");
        for (const Case& c : cases())
            QTest::newRow(qPrintable(c.tag)) << c.check << c.people << c.expected;
    }

    void everyCheck()
    {
        QFETCH(QString, check);
        QFETCH(QList<User>, people);
        QFETCH(QStringList, expected);
        const HealthCheck* c = HealthCheck::find(check);
        QVERIFY2(c, qPrintable(check));
        Directory d;
        d.upsert(people);
        DirectoryHealth& health = DirectoryHealth::of(d);
        health.sync();
        QCOMPARE(idsOf(d, health.rows(c->id)), expected);
        QCOMPARE(health.count(c->id), expected.size());
        // The same people arriving one at a time, in reverse (managers after their reports): the same answer.
        Directory oneByOne;
        DirectoryHealth& incremental = DirectoryHealth::of(oneByOne);
        for (qsizetype i = people.size() - 1; i >= 0; --i) {
            oneByOne.upsert({people.at(i)});
            incremental.sync();
        }
        QStringList found = idsOf(oneByOne, incremental.rows(c->id));
        found.sort();
        QStringList sorted = expected;
        sorted.sort();
        QCOMPARE(found, sorted);
        QCOMPARE(incremental.fullRecomputations(), 0); // page by page, never starting over
    }

    void everyCheckHasACase()
    {
        QSet<QString> covered;
        for (const Case& c : cases())
            covered.insert(c.check);
        QCOMPARE(HealthCheck::keys().size(), int(HealthCheck::Count));
        for (const QString& key : HealthCheck::keys())
            QVERIFY2(covered.contains(key), qPrintable(QStringLiteral("no case for health:%1").arg(key)));
    }

    void docsListEveryCheck()
    {
        QFile doc(QStringLiteral(GONGDIR_TEST_DATA "/../../docs/health.md"));
        QVERIFY2(doc.open(QIODevice::ReadOnly), qPrintable(doc.fileName()));
        const QString text = QString::fromUtf8(doc.readAll());
        for (const HealthCheck& c : HealthCheck::all()) {
            QVERIFY2(text.contains(QStringLiteral("`%1`").arg(c.queryTerm())), c.key);
            QVERIFY2(text.contains(QLatin1String(c.titleSource)), c.titleSource);
        }
    }

    void catalogIsComplete()
    {
        QSet<QString> seen;
        for (int i = 0; i < HealthCheck::Count; ++i) {
            const HealthCheck& c = HealthCheck::at(i);
            QCOMPARE(int(c.id), i);
            QVERIFY(!seen.contains(QLatin1String(c.key)));
            seen.insert(QLatin1String(c.key));
            QVERIFY(!c.title().isEmpty());
            QVERIFY(c.description().endsWith(QLatin1Char('.')));
            QVERIFY(c.fails && c.detail);
            QCOMPARE(c.queryTerm(), QStringLiteral("health:") + QLatin1String(c.key));
            QCOMPARE(HealthCheck::find(c.queryTerm().mid(7).toUpper()), &c);
        }
        QCOMPARE(HealthCheck::find(QStringLiteral("nope")), nullptr);
    }

    void aHealthyCompanyHasNoFindings()
    {
        Directory d;
        d.upsert({person(QStringLiteral("1")), person(QStringLiteral("2"), QStringLiteral("1")),
                  person(QStringLiteral("3"), QStringLiteral("1")), person(QStringLiteral("4"), QStringLiteral("3"))});
        DirectoryHealth& health = DirectoryHealth::of(d);
        health.sync();
        for (int c = 0; c < HealthCheck::Count; ++c)
            QVERIFY2(health.count(c) == 0, HealthCheck::at(c).key);
        QCOMPARE(health.topRow(), 0);
    }

    void details()
    {
        Directory d;
        d.upsert({person(QStringLiteral("1")), person(QStringLiteral("2"), QStringLiteral("77")),
                  person(QStringLiteral("3"), QStringLiteral("4")), person(QStringLiteral("4"), QStringLiteral("3")),
                  person(QStringLiteral("5"), {}, with("emailAliases", QJsonArray{QStringLiteral("P1@example.com")})),
                  person(QStringLiteral("6"), {}, with("emailAddress", QStringLiteral("nope")))});
        DirectoryHealth& health = DirectoryHealth::of(d);
        health.sync();
        const auto detail = [&](int check, const char* id) {
            const int row = d.rowOf(QLatin1String(id));
            const User& u = d.user(row);
            const HealthRowFacts facts{
                d, health, row, u, d.managerRow(row), false, health.onCycle(row), row == health.topRow()};
            return HealthCheck::at(check).detail(facts);
        };
        QCOMPARE(detail(HealthCheck::ManagerMissing, "2"), QStringLiteral("Manager id 77"));
        QCOMPARE(detail(HealthCheck::ReportingCycle, "3"), QStringLiteral("Person 3 \u2192 Person 4 \u2192 Person 3"));
        QCOMPARE(detail(HealthCheck::DuplicateEmail, "5"), QStringLiteral("p1@example.com, also used by Person 1"));
        QCOMPARE(detail(HealthCheck::InvalidEmail, "6"), QStringLiteral("nope"));
        QCOMPARE(health.rowsSharing(0), QList<int>{4});
        QCOMPARE(health.cycleOf(d.rowOf(QStringLiteral("4"))), (QList<int>{3, 2}));
    }

    void emailRule_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("ana.ortiz@example.com") << true;
        QTest::newRow("plus and apostrophe") << QStringLiteral("o'neil+x@mail.example.co.uk") << true;
        QTest::newRow("idn") << QStringLiteral("ünal@bücher.de") << true;
        QTest::newRow("punycode tld") << QStringLiteral("a@example.xn--p1ai") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("no at") << QStringLiteral("ana.example.com") << false;
        QTest::newRow("two ats") << QStringLiteral("a@b@example.com") << false;
        QTest::newRow("no tld") << QStringLiteral("ana@localhost") << false;
        QTest::newRow("one-letter tld") << QStringLiteral("ana@example.c") << false;
        QTest::newRow("numeric tld") << QStringLiteral("ana@10.0.0.1") << false;
        QTest::newRow("space") << QStringLiteral("ana ortiz@example.com") << false;
        QTest::newRow("leading dot") << QStringLiteral(".ana@example.com") << false;
        QTest::newRow("double dot") << QStringLiteral("ana..o@example.com") << false;
        QTest::newRow("trailing dot") << QStringLiteral("ana.@example.com") << false;
        QTest::newRow("hyphen label") << QStringLiteral("ana@-example.com") << false;
        QTest::newRow("empty label") << QStringLiteral("ana@example..com") << false;
        QTest::newRow("comma") << QStringLiteral("ana,b@example.com") << false;
        QTest::newRow("long local") << QString(65, QLatin1Char('a')) + QStringLiteral("@example.com") << false;
    }

    void emailRule()
    {
        QFETCH(QString, address);
        QFETCH(bool, valid);
        QCOMPARE(HealthRules::isValidEmail(address), valid);
    }

    void phoneRule_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<bool>("plausible");
        QTest::newRow("us") << QStringLiteral("+1 404-555-0111") << true;
        QTest::newRow("india") << QStringLiteral("+91 80 6629 9439") << true;
        QTest::newRow("dots") << QStringLiteral("030.1234.5678") << true;
        QTest::newRow("trunk prefix") << QStringLiteral("+49 (0)30 1234567") << true;
        QTest::newRow("x extension") << QStringLiteral("+1 404 555 0111 x42") << true;
        QTest::newRow("ext. extension") << QStringLiteral("+1 404 555 0111 ext. 4200") << true;
        QTest::newRow("hash extension") << QStringLiteral("+1 404 555 0111 #42") << true;
        QTest::newRow("letters") << QStringLiteral("TBD") << false;
        QTest::newRow("n/a") << QStringLiteral("n/a") << false;
        QTest::newRow("short") << QStringLiteral("555-01") << false;
        QTest::newRow("too long") << QStringLiteral("+1234567890123456") << false;
        QTest::newRow("same digit") << QStringLiteral("0000000") << false;
        QTest::newRow("inner plus") << QStringLiteral("1+2345678") << false;
        QTest::newRow("bad extension") << QStringLiteral("+1 404 555 0111 xyz") << false;
        QTest::newRow("vanity") << QStringLiteral("1-800-FLOWERS") << false;
    }

    void phoneRule()
    {
        QFETCH(QString, phone);
        QFETCH(bool, plausible);
        QCOMPARE(HealthRules::isPlausiblePhone(phone), plausible);
    }

    void urlRule()
    {
        QVERIFY(HealthRules::isHttpsUrl(QStringLiteral("https://zoom.us/j/1")));
        QVERIFY(HealthRules::isHttpsUrl(QStringLiteral(" HTTPS://meet.google.com/abc-defg-hij ")));
        QVERIFY(!HealthRules::isHttpsUrl(QStringLiteral("http://zoom.us/j/1")));
        QVERIFY(!HealthRules::isHttpsUrl(QStringLiteral("zoom.us/j/1")));
        QVERIFY(!HealthRules::isHttpsUrl(QStringLiteral("https://")));
        QVERIFY(!HealthRules::isHttpsUrl(QStringLiteral("https:///path")));
        QVERIFY(!HealthRules::isHttpsUrl(QStringLiteral("https://zoom us/j/1")));
        QVERIFY(!HealthRules::isHttpsUrl(QStringLiteral("https://zoom.us/j/1\t2")));
        QVERIFY(HealthRules::isHttpsUrl(QByteArrayView("https://join.gong.io/acme/ana?tkn=x")));
        QVERIFY(HealthRules::isHttpsUrl(QByteArrayView("https://b\xC3\xBC"
                                                       "cher.de/x")));
        QVERIFY(!HealthRules::isHttpsUrl(QByteArrayView("http://join.gong.io/acme")));
        QVERIFY(!HealthRules::isHttpsUrl(QByteArrayView("https:// join.gong.io")));
        QVERIFY(HealthRules::sameDomain(QStringLiteral("Ana@Example.COM "), QStringLiteral("b@example.com")));
        QVERIFY(!HealthRules::sameDomain(QStringLiteral("a@example.com"), QStringLiteral("a@example.org")));
        QVERIFY(!HealthRules::sameDomain(QStringLiteral("nope"), QStringLiteral("nope")));
    }
};

QTEST_GUILESS_MAIN(TestHealthChecks)
#include "tst_healthchecks.moc"
