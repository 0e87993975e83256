// SPDX-License-Identifier: MIT
// gong-directory-bench: the data path's figures with their references, measured in the same run, as one table
// (or --json). Not a pass/fail test: scripts/bench builds Release and runs it; docs/performance.md has the table.
#include "benchaudit.h"
#include "benchchart.h"
#include "benchdata.h"
#include "benchgui.h"
#include "benchingest.h"
#include "benchinput.h"
#include "benchload.h"
#include "benchreport.h"
#include "benchsearch.h"
#include "benchstore.h"
#include "benchwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QSysInfo>
#include <QThread>

#include <cstdio>

namespace {

QString machineText()
{
    QString cpu;
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : cpuinfo.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                cpu = QString::fromLatin1(line.mid(line.indexOf(':') + 1).trimmed());
                break;
            }
        }
    }
    qint64 ramKb = 0;
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    if (meminfo.open(QIODevice::ReadOnly)) {
        const QByteArray first = meminfo.readLine().simplified(); // "MemTotal: 24000000 kB"
        ramKb = first.split(' ').value(1).toLongLong();
    }
    QString load;
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    if (loadavg.open(QIODevice::ReadOnly))
        load = QString::fromLatin1(loadavg.readAll().split(' ').mid(0, 3).join(' '));
    return QStringLiteral("Machine: %1 × %2, %3 GiB RAM, %4; Qt %5; load average %6")
        .arg(QThread::idealThreadCount())
        .arg(cpu.isEmpty() ? QStringLiteral("unknown CPU") : cpu)
        .arg(double(ramKb) / (1024 * 1024), 0, 'f', 1)
        .arg(QSysInfo::prettyProductName(), QString::fromLatin1(qVersion()), load);
}

} // namespace

int main(int argc, char* argv[])
{
    // Child modes of the memory figure: no GUI, nothing but the measured work.
    if ((argc == 3 || argc == 4) && qstrcmp(argv[1], "--emit-pages") == 0) {
        QCoreApplication app(argc, argv);
        return BenchIngest::emitPages(QByteArray(argv[2]).toInt(), argc == 4 ? QByteArray(argv[3]).toInt() : 1);
    }
    if (argc == 3 && qstrcmp(argv[1], "--time-demo") == 0) {
        QCoreApplication app(argc, argv);
        return BenchGui::timeDemoGeneration(QByteArray(argv[2]).toInt());
    }
    if ((argc == 2 || argc == 3) && qstrcmp(argv[1], "--measure-memory") == 0) {
        QCoreApplication app(argc, argv);
        return BenchIngest::measureMemory(argc == 3 && qstrcmp(argv[2], "filter") == 0);
    }

    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        qputenv("QT_LOGGING_RULES", "gongdir.*.info=false;gongdir.*.debug=false");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gong-directory-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures load pacing, ingest, memory, startup, scrolling, search, "
                       "the org chart and its picture, hostile input, the offline copy and the directory audit, "
                       "each beside its reference from the same run."));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON instead of the table."));
    const QCommandLineOption quickOption(QStringLiteral("quick"),
                                         QStringLiteral("Small sizes, a few seconds (a smoke run; figures are not "
                                                        "representative)."));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"),
        QStringLiteral(
            "Comma-separated groups: load, ingest, memory, startup, gui, search, org, input, store, audit, chart."),
        QStringLiteral("groups"));
    const QCommandLineOption appOption(QStringLiteral("app"), QStringLiteral("The gong-directory binary to start."),
                                       QStringLiteral("path"), QStringLiteral(GONGDIR_APP_PATH));
    parser.addOptions({jsonOption, quickOption, onlyOption, appOption});
    parser.process(app);

    const bool quick = parser.isSet(quickOption);
    QStringList groups = {QStringLiteral("load"),    QStringLiteral("ingest"), QStringLiteral("memory"),
                          QStringLiteral("startup"), QStringLiteral("gui"),    QStringLiteral("search"),
                          QStringLiteral("org"),     QStringLiteral("input"),  QStringLiteral("store"),
                          QStringLiteral("audit"),   QStringLiteral("chart")};
    if (parser.isSet(onlyOption))
        groups = parser.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts);

    BenchReport report;
    bool ok = true;
    const auto progress = [](const char* what) {
        std::fprintf(stderr, "bench: %s…\n", what);
        std::fflush(stderr);
    };
    if (groups.contains(QLatin1String("load"))) {
        progress("load vs the rate limit");
        ok &= BenchLoad::run(&report, quick ? 600 : 3000, 3);
        ok &= BenchLoad::run(&report, quick ? 3000 : 30000, 30);
    }
    if (groups.contains(QLatin1String("ingest"))) {
        progress("ingest");
        ok &= BenchIngest::runThroughput(&report, quick ? 10000 : 100000, quick ? 1 : 3);
    }
    if (groups.contains(QLatin1String("memory"))) {
        progress("memory");
        const QString self = QCoreApplication::applicationFilePath();
        ok &= BenchIngest::runMemory(&report, self, quick ? 10000 : 100000, false, 2);
        ok &= BenchIngest::runMemory(&report, self, quick ? 10000 : 100000, true);
        if (!quick)
            ok &= BenchIngest::runMemory(&report, self, 1000000);
    }
    if (groups.contains(QLatin1String("startup"))) {
        progress("startup");
        ok &= BenchGui::runStartup(&report, parser.value(appOption), QCoreApplication::applicationFilePath(),
                                   quick ? 1 : 5);
    }
    if (groups.contains(QLatin1String("gui"))) {
        progress("scrolling");
        ok &= BenchGui::runScrolling(&report, quick ? 10000 : 100000, quick ? 100 : 100000);
        progress("the main window while pages arrive");
        ok &= BenchWindow::runPages(&report, quick ? 2000 : 20000);
    }
    if (groups.contains(QLatin1String("search"))) {
        progress("search");
        ok &= BenchSearch::runSearch(&report, quick ? 10000 : 100000, quick ? 1 : 5);
    }
    if (groups.contains(QLatin1String("org"))) {
        progress("org chart");
        ok &= BenchSearch::runOrg(&report, quick ? 10000 : 100000, 100);
    }
    if (groups.contains(QLatin1String("input"))) {
        progress("hostile input");
        ok &= BenchInput::run(&report, quick ? 1024 * 1024 : 10 * 1024 * 1024, 800);
    }

    if (groups.contains(QLatin1String("store"))) {
        progress("offline copy");
        ok &= BenchStore::run(&report, quick ? 10000 : 100000, quick ? 1 : 3);
    }

    if (groups.contains(QLatin1String("audit"))) {
        progress("audit");
        ok &= BenchAudit::run(&report, quick ? 5000 : 100000, quick ? 500 : 10000);
    }

    if (groups.contains(QLatin1String("chart"))) {
        progress("org chart picture");
        ok &= BenchChart::run(&report, quick ? 10000 : 100000, 1000, quick ? 20 : 200);
    }

    report.setMachine(machineText());
    const QByteArray out = parser.isSet(jsonOption) ? report.json() : report.table();
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    // Misses are the figures' business, not the exit code's; a failed measurement is.
    return ok ? 0 : 1;
}
