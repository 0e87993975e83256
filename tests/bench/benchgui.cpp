// SPDX-License-Identifier: MIT
#include "benchgui.h"

#include "benchdata.h"
#include "benchload.h"
#include "benchreport.h"

#include "api/userspageparser.h"
#include "demo/demoorggenerator.h"
#include "demo/demosession.h"
#include "directory/directory.h"
#include "mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QProcess>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <numeric>

namespace {

// Spawns the app and returns microseconds from just before the spawn to the timestamp it prints ("<what> <us>").
double spawnUntil(const QString& program, const QStringList& arguments, const QString& mode)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("GONGDIR_BENCH_EXIT_AFTER_PAINT"), mode);
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false;gongdir.*.info=false"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const qint64 startUs = BenchData::monotonicMicros();
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    for (const QByteArray& line : lines) {
        const QList<QByteArray> words = line.split(' ');
        if (words.size() == 3 && words[0] == "gongdir-bench" && words[1] == mode.toLatin1())
            return (words[2].toLongLong() - startUs) / 1000.0;
    }
    return -1;
}

double medianRun(int runs, const std::function<double()>& once)
{
    QList<double> values;
    for (int i = 0; i < runs; ++i) {
        const double v = once();
        if (v < 0)
            return -1;
        values.append(v);
    }
    return BenchData::median(values);
}

} // namespace

namespace BenchGui {

int timeDemoGeneration(int userCount)
{
    QElapsedTimer timer;
    timer.start();
    const DemoOrgGenerator generator(DemoOrgOptions{userCount, 42, 12});
    std::printf("%.3f\n", timer.nsecsElapsed() / 1e6);
    return generator.users().size() == userCount ? 0 : 1;
}

bool runStartup(BenchReport* report, const QString& appPath, const QString& benchPath, int runs)
{
    // Reference: the same binary answering --version (process spawn, dynamic linking, QCoreApplication, exit).
    const double floorMs = medianRun(runs, [&] {
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(appPath, {QStringLiteral("--version")});
        if (!process.waitForFinished(30000))
            return -1.0;
        return timer.nsecsElapsed() / 1e6;
    });
    const double paintMs = medianRun(runs, [&] { return spawnUntil(appPath, {}, QStringLiteral("window")); });
    const double rowsMs =
        medianRun(runs, [&] { return spawnUntil(appPath, {QStringLiteral("--demo")}, QStringLiteral("rows")); });
    // What --demo must do before rows can show, measured here with the same code: generate the demo company and
    // answer one first page on a fresh connection.
    const double demoMs = medianRun(runs, [&] {
        QProcess process;
        process.start(benchPath, {QStringLiteral("--time-demo"), QString::number(DemoSession::DefaultUserCount)});
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return -1.0;
        return process.readAllStandardOutput().trimmed().toDouble();
    });
    const double rttMs = BenchLoad::roundTripMs(DemoSession::DefaultUserCount, 3);
    if (floorMs < 0 || paintMs < 0 || rowsMs < 0) {
        std::fprintf(stderr, "bench: startup probe failed (%s)\n", qPrintable(appPath));
        return false;
    }

    BenchFigure paint;
    paint.key = QStringLiteral("startup.firstPaint");
    paint.name = QStringLiteral("Startup: process start → first painted window");
    paint.value = paintMs;
    paint.unit = QStringLiteral("ms");
    paint.reference = floorMs;
    paint.referenceText = QStringLiteral("`--version` start→exit %1 ms").arg(BenchReport::number(floorMs, 1));
    paint.ratio = paintMs - floorMs;
    paint.ratioText = QStringLiteral("floor + %1 ms").arg(BenchReport::number(paint.ratio, 1));
    paint.target = QStringLiteral("≤ floor + 250 ms");
    paint.verdict = paint.ratio <= 250 ? BenchFigure::Verdict::Pass : BenchFigure::Verdict::Miss;
    report->add(paint);

    BenchFigure rows;
    rows.key = QStringLiteral("startup.firstRows");
    rows.name = QStringLiteral("Startup: process start → first painted rows (--demo)");
    rows.value = rowsMs;
    rows.unit = QStringLiteral("ms");
    rows.reference = paintMs + demoMs + rttMs;
    rows.referenceText =
        QStringLiteral("paint %1 + cold demo generation %2 + RTT %3 ms")
            .arg(BenchReport::number(paintMs, 1), BenchReport::number(demoMs, 1), BenchReport::number(rttMs, 1));
    rows.ratio = rowsMs - rows.reference;
    rows.ratioText = QStringLiteral("sum %1 %2 ms")
                         .arg(rows.ratio < 0 ? QStringLiteral("−") : QStringLiteral("+"))
                         .arg(BenchReport::number(std::abs(rows.ratio), 1));
    rows.target = QStringLiteral("≤ sum + 20 ms");
    rows.verdict = rows.ratio <= 20 ? BenchFigure::Verdict::Pass : BenchFigure::Verdict::Miss;
    report->add(rows);
    return true;
}

namespace {
struct Frames
{
    QList<double> ms; // sorted
    bool reachedEnd = false;
    double at(double quantile) const { return ms[std::min(ms.size() - 1, qsizetype(ms.size() * quantile))]; }
    double mean() const { return std::accumulate(ms.begin(), ms.end(), 0.0) / ms.size(); }
};

// Page-down from the top, one frame per step: the key moves the view, which posts an update request; delivering
// it paints once. A paint counter checks that every step painted exactly once.
Frames pageDown(QTableView* table, int maxPages)
{
    table->scrollToTop();
    table->setCurrentIndex(table->model()->index(0, 0));
    QApplication::processEvents();
    table->viewport()->repaint();
    BenchData::PaintCounter counter;
    table->viewport()->installEventFilter(&counter);
    Frames frames;
    QElapsedTimer timer;
    QScrollBar* bar = table->verticalScrollBar();
    for (int i = 0; i < maxPages && bar->value() < bar->maximum(); ++i) {
        counter.paints = 0;
        timer.start();
        QKeyEvent press(QEvent::KeyPress, Qt::Key_PageDown, Qt::NoModifier);
        QApplication::sendEvent(table, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_PageDown, Qt::NoModifier);
        QApplication::sendEvent(table, &release);
        QApplication::sendPostedEvents();
        if (counter.paints == 0)
            table->viewport()->repaint();
        frames.ms.append(timer.nsecsElapsed() / 1e6);
        if (counter.paints > 1)
            std::fprintf(stderr, "bench: page-down %d painted %d times\n", i, counter.paints);
    }
    frames.reachedEnd = bar->value() == bar->maximum();
    std::sort(frames.ms.begin(), frames.ms.end());
    return frames;
}
} // namespace

bool runScrolling(BenchReport* report, int userCount, int maxPages)
{
    MainWindow window;
    // Found by name, as the GUI tests find the window's parts.
    auto* directory = window.findChild<Directory*>(QStringLiteral("directory"));
    {
        const BenchData::Pages pages = BenchData::pages(BenchData::demoUsers(userCount));
        for (const QByteArray& body : pages.bodies) {
            UsersPage page;
            ApiError error;
            UsersPageParser::parse(body, &page, &error);
            directory->upsert(page.users);
            if (&body == &pages.bodies.first())
                directory->reserve(page.totalRecords); // as DirectoryLoader does
        }
    }
    window.show();
    auto* table = window.findChild<QTableView*>(QStringLiteral("userTable"));
    table->setFocus();
    const Frames ours = pageDown(table, maxPages);
    // Reference: the same view with Qt's own delegate, over the first pages.
    QAbstractItemDelegate* appDelegate = table->itemDelegate();
    QStyledItemDelegate qtDelegate;
    table->setItemDelegate(&qtDelegate);
    const Frames qt = pageDown(table, std::min(maxPages, 500));
    table->setItemDelegate(appDelegate);
    if (ours.ms.isEmpty() || qt.ms.isEmpty())
        return false;

    BenchFigure f;
    f.key = QStringLiteral("gui.%1.pageDown").arg(userCount);
    f.name = QStringLiteral("Scroll %1 rows: page-down + paint, median (%2 pages%3)")
                 .arg(BenchReport::number(userCount))
                 .arg(ours.ms.size())
                 .arg(ours.reachedEnd ? QStringLiteral(", to the end") : QString());
    f.value = ours.at(0.5);
    f.unit = QStringLiteral("ms");
    f.reference = qt.at(0.5);
    f.referenceText = QStringLiteral("QStyledItemDelegate %1 ms; ours p95 %2, worst %3 ms")
                          .arg(BenchReport::number(qt.at(0.5), 1), BenchReport::number(ours.at(0.95), 1),
                               BenchReport::number(ours.ms.last(), 1));
    f.ratio = f.value / (1000.0 / 60);
    f.ratioText = QStringLiteral("%1 frame").arg(BenchReport::number(f.ratio, 2));
    f.target = QStringLiteral("< 16.7 ms (1 frame)");
    f.verdict = f.ratio < 1 ? BenchFigure::Verdict::Pass : BenchFigure::Verdict::Miss;
    report->add(f);
    return true;
}

} // namespace BenchGui
