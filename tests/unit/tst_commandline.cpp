// SPDX-License-Identifier: MIT
// CommandLine: which route a command line takes (decided without an application object, before any display is
// needed), the suggestions for a mistyped command, and that one add() gives a command its place in --help, `help
// NAME`, `NAME --help` and --version. The built binary is run by tests/integration/tst_cli.
#include "cli/commandline.h"
#include "cli/corecommands.h"
#include "cli/displaycheck.h"

#include <QCommandLineParser>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = CommandLine::Route::Kind;

Q_DECLARE_METATYPE(CommandLine::Route::Kind)

namespace {
QProcessEnvironment environment(const QStringList& variables)
{
    QProcessEnvironment env;
    for (const QString& v : variables)
        env.insert(v.section(u'=', 0, 0), v.section(u'=', 1));
    return env;
}

// A command as another issue would add it: one call.
CliCommand snapshotsCommand()
{
    CliCommand c;
    c.name = u"snapshots"_s;
    c.summary = "List the stored snapshots.";
    c.describe = [](QCommandLineParser* parser) {
        parser->setApplicationDescription(u"The stored snapshots, newest first."_s);
        parser->addOption(QCommandLineOption(u"since"_s, u"Only those after WHEN."_s, u"WHEN"_s));
    };
    c.run = [](const QStringList&) { return 7; };
    return c;
}
} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void route_data();
    void route();
    void displayFollowsQtsChoiceOfPlugin_data();
    void displayFollowsQtsChoiceOfPlugin();
    void suggestions_data();
    void suggestions();
    void oneCallAddsACommandEverywhere();
    void parseHandlesHelpVersionAndErrors();
};

void TestCommandLine::initTestCase()
{
    CoreCommands::registerAll();
    CommandLine::add(snapshotsCommand());
    CliCommand changes = snapshotsCommand();
    changes.name = u"changes"_s;
    CommandLine::add(changes);
    // The window's check, as main() installs it: here --rate must be a number.
    CommandLine::setWindow(
        [](QCommandLineParser* parser) {
            parser->addOption(QCommandLineOption(u"rate"_s, u"Requests per second."_s, u"n"_s));
            parser->addOption(QCommandLineOption(u"demo"_s, u"Demo."_s, u"N"_s));
        },
        [](const QStringList& arguments, QString* error) {
            const qsizetype at = arguments.indexOf(u"--rate"_s);
            if (at > 0 && arguments.value(at + 1).toDouble() <= 0) {
                *error = u"--rate expects a number"_s;
                return false;
            }
            return true;
        });
}

void TestCommandLine::route_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("detail"); // the command, the word or a piece of the error

    const QStringList x11{u"DISPLAY=:0"_s};
    const QStringList none;
    QTest::newRow("window") << QStringList{} << x11 << Kind::Window << QString();
    QTest::newRow("window with options") << QStringList{u"--demo"_s, u"--rate"_s, u"2"_s} << x11 << Kind::Window
                                         << QString();
    QTest::newRow("no display") << QStringList{} << none << Kind::NoDisplay << QString();
    QTest::newRow("no display, with options") << QStringList{u"--demo=20"_s} << none << Kind::NoDisplay << QString();
    QTest::newRow("offscreen needs no display")
        << QStringList{} << QStringList{u"QT_QPA_PLATFORM=offscreen"_s} << Kind::Window << QString();
    QTest::newRow("-platform offscreen") << QStringList{u"-platform"_s, u"offscreen"_s, u"--demo"_s} << none
                                         << Kind::Window << QString();
    QTest::newRow("Qt's -style is not ours to refuse")
        << QStringList{u"-style"_s, u"fusion"_s, u"-reverse"_s} << x11 << Kind::Window << QString();
    QTest::newRow("export") << QStringList{u"export"_s, u"--demo"_s} << none << Kind::Command << u"export"_s;
    QTest::newRow("export, bad option: still the command's to say")
        << QStringList{u"export"_s, u"--frobnicate"_s} << none << Kind::Command << u"export"_s;
    QTest::newRow("help") << QStringList{u"help"_s, u"export"_s} << none << Kind::Command << u"help"_s;
    QTest::newRow("registered later") << QStringList{u"snapshots"_s} << none << Kind::Command << u"snapshots"_s;
    QTest::newRow("mistyped") << QStringList{u"exprot"_s} << none << Kind::UnknownCommand << u"exprot"_s;
    QTest::newRow("mistyped, with a display")
        << QStringList{u"exprot"_s, u"--demo"_s} << x11 << Kind::UnknownCommand << u"exprot"_s;
    QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << none << Kind::UsageError << u"frobnicate"_s;
    QTest::newRow("bad value") << QStringList{u"--rate"_s, u"0"_s} << none << Kind::UsageError << u"--rate"_s;
    QTest::newRow("missing value") << QStringList{u"--rate"_s} << none << Kind::UsageError << u"rate"_s;
    QTest::newRow("command after an option")
        << QStringList{u"--demo"_s, u"export"_s} << none << Kind::UsageError << u"gong-directory export"_s;
    QTest::newRow("word after an option")
        << QStringList{u"--demo"_s, u"exprot"_s} << none << Kind::UnknownCommand << u"exprot"_s;
    QTest::newRow("--help") << QStringList{u"--help"_s} << none << Kind::Help << QString();
    QTest::newRow("-h after options") << QStringList{u"--demo"_s, u"-h"_s} << none << Kind::Help << QString();
    QTest::newRow("--version") << QStringList{u"--version"_s} << none << Kind::Version << QString();
    QTest::newRow("-v") << QStringList{u"-v"_s} << none << Kind::Version << QString();
}

void TestCommandLine::route()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, environment);
    QFETCH(Kind, kind);
    QFETCH(QString, detail);
    const CommandLine::Route r =
        CommandLine::route(QStringList{u"gong-directory"_s} + arguments, ::environment(environment));
    QCOMPARE(r.kind, kind);
    if (kind == Kind::Command)
        QCOMPARE(r.command, detail);
    else if (kind == Kind::UnknownCommand)
        QCOMPARE(r.word, detail);
    else if (kind == Kind::UsageError)
        QVERIFY2(r.error.contains(detail), qPrintable(r.error));
}

void TestCommandLine::displayFollowsQtsChoiceOfPlugin_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<bool>("canOpen");
    QTest::newRow("X11") << QStringList{} << QStringList{u"DISPLAY=:1"_s} << true;
    QTest::newRow("empty DISPLAY") << QStringList{} << QStringList{u"DISPLAY="_s} << false;
    QTest::newRow("-display") << QStringList{u"-display"_s, u":2"_s} << QStringList{} << true;
    QTest::newRow("xcb asked, only Wayland there")
        << QStringList{} << QStringList{u"QT_QPA_PLATFORM=xcb"_s, u"WAYLAND_DISPLAY=wayland-1"_s} << false;
    QTest::newRow("Wayland session") << QStringList{}
                                     << QStringList{u"XDG_SESSION_TYPE=wayland"_s, u"WAYLAND_DISPLAY=wayland-1"_s}
                                     << true;
    QTest::newRow("wayland with xcb fallback, X there")
        << QStringList{} << QStringList{u"QT_QPA_PLATFORM=wayland;xcb"_s, u"DISPLAY=:0"_s} << true;
    QTest::newRow("-platform beats the environment")
        << QStringList{u"--platform"_s, u"xcb"_s} << QStringList{u"QT_QPA_PLATFORM=offscreen"_s} << false;
    QTest::newRow("plugin options") << QStringList{} << QStringList{u"QT_QPA_PLATFORM=vnc:size=800x600"_s} << true;
}

void TestCommandLine::displayFollowsQtsChoiceOfPlugin()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, environment);
    QFETCH(bool, canOpen);
    QCOMPARE(DisplayCheck::windowCanOpen(QStringList{u"gong-directory"_s} + arguments, ::environment(environment)),
             canOpen);

    // Without WAYLAND_DISPLAY, Wayland clients connect to "wayland-0" in the runtime folder.
    QTemporaryDir runtime;
    const QProcessEnvironment wayland =
        ::environment({u"QT_QPA_PLATFORM=wayland"_s, u"XDG_RUNTIME_DIR="_s + runtime.path()});
    QVERIFY(!DisplayCheck::windowCanOpen({u"gong-directory"_s}, wayland));
    QFile socket(runtime.filePath(u"wayland-0"_s));
    QVERIFY(socket.open(QIODevice::WriteOnly));
    QVERIFY(DisplayCheck::windowCanOpen({u"gong-directory"_s}, wayland));
}

void TestCommandLine::suggestions_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("swapped letters") << u"exprot"_s << QStringList{u"export"_s};
    QTest::newRow("missing letter") << u"exort"_s << QStringList{u"export"_s};
    QTest::newRow("extra letter") << u"exports"_s << QStringList{u"export"_s};
    QTest::newRow("capitals") << u"Export"_s << QStringList{u"export"_s};
    QTest::newRow("start of it") << u"snap"_s << QStringList{u"snapshots"_s};
    QTest::newRow("another command") << u"chagnes"_s << QStringList{u"changes"_s};
    QTest::newRow("short name, one edit") << u"hlep"_s << QStringList{u"help"_s};
    QTest::newRow("nothing close") << u"frobnicate"_s << QStringList{};
    QTest::newRow("one letter") << u"x"_s << QStringList{};
}

void TestCommandLine::suggestions()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, expected);
    QCOMPARE(CommandLine::suggestions(typed), expected);
}

void TestCommandLine::oneCallAddsACommandEverywhere()
{
    const QString overview = CommandLine::overview();
    QVERIFY2(overview.startsWith(u"Usage: gong-directory [options]\n"_s), qPrintable(overview));
    QVERIFY2(overview.contains(u"--rate <n>"_s), qPrintable(overview)); // the window's options
    const qsizetype commands = overview.indexOf(u"\nCommands:\n"_s);
    QVERIFY(commands > 0);
    // One line each, sorted, the summary beside the name.
    const QStringList lines = overview.mid(commands).split(u'\n');
    QCOMPARE(lines.value(2).simplified(), u"changes List the stored snapshots."_s);
    QVERIFY(lines.value(3).simplified().startsWith(u"chart "_s)); // CoreCommands' own, between the test's two
    QVERIFY(lines.value(4).simplified().startsWith(u"export Export the people"_s));
    QVERIFY(lines.value(5).simplified().startsWith(u"help "_s));
    QVERIFY(lines.value(6).simplified().startsWith(u"reconcile "_s));
    QCOMPARE(lines.value(7).simplified(), u"snapshots List the stored snapshots."_s);

    const CliCommand* snapshots = CommandLine::find(u"snapshots"_s);
    QVERIFY(snapshots);
    const QString help = CommandLine::helpText(*snapshots);
    QVERIFY2(help.startsWith(u"Usage: gong-directory snapshots [options]\n"_s), qPrintable(help));
    QVERIFY(help.contains(u"The stored snapshots, newest first."_s));
    QVERIFY(help.contains(u"--since <WHEN>"_s));
    QVERIFY(help.contains(u"-h, --help"_s));
    QVERIFY(help.contains(u"-v, --version"_s));
    QCOMPARE(snapshots->run({}), 7);
}

void TestCommandLine::parseHandlesHelpVersionAndErrors()
{
    const CliCommand* snapshots = CommandLine::find(u"snapshots"_s);
    QVERIFY(snapshots);
    const QStringList start{u"gong-directory"_s, u"snapshots"_s};
    QString out;
    {
        QCommandLineParser parser;
        QCOMPARE(CommandLine::parse(&parser, *snapshots, start + QStringList{u"--since"_s, u"7d"_s}, &out), -1);
        QCOMPARE(parser.value(u"since"_s), u"7d"_s);
    }
    {
        QCommandLineParser parser;
        QCOMPARE(CommandLine::parse(&parser, *snapshots, start + QStringList{u"--since=1d"_s, u"--help"_s}, &out), 0);
        QCOMPARE(out, CommandLine::helpText(*snapshots));
    }
    {
        QCommandLineParser parser;
        QCOMPARE(CommandLine::parse(&parser, *snapshots, start + QStringList{u"--version"_s}, &out), 0);
        QCOMPARE(out, u"gong-directory " GONGDIR_VERSION "\n"_s);
    }
    {
        QCommandLineParser parser;
        QCOMPARE(CommandLine::parse(&parser, *snapshots, start + QStringList{u"--frobnicate"_s}, &out), 2);
        QVERIFY2(out.contains(u"frobnicate"_s), qPrintable(out));
    }
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
