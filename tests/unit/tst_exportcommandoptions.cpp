// SPDX-License-Identifier: MIT
// ExportCommand's option parsing and --query (the search box's language), in process (the built binary is run by
// tests/integration/tst_exportcommand), and --profile against saved connections without a reachable keychain
// (CTest points DBUS_SESSION_BUS_ADDRESS at nothing; tests/keychain/tst_exportprofile has the real keychain).
#include "cli/exportcommand.h"

#include "credentials/credentialstore.h"
#include "credentials/environmentconnection.h"
#include "demo/demoorggenerator.h"
#include "demo/demoserver.h"
#include "directory/directory.h"
#include "directory/usercolumns.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestExportCommandOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void demoAloneMeansTheDefaultSize();
    void formatFromTheOutputName();
    void writerOptions();
    void formulaGuardAndHeader();
    void credentialsFromTheEnvironment();
    void baseUrlOptionBeatsTheEnvironment();
    void emptyTokenMeansTheKeyPair();
    void helpNamesTheEnvironmentAndProfiles();
    void profileOption();
    void unknownProfile();
    void profileWithoutReachableKeychain();
    void environmentCredentialsBeatTheKeychain();
    void query_data();
    void query();
    void badQueryIsAUsageError();

private:
    // A saved connection in an INI file of its own, as the app's Connection Settings would store it.
    static ConnectionProfile saveProfile(CredentialStore* store, const QString& name, const QUrl& baseUrl)
    {
        ConnectionProfile p;
        p.name = name;
        p.baseUrl = baseUrl;
        return store->saveProfile(p);
    }
    static int parse(const QStringList& args, ExportCommand::Options* o, QString* output,
                     const QProcessEnvironment& env = QProcessEnvironment())
    {
        return ExportCommand::parse(QStringList{QStringLiteral("gong-directory"), QStringLiteral("export")} + args, env,
                                    o, output);
    }
};

void TestExportCommandOptions::defaults()
{
    ExportCommand::Options o;
    QString out;
    QCOMPARE(parse({QStringLiteral("--demo=12")}, &o, &out), -1);
    QVERIFY(o.demo);
    QCOMPARE(o.demoUsers, 12);
    QCOMPARE(o.format, ExportFormat::Csv);
    QCOMPARE(o.output, QStringLiteral("-"));
    QVERIFY(o.columns.isEmpty()); // the default visible columns
    QVERIFY(o.writerOptions.byteOrderMark);
    QVERIFY(o.writerOptions.prettyJson);
    QCOMPARE(o.writerOptions.formulaGuard, FormulaGuard::Auto);
    QCOMPARE(o.writerOptions.csvHeader, CsvHeader::Keys);
    QCOMPARE(o.requestsPerSecond, 3.0);
    QVERIFY(!o.includeAvatars && !o.quiet);
}

void TestExportCommandOptions::demoAloneMeansTheDefaultSize()
{
    ExportCommand::Options o;
    QString out;
    QCOMPARE(parse({QStringLiteral("--demo"), QStringLiteral("--format"), QStringLiteral("vcf")}, &o, &out), -1);
    QCOMPARE(o.demoUsers, 5000);
    QCOMPARE(o.format, ExportFormat::VCard);
}

void TestExportCommandOptions::formatFromTheOutputName()
{
    ExportCommand::Options o;
    QString out;
    QCOMPARE(parse({QStringLiteral("--demo=1"), QStringLiteral("-o"), QStringLiteral("/tmp/x/people.JSON")}, &o, &out),
             -1);
    QCOMPARE(o.format, ExportFormat::Json);
    // An explicit --format wins over the name.
    QCOMPARE(parse({QStringLiteral("--demo=1"), QStringLiteral("--format=csv"), QStringLiteral("-o"),
                    QStringLiteral("people.json")},
                   &o, &out),
             -1);
    QCOMPARE(o.format, ExportFormat::Csv);
}

void TestExportCommandOptions::writerOptions()
{
    ExportCommand::Options o;
    QString out;
    QCOMPARE(parse({QStringLiteral("--demo=1"), QStringLiteral("--no-bom"), QStringLiteral("--compact"),
                    QStringLiteral("--columns"), QStringLiteral(" id , MANAGERCHAIN "), QStringLiteral("-q"),
                    QStringLiteral("--include-avatars"), QStringLiteral("--rate"), QStringLiteral("1.5")},
                   &o, &out),
             -1);
    QVERIFY(!o.writerOptions.byteOrderMark);
    QVERIFY(!o.writerOptions.prettyJson);
    QCOMPARE(o.columns, QStringList({QStringLiteral("id"), QStringLiteral("managerChain")}));
    QVERIFY(o.quiet && o.includeAvatars);
    QCOMPARE(o.requestsPerSecond, 1.5);
}

void TestExportCommandOptions::formulaGuardAndHeader()
{
    const QString demo = QStringLiteral("--demo=1");
    const std::pair<QString, FormulaGuard> guards[] = {{QStringLiteral("auto"), FormulaGuard::Auto},
                                                       {QStringLiteral("always"), FormulaGuard::Always},
                                                       {QStringLiteral("never"), FormulaGuard::Never}};
    for (const auto& [text, guard] : guards) {
        ExportCommand::Options o;
        QString out;
        QCOMPARE(parse({demo, QStringLiteral("--formula-guard=") + text}, &o, &out), -1);
        QCOMPARE(o.writerOptions.formulaGuard, guard);
    }
    ExportCommand::Options o;
    QString out;
    QCOMPARE(parse({demo, QStringLiteral("--header=titles")}, &o, &out), -1);
    QCOMPARE(o.writerOptions.csvHeader, CsvHeader::Titles);
    QCOMPARE(parse({demo, QStringLiteral("--header"), QStringLiteral("keys")}, &o, &out), -1);
    QCOMPARE(o.writerOptions.csvHeader, CsvHeader::Keys);

    // Exactly these spellings; anything else is a usage error that names the choices.
    QCOMPARE(parse({demo, QStringLiteral("--formula-guard=sometimes")}, &o, &out), int(ExportCommand::UsageError));
    QVERIFY2(out.contains(QStringLiteral("auto, always or never")), qPrintable(out));
    QCOMPARE(parse({demo, QStringLiteral("--formula-guard=Always")}, &o, &out), int(ExportCommand::UsageError));
    QCOMPARE(parse({demo, QStringLiteral("--header=names")}, &o, &out), int(ExportCommand::UsageError));
    QVERIFY2(out.contains(QStringLiteral("keys or titles")), qPrintable(out));
    // They shape CSV only.
    QCOMPARE(parse({demo, QStringLiteral("--format=json"), QStringLiteral("--header=titles")}, &o, &out),
             int(ExportCommand::UsageError));

    QCOMPARE(parse({QStringLiteral("--help")}, &o, &out), 0);
    QVERIFY2(out.contains(QStringLiteral("--formula-guard <auto|always|never>")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("--header <keys|titles>")), qPrintable(out));
}

void TestExportCommandOptions::credentialsFromTheEnvironment()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("GONG_BASE_URL"), QStringLiteral("us-12345.api.gong.io/v2/users"));
    env.insert(QStringLiteral("GONG_ACCESS_KEY"), QStringLiteral(" key\n"));
    env.insert(QStringLiteral("GONG_ACCESS_KEY_SECRET"), QStringLiteral("secret"));
    ExportCommand::Options o;
    QString out;
    QCOMPARE(parse({}, &o, &out, env), -1);
    QCOMPARE(o.baseUrl, QUrl(QStringLiteral("https://us-12345.api.gong.io")));
    QCOMPARE(o.credentials.method, Credentials::Method::AccessKey);
    QCOMPARE(o.credentials.accessKey, QStringLiteral("key")); // pasted whitespace trimmed
    QCOMPARE(o.credentials.accessKeySecret, QStringLiteral("secret"));

    env.insert(QStringLiteral("GONG_BEARER_TOKEN"), QStringLiteral("tok"));
    QCOMPARE(parse({}, &o, &out, env), -1);
    QCOMPARE(o.credentials.method, Credentials::Method::BearerToken);
    QCOMPARE(o.credentials.bearerToken, QStringLiteral("tok"));

    env.remove(QStringLiteral("GONG_BEARER_TOKEN"));
    env.remove(QStringLiteral("GONG_ACCESS_KEY_SECRET"));
    QCOMPARE(parse({}, &o, &out, env), 2);
    QVERIFY2(out.contains(QStringLiteral("GONG_ACCESS_KEY_SECRET")), qPrintable(out));
}

void TestExportCommandOptions::baseUrlOptionBeatsTheEnvironment()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("GONG_BASE_URL"), QStringLiteral("https://eu-1.api.gong.io"));
    env.insert(QStringLiteral("GONG_BEARER_TOKEN"), QStringLiteral("tok"));
    ExportCommand::Options o;
    QString out;
    QCOMPARE(parse({QStringLiteral("--base-url"), QStringLiteral("https://us-2.api.gong.io/")}, &o, &out, env), -1);
    QCOMPARE(o.baseUrl.host(), QStringLiteral("us-2.api.gong.io"));
    // --demo ignores the environment's account entirely.
    QCOMPARE(parse({QStringLiteral("--demo=3")}, &o, &out, env), -1);
    QVERIFY(o.baseUrl.isEmpty());
}

void TestExportCommandOptions::emptyTokenMeansTheKeyPair()
{
    // The rule of EnvironmentConnection (the GUI's): an empty GONG_BEARER_TOKEN does not hide a key pair.
    QProcessEnvironment env;
    env.insert(QStringLiteral("GONG_BASE_URL"), QStringLiteral("https://eu-1.api.gong.io"));
    env.insert(QStringLiteral("GONG_BEARER_TOKEN"), QStringLiteral("  "));
    env.insert(QStringLiteral("GONG_ACCESS_KEY"), QStringLiteral("key"));
    env.insert(QStringLiteral("GONG_ACCESS_KEY_SECRET"), QStringLiteral("secret"));
    ExportCommand::Options o;
    QString out;
    QCOMPARE(parse({}, &o, &out, env), -1);
    QCOMPARE(o.credentials, EnvironmentConnection::read(env).credentials);
    QCOMPARE(o.credentials.method, Credentials::Method::AccessKey);
}

void TestExportCommandOptions::helpNamesTheEnvironmentAndProfiles()
{
    ExportCommand::Options o;
    QString out;
    QCOMPARE(parse({QStringLiteral("--help")}, &o, &out), 0);
    QVERIFY2(out.contains(EnvironmentConnection::helpText()), qPrintable(out));
    QVERIFY(out.contains(QLatin1String("--profile <NAME>")));
    QVERIFY(out.contains(QLatin1String("Exit codes")));
    QVERIFY(out.startsWith(QLatin1String("Usage: gong-directory export")));
}

void TestExportCommandOptions::profileOption()
{
    ExportCommand::Options o;
    QString out;
    // Nothing in the environment: everything comes from the profile when the command runs.
    QCOMPARE(parse({QStringLiteral("--profile"), QStringLiteral(" Acme ")}, &o, &out), -1);
    QCOMPARE(o.profile, QStringLiteral("Acme"));
    QVERIFY(o.baseUrl.isEmpty());
    QVERIFY(!o.credentials.isComplete());

    // The environment still takes precedence, for the URL and the credentials alike.
    QProcessEnvironment env;
    env.insert(QStringLiteral("GONG_BASE_URL"), QStringLiteral("https://eu-1.api.gong.io"));
    env.insert(QStringLiteral("GONG_BEARER_TOKEN"), QStringLiteral(" tok "));
    QCOMPARE(parse({QStringLiteral("--profile=Acme")}, &o, &out, env), -1);
    QCOMPARE(o.baseUrl.host(), QStringLiteral("eu-1.api.gong.io"));
    QCOMPARE(o.credentials.bearerToken, QStringLiteral("tok"));

    // Half a key pair is no credentials: the keychain is asked.
    env.remove(QStringLiteral("GONG_BEARER_TOKEN"));
    env.insert(QStringLiteral("GONG_ACCESS_KEY"), QStringLiteral("key"));
    QCOMPARE(parse({QStringLiteral("--profile=Acme")}, &o, &out, env), -1);
    QVERIFY(!o.credentials.isComplete());

    QCOMPARE(parse({QStringLiteral("--profile=")}, &o, &out), 2);
    QVERIFY2(out.contains(QLatin1String("--profile")), qPrintable(out));
    QCOMPARE(parse({QStringLiteral("--demo=3"), QStringLiteral("--profile=Acme")}, &o, &out), 2);
    // Without --profile the message names it as the other way.
    QCOMPARE(parse({}, &o, &out, env), 2);
    QVERIFY2(out.contains(QLatin1String("--profile")), qPrintable(out));
}

void TestExportCommandOptions::unknownProfile()
{
    QTemporaryDir dir;
    CredentialStore store(dir.filePath(QStringLiteral("settings.ini")));
    saveProfile(&store, QStringLiteral("Acme EU"), QUrl(QStringLiteral("https://eu-1.api.gong.io")));
    ExportCommand::Options o;
    QString out;
    QCOMPARE(parse({QStringLiteral("--profile=Acme US"), QStringLiteral("-q"), QStringLiteral("-o"),
                    dir.filePath(QStringLiteral("people.csv"))},
                   &o, &out),
             -1);
    ExportCommand command;
    command.setCredentialStore(&store);
    QCOMPARE(command.run(o), 2);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("people.csv"))));
    QCOMPARE(store.keychainState(), CredentialStore::KeychainState::Unknown); // never asked
}

void TestExportCommandOptions::profileWithoutReachableKeychain()
{
    QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QLatin1String("nonexistent")),
             "run through CTest: the session bus must point nowhere");
    QTemporaryDir dir;
    CredentialStore store(dir.filePath(QStringLiteral("settings.ini")));
    store.setServiceName(QStringLiteral("GongDirectoryTest"));
    store.setWatchdogMs(3000);
    saveProfile(&store, QStringLiteral("Acme"), QUrl(QStringLiteral("https://eu-1.api.gong.io")));
    ExportCommand::Options o;
    QString out;
    QCOMPARE(parse({QStringLiteral("--profile=acme"), QStringLiteral("-q")}, &o, &out), -1); // any case
    ExportCommand command;
    command.setCredentialStore(&store);
    // The command ends on the store's one answer (from the keychain's error, or its watchdog at the latest).
    QCOMPARE(command.run(o), 2);
    QCOMPARE(store.keychainState(), CredentialStore::KeychainState::Unavailable);
}

void TestExportCommandOptions::environmentCredentialsBeatTheKeychain()
{
    DemoServer server;
    server.setUsers(DemoOrgGenerator(DemoOrgOptions{40, 3, 0}).users());
    QVERIFY(server.listen());
    QTemporaryDir dir;
    CredentialStore store(dir.filePath(QStringLiteral("settings.ini")));
    store.setServiceName(QStringLiteral("GongDirectoryTest"));
    ConnectionProfile p;
    p.name = QStringLiteral("Demo");
    p.baseUrl = server.baseUrl();
    p.rememberSecrets = false; // the keychain would not even be asked
    store.saveProfile(p);

    QProcessEnvironment env;
    env.insert(QStringLiteral("GONG_ACCESS_KEY"), DemoServer::defaultAccessKey());
    env.insert(QStringLiteral("GONG_ACCESS_KEY_SECRET"), DemoServer::defaultSecret());
    const QString path = dir.filePath(QStringLiteral("people.json"));
    ExportCommand::Options o;
    QString out;
    QCOMPARE(parse({QStringLiteral("--profile=Demo"), QStringLiteral("-q"), QStringLiteral("-o"), path}, &o, &out, env),
             -1);
    ExportCommand command;
    command.setCredentialStore(&store);
    QCOMPARE(command.run(o), 0); // the profile's base URL, the environment's credentials
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(f.readAll()).array().size(), 40);
    QCOMPARE(store.keychainState(), CredentialStore::KeychainState::Unknown);

    // Without them, a profile that keeps no secrets in the keychain is a configuration error.
    QCOMPARE(parse({QStringLiteral("--profile=Demo"), QStringLiteral("-q"), QStringLiteral("-o"), path}, &o, &out), -1);
    ExportCommand again;
    again.setCredentialStore(&store);
    QCOMPARE(again.run(o), 2);
}

void TestExportCommandOptions::query_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("matches");
    QTest::newRow("empty") << "" << true;
    QTest::newRow("first name") << "zoë" << true;
    QTest::newRow("full name across") << "zoë nguyen" << true;
    QTest::newRow("email") << "ZNGUYEN@" << true;
    QTest::newRow("title") << "platform" << true;
    QTest::newRow("mixed") << "engineer  nguyen" << true;
    QTest::newRow("one word missing") << "engineer sales" << false;
    QTest::newRow("not a field") << "es-ES" << false; // bare words do not search languages
    // The search box's language: accents, fields, negation, flags.
    QTest::newRow("accent-insensitive") << "zoe" << true;
    QTest::newRow("field") << "title:engineer" << true;
    QTest::newRow("other field") << "name:engineer" << false;
    QTest::newRow("negated") << "-nguyen" << false;
    QTest::newRow("flag") << "has:manager" << false;
    QTest::newRow("quoted") << "\"platform engineer\"" << true;
}

void TestExportCommandOptions::badQueryIsAUsageError()
{
    ExportCommand::RowMatcher matcher;
    QString error;
    QVERIFY(!ExportCommand::compileQuery(QStringLiteral("nguyen colour:blue"), &matcher, &error));
    QVERIFY2(error.contains(QLatin1String("colour")), qPrintable(error));
    QVERIFY(!ExportCommand::compileQuery(QStringLiteral("\"unbalanced"), &matcher, &error));
    QVERIFY(!error.isEmpty());
    ExportCommand::Options o;
    QString out;
    QCOMPARE(parse({QStringLiteral("--demo=3"), QStringLiteral("--query"), QStringLiteral("created:>=notadate")}, &o,
                   &out, QProcessEnvironment()),
             int(ExportCommand::UsageError));
    QVERIFY2(out.contains(QLatin1String("notadate")), qPrintable(out));
}

void TestExportCommandOptions::query()
{
    QFETCH(QString, query);
    QFETCH(bool, matches);
    Directory d;
    d.upsert({User::fromJson(QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                                         {QStringLiteral("firstName"), QStringLiteral("Zoë")},
                                         {QStringLiteral("lastName"), QStringLiteral("Nguyen")},
                                         {QStringLiteral("emailAddress"), QStringLiteral("znguyen@example.com")},
                                         {QStringLiteral("title"), QStringLiteral("Platform Engineer")}})});
    ExportCommand::RowMatcher matcher;
    QString error;
    QVERIFY(ExportCommand::compileQuery(query, &matcher, &error));
    QCOMPARE(matcher(d, 0), matches);
}

QTEST_GUILESS_MAIN(TestExportCommandOptions)
#include "tst_exportcommandoptions.moc"
