// SPDX-License-Identifier: MIT
// UserQuery (the parser), TextFold and UserMatcher on a small hand-built directory.
#include "audit/healthcheck.h"
#include "demo/demoorggenerator.h"
#include "directory/directory.h"
#include "directory/textfold.h"
#include "search/usermatcher.h"
#include "search/userquery.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using Field = UserQueryTerm::Field;

namespace {
QJsonObject person(const QString& id, const QString& first, const QString& last, const QString& managerId = {})
{
    QJsonObject o{{"id", id},
                  {"firstName", first},
                  {"lastName", last},
                  {"emailAddress", QString(first + QLatin1Char('.') + last).toLower() + QStringLiteral("@acme.test")},
                  {"active", true}};
    if (!managerId.isEmpty())
        o.insert("managerId", managerId);
    return o;
}
} // namespace

class TestUserQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void foldsCaseAndAccents_data();
    void foldsCaseAndAccents();
    void parsesBareWordsAndPhrases();
    void parsesNegation();
    void parsesFields();
    void parsesCommaListsAndExact();
    void parsesCreated_data();
    void parsesCreated();
    void parsesFlagsAndSettings();
    void reportsErrors_data();
    void reportsErrors();
    void unbalancedQuoteStillApplies();
    void hugeQueryIsFastAndSafe();
    void manyTermsAreCapped();
    void quoting();
    void narrowsOnlyWhenTypingOn_data();
    void narrowsOnlyWhenTypingOn();

    void matches_data();
    void matches();
    void underFollowsTheTree();
    void parsesHistoryTerms_data();
    void parsesHistoryTerms();
    void matchesChangesFromHistory();
    void relationsChangeWhenManagersArrive();
    void parsesHealth();
    void healthChangesWhenPagesArrive();
    void indexScanAgreesWithPlainSearch();
    void indexHoldsEachFieldFolded_data();
    void indexHoldsEachFieldFolded();

private:
    QStringList ids(const QString& query);
    Directory m_dir;
};

void TestUserQuery::initTestCase()
{
    // ceo (1) ─┬─ 2 José Álvarez (sales, es-ES primary) ─┬─ 4 Anna Müller
    //          │                                         └─ 5 Marie Curie  ── 6 Zoë Ng
    //          └─ 3 Bob Smith (inactive)
    // 7 and 8 manage each other (a cycle); 9 reports to "404" who is not in the data.
    QList<User> users;
    QJsonObject ceo = person("1", "Carla", "Chief");
    ceo.insert("title", "Chief Executive Officer");
    ceo.insert("created", "2019-05-01T10:00:00Z");
    ceo.insert("settings", QJsonObject{{"webConferencesRecorded", true}, {"emailsImported", false}});
    QJsonObject jose = person("2", QStringLiteral("José"), QStringLiteral("Álvarez"), "1");
    jose.insert("title", "Account Executive");
    jose.insert("phoneNumber", "+34 91 555-0100");
    jose.insert("spokenLanguages", QJsonArray{QJsonObject{{"language", "es-ES"}, {"primary", true}},
                                              QJsonObject{{"language", "en-US"}, {"primary", false}}});
    jose.insert("created", "2023-03-15T08:00:00Z");
    jose.insert("emailAliases", QJsonArray{"pepe@acme.test"});
    jose.insert("settings", QJsonObject{{"webConferencesRecorded", true}, {"emailsImported", true}});
    QJsonObject bob = person("3", "Bob", "Smith", "1");
    bob.insert("active", false);
    bob.insert("title", "Senior Account Executive");
    bob.insert("spokenLanguages", QJsonArray{QJsonObject{{"language", "es-MX"}, {"primary", false}},
                                             QJsonObject{{"language", "de-DE"}, {"primary", true}}});
    bob.insert("created", "2024-03-01T00:00:00Z");
    QJsonObject anna = person("4", "Anna", QStringLiteral("Müller"), "2");
    anna.insert("extension", "4711");
    anna.insert("created", "2024-02-29T23:59:59Z");
    QJsonObject marie = person("5", "Marie", "Curie", "2");
    marie.insert("title", "Sales Engineer");
    QJsonObject zoe = person("6", QStringLiteral("Zoë"), "Ng", "5");
    QJsonObject c1 = person("7", "Cy", "Cle", "8");
    QJsonObject c2 = person("8", "Ro", "Und", "7");
    QJsonObject orphan = person("9", "Olive", "Orphan", "404");
    for (const QJsonObject& o : {ceo, jose, bob, anna, marie, zoe, c1, c2, orphan})
        users.append(User::fromJson(o));
    m_dir.upsert(users);
    QCOMPARE(m_dir.count(), 9);
}

QStringList TestUserQuery::ids(const QString& query)
{
    const UserQuery q = UserQuery::parse(query);
    UserMatcher matcher(q, m_dir);
    QStringList out;
    for (int row = 0; row < m_dir.count(); ++row) {
        if (matcher.matches(row))
            out.append(m_dir.user(row).id);
    }
    return out;
}

void TestUserQuery::foldsCaseAndAccents_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("ascii") << "Hello World"
                           << "hello world";
    QTest::newRow("acute") << QStringLiteral("José") << "jose";
    QTest::newRow("umlaut") << QStringLiteral("MÜLLER") << "muller";
    QTest::newRow("decomposed input") << QStringLiteral("Jose\u0301") << "jose";
    QTest::newRow("cedilla") << QStringLiteral("Françoise") << "francoise";
    QTest::newRow("sharp s stays") << QStringLiteral("Straße") << QStringLiteral("straße");
    QTest::newRow("greek") << QStringLiteral("Ζωή") << QStringLiteral("ζωη");
    QTest::newRow("empty") << ""
                           << "";
}

void TestUserQuery::foldsCaseAndAccents()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(TextFold::fold(text), folded);
    QCOMPARE(QString::fromStdString(TextFold::foldUtf8(text)), folded);
}

void TestUserQuery::parsesBareWordsAndPhrases()
{
    const UserQuery q = UserQuery::parse(QStringLiteral("  maria \"Account Exec\"  josé "));
    QVERIFY(!q.hasErrors());
    QCOMPARE(q.terms().size(), 3);
    QCOMPARE(q.terms()[0].field, Field::Any);
    QCOMPARE(q.terms()[0].values, QStringList{"maria"});
    QCOMPARE(q.terms()[0].position, 2);
    QCOMPARE(q.terms()[1].values, QStringList{"Account Exec"});
    QCOMPARE(q.terms()[1].folded.front(), std::string("account exec"));
    QCOMPARE(q.terms()[2].folded.front(), std::string("jose"));
    QVERIFY(UserQuery::parse(QString()).isEmpty());
    QVERIFY(UserQuery::parse(QStringLiteral("   \t ")).isEmpty());
    QVERIFY(UserQuery::parse(QStringLiteral("\"\"")).isEmpty());
}

void TestUserQuery::parsesNegation()
{
    const UserQuery q = UserQuery::parse(QStringLiteral("-smith -\"sales eng\" -title:vp - x"));
    QVERIFY2(!q.hasErrors(), qPrintable(q.errorText()));
    QCOMPARE(q.terms().size(), 5);
    QVERIFY(q.terms()[0].negated);
    QVERIFY(q.terms()[1].negated);
    QCOMPARE(q.terms()[1].values, QStringList{"sales eng"});
    QVERIFY(q.terms()[2].negated);
    QCOMPARE(q.terms()[2].field, Field::Title);
    QCOMPARE(q.terms()[2].position, 20);
    // A lone dash is a word, not a negation.
    QVERIFY(!q.terms()[3].negated);
    QCOMPARE(q.terms()[3].values, QStringList{"-"});
    QVERIFY(!q.terms()[4].negated);
}

void TestUserQuery::parsesFields()
{
    const UserQuery q = UserQuery::parse(
        QStringLiteral("name:ana EMAIL:acme title:\"Sales Engineer\" phone:555 id:42 lang:es manager:bob under:carla "
                       "lang:primary=de"));
    QVERIFY2(!q.hasErrors(), qPrintable(q.errorText()));
    QCOMPARE(q.terms().size(), 9);
    const QList<Field> fields = {Field::Name,     Field::Email,   Field::Title, Field::Phone,   Field::Id,
                                 Field::Language, Field::Manager, Field::Under, Field::Language};
    for (int i = 0; i < fields.size(); ++i)
        QCOMPARE(q.terms()[i].field, fields[i]);
    QCOMPARE(q.terms()[2].values, QStringList{"Sales Engineer"});
    QVERIFY(!q.terms()[5].primaryLanguage);
    QVERIFY(q.terms()[8].primaryLanguage);
    QCOMPARE(q.terms()[8].values, QStringList{"de"});
    QVERIFY(q.dependsOnRelations());
    QVERIFY(!UserQuery::parse(QStringLiteral("name:x is:active")).dependsOnRelations());
    QVERIFY(UserQuery::parse(QStringLiteral("is:manager")).dependsOnRelations());
}

void TestUserQuery::parsesCommaListsAndExact()
{
    const UserQuery q = UserQuery::parse(QStringLiteral("title:=\"VP, Sales\",Engineer lang:es,de"));
    QVERIFY2(!q.hasErrors(), qPrintable(q.errorText()));
    QCOMPARE(q.terms().size(), 2);
    QVERIFY(q.terms()[0].exact);
    QCOMPARE(q.terms()[0].values, (QStringList{"VP, Sales", "Engineer"}));
    QCOMPARE(q.terms()[1].values, (QStringList{"es", "de"}));
    QVERIFY(!q.terms()[1].exact);
}

void TestUserQuery::parsesCreated_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to"); // invalid: open end
    const auto d = [](int y, int m, int day) { return QDateTime(QDate(y, m, day), QTime(0, 0), Qt::UTC); };
    QTest::newRow("year") << "created:2023" << d(2023, 1, 1) << d(2024, 1, 1);
    QTest::newRow("month") << "created:2024-02" << d(2024, 2, 1) << d(2024, 3, 1);
    QTest::newRow("date") << "created:2024-03-01" << d(2024, 3, 1) << d(2024, 3, 2);
    QTest::newRow(">= date") << "created:>=2024-03-01" << d(2024, 3, 1) << QDateTime();
    QTest::newRow("> year") << "created:>2023" << d(2024, 1, 1) << QDateTime();
    QTest::newRow("< year") << "created:<2023" << QDateTime() << d(2023, 1, 1);
    QTest::newRow("<= date") << "created:<=2023-12-31" << QDateTime() << d(2024, 1, 1);
}

void TestUserQuery::parsesCreated()
{
    QFETCH(QString, query);
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    const UserQuery q = UserQuery::parse(query);
    QVERIFY2(!q.hasErrors(), qPrintable(q.errorText()));
    QCOMPARE(q.terms().size(), 1);
    const UserQueryTerm& t = q.terms().first();
    QCOMPARE(t.field, Field::Created);
    QCOMPARE(t.createdFrom, from.isValid() ? from.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min());
    QCOMPARE(t.createdTo, to.isValid() ? to.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max());
}

void TestUserQuery::parsesFlagsAndSettings()
{
    const UserQuery q = UserQuery::parse(QStringLiteral(
        "is:active is:Manager has:manager has:phone has:aliases is:inactive,active "
        "setting:WEBCONFERENCESRECORDED -setting:emailsImported setting:gongConnectEnabled=off,unknown"));
    QVERIFY2(!q.hasErrors(), qPrintable(q.errorText()));
    QCOMPARE(q.terms().size(), 9);
    using Flag = UserQueryTerm::Flag;
    QCOMPARE(q.terms()[0].flags, QList<Flag>{Flag::Active});
    QCOMPARE(q.terms()[1].flags, QList<Flag>{Flag::Manager});
    QCOMPARE(q.terms()[2].flags, QList<Flag>{Flag::HasManager});
    QCOMPARE(q.terms()[3].flags, QList<Flag>{Flag::HasPhone});
    QCOMPARE(q.terms()[4].flags, QList<Flag>{Flag::HasAliases});
    QCOMPARE(q.terms()[5].flags, (QList<Flag>{Flag::Inactive, Flag::Active}));
    QCOMPARE(q.terms()[6].setting, UserSetting::WebConferencesRecorded);
    QCOMPARE(q.terms()[6].settingStates, QList<TriState>{TriState::On});
    QVERIFY(q.terms()[7].negated);
    QCOMPARE(q.terms()[7].setting, UserSetting::EmailsImported);
    QCOMPARE(q.terms()[8].setting, UserSetting::GongConnectEnabled);
    QCOMPARE(q.terms()[8].settingStates, (QList<TriState>{TriState::Off, TriState::Unknown}));
}

void TestUserQuery::reportsErrors_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<int>("termsLeft");
    QTest::newRow("unknown field") << "maria foo:bar smith" << 6 << "Unknown field" << 2;
    QTest::newRow("missing value") << "title: smith" << 0 << "Missing value" << 1;
    QTest::newRow("unknown flag") << "is:sleepy ana" << 0 << "Unknown value" << 1;
    QTest::newRow("unknown has") << "has:horns" << 0 << "Unknown value" << 0;
    QTest::newRow("unknown setting") << "ana setting:coffee" << 4 << "Unknown setting" << 1;
    QTest::newRow("bad setting state") << "setting:emailsImported=maybe" << 0 << "Unknown state" << 0;
    QTest::newRow("bad date") << "created:yesterday" << 0 << "not a year or date" << 0;
    QTest::newRow("bad date 2") << "created:>=2024-13-45 ana" << 0 << "not a year or date" << 1;
    QTest::newRow("bad comparison") << "created:=>2023" << 0 << "Unknown comparison" << 0;
    QTest::newRow("glued text") << "title:\"vp\"x ana" << 10 << "Unexpected text" << 2;
    QTest::newRow("primary without tag") << "lang:primary=" << 0 << "Missing language" << 0;
    QTest::newRow("negated unknown") << "-foo:bar" << 1 << "Unknown field" << 0;
    QTest::newRow("unknown check") << QStringLiteral("ana health:sleepy") << 4 << QStringLiteral("Unknown check") << 1;
}

void TestUserQuery::reportsErrors()
{
    QFETCH(QString, query);
    QFETCH(int, position);
    QFETCH(QString, messagePart);
    QFETCH(int, termsLeft);
    const UserQuery q = UserQuery::parse(query);
    QVERIFY(q.hasErrors());
    QCOMPARE(q.errors().first().position, position);
    QVERIFY2(q.errors().first().message.contains(messagePart), qPrintable(q.errors().first().message));
    QVERIFY(q.errors().first().length > 0);
    QVERIFY(q.errorText().startsWith(QStringLiteral("col %1: ").arg(position + 1)));
    QCOMPARE(q.terms().size(), termsLeft); // the rest of the query still applies
}

void TestUserQuery::unbalancedQuoteStillApplies()
{
    const UserQuery q = UserQuery::parse(QStringLiteral("ana \"müller"));
    QCOMPARE(q.errors().size(), 1);
    QCOMPARE(q.errors().first().position, 4);
    QVERIFY(q.errors().first().message.contains(QStringLiteral("quote")));
    QCOMPARE(q.terms().size(), 2);
    QCOMPARE(q.terms()[1].folded.front(), std::string("muller"));
    QCOMPARE(ids(QStringLiteral("ann \"müller")), QStringList{"4"});
    // A quote in a field value, and a lone quote.
    QCOMPARE(UserQuery::parse(QStringLiteral("title:\"sales eng")).terms().size(), 1);
    QCOMPARE(UserQuery::parse(QStringLiteral("\"")).terms().size(), 0);
    QCOMPARE(UserQuery::parse(QStringLiteral("\"")).errors().size(), 1);
    QCOMPARE(UserQuery::parse(QStringLiteral("a\"b c")).terms().size(), 2); // a quote inside a word is literal
}

void TestUserQuery::hugeQueryIsFastAndSafe()
{
    const qsizetype size = 10 * 1024 * 1024;
    // One 10 MB word, one 10 MB run of short words, one 10 MB run of quotes and colons.
    const UserQuery word = UserQuery::parse(QString(size, QLatin1Char('x')));
    QVERIFY(word.isEmpty());
    QVERIFY(word.errors().first().message.contains(QStringLiteral("longer")));
    QString words;
    words.reserve(size);
    while (words.size() < size)
        words += QStringLiteral("ab -cd title:x \"e f\" ");
    const UserQuery many = UserQuery::parse(words);
    QCOMPARE(many.terms().size(), UserQuery::maxTerms);
    QVERIFY(many.errors().last().message.contains(QStringLiteral("Too many")));
    QString junk;
    junk.reserve(size);
    while (junk.size() < size)
        junk += QStringLiteral("\":foo:\"is:\"-\"");
    const UserQuery odd = UserQuery::parse(junk);
    QVERIFY(odd.errors().size() <= UserQuery::maxErrors);
    QString quote = QStringLiteral("name:\"") + QString(size, QChar(0xE9));
    const UserQuery unbalanced = UserQuery::parse(quote);
    QVERIFY(unbalanced.hasErrors());
    // Matching a huge (ignored) query costs nothing.
    QCOMPARE(ids(QString(size, QLatin1Char('x'))).size(), m_dir.count());
    // How fast is the benchmark's input group (beside a linear scan of the same text), not a bound here.
}

void TestUserQuery::manyTermsAreCapped()
{
    QString text;
    for (int i = 0; i < UserQuery::maxTerms + 10; ++i)
        text += QStringLiteral("w%1 ").arg(i);
    const UserQuery q = UserQuery::parse(text);
    QCOMPARE(q.terms().size(), UserQuery::maxTerms);
    QCOMPARE(q.errors().size(), 1);
}

// A query narrows another when it can only match rows the other matched: the filter model then re-checks only the
// rows shown. Wrongly saying yes would hide people who match; the cases below are each way it could go wrong.
void TestUserQuery::narrowsOnlyWhenTypingOn_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<bool>("narrows");
    QTest::newRow("one more letter") << QStringLiteral("mar") << QStringLiteral("mari") << true;
    QTest::newRow("another term") << QStringLiteral("mar") << QStringLiteral("mar title:eng") << true;
    QTest::newRow("field grows") << QStringLiteral("title:eng") << QStringLiteral("title:engi") << true;
    QTest::newRow("email grows") << QStringLiteral("email:ann") << QStringLiteral("email:anna") << true;
    QTest::newRow("same query") << QStringLiteral("title:eng -is:inactive") << QStringLiteral("title:eng -is:inactive")
                                << true;
    QTest::newRow("from nothing") << QString() << QStringLiteral("mar") << false;
    QTest::newRow("letter removed") << QStringLiteral("mari") << QStringLiteral("mar") << false;
    QTest::newRow("other word") << QStringLiteral("mar") << QStringLiteral("max") << false;
    QTest::newRow("negated grows") << QStringLiteral("-mar") << QStringLiteral("-mari") << false;
    QTest::newRow("exact grows") << QStringLiteral("title:=Eng") << QStringLiteral("title:=Engineer") << false;
    QTest::newRow("not the last term") << QStringLiteral("mar eng") << QStringLiteral("mari eng") << false;
    QTest::newRow("other field") << QStringLiteral("name:mar") << QStringLiteral("title:mar") << false;
    QTest::newRow("relational field") << QStringLiteral("manager:an") << QStringLiteral("manager:ann") << false;
    QTest::newRow("list grows") << QStringLiteral("title:eng") << QStringLiteral("title:eng,sales") << false;
    QTest::newRow("term dropped") << QStringLiteral("mar eng") << QStringLiteral("mar") << false;
}

void TestUserQuery::narrowsOnlyWhenTypingOn()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(bool, narrows);
    QCOMPARE(UserQuery::parse(after).narrows(UserQuery::parse(before)), narrows);
}

void TestUserQuery::quoting()
{
    QCOMPARE(UserQuery::quoted(QStringLiteral("Sales")), QStringLiteral("Sales"));
    QCOMPARE(UserQuery::quoted(QStringLiteral("VP, Sales")), QStringLiteral("\"VP, Sales\""));
    QCOMPARE(UserQuery::quoted(QStringLiteral("a \"b\"")), QStringLiteral("\"a b\""));
    // Round trip through the parser.
    const UserQuery q = UserQuery::parse(QStringLiteral("title:=") + UserQuery::quoted(QStringLiteral("VP, Sales")));
    QCOMPARE(q.terms().first().values, QStringList{"VP, Sales"});
}

void TestUserQuery::matches_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty") << "" << QStringList{"1", "2", "3", "4", "5", "6", "7", "8", "9"};
    QTest::newRow("accent-insensitive") << "jose" << QStringList{"2"};
    QTest::newRow("accented query") << QStringLiteral("JOSÉ") << QStringList{"2"};
    QTest::newRow("umlaut") << "muller" << QStringList{"4"};
    QTest::newRow("diaeresis") << "zoe" << QStringList{"6"};
    QTest::newRow("substring, all words") << "ma ri" << QStringList{"5"};
    QTest::newRow("full name phrase") << "\"jose alvarez\"" << QStringList{"2"};
    QTest::newRow("phrase does not span fields") << "\"alvarez jose\"" << QStringList{};
    QTest::newRow("email") << "bob.smith@" << QStringList{"3"};
    QTest::newRow("alias via bare word") << "pepe" << QStringList{"2"};
    QTest::newRow("title via bare word") << "executive" << QStringList{"1", "2", "3"};
    QTest::newRow("extension") << "4711" << QStringList{"4"};
    QTest::newRow("negation") << "executive -senior" << QStringList{"1", "2"};
    QTest::newRow("negated phrase") << "-\"account executive\" -o" << QStringList{"4", "5", "7"};
    QTest::newRow("name:") << "name:curie" << QStringList{"5"};
    QTest::newRow("name: not email") << "name:acme" << QStringList{};
    QTest::newRow("email: aliases") << "email:pepe@" << QStringList{"2"};
    QTest::newRow("email: exact alias") << "email:=pepe@acme.test" << QStringList{"2"};
    QTest::newRow("title:") << "title:\"account exec\"" << QStringList{"2", "3"};
    QTest::newRow("title:= exact") << "title:=\"account executive\"" << QStringList{"2"};
    QTest::newRow("title: any of") << "title:engineer,chief" << QStringList{"1", "5"};
    QTest::newRow("phone: digits") << "phone:\"91 5550100\"" << QStringList{"2"};
    QTest::newRow("phone: text") << "phone:+34" << QStringList{"2"};
    QTest::newRow("id: exact") << "id:2" << QStringList{"2"};
    QTest::newRow("id: not substring") << "id:" + QString::number(12) << QStringList{};
    QTest::newRow("lang: prefix") << "lang:es" << QStringList{"2", "3"};
    QTest::newRow("lang: full tag") << "lang:es-ES" << QStringList{"2"};
    QTest::newRow("lang: no partial subtag") << "lang:e" << QStringList{};
    QTest::newRow("lang:primary=") << "lang:primary=es" << QStringList{"2"};
    QTest::newRow("lang:primary=de") << "lang:primary=de" << QStringList{"3"};
    QTest::newRow("manager: name") << "manager:jose" << QStringList{"4", "5"};
    QTest::newRow("manager: email") << "manager:carla.chief@" << QStringList{"2", "3"};
    QTest::newRow("manager: id") << "manager:5" << QStringList{"6"};
    QTest::newRow("manager: missing") << "manager:404" << QStringList{"9"};
    QTest::newRow("-manager:") << "-manager:jose" << QStringList{"1", "2", "3", "6", "7", "8", "9"};
    QTest::newRow("created: year") << "created:2024" << QStringList{"3", "4"};
    QTest::newRow("created: >=") << "created:>=2024-03-01" << QStringList{"3"};
    QTest::newRow("created: <") << "created:<2024-03-01" << QStringList{"1", "2", "4"};
    QTest::newRow("created: <= year") << "created:<=2023" << QStringList{"1", "2"};
    QTest::newRow("created: >") << "created:>2023-03-15" << QStringList{"3", "4"};
    QTest::newRow("is:active") << "is:active" << QStringList{"1", "2", "4", "5", "6", "7", "8", "9"};
    QTest::newRow("is:inactive") << "is:inactive" << QStringList{"3"};
    QTest::newRow("is:manager") << "is:manager" << QStringList{"1", "2", "5", "7", "8"};
    QTest::newRow("-has:manager") << "-has:manager" << QStringList{"1"};
    QTest::newRow("has:phone") << "has:phone" << QStringList{"2"};
    QTest::newRow("has:aliases") << "has:aliases" << QStringList{"2"};
    QTest::newRow("setting:") << "setting:webconferencesrecorded" << QStringList{"1", "2"};
    QTest::newRow("-setting:") << "-setting:emailsImported name:a" << QStringList{"1", "4", "5", "9"};
    QTest::newRow("setting:=off") << "setting:emailsImported=off" << QStringList{"1"};
    QTest::newRow("setting:=unknown") << "setting:emailsImported=unknown is:inactive" << QStringList{"3"};
    QTest::newRow("error keeps rest") << "foo:bar jose" << QStringList{"2"};
    QTest::newRow("combined") << "is:active lang:es manager:carla setting:emailsImported" << QStringList{"2"};
    QTest::newRow("health:cycle") << QStringLiteral("health:cycle")
                                  << QStringList{QStringLiteral("7"), QStringLiteral("8")};
    QTest::newRow("health: any of") << QStringLiteral("health:cycle,Manager-Missing")
                                    << QStringList{QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9")};
    QTest::newRow("health:no-title") << QStringLiteral("health:no-title")
                                     << QStringList{QStringLiteral("4"), QStringLiteral("6"), QStringLiteral("7"),
                                                    QStringLiteral("8"), QStringLiteral("9")};
    QTest::newRow("health: combined") << QStringLiteral("health:no-title -health:cycle name:a")
                                      << QStringList{QStringLiteral("4"), QStringLiteral("9")};
    QTest::newRow("-health:any") << QStringLiteral("-health:any") << QStringList{QStringLiteral("2")};
    QTest::newRow("health: nobody") << QStringLiteral("health:duplicate-email") << QStringList{};
}

void TestUserQuery::matches()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QCOMPARE(ids(query), expected);
}

void TestUserQuery::underFollowsTheTree()
{
    QCOMPARE(ids(QStringLiteral("under:carla")), (QStringList{"2", "3", "4", "5", "6"}));
    QCOMPARE(ids(QStringLiteral("under:\"josé álvarez\"")), (QStringList{"4", "5", "6"}));
    QCOMPARE(ids(QStringLiteral("under:5")), QStringList{"6"});
    QCOMPARE(ids(QStringLiteral("under:zoe")), QStringList{});
    // A cycle: each is below the other; it ends.
    QCOMPARE(ids(QStringLiteral("under:7")), (QStringList{"7", "8"}));
    // A manager missing from the data: found by id.
    QCOMPARE(ids(QStringLiteral("under:404")), QStringList{"9"});
    QCOMPARE(ids(QStringLiteral("-under:jose is:active")), (QStringList{"1", "2", "7", "8", "9"}));
    // Several roots.
    QCOMPARE(ids(QStringLiteral("under:marie,bob")), QStringList{"6"});
}

void TestUserQuery::parsesHistoryTerms_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("error"); // empty: parses
    QTest::newRow("changed: field") << QStringLiteral("changed:managerId") << QString();
    QTest::newRow("changed: dotted setting") << QStringLiteral("changed:settings.webConferencesRecorded") << QString();
    QTest::newRow("changed: any of") << QStringLiteral("changed:title,managerId") << QString();
    QTest::newRow("changed: anything") << QStringLiteral("changed:*") << QString();
    QTest::newRow("joined: span") << QStringLiteral("joined:30d") << QString();
    QTest::newRow("joined: date") << QStringLiteral("joined:>=2026-11-01") << QString();
    QTest::newRow("changed: not a field") << QStringLiteral("changed:man@ger") << QStringLiteral("not a field name");
    QTest::newRow("changed: nothing") << QStringLiteral("changed:") << QStringLiteral("Missing value");
    QTest::newRow("joined: span with comparison") << QStringLiteral("joined:>30d") << QStringLiteral("span of time");
    QTest::newRow("joined: nonsense") << QStringLiteral("joined:soon") << QStringLiteral("not a span of time");
    QTest::newRow("created: takes no span") << QStringLiteral("created:30d") << QStringLiteral("not a year or date");
}

void TestUserQuery::parsesHistoryTerms()
{
    QFETCH(QString, query);
    QFETCH(QString, error);
    const UserQuery q = UserQuery::parse(query);
    QCOMPARE(q.hasErrors(), !error.isEmpty());
    if (!error.isEmpty()) {
        QVERIFY2(q.errorText().contains(error), qPrintable(q.errorText()));
        QVERIFY(!q.dependsOnHistory());
        return;
    }
    QCOMPARE(q.terms().size(), 1);
    QVERIFY(q.dependsOnHistory());
    QVERIFY(q.terms().first().field == Field::Changed || q.terms().first().field == Field::Joined);
    QVERIFY(!UserQuery::parse(QStringLiteral("title:x created:2024")).dependsOnHistory());
}

// changed: and joined: read the offline history's facts that the directory carries, and combine with the rest.
void TestUserQuery::matchesChangesFromHistory()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 day = 86400000;
    QCOMPARE(ids(QStringLiteral("changed:managerId")), QStringList{}); // no history: no one changed
    ChangeFacts facts;
    facts.addChangedField(QStringLiteral("2"), QStringLiteral("managerId"));
    facts.addChangedField(QStringLiteral("2"), QStringLiteral("settings.emailsImported"));
    facts.addChangedField(QStringLiteral("4"), QStringLiteral("title"));
    facts.addChangedField(QStringLiteral("3"), QStringLiteral("active"));
    facts.addChangedField(QStringLiteral("6"), QStringLiteral("managerId"));
    facts.setJoined(QStringLiteral("5"), now - 2 * day);
    facts.setJoined(QStringLiteral("6"), now - 40 * day);
    m_dir.setChangeFacts(facts);
    QCOMPARE(ids(QStringLiteral("changed:managerId")), (QStringList{"2", "6"}));
    QCOMPARE(ids(QStringLiteral("changed:managerId under:jose")), QStringList{"6"});
    QCOMPARE(ids(QStringLiteral("changed:managerId -under:jose")), QStringList{"2"});
    QCOMPARE(ids(QStringLiteral("changed:settings")), QStringList{"2"});
    QCOMPARE(ids(QStringLiteral("changed:SETTINGS.EMAILSIMPORTED")), QStringList{"2"});
    QCOMPARE(ids(QStringLiteral("changed:settings.webConferencesRecorded")), QStringList{});
    QCOMPARE(ids(QStringLiteral("changed:title,active")), (QStringList{"3", "4"}));
    QCOMPARE(ids(QStringLiteral("changed:*")), (QStringList{"2", "3", "4", "6"}));
    QCOMPARE(ids(QStringLiteral("joined:30d")), QStringList{"5"});
    QCOMPARE(ids(QStringLiteral("joined:60d")), (QStringList{"5", "6"}));
    QCOMPARE(ids(QStringLiteral("-joined:30d manager:jose")), QStringList{"4"});
    const QString tenDaysAgo = QDateTime::fromMSecsSinceEpoch(now - 10 * day, Qt::UTC).date().toString(Qt::ISODate);
    QCOMPARE(ids(QStringLiteral("joined:>=") + tenDaysAgo), QStringList{"5"});
    QCOMPARE(ids(QStringLiteral("joined:<") + tenDaysAgo), QStringList{"6"});
    m_dir.setChangeFacts({});
    QCOMPARE(ids(QStringLiteral("changed:*")), QStringList{});
}

void TestUserQuery::relationsChangeWhenManagersArrive()
{
    Directory dir;
    dir.upsert({User::fromJson(person("20", "Rita", "Report", "10"))});
    const UserQuery q = UserQuery::parse(QStringLiteral("manager:boss"));
    UserMatcher before(q, dir);
    QVERIFY(!before.matches(0));
    dir.upsert({User::fromJson(person("10", "Big", "Boss"))});
    UserMatcher after(q, dir);
    QVERIFY(after.matches(0));
    QCOMPARE(after.rowsToRecheck(before, 1, 1), std::vector<int>{0});
}

void TestUserQuery::indexScanAgreesWithPlainSearch()
{
    Directory dir;
    QList<User> users;
    for (const QJsonObject& o : DemoOrgGenerator(DemoOrgOptions{400, 3}).users())
        users.append(User::fromJson(o));
    dir.upsert(users);
    dir.upsert({User::fromJson(person(users[5].id, QStringLiteral("Renamed"), QStringLiteral("Person")))});
    const UserSearchIndex& index = dir.searchIndex();
    QStringList needles = {"a", "ma", "mar", "maria", "@", "engineer", "xyzzy", "0", "555-01", "es-es", "en-us"};
    const std::string_view sample = index.all(7);
    for (size_t len = 1; len <= 40 && len <= sample.size(); len += 3)
        needles.append(QString::fromUtf8(sample.substr(sample.size() - len).data(), qsizetype(len)));
    for (const QString& n : std::as_const(needles)) {
        const std::string needle = TextFold::foldUtf8(n);
        std::vector<char> hits(size_t(dir.count()), 0);
        index.scan(needle, hits);
        for (int row = 0; row < dir.count(); ++row) {
            const bool plain = index.all(row).find(needle) != std::string_view::npos;
            QVERIFY2(bool(hits[size_t(row)]) == plain, qPrintable(n + QStringLiteral(" row ") + QString::number(row)));
        }
    }
    // The renamed person is found under the new name only (the old text is dead).
    std::vector<char> hits(size_t(dir.count()), 0);
    index.scan("renamed person", hits);
    QCOMPARE(std::count(hits.begin(), hits.end(), 1), 1);
    QVERIFY(hits[5]);
    hits.assign(size_t(dir.count()), 0);
    index.scan(TextFold::foldUtf8(users[5].fullName()), hits);
    QVERIFY(!hits[5]);
}

void TestUserQuery::indexHoldsEachFieldFolded_data()
{
    QTest::addColumn<QJsonObject>("json");
    const auto user = [](std::initializer_list<std::pair<QString, QJsonValue>> fields) {
        QJsonObject o{{QStringLiteral("id"), QStringLiteral("1")}};
        for (const auto& [key, value] : fields)
            o.insert(key, value);
        return o;
    };
    const auto languages = [](std::initializer_list<std::pair<const char*, bool>> ls) {
        QJsonArray a;
        for (const auto& [tag, primary] : ls)
            a.append(
                QJsonObject{{QStringLiteral("language"), QLatin1String(tag)}, {QStringLiteral("primary"), primary}});
        return a;
    };
    QTest::newRow("ascii") << user({{"firstName", "Maria"},
                                    {"lastName", "GARCIA"},
                                    {"emailAddress", "Maria.Garcia@Example.COM"},
                                    {"trustedEmailAddress", "maria.garcia@example.com"},
                                    {"emailAliases", QJsonArray{"MG@example.com", "m@x.io"}},
                                    {"title", "VP Sales"},
                                    {"phoneNumber", "+1 (555) 010-2030"},
                                    {"extension", "42"},
                                    {"spokenLanguages", languages({{"en-US", false}, {"ES-es", true}})}});
    QTest::newRow("accents and scripts") << user({{"firstName", QStringLiteral("José")},
                                                  {"lastName", QStringLiteral("MÜLLER-Ζωή 李")},
                                                  {"emailAddress", QStringLiteral("jose@bücher.example")},
                                                  {"trustedEmailAddress", QStringLiteral("other@example.com")},
                                                  {"title", QStringLiteral("Directeur Général")},
                                                  {"phoneNumber", QStringLiteral("+91 ٠١٢٣ 45")}});
    QTest::newRow("last name opens with a combining mark")
        << user({{"firstName", QStringLiteral("Ana")}, {"lastName", QStringLiteral("\u0301Lopez")}});
    QTest::newRow("first name only") << user({{"firstName", QStringLiteral("Cher")}});
    QTest::newRow("last name only") << user({{"lastName", QStringLiteral("Ørsted")}});
    QTest::newRow("primary with no tag, then one")
        << user({{"spokenLanguages", languages({{"", true}, {"de-DE", true}, {"fr-FR", false}})}});
    QTest::newRow("empty") << user({});
    QJsonArray manyAliases; // over 64 KiB of text in one row: its offsets no longer fit the compact form
    for (int i = 0; i < 3000; ++i)
        manyAliases.append(QStringLiteral("Alias.Number%1@Example.com").arg(i));
    QTest::newRow("64 KiB row") << user({{"firstName", "Long"},
                                         {"emailAliases", manyAliases},
                                         {"title", "After the aliases"},
                                         {"spokenLanguages", languages({{"it-IT", true}})}});
}

// The index folds each field straight into its buffer (ASCII byte by byte); it must hold exactly what folding
// the field's text gives, in every field, for ASCII and non-ASCII text alike.
void TestUserQuery::indexHoldsEachFieldFolded()
{
    QFETCH(QJsonObject, json);
    const User u = User::fromJson(json);
    Directory dir;
    dir.upsert({User::fromJson(person("99", "Someone", "Else")), u});
    const UserSearchIndex& index = dir.searchIndex();
    const auto folded = [](const QString& text) { return TextFold::foldUtf8(text); };
    const std::string sep(1, UserSearchIndex::separator);
    QString digits;
    for (QChar c : u.phoneNumber) {
        if (c.isDigit())
            digits.append(c);
    }
    QStringList tags;
    QString primary; // the first primary language that has a tag
    for (const SpokenLanguage& l : u.spokenLanguages) {
        tags.append(l.language);
        if (l.primary && primary.isEmpty())
            primary = l.language;
    }
    const bool sameTrusted = u.trustedEmailAddress.compare(u.emailAddress, Qt::CaseInsensitive) == 0;
    const std::pair<UserSearchIndex::Field, std::string> expected[] = {
        {UserSearchIndex::Name, folded(u.fullName())},
        {UserSearchIndex::Email, folded(u.emailAddress)},
        {UserSearchIndex::Aliases, folded(u.emailAliases.join(QString::fromStdString(sep)))},
        {UserSearchIndex::Trusted, sameTrusted ? std::string() : folded(u.trustedEmailAddress)},
        {UserSearchIndex::Title, folded(u.title)},
        {UserSearchIndex::Phone, folded(u.phoneNumber)},
        {UserSearchIndex::PhoneDigits, folded(digits)},
        {UserSearchIndex::Extension, folded(u.extension)},
        {UserSearchIndex::Id, folded(u.id)},
        {UserSearchIndex::Languages, folded(tags.join(QString::fromStdString(sep)))},
        {UserSearchIndex::PrimaryLanguage, folded(primary)},
    };
    for (const auto& [field, text] : expected)
        QCOMPARE(QString::fromStdString(std::string(index.field(1, field))), QString::fromStdString(text));
    // The other row is untouched and the rows do not run into each other.
    QCOMPARE(std::string(index.field(0, UserSearchIndex::Name)), std::string("someone else"));
    // A scan finds the row by its last searched field and not by the languages after it.
    std::vector<char> hits(2, 0);
    index.scan(folded(u.id), hits);
    QCOMPARE(hits, (std::vector<char>{0, 1}));
    // Changed (short now): the row's text moves to the end of the buffer; the old text is no longer found.
    const QString oldTitle = u.title;
    dir.upsert({User::fromJson(person(u.id, QStringLiteral("Now"), QStringLiteral("Short")))});
    QCOMPARE(std::string(index.field(1, UserSearchIndex::Name)), std::string("now short"));
    QCOMPARE(std::string(index.field(1, UserSearchIndex::Aliases)), std::string());
    if (!oldTitle.isEmpty()) {
        hits.assign(2, 0);
        index.scan(folded(oldTitle), hits);
        QCOMPARE(hits, (std::vector<char>{0, 0}));
    }
}

QTEST_GUILESS_MAIN(TestUserQuery)
#include "tst_userquery.moc"

void TestUserQuery::parsesHealth()
{
    const UserQuery q = UserQuery::parse(QStringLiteral("health:duplicate-email,NO-TITLE -health:any"));
    QVERIFY2(!q.hasErrors(), qPrintable(q.errorText()));
    QCOMPARE(q.terms().size(), 2);
    QCOMPARE(q.terms()[0].field, Field::Health);
    QCOMPARE(q.terms()[0].healthChecks,
             HealthCheck::bit(HealthCheck::DuplicateEmail) | HealthCheck::bit(HealthCheck::NoTitle));
    QVERIFY(q.terms()[1].negated);
    QCOMPARE(q.terms()[1].healthChecks, HealthCheck::allBits());
    QVERIFY(q.dependsOnRelations());
    QVERIFY(UserQuery::fieldNames().contains(QStringLiteral("health")));
    QVERIFY(UserQuery::healthNames().contains(QStringLiteral("duplicate-email")));
    const UserQuery bad = UserQuery::parse(QStringLiteral("health:no-title,bogus"));
    QVERIFY(bad.errorText().contains(QStringLiteral("known: no-manager, ")));
    QVERIFY(bad.isEmpty());
}

void TestUserQuery::healthChangesWhenPagesArrive()
{
    // A manager id nobody has: "manager not in the directory" until that manager's page arrives.
    Directory dir;
    dir.upsert({User::fromJson(
        person(QStringLiteral("20"), QStringLiteral("Rita"), QStringLiteral("Report"), QStringLiteral("10")))});
    const UserQuery q = UserQuery::parse(QStringLiteral("health:manager-missing"));
    UserMatcher before(q, dir);
    QVERIFY(before.matches(0));
    dir.upsert({User::fromJson(person(QStringLiteral("10"), QStringLiteral("Big"), QStringLiteral("Boss")))});
    UserMatcher after(q, dir, &before);
    QVERIFY(!after.matches(0));
    QVERIFY(!after.matches(1));
    QCOMPARE(after.rowsToRecheck(before, 1, 1), std::vector<int>{0});
}
