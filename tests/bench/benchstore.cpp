// SPDX-License-Identifier: MIT
#include "benchstore.h"

#include "benchdata.h"
#include "benchingest.h"
#include "benchreport.h"

#include "demo/demoorgevolution.h"
#include "directory/directory.h"
#include "models/usertablemodel.h"
#include "store/snapshotcomparer.h"
#include "store/snapshotdatabase.h"
#include "store/snapshotloader.h"
#include "store/snapshotstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace {
// The longest gap between turns of this thread's event loop while `work` runs (what a user would feel as a
// frozen window), and the time until `done` says it finished.
struct Turns
{
    double totalMs = 0;
    double longestGapMs = 0;
};

template <typename Start, typename Finished> Turns runLoop(Start start, Finished connectFinished)
{
    Turns t;
    QEventLoop loop;
    QElapsedTimer clock;
    qint64 last = 0;
    QTimer tick;
    tick.setInterval(1);
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        const qint64 now = clock.nsecsElapsed();
        t.longestGapMs = std::max(t.longestGapMs, (now - last) / 1e6);
        last = now;
    });
    connectFinished(&loop);
    clock.start();
    tick.start();
    start();
    loop.exec();
    t.totalMs = clock.nsecsElapsed() / 1e6;
    t.longestGapMs = std::max(t.longestGapMs, (clock.nsecsElapsed() - last) / 1e6);
    return t;
}

SnapshotInfo infoNow()
{
    SnapshotInfo info;
    info.startedMsecs = info.finishedMsecs = QDateTime::currentMSecsSinceEpoch();
    info.baseUrl = QStringLiteral("demo");
    return info;
}

// Saves through the store (on its worker) while this thread's event loop turns.
Turns save(SnapshotStore& store, const QList<User>& users, bool* ok)
{
    SaveResult result;
    QObject::connect(&store, &SnapshotStore::saved, &store, [&](int, const SaveResult& r) { result = r; });
    const Turns t =
        runLoop([&] { store.save(users, infoNow()); },
                [&](QEventLoop* loop) { QObject::connect(&store, &SnapshotStore::saved, loop, &QEventLoop::quit); });
    QObject::disconnect(&store, &SnapshotStore::saved, &store, nullptr);
    *ok = result.ok();
    if (!result.ok())
        std::fprintf(stderr, "bench: store failed: %s\n", qPrintable(result.message));
    return t;
}

// Saves `users` as a snapshot through a store of its own, closed afterwards (which checkpoints the WAL).
bool saveAndClose(const StoreKey& key, const QString& path, const QList<User>& users, Turns* turns)
{
    bool ok = false;
    SnapshotStore store(key, path);
    *turns = save(store, users, &ok);
    return ok;
}

// The file as it stays on disk: the store closed (which checkpoints and removes the WAL).
qint64 fileBytes(const QString& path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

} // namespace

namespace BenchStore {

bool run(BenchReport* report, int userCount, int repeats)
{
    const QString n = BenchReport::number(userCount);
    const QList<QJsonObject> company = BenchData::demoUsers(userCount);
    const BenchData::Pages pages = BenchData::pages(company);

    // Today's ingest from page bodies: the reference for reading the copy back, and where the users come from.
    QList<double> ingest;
    QList<User> users;
    for (int i = 0; i < repeats; ++i) {
        Directory directory;
        UserTableModel model(&directory);
        ingest.append(BenchIngest::ingestMs(pages.bodies, &directory));
        users = directory.users();
    }
    const double ingestMs = BenchData::median(ingest);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    const StoreKey key = StoreKey::forDemo(userCount);

    // 1. The first snapshot, on the worker, with the GUI thread's event loop turning.
    QElapsedTimer jsonClock;
    jsonClock.start();
    {
        QSaveFile json(dir.filePath(QStringLiteral("people.json")));
        json.open(QIODevice::WriteOnly);
        QJsonArray array;
        for (const QJsonObject& o : company)
            array.append(o);
        json.write(QJsonDocument(array).toJson(QJsonDocument::Compact));
        json.commit();
    }
    const double jsonMs = jsonClock.nsecsElapsed() / 1e6;
    Turns first;
    if (!saveAndClose(key, path, users, &first))
        return false;
    const qint64 firstBytes = fileBytes(path);

    BenchFigure store = benchFigure(QStringLiteral("store.%1.firstSnapshot").arg(userCount),
                                    QStringLiteral("Store %1 users: first snapshot, on the worker").arg(n),
                                    first.totalMs, QStringLiteral("ms"));
    store.reference = jsonMs;
    store.referenceText = QStringLiteral("compact JSON to a file (QSaveFile) %1 ms").arg(BenchReport::number(jsonMs));
    store.ratio = first.totalMs / 1000;
    store.ratioText = QStringLiteral("%1 s").arg(BenchReport::number(first.totalMs / 1000, 2));
    store.target = QStringLiteral("≤ 2 s");
    store.verdict = first.totalMs <= 2000 ? BenchFigure::Verdict::Pass : BenchFigure::Verdict::Miss;
    report->add(store);

    BenchFigure stall = benchFigure(QStringLiteral("store.%1.guiStall").arg(userCount),
                                    QStringLiteral("Store %1 users: longest GUI-thread stall meanwhile").arg(n),
                                    first.longestGapMs, QStringLiteral("ms"));
    stall.reference = 1000.0 / 60;
    stall.referenceText = QStringLiteral("one frame 16.7 ms (1 ms timer on the GUI thread)");
    stall.ratio = first.longestGapMs / stall.reference;
    stall.ratioText = QStringLiteral("%1 frame").arg(BenchReport::number(stall.ratio, 2));
    stall.target = QStringLiteral("≤ 16.7 ms");
    stall.verdict = first.longestGapMs <= stall.reference ? BenchFigure::Verdict::Pass : BenchFigure::Verdict::Miss;
    report->add(stall);

    BenchFigure size = benchFigure(QStringLiteral("store.%1.fileBytes").arg(userCount),
                                   QStringLiteral("Database after the first %1-user snapshot").arg(n),
                                   double(firstBytes) / (1024 * 1024), QStringLiteral("MiB"));
    size.reference = double(pages.userBytes) / (1024 * 1024);
    size.referenceText =
        QStringLiteral("compact JSON %1 MiB (%2 B/user; file %3 B/user)")
            .arg(BenchReport::number(size.reference, 1), BenchReport::number(double(pages.userBytes) / userCount),
                 BenchReport::number(double(firstBytes) / userCount));
    size.ratio = double(firstBytes) / double(pages.userBytes);
    size.ratioText = QStringLiteral("%1× JSON").arg(BenchReport::number(size.ratio, 2));
    size.target = QStringLiteral("≤ 1.0× JSON");
    size.verdict = size.ratio <= 1.0 ? BenchFigure::Verdict::Pass : BenchFigure::Verdict::Miss;
    report->add(size);

    // 2. An unchanged refresh: one snapshot row, no copy.
    Turns again;
    if (!saveAndClose(key, path, users, &again))
        return false;
    const qint64 afterBytes = fileBytes(path);
    BenchFigure growth = benchFigure(QStringLiteral("store.%1.unchangedRefreshBytes").arg(userCount),
                                     QStringLiteral("Store %1 users again, unchanged: bytes added").arg(n),
                                     double(afterBytes - firstBytes), QStringLiteral("B"));
    growth.reference = double(firstBytes);
    growth.referenceText = QStringLiteral("first snapshot %1 B; stored in %2 ms")
                               .arg(BenchReport::number(double(firstBytes)), BenchReport::number(again.totalMs));
    growth.ratio = double(afterBytes - firstBytes) / double(firstBytes);
    growth.ratioText = QStringLiteral("%1 %").arg(BenchReport::number(growth.ratio * 100, 3));
    growth.target = QStringLiteral("≤ 1 %");
    growth.verdict = growth.ratio <= 0.01 ? BenchFigure::Verdict::Pass : BenchFigure::Verdict::Miss;
    report->add(growth);

    // 3. The company one load later (a few changes), then the diff of the two, on this thread.
    const QList<QJsonObject> later = DemoOrgEvolution::atLoad(company, 42, 1);
    QList<User> laterUsers;
    laterUsers.reserve(later.size());
    for (const QJsonObject& o : later)
        laterUsers.append(User::fromJson(o));
    if (Turns t; !saveAndClose(key, path, laterUsers, &t))
        return false;
    QList<double> diffs;
    SnapshotDiff diff;
    {
        SnapshotDatabase db;
        if (!db.open(path, SqliteFile::Mode::ExistingOnly))
            return false;
        for (int i = 0; i < std::max(3, repeats); ++i) {
            QElapsedTimer clock;
            clock.start();
            diff = SnapshotComparer::diff(db, 2, 3);
            diffs.append(clock.nsecsElapsed() / 1e6);
        }
        if (!diff.result.ok())
            return false;
    }
    QElapsedTimer parseClock;
    parseClock.start();
    {
        QJsonArray a;
        QJsonArray b;
        for (const QJsonObject& o : company)
            a.append(o);
        for (const QJsonObject& o : later)
            b.append(o);
        const QByteArray ja = QJsonDocument(a).toJson(QJsonDocument::Compact);
        const QByteArray jb = QJsonDocument(b).toJson(QJsonDocument::Compact);
        parseClock.restart();
        if (QJsonDocument::fromJson(ja).array().size() + QJsonDocument::fromJson(jb).array().size() == 0)
            return false;
    }
    const double parseMs = parseClock.nsecsElapsed() / 1e6;
    const double diffMs = BenchData::median(diffs);
    BenchFigure d = benchFigure(
        QStringLiteral("store.%1.diff").arg(userCount),
        QStringLiteral("Diff of two %1-user snapshots (%2 changes), median").arg(n).arg(diff.changes.size()), diffMs,
        QStringLiteral("ms"));
    d.reference = parseMs;
    d.referenceText = QStringLiteral("parsing the two as JSON alone %1 ms").arg(BenchReport::number(parseMs));
    d.ratio = diffMs / 300;
    d.ratioText = QStringLiteral("%1× target").arg(BenchReport::number(d.ratio, 2));
    d.target = QStringLiteral("≤ 300 ms");
    d.verdict = diffMs <= 300 ? BenchFigure::Verdict::Pass : BenchFigure::Verdict::Miss;
    report->add(d);

    // 4. Reading the newest snapshot back into a Directory with the table model, as a start from the copy does.
    QList<double> reads;
    QList<double> firstRows;
    double longestTurn = 0;
    for (int i = 0; i < repeats; ++i) {
        SnapshotStore s(key, path);
        Directory directory;
        UserTableModel model(&directory);
        SnapshotLoader loader(&s, &directory);
        QElapsedTimer clock;
        double startedMs = 0;
        QObject::connect(&loader, &SnapshotLoader::started, &loader, [&] { startedMs = clock.nsecsElapsed() / 1e6; });
        const Turns t = runLoop(
            [&] {
                clock.start();
                loader.load();
            },
            [&](QEventLoop* loop) { QObject::connect(&loader, &SnapshotLoader::finished, loop, &QEventLoop::quit); });
        if (directory.count() != later.size()) {
            std::fprintf(stderr, "bench: read %d of %lld users\n", directory.count(), qlonglong(later.size()));
            return false;
        }
        reads.append(t.totalMs);
        firstRows.append(startedMs);
        longestTurn = std::max(longestTurn, t.longestGapMs);
    }
    const double readMs = BenchData::median(reads);
    BenchFigure r = benchFigure(QStringLiteral("store.%1.read").arg(userCount),
                                QStringLiteral("Start from a %1-user snapshot: whole directory + model").arg(n), readMs,
                                QStringLiteral("ms"));
    r.reference = ingestMs;
    r.referenceText = QStringLiteral("ingest from page bodies %1 ms; first rows after %2 ms, longest turn %3 ms")
                          .arg(BenchReport::number(ingestMs), BenchReport::number(BenchData::median(firstRows), 1),
                               BenchReport::number(longestTurn, 1));
    r.ratio = readMs / ingestMs;
    r.ratioText = QStringLiteral("%1× ingest").arg(BenchReport::number(r.ratio, 2));
    r.target = QStringLiteral("≤ 0.6× ingest");
    r.verdict = r.ratio <= 0.6 ? BenchFigure::Verdict::Pass : BenchFigure::Verdict::Miss;
    report->add(r);
    return true;
}

} // namespace BenchStore
