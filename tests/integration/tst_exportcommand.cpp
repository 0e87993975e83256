// SPDX-License-Identifier: MIT
// The built `gong-directory export` run as a user would run it: no display, data on stdout or in a
// file, progress and errors on stderr, and the documented exit codes. Failure cases talk to a
// DemoServer in this process over loopback (the event loop keeps running while the child waits).
#include "demo/demoorggenerator.h"
#include "demo/demoserver.h"
#include "exportprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {
using ExportProcess::Run;

const QByteArray Bom("\xEF\xBB\xBF");
} // namespace

class TestExportCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data();
    void formats();
    void outputFileWithColumns();
    void phoneNumbersAndHeaderTitles();
    void formatFromFileName();
    void query();
    void usageErrors_data();
    void usageErrors();
    void columnsHelpAndHelp();
    void unwritableOutput();
    void unwritableOutputEvenForRoot_data();
    void unwritableOutputEvenForRoot();
    void readOnlyFolderAsAnotherUser();
    void hugeAndUnbalancedQueries_data();
    void hugeAndUnbalancedQueries();
    void authenticationFailures_data();
    void authenticationFailures();
    void apiFailure();
    void realServerPathWithEnvironmentCredentials();
    void unknownProfile();

private:
    static QProcessEnvironment headlessEnvironment() { return ExportProcess::headlessEnvironment(); }
    static Run run(const QStringList& arguments, const QProcessEnvironment& env = headlessEnvironment(),
                   int timeoutMs = 120000)
    {
        return ExportProcess::run(QStringLiteral(GONGDIR_APP_BINARY), arguments, env, timeoutMs);
    }
    static QList<QByteArray> csvLines(const QByteArray& out) { return ExportProcess::csvLines(out); }
};

void TestExportCommand::formats_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("csv") << "csv";
    QTest::newRow("json") << "json";
    QTest::newRow("vcard") << "vcard";
}

void TestExportCommand::formats()
{
    QFETCH(QString, format);
    const Run r = run({QStringLiteral("--demo=250"), QStringLiteral("--format"), format});
    QVERIFY2(!r.crashed && r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("loaded 250/250")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("exported 250 of 250")), qPrintable(r.err));
    if (format == QLatin1String("csv")) {
        QVERIFY(r.out.startsWith(Bom));
        const QList<QByteArray> lines = csvLines(r.out);
        QCOMPARE(lines.size(), 251);
        QCOMPARE(lines.first(), QByteArray("fullName,emailAddress,title,managerName,active,phoneNumber,"
                                           "primaryLanguage,directReports,created\r"));
        for (const QByteArray& line : lines)
            QVERIFY(line.endsWith('\r'));
    } else if (format == QLatin1String("json")) {
        QJsonParseError pe;
        const QJsonArray array = QJsonDocument::fromJson(r.out, &pe).array();
        QCOMPARE(pe.error, QJsonParseError::NoError);
        QCOMPARE(array.size(), 250);
        // Exactly the demo company, as the server sent it.
        DemoOrgOptions options;
        options.userCount = 250;
        const QList<QJsonObject> sent = DemoOrgGenerator(options).users();
        QSet<QString> ids;
        for (const QJsonValue& v : array)
            ids.insert(v.toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(ids.size(), 250);
        for (const QJsonObject& o : sent)
            QVERIFY(ids.contains(o.value(QStringLiteral("id")).toString()));
        QCOMPARE(array.first().toObject(), sent.first());
    } else {
        QCOMPARE(r.out.count("BEGIN:VCARD\r\n"), 250);
        QCOMPARE(r.out.count("END:VCARD\r\n"), 250);
        QCOMPARE(r.out.count("\nVERSION:4.0\r\n"), 250);
    }
}

void TestExportCommand::outputFileWithColumns()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("people.csv"));
    const Run r =
        run({QStringLiteral("--demo=120"), QStringLiteral("--columns"), QStringLiteral("id,EMAILADDRESS,managerChain"),
             QStringLiteral("--no-bom"), QStringLiteral("--output"), path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.isEmpty()); // data only in the file
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    QVERIFY(!data.startsWith(Bom));
    const QList<QByteArray> lines = csvLines(data);
    QCOMPARE(lines.size(), 121);
    QCOMPARE(lines.first(), QByteArray("id,emailAddress,managerChain\r"));
}

void TestExportCommand::phoneNumbersAndHeaderTitles()
{
    const QStringList common = {QStringLiteral("--demo=250"), QStringLiteral("-q"), QStringLiteral("--no-bom"),
                                QStringLiteral("--columns"), QStringLiteral("phoneNumber")};
    const auto phones = [](const QList<QByteArray>& lines) {
        QList<QByteArray> out;
        for (const QByteArray& line : lines.mid(1)) {
            if (line != "\r")
                out.append(line.chopped(1));
        }
        return out;
    };
    // By default phone numbers reach dialers and CRMs as they are, and the header has the keys.
    const Run plain = run(common);
    QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
    const QList<QByteArray> plainLines = csvLines(plain.out);
    QCOMPARE(plainLines.first(), QByteArray("phoneNumber\r"));
    const QList<QByteArray> numbers = phones(plainLines);
    QVERIFY(numbers.size() > 50);
    for (const QByteArray& n : numbers)
        QVERIFY2(n.startsWith('+'), n.constData());

    // OWASP's strict rule on request; column titles on request.
    const Run strict =
        run(common + QStringList{QStringLiteral("--formula-guard=always"), QStringLiteral("--header=titles")});
    QVERIFY2(strict.exitCode == 0, qPrintable(strict.err));
    const QList<QByteArray> strictLines = csvLines(strict.out);
    QCOMPARE(strictLines.first(), QByteArray("Phone\r"));
    const QList<QByteArray> guarded = phones(strictLines);
    QCOMPARE(guarded.size(), numbers.size());
    for (qsizetype i = 0; i < guarded.size(); ++i)
        QCOMPARE(guarded[i], "'" + numbers[i]);
}

void TestExportCommand::formatFromFileName()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("people.vcf"));
    const Run r = run({QStringLiteral("--demo=30"), QStringLiteral("-q"), QStringLiteral("-o"), path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // --quiet
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll().count("BEGIN:VCARD"), 30);
}

void TestExportCommand::query()
{
    const Run all = run({QStringLiteral("--demo=250"), QStringLiteral("-q"), QStringLiteral("--no-bom"),
                         QStringLiteral("--columns"), QStringLiteral("fullName,emailAddress,title")});
    const Run some = run({QStringLiteral("--demo=250"), QStringLiteral("-q"), QStringLiteral("--no-bom"),
                          QStringLiteral("--columns"), QStringLiteral("fullName,emailAddress,title"),
                          QStringLiteral("--query"), QStringLiteral("  ENGINEER ")});
    QVERIFY2(all.exitCode == 0 && some.exitCode == 0, qPrintable(all.err + some.err));
    const QList<QByteArray> allLines = csvLines(all.out);
    const QList<QByteArray> lines = csvLines(some.out);
    int expected = 0;
    for (int i = 1; i < allLines.size(); ++i)
        expected += allLines[i].toLower().contains("engineer") ? 1 : 0;
    QVERIFY(expected > 0 && expected < 250);
    QCOMPARE(lines.size() - 1, expected);
    for (int i = 1; i < lines.size(); ++i)
        QVERIFY2(lines[i].toLower().contains("engineer"), lines[i].constData());

    // Two words: both must match (here: somewhere in name, email or title).
    const Run two = run({QStringLiteral("--demo=250"), QStringLiteral("-q"), QStringLiteral("--no-bom"),
                         QStringLiteral("--columns"), QStringLiteral("fullName,emailAddress,title"),
                         QStringLiteral("--query"), QStringLiteral("engineer senior")});
    QVERIFY(two.exitCode == 0);
    const QList<QByteArray> twoLines = csvLines(two.out);
    QVERIFY(twoLines.size() - 1 < lines.size() - 1);
    for (int i = 1; i < twoLines.size(); ++i)
        QVERIFY(twoLines[i].toLower().contains("engineer") && twoLines[i].toLower().contains("senior"));
}

void TestExportCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("format") << QStringList{"--demo=5", "--format", "xml"} << "Unknown format";
    QTest::newRow("column") << QStringList{"--demo=5", "--columns", "id,shoeSize"} << "shoeSize";
    QTest::newRow("empty columns") << QStringList{"--demo=5", "--columns", ","} << "--columns";
    QTest::newRow("columns for json") << QStringList{"--demo=5", "--format", "json", "--columns", "id"} << "CSV only";
    QTest::newRow("demo size") << QStringList{"--demo=abc"} << "--demo";
    QTest::newRow("unknown option") << QStringList{"--demo=5", "--frobnicate"} << "frobnicate";
    QTest::newRow("positional") << QStringList{"--demo=5", "extra"} << "extra";
    QTest::newRow("no source") << QStringList{} << "--demo";
    QTest::newRow("plain http") << QStringList{"--base-url", "http://gong.example.com"} << "https";
    QTest::newRow("rate") << QStringList{"--demo=5", "--rate", "0"} << "--rate";
    QTest::newRow("empty profile") << QStringList{"--profile", " "} << "--profile";
    QTest::newRow("demo and profile") << QStringList{"--demo=5", "--profile", "Acme"} << "--profile";
}

void TestExportCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QProcessEnvironment env = headlessEnvironment();
    env.insert(QStringLiteral("GONG_ACCESS_KEY"), QStringLiteral("k"));
    env.insert(QStringLiteral("GONG_ACCESS_KEY_SECRET"), QStringLiteral("s"));
    const Run r = run(arguments, env, 20000);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith(QStringLiteral("gong-directory export: ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(message, Qt::CaseInsensitive), qPrintable(r.err));
}

void TestExportCommand::columnsHelpAndHelp()
{
    const Run columns = run({QStringLiteral("--columns"), QStringLiteral("help")});
    QCOMPARE(columns.exitCode, 0);
    for (const char* key : {"fullName", "managerName", "managerEmail", "managerChain", "primaryLanguage", "languages",
                            "directReports", "totalReports", "settings.webConferencesRecorded", "id"})
        QVERIFY2(columns.out.contains(key), key);
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("export"));
    QVERIFY(help.out.contains("--format"));
    QVERIFY(help.out.contains("Exit codes"));
}

void TestExportCommand::unwritableOutput()
{
    QTemporaryDir dir;
    const Run r = run(
        {QStringLiteral("--demo=10"), QStringLiteral("--output"), dir.filePath(QStringLiteral("missing/people.csv"))});
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains(QStringLiteral("does not exist")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());

#ifdef Q_OS_LINUX
    // stdout that refuses the data (a full disk): code 5 too, with the reason.
    QProcess process;
    process.setProcessEnvironment(headlessEnvironment());
    process.setStandardOutputFile(QStringLiteral("/dev/full"));
    process.start(QStringLiteral(GONGDIR_APP_BINARY), {QStringLiteral("export"), QStringLiteral("--demo=20")});
    QVERIFY(process.waitForFinished(60000)); // the demo server lives in the child: blocking is fine
    QCOMPARE(process.exitCode(), 5);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("stdout")), qPrintable(err));
#endif
}

// Issue 8: an export path that cannot be written. A chmod'd folder is still writable for root (CI and containers
// run as root), so these paths fail for everyone: a "folder" that is a regular file, and a file under /proc/self.
void TestExportCommand::unwritableOutputEvenForRoot_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    static QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("plain-file")));
    if (!file.exists()) {
        file.open(QIODevice::WriteOnly);
        file.write("not a folder\n");
        file.close();
    }
    QTest::newRow("folder is a regular file")
        << dir.filePath(QStringLiteral("plain-file/people.csv")) << QStringLiteral("not a folder");
    QTest::newRow("/proc/self") << QStringLiteral("/proc/self/people.csv") << QStringLiteral("/proc/self");
}

void TestExportCommand::unwritableOutputEvenForRoot()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    QElapsedTimer timer;
    timer.start();
    const Run r = run({QStringLiteral("--demo=10"), QStringLiteral("--output"), path}, headlessEnvironment(), 60000);
    qInfo("exit %d after %lld ms: %s", r.exitCode, static_cast<long long>(timer.elapsed()),
          qPrintable(r.err.trimmed()));
    QCOMPARE(r.exitCode, 5);
    QVERIFY(!r.crashed);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith(QStringLiteral("gong-directory export: ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY2(r.err.count(QLatin1Char('\n')) <= 2, qPrintable(r.err)); // a sentence, not a trace
    QVERIFY(!QFileInfo::exists(path));
}

// A read-only folder as an ordinary user. When the tests run as root, the same check runs as `nobody` through
// setpriv (if the binary is reachable for that user); otherwise it is skipped with the reason.
void TestExportCommand::readOnlyFolderAsAnotherUser()
{
#ifndef Q_OS_LINUX
    QSKIP("Linux only");
#else
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("read-only"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                              QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther));
    QVERIFY(QFile::setPermissions(dir.path(),
                                  QFile::permissions(dir.path()) | QFileDevice::ExeOther | QFileDevice::ReadOther));
    const QString target = folder + QStringLiteral("/people.csv");
    const QString binary = QStringLiteral(GONGDIR_APP_BINARY);
    QStringList prefix;
    if (::geteuid() == 0) {
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (setpriv.isEmpty())
            QSKIP("running as root and setpriv is not installed: a read-only folder is writable for root");
        prefix = {setpriv, QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                  QStringLiteral("--clear-groups")};
        // Can `nobody` reach and run the binary at all (every folder on its path searchable)?
        QProcess probe;
        probe.start(prefix.first(),
                    prefix.mid(1) + QStringList{QStringLiteral("/bin/test"), QStringLiteral("-x"), binary});
        if (!probe.waitForFinished(10000) || probe.exitCode() != 0)
            QSKIP(qPrintable(QStringLiteral("running as root and %1 is not reachable for nobody (uid 65534): "
                                            "the read-only folder check needs an ordinary user")
                                 .arg(binary)));
    }
    QProcess process;
    QProcessEnvironment env = headlessEnvironment();
    env.insert(QStringLiteral("HOME"), dir.path());
    process.setProcessEnvironment(env);
    const QStringList command = prefix + QStringList{binary, QStringLiteral("export"), QStringLiteral("--demo=10"),
                                                     QStringLiteral("--output"), target};
    process.start(command.first(), command.mid(1));
    QVERIFY(process.waitForFinished(60000)); // the demo server lives in the child: blocking is fine
    const QString err = QString::fromUtf8(process.readAllStandardError());
    qInfo("as uid %s: exit %d: %s", prefix.isEmpty() ? "self" : "65534", process.exitCode(), qPrintable(err.trimmed()));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 5);
    QVERIFY2(err.contains(QStringLiteral("read-only")), qPrintable(err));
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY(!QFileInfo::exists(target));
#endif
}

// Issue 8: bad and huge --query values are usage errors (exit 2) with a short message, quickly. Linux refuses a
// single argument above MAX_ARG_STRLEN (128 KiB) at execve(), so the biggest query a shell can pass is what runs
// here; the 10 MB query goes through the same parser in tst_badinput (ExportCommand::compileQuery).
void TestExportCommand::hugeAndUnbalancedQueries_data()
{
    const qsizetype biggest = 128 * 1024 - 1;
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("message");
    QTest::newRow("unbalanced quote") << QStringLiteral("name:\"Ann title:x") << QStringLiteral("quote");
    QTest::newRow("unknown field") << QStringLiteral("shoe:42") << QStringLiteral("Unknown field");
    QTest::newRow("128 KiB one word") << QString(biggest, QLatin1Char('a')) << QStringLiteral("longer than");
    QTest::newRow("128 KiB of words") << QStringLiteral("ab ").repeated(biggest / 3)
                                      << QStringLiteral("Too many terms");
    QTest::newRow("128 KiB unbalanced quote")
        << QStringLiteral("\"") + QString(biggest - 1, QLatin1Char('q')) << QStringLiteral("quote");
}

void TestExportCommand::hugeAndUnbalancedQueries()
{
    QFETCH(QString, query);
    QFETCH(QString, message);
    QElapsedTimer timer;
    timer.start();
    const Run r = run({QStringLiteral("--demo=50"), QStringLiteral("--query"), query}, headlessEnvironment(), 30000);
    const qint64 ms = timer.elapsed();
    qInfo("%lld characters: exit %d after %lld ms", static_cast<long long>(query.size()), r.exitCode,
          static_cast<long long>(ms));
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith(QStringLiteral("gong-directory export: ")), qPrintable(r.err.left(500)));
    QVERIFY2(r.err.contains(QStringLiteral("--query")), qPrintable(r.err.left(500)));
    QVERIFY2(r.err.contains(message), qPrintable(r.err.left(500)));
    QVERIFY2(r.err.size() < 4000, qPrintable(QString::number(r.err.size()))); // never the query echoed back
}

void TestExportCommand::authenticationFailures_data()
{
    QTest::addColumn<bool>("bearer");
    QTest::addColumn<bool>("forbidden");
    QTest::addColumn<QString>("status");
    QTest::newRow("wrong key") << false << false << "401";
    QTest::newRow("wrong token") << true << false << "401";
    QTest::newRow("missing scope") << false << true << "403";
}

void TestExportCommand::authenticationFailures()
{
    QFETCH(bool, bearer);
    QFETCH(bool, forbidden);
    QFETCH(QString, status);
    DemoServer server;
    DemoOrgOptions options;
    options.userCount = 50;
    server.setUsers(DemoOrgGenerator(options).users());
    QVERIFY(server.listen());
    if (forbidden)
        server.enqueueFault(DemoServer::Fault::Status403);
    const QString secret = QStringLiteral("s3cr3t-Value-That-Must-Not-Leak");
    QProcessEnvironment env = headlessEnvironment();
    env.insert(QStringLiteral("GONG_BASE_URL"), server.baseUrl().toString());
    if (bearer) {
        env.insert(QStringLiteral("GONG_BEARER_TOKEN"), secret);
    } else {
        env.insert(QStringLiteral("GONG_ACCESS_KEY"),
                   forbidden ? DemoServer::defaultAccessKey() : QStringLiteral("key-ABC"));
        env.insert(QStringLiteral("GONG_ACCESS_KEY_SECRET"), forbidden ? DemoServer::defaultSecret() : secret);
    }
    const Run r = run({}, env);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(status), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.contains(secret));
    QVERIFY(!r.err.contains(QStringLiteral("key-ABC")));
    QVERIFY(!r.err.contains(DemoServer::defaultSecret()));
    QCOMPARE(server.requestCount(), 1); // an auth failure is not retried
}

void TestExportCommand::apiFailure()
{
    DemoServer server;
    server.setUsers(DemoOrgGenerator(DemoOrgOptions{250, 42, 12}).users());
    QVERIFY(server.listen());
    server.setPageSize(100);
    QProcessEnvironment env = headlessEnvironment();
    env.insert(QStringLiteral("GONG_BASE_URL"), server.baseUrl().toString());
    env.insert(QStringLiteral("GONG_ACCESS_KEY"), DemoServer::defaultAccessKey());
    env.insert(QStringLiteral("GONG_ACCESS_KEY_SECRET"), DemoServer::defaultSecret());
    // First page fine, then a 400 (not retried): the export stops with code 4 and writes nothing.
    connect(&server, &DemoServer::requestReceived, &server, [&server](int index) {
        if (index == 1)
            server.enqueueFault(DemoServer::Fault::Status400);
    });
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("people.csv"));
    const Run r = run({QStringLiteral("-o"), path}, env);
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(QStringLiteral("400")), qPrintable(r.err));
    QVERIFY(!QFile::exists(path));
}

void TestExportCommand::realServerPathWithEnvironmentCredentials()
{
    DemoServer server;
    server.setUsers(DemoOrgGenerator(DemoOrgOptions{230, 7, 12}).users());
    server.setAvatars(DemoOrgGenerator(DemoOrgOptions{230, 7, 12}).avatars());
    server.setRateLimit(3, 1000);
    QVERIFY(server.listen());
    QProcessEnvironment env = headlessEnvironment();
    env.insert(QStringLiteral("GONG_BASE_URL"), server.baseUrl().toString() + QStringLiteral("/v2/users"));
    env.insert(QStringLiteral("GONG_ACCESS_KEY"), DemoServer::defaultAccessKey());
    env.insert(QStringLiteral("GONG_ACCESS_KEY_SECRET"), DemoServer::defaultSecret());
    const Run r =
        run({QStringLiteral("--include-avatars"), QStringLiteral("--format=json"), QStringLiteral("--compact")}, env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 230 + 12);
    QCOMPARE(r.out.count('\n'), 1);
    QCOMPARE(server.rateLimitedCount(), 0); // paced under the limit
    QVERIFY(!r.err.contains(DemoServer::defaultSecret()));
}

void TestExportCommand::unknownProfile()
{
    // Saved connections live in the app's settings: here an empty configuration folder. No keychain is asked.
    QTemporaryDir config;
    QProcessEnvironment env = headlessEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/gongdir-bus"));
    const Run r = run({QStringLiteral("--profile"), QStringLiteral("Acme")}, env, 20000);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(QStringLiteral("No saved connection is named “Acme”")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
