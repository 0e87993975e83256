// SPDX-License-Identifier: MIT
// The built `gong-directory export` against hostile servers and local attackers: what a server says reaches
// stderr escaped, record warnings are one line that -q silences, data on a terminal (a real pty) is escaped while
// pipes get the exact bytes, --timeout ends the run, a planted symbolic link is refused with exit code 5, the
// rate limit's total wait ends the run with exit code 4, and the process cannot be read by others
// (non-dumpable). The servers run in this process (the event loop keeps running while the child works).
#include "cli/exportcommand.h"
#include "exportprocess.h"
#include "hostilefixtures.h"
#include "hostileserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <grp.h>
#include <pty.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
using ExportProcess::Run;

const QString Binary = QStringLiteral(GONGDIR_APP_BINARY);

QProcessEnvironment environmentFor(const HostileServer& server)
{
    QProcessEnvironment env = ExportProcess::headlessEnvironment();
    env.insert(u"GONG_BASE_URL"_s, server.baseUrl().toString());
    env.insert(u"GONG_ACCESS_KEY"_s, u"key"_s);
    env.insert(u"GONG_ACCESS_KEY_SECRET"_s, u"secret"_s);
    return env;
}

bool hasRawControls(const QByteArray& bytes)
{
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u == 0x1b || u == 0x07)
            return true;
    }
    return bytes.contains("\xE2\x80\xAE"); // U+202E RIGHT-TO-LEFT OVERRIDE
}

// Users whose names try to drive a terminal: an OSC title change, a screen clear and a bidi override.
QList<QJsonObject> hostileUsers()
{
    QList<QJsonObject> users = HostileServer::users(3);
    users[0].insert(u"firstName"_s, u"\x1b]0;pwned\x07"
                                    "Eve"_s);
    users[1].insert(u"lastName"_s, u"\u202Etxt.exe"_s);
    users[2].insert(u"title"_s, u"\x1b[2JBoss"_s);
    return users;
}

// Runs the binary with its stdout on the slave side of a pseudo-terminal (raw, so bytes pass unchanged) and
// collects what reaches the master side.
struct PtyRun
{
    int exitCode = -1;
    QByteArray terminal; // stdout as the terminal received it
    QString err;
};

PtyRun runOnTerminal(const QStringList& arguments, const QProcessEnvironment& env)
{
    PtyRun result;
    int master = -1;
    int slave = -1;
    if (::openpty(&master, &slave, nullptr, nullptr, nullptr) != 0)
        return result;
    termios raw = {};
    ::tcgetattr(slave, &raw);
    ::cfmakeraw(&raw);
    ::tcsetattr(slave, TCSANOW, &raw);
    ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);

    QProcess process;
    process.setProcessEnvironment(env);
    process.setChildProcessModifier([slave, master] {
        ::dup2(slave, STDOUT_FILENO);
        ::close(slave);
        ::close(master);
    });
    const auto drain = [&] {
        char buffer[4096];
        for (ssize_t n; (n = ::read(master, buffer, sizeof buffer)) > 0;)
            result.terminal.append(buffer, n);
    };
    QSocketNotifier notifier(master, QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &process, drain);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    process.start(Binary, QStringList{u"export"_s} + arguments);
    ::close(slave);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    drain();
    ::close(master);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        result.err = u"timed out"_s;
        return result;
    }
    result.exitCode = process.exitCode();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// The owner of /proc/<pid>/status: the process's user while it is dumpable, root once it is not.
int procOwner(qint64 pid)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(u"/proc/%1/status"_s.arg(pid)).constData(), &st) != 0)
        return -1;
    return int(st.st_uid);
}

// Starts `program` as nobody (uid/gid 65534) when this test runs as root, else as the current user.
void startAs(QProcess* process, const QString& program, const QStringList& arguments)
{
    if (::geteuid() == 0) {
        process->setChildProcessModifier([] {
            if (::setgroups(0, nullptr) != 0 || ::setresgid(65534, 65534, 65534) != 0 ||
                ::setresuid(65534, 65534, 65534) != 0)
                ::_exit(99);
        });
    }
    process->start(program, arguments);
}
} // namespace

class TestExportLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordWarningsAreOneLineAndQuietSilencesThem();
    void serverTextOnStderrIsEscaped();
    void terminalGetsEscapedDataPipesGetExactBytes();
    void timeoutEndsTheRun();
    void badTimeoutIsAUsageError_data();
    void badTimeoutIsAUsageError();
    void plantedSymlinkIsRefusedWithExitCode5();
    void rateLimitTotalEndsTheRunWithExitCode4();
    void processIsNotDumpable();
};

void TestExportLimits::recordWarningsAreOneLineAndQuietSilencesThem()
{
    HostileServer server;
    QVERIFY(server.listen());
    // 1,204 people whose title is a number: two pages (1,000 and 204).
    server.setHandler([](const HostileServer::Request& request) {
        const int first = request.index * 1000 + 1;
        QList<QJsonObject> users = HostileServer::users(request.index == 0 ? 1000 : 204, first);
        for (QJsonObject& u : users)
            u.insert(u"title"_s, 7);
        return HostileServer::json(HostileServer::page(users, request.index == 0 ? u"next"_s : QString(), 1204));
    });
    const QProcessEnvironment env = environmentFor(server);
    const Run r = ExportProcess::run(Binary, {u"--rate"_s, u"50"_s, u"--columns"_s, u"id,title"_s}, env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(ExportProcess::csvLines(r.out).size(), 1205);
    QVERIFY2(r.err.contains(u"1,204 records had fields of the wrong type, e.g. id 1: title is a number; their other "
                            "fields were kept.\n"_s),
             qPrintable(r.err));
    QCOMPARE(r.err.count(u"title is a number"_s), 1); // one line, not 1,204
    QVERIFY2(r.err.count(QLatin1Char('\n')) < 10, qPrintable(r.err));

    const Run quiet = ExportProcess::run(Binary, {u"--rate"_s, u"50"_s, u"-q"_s}, env);
    QVERIFY2(quiet.exitCode == 0, qPrintable(quiet.err));
    QVERIFY2(quiet.err.isEmpty(), qPrintable(quiet.err));
}

void TestExportLimits::serverTextOnStderrIsEscaped()
{
    HostileServer server;
    QVERIFY(server.listen());
    server.setHandler([](const HostileServer::Request&) {
        const QJsonObject body{{u"requestId"_s, u"\x1b[2J"_s + QString(100000, u'r')},
                               {u"errors"_s, QJsonArray{u"\x1b]0;pwned\x07"_s, u"a\r\nERROR fake line \u202Ex"_s}}};
        return HostileServer::json(QJsonDocument(body).toJson(QJsonDocument::Compact), 400);
    });
    const Run r = ExportProcess::run(Binary, {}, environmentFor(server));
    QCOMPARE(r.exitCode, 4);
    const QByteArray err = r.err.toUtf8();
    QVERIFY2(!hasRawControls(err), err.constData());
    QVERIFY2(r.err.contains(u"\\x1b]0;pwned\\x07"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"a\\r\\nERROR fake line \\u202ex"_s), qPrintable(r.err));
    QVERIFY2(!r.err.contains(u"\nERROR fake line"_s), qPrintable(r.err));
    QVERIFY2(r.err.size() < 3000, qPrintable(QString::number(r.err.size()))); // the 100 KB request id is cut
}

void TestExportLimits::terminalGetsEscapedDataPipesGetExactBytes()
{
    HostileServer server;
    QVERIFY(server.listen());
    server.setHandler(
        [](const HostileServer::Request&) { return HostileServer::json(HostileServer::page(hostileUsers())); });
    const QProcessEnvironment env = environmentFor(server);
    const QStringList arguments{u"--columns"_s, u"id,firstName,lastName,title"_s, u"--no-bom"_s};

    const PtyRun tty = runOnTerminal(arguments, env);
    QVERIFY2(tty.exitCode == 0, qPrintable(tty.err));
    QVERIFY2(!hasRawControls(tty.terminal), tty.terminal.constData());
    QVERIFY2(tty.terminal.contains("\\x1b]0;pwned\\x07Eve"), tty.terminal.constData());
    QVERIFY2(tty.terminal.contains("\\u202etxt.exe"), tty.terminal.constData());
    QVERIFY2(tty.terminal.contains("\\x1b[2JBoss"), tty.terminal.constData());
    QVERIFY2(tty.terminal.startsWith("id,firstName,lastName,title\r\n"), tty.terminal.constData()); // CR LF kept

    // Through a pipe (and so into a file): exactly what the server sent.
    const Run pipe = ExportProcess::run(Binary, arguments, env);
    QVERIFY2(pipe.exitCode == 0, qPrintable(pipe.err));
    QVERIFY(pipe.out.contains("\x1b]0;pwned\x07"
                              "Eve"));
    QVERIFY(pipe.out.contains("\xE2\x80\xAEtxt.exe"));
    QVERIFY(pipe.out.contains("\x1b[2JBoss"));
    QVERIFY(!pipe.out.contains("\\x1b"));
    // JSON to a terminal too: JSON escapes C0 itself, the C1 and bidi characters are ours to escape.
    const PtyRun json = runOnTerminal({u"--format"_s, u"json"_s, u"--compact"_s}, env);
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    QVERIFY2(!hasRawControls(json.terminal), json.terminal.constData());
    QVERIFY2(json.terminal.contains("\\u202etxt.exe"), json.terminal.constData());
}

void TestExportLimits::timeoutEndsTheRun()
{
    HostileServer server;
    QVERIFY(server.listen());
    // A real page, one byte a second: each request would take minutes, and the client's own deadline is 120 s.
    server.setHandler([](const HostileServer::Request&) {
        HostileServer::Response r = HostileServer::json(HostileServer::page(HostileServer::users(50)));
        r.dripMs = 1000;
        return r;
    });
    QTemporaryDir dir;
    const QString path = dir.filePath(u"people.csv"_s);
    const Run r = ExportProcess::run(Binary, {u"--timeout"_s, u"2s"_s, u"-o"_s, path}, environmentFor(server));
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(u"Stopped: the --timeout of 2s passed with 0 users loaded; nothing was written."_s),
             qPrintable(r.err));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(server.requestCount(), 1);
}

void TestExportLimits::badTimeoutIsAUsageError_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("unit") << u"5x"_s;
    QTest::newRow("zero") << u"0s"_s;
    QTest::newRow("negative") << u"-5"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("order") << u"5s3m"_s;
    QTest::newRow("huge") << u"99999999999999h"_s;
}

void TestExportLimits::badTimeoutIsAUsageError()
{
    QFETCH(QString, value);
    const Run r =
        ExportProcess::run(Binary, {u"--demo=5"_s, u"--timeout"_s, value}, ExportProcess::headlessEnvironment());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"--timeout expects a duration such as 90s, 5m or 2h."_s), qPrintable(r.err));
}

void TestExportLimits::plantedSymlinkIsRefusedWithExitCode5()
{
    // /tmp-like: sticky and writable by all. Another user's link, or any link there, is not followed.
    QTemporaryDir dir;
    const HostileFixtures::PlantedLink planted = HostileFixtures::plantLink(dir);
    QVERIFY(!planted.link.isEmpty());
    const Run r =
        ExportProcess::run(Binary, {u"--demo=20"_s, u"-o"_s, planted.link}, ExportProcess::headlessEnvironment());
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(
        r.err.contains(u"Refusing to write “%1”: it is a symbolic link to “%2”"_s.arg(planted.link, planted.victim)),
        qPrintable(r.err));
    QVERIFY(!r.err.contains(u"Demo company"_s)); // refused before the load
    QCOMPARE(HostileFixtures::contentOf(planted.victim), QByteArray("my notes"));
}

void TestExportLimits::rateLimitTotalEndsTheRunWithExitCode4()
{
    // In this process, with the total shortened (the command's default is 15 minutes).
    HostileServer server;
    QVERIFY(server.listen());
    server.setHandler([](const HostileServer::Request&) {
        HostileServer::Response r = HostileServer::json(R"({"requestId":"rl","errors":["rate limit"]})", 429);
        r.addHeader("Retry-After", "1");
        return r;
    });
    ExportCommand::Options options;
    QString output;
    QCOMPARE(
        ExportCommand::parse({u"gong-directory"_s, u"export"_s, u"-q"_s}, environmentFor(server), &options, &output),
        -1);
    RetryPolicy policy;
    policy.maxTotalRateLimitWaitMs = 1500;
    ExportCommand command;
    command.setRetryPolicy(policy);

    // stderr goes to a file for the run.
    QTemporaryFile capture;
    QVERIFY(capture.open());
    std::fflush(stderr);
    const int saved = ::dup(STDERR_FILENO);
    QVERIFY(::dup2(capture.handle(), STDERR_FILENO) >= 0);
    const int code = command.run(options);
    std::fflush(stderr);
    ::dup2(saved, STDERR_FILENO);
    ::close(saved);
    capture.seek(0);
    const QString err = QString::fromUtf8(capture.readAll());

    QCOMPARE(code, int(ExportCommand::ApiFailure));
    QVERIFY2(err.contains(u"Gong's rate limit has held this load for 1 minute"_s), qPrintable(err));
    QVERIFY2(err.contains(u"asks to wait 1 s more"_s), qPrintable(err));
    QCOMPARE(server.requestCount(), 2); // one wait of 1 s; a second would pass 1.5 s
}

void TestExportLimits::processIsNotDumpable()
{
    // A server that answers the first request with headers and then nothing: the export waits on it.
    HostileServer server;
    QVERIFY(server.listen());
    server.setHandler([](const HostileServer::Request&) {
        HostileServer::Response r = HostileServer::json(HostileServer::page({}));
        r.dripMs = 600000;
        return r;
    });
    QTemporaryDir home;
    QVERIFY(::chmod(QFile::encodeName(home.path()).constData(), 0777) == 0);
    QProcessEnvironment env = environmentFor(server);
    env.insert(u"HOME"_s, home.path());
    const int user = ::geteuid() == 0 ? 65534 : int(::geteuid());

    // The measure itself: an ordinary process of that user owns its /proc files.
    QProcess control;
    startAs(&control, u"/bin/sleep"_s, {u"30"_s});
    QVERIFY(control.waitForStarted());
    QTRY_COMPARE(procOwner(control.processId()), user);
    control.kill();
    control.waitForFinished();

    QProcess app;
    app.setProcessEnvironment(env);
    startAs(&app, Binary, {u"export"_s});
    QVERIFY(app.waitForStarted());
    // By the time the request arrives, main() has long made the process non-dumpable.
    QTRY_VERIFY_WITH_TIMEOUT(server.requestCount() == 1 || app.state() == QProcess::NotRunning, 60000);
    QCOMPARE(app.state(), QProcess::Running);
    QCOMPARE(procOwner(app.processId()), 0); // non-dumpable: its /proc files belong to root, not to `user`
    QFile status(u"/proc/%1/status"_s.arg(app.processId()));
    QVERIFY(status.open(QIODevice::ReadOnly));
    const QByteArray text = status.readAll();
    QVERIFY2(text.contains("\nUid:\t" + QByteArray::number(user) + '\t'), text.constData()); // it runs as `user`
    app.kill();
    app.waitForFinished();
}

QTEST_GUILESS_MAIN(TestExportLimits)
#include "tst_exportlimits.moc"
