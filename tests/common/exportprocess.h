// SPDX-License-Identifier: MIT
// Runs the built `gong-directory export` (or another headless command) as a user would, for the tests that need the
// real binary. The event loop keeps running while the child works, so a DemoServer in the test process keeps
// answering.
#pragma once

#include <QDir>
#include <QEventLoop>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimer>

namespace ExportProcess {
struct Run
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QString err;
};

// A data folder (XDG_DATA_HOME) of its own, so each run starts without an offline copy: every `export` that
// completes a load stores a snapshot, and the demo company moves on a step with each one stored. Removed when the
// test process ends.
inline QString freshDataHome()
{
    static QTemporaryDir root;
    static int next = 0;
    const QString path = root.filePath(QStringLiteral("data-%1").arg(++next));
    QDir().mkpath(path);
    return path;
}

// The process environment of a headless box: no display, no Gong variables, an empty data folder (see
// freshDataHome()). QT_QPA_PLATFORM=xcb makes any accidental QGuiApplication fail loudly instead of quietly going
// offscreen.
inline QProcessEnvironment headlessEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& key : env.keys()) {
        if (key.startsWith(QLatin1String("GONG_")))
            env.remove(key);
    }
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), freshDataHome());
    return env;
}

// `binary <arguments>`, with `input` on its stdin; a run that outlives timeoutMs is killed and reported as "timed out".
inline Run runProgram(const QString& binary, const QStringList& arguments, const QProcessEnvironment& env,
                      int timeoutMs = 120000, const QByteArray& input = {})
{
    QProcess process;
    process.setProcessEnvironment(env);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            loop.quit();
    });
    process.start(binary, arguments);
    if (process.waitForStarted(timeoutMs)) {
        process.write(input);
        process.closeWriteChannel();
    }
    timeout.start(timeoutMs);
    // Not waitForFinished(): a DemoServer in this process must keep answering.
    loop.exec();
    Run r;
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.crashed = process.exitStatus() != QProcess::NormalExit;
    r.exitCode = process.exitCode();
    r.out = process.readAllStandardOutput();
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

// `binary <command> <arguments>`, with `input` on its stdin.
inline Run runCommand(const QString& binary, const QString& command, const QStringList& arguments,
                      const QProcessEnvironment& env, int timeoutMs = 120000, const QByteArray& input = {})
{
    return runProgram(binary, QStringList{command} + arguments, env, timeoutMs, input);
}

// `binary export <arguments>`.
inline Run run(const QString& binary, const QStringList& arguments, const QProcessEnvironment& env,
               int timeoutMs = 120000)
{
    return runProgram(binary, QStringList{QStringLiteral("export")} + arguments, env, timeoutMs);
}

// The lines of a CSV export, without the byte-order mark and the final empty line (each still ends in \r).
inline QList<QByteArray> csvLines(const QByteArray& out)
{
    static const QByteArray bom("\xEF\xBB\xBF");
    QByteArray body = out;
    if (body.startsWith(bom))
        body = body.mid(bom.size());
    QList<QByteArray> lines = body.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}
} // namespace ExportProcess
