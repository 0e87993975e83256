// SPDX-License-Identifier: MIT
// The built gong-directory's command line as a user meets it on a box without a display (cron, ssh): a mistyped
// command, an unknown option or the window asked for get one sentence and an exit code, never Qt's platform-plugin
// abort; every command answers --help and --version; a failed export says so once; the log stays quiet unless
// asked for (--verbose, QT_LOGGING_RULES), in the export and the window alike.
#include "demo/demoorggenerator.h"
#include "demo/demoserver.h"
#include "exportprocess.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ExportProcess::Run;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mistypedCommand_data();
    void mistypedCommand();
    void unknownOption();
    void windowWithoutDisplay_data();
    void windowWithoutDisplay();
    void helpForms();
    void versionAfterEveryCommand();
    void failedExportSaysSoOnce_data();
    void failedExportSaysSoOnce();
    void windowLogsOnlyWhenAsked_data();
    void windowLogsOnlyWhenAsked();

private:
    static QProcessEnvironment headless()
    {
        QProcessEnvironment env = ExportProcess::headlessEnvironment();
        env.remove(u"QT_LOGGING_RULES"_s); // CTest's; the defaults are under test here
        return env;
    }
    static Run run(const QStringList& arguments, const QProcessEnvironment& env = headless(), int timeoutMs = 60000)
    {
        return ExportProcess::runProgram(QStringLiteral(GONGDIR_APP_BINARY), arguments, env, timeoutMs);
    }
    // The commands `gong-directory --help` lists.
    static QStringList listedCommands()
    {
        const Run help = run({u"--help"_s});
        const QString text = QString::fromUtf8(help.out);
        const qsizetype at = text.indexOf(u"\nCommands:\n"_s);
        QStringList names;
        if (at < 0)
            return names;
        for (const QString& line : text.mid(at + 11).split(u'\n')) {
            if (!line.startsWith(u"  "_s))
                break;
            names.append(line.simplified().section(u' ', 0, 0));
        }
        return names;
    }
};

void TestCli::mistypedCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("exprot") << QStringList{u"exprot"_s}
                            << u"gong-directory: unknown command 'exprot' — did you mean 'export'?\n"
                               u"Try 'gong-directory --help'.\n"_s;
    QTest::newRow("with its options") << QStringList{u"exprot"_s, u"--demo=5"_s, u"-o"_s, u"x.csv"_s}
                                      << u"gong-directory: unknown command 'exprot' — did you mean 'export'?\n"
                                         u"Try 'gong-directory --help'.\n"_s;
    QTest::newRow("help exprot") << QStringList{u"help"_s, u"exprot"_s}
                                 << u"gong-directory: unknown command 'exprot' — did you mean 'export'?\n"
                                    u"Try 'gong-directory --help'.\n"_s;
    QTest::newRow("a pasted page: one line")
        << QStringList{QString(100000, u'a')}
        << u"gong-directory: unknown command '"_s + QString(60, u'a') + u"…'\nTry 'gong-directory --help'.\n"_s;
    QTest::newRow("nothing close") << QStringList{u"frobnicate"_s}
                                   << u"gong-directory: unknown command 'frobnicate'\n"
                                      u"Try 'gong-directory --help'.\n"_s;
}

void TestCli::mistypedCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run r = run(arguments);
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, message);
    QVERIFY(r.out.isEmpty());
}

void TestCli::unknownOption()
{
    const Run r = run({u"--frobnicate"_s});
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, u"gong-directory: Unknown option 'frobnicate'.\nTry 'gong-directory --help'.\n"_s);
}

void TestCli::windowWithoutDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no arguments") << QStringList{};
    QTest::newRow("demo") << QStringList{u"--demo"_s};
    QTest::newRow("base URL") << QStringList{u"--base-url"_s, u"https://us-1.api.gong.io"_s};
}

void TestCli::windowWithoutDisplay()
{
    QFETCH(QStringList, arguments);
    // The default platform (xcb) with neither DISPLAY nor WAYLAND_DISPLAY: what cron and ssh give.
    QProcessEnvironment env = headless();
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.remove(u"XDG_RUNTIME_DIR"_s);
    const Run r = run(arguments, env);
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count(u'\n'), 1); // once, one line
    QVERIFY2(r.err.startsWith(u"gong-directory: the window needs a display"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"'gong-directory export'"_s), qPrintable(r.err));
    QVERIFY2(!r.err.contains(u"plugin"_s), qPrintable(r.err));
}

void TestCli::helpForms()
{
    const Run overview = run({u"--help"_s});
    QCOMPARE(overview.exitCode, 0);
    QCOMPARE(run({u"help"_s}).out, overview.out);
    QCOMPARE(run({u"-h"_s}).out, overview.out);
    const QStringList commands = listedCommands();
    QVERIFY2(commands.contains(u"export"_s) && commands.contains(u"help"_s), qPrintable(commands.join(u' ')));
    for (const QString& command : commands) {
        const Run viaHelp = run({u"help"_s, command});
        const Run viaOption = run({command, u"--help"_s});
        QCOMPARE(viaHelp.exitCode, 0);
        QCOMPARE(viaOption.exitCode, 0);
        QCOMPARE(viaHelp.out, viaOption.out);
        QVERIFY2(viaHelp.out.startsWith("Usage: gong-directory " + command.toUtf8() + " [options]"),
                 viaHelp.out.constData());
        // Each command's line in the overview is its summary, one line.
        const QRegularExpression line(u"\n  "_s + command + u" +\\S[^\n]*\n"_s);
        QVERIFY2(line.match(QString::fromUtf8(overview.out)).hasMatch(), qPrintable(command));
    }
}

void TestCli::versionAfterEveryCommand()
{
    const QByteArray version = "gong-directory " GONGDIR_VERSION "\n";
    QCOMPARE(run({u"--version"_s}).out, version);
    QCOMPARE(run({u"-v"_s}).out, version);
    for (const QString& command : listedCommands()) {
        const Run r = run({command, u"--version"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, version);
        QCOMPARE(run({command, u"--demo=3"_s, u"--version"_s}).out, command == u"help"_s ? QByteArray() : version);
    }
}

void TestCli::failedExportSaysSoOnce_data()
{
    QTest::addColumn<bool>("quiet");
    QTest::addColumn<int>("status");
    QTest::newRow("-q, 400") << true << 400;
    QTest::newRow("-q, 401") << true << 401;
    QTest::newRow("progress, 400") << false << 400;
}

void TestCli::failedExportSaysSoOnce()
{
    QFETCH(bool, quiet);
    QFETCH(int, status);
    DemoServer server;
    server.setUsers(DemoOrgGenerator(DemoOrgOptions{50, 1, 0}).users());
    QVERIFY(server.listen());
    server.enqueueFault(status == 401 ? DemoServer::Fault::Status401 : DemoServer::Fault::Status400);
    QProcessEnvironment env = headless();
    env.insert(u"GONG_BASE_URL"_s, server.baseUrl().toString());
    env.insert(u"GONG_ACCESS_KEY"_s, DemoServer::defaultAccessKey());
    env.insert(u"GONG_ACCESS_KEY_SECRET"_s, DemoServer::defaultSecret());
    const Run r = run(quiet ? QStringList{u"export"_s, u"-q"_s} : QStringList{u"export"_s}, env);
    QCOMPARE(r.exitCode, status == 401 ? 3 : 4);
    const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
    const QStringList errors = lines.filter(QString::number(status));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.constFirst().startsWith(u"gong-directory export: "_s), qPrintable(r.err));
    if (quiet)
        QCOMPARE(lines.size(), 1);
    QVERIFY2(!r.err.contains(u"gongdir."_s), qPrintable(r.err)); // no log lines
}

void TestCli::windowLogsOnlyWhenAsked_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("rules");
    QTest::addColumn<bool>("logged");
    QTest::newRow("default") << QStringList{} << QString() << false;
    QTest::newRow("--verbose") << QStringList{u"--verbose"_s} << QString() << true;
    QTest::newRow("QT_LOGGING_RULES") << QStringList{} << u"gongdir.api.debug=true"_s << true;
    QTest::newRow("QT_LOGGING_RULES beats --verbose")
        << QStringList{u"--verbose"_s} << u"gongdir.*.debug=false"_s << false;
}

void TestCli::windowLogsOnlyWhenAsked()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, rules);
    QFETCH(bool, logged);
    // The window on the demo company over loopback HTTP, until its first rows are painted (the startup probe).
    QProcessEnvironment env = headless();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"GONGDIR_BENCH_EXIT_AFTER_PAINT"_s, u"rows"_s);
    QTemporaryDir home;
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    if (!rules.isEmpty())
        env.insert(u"QT_LOGGING_RULES"_s, rules);
    const Run r = run(QStringList{u"--demo=250"_s} + arguments, env, 120000);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith("gongdir-bench rows"), r.out.constData());
    const bool requestLine = r.err.contains(u"gongdir.api: GET"_s);
    QVERIFY2(requestLine == logged, qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
