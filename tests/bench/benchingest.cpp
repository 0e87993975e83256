// SPDX-License-Identifier: MIT
#include "benchingest.h"

#include "benchdata.h"
#include "benchreport.h"

#include "api/userspageparser.h"
#include "directory/directory.h"
#include "directory/usercolumns.h"
#include "models/userfiltermodel.h"
#include "models/usertablemodel.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <cstdio>

namespace {

struct IngestTimes
{
    double parseMs = 0;
    double storeMs = 0;
    double totalMs() const { return parseMs + storeMs; }
};

IngestTimes ingest(const QList<QByteArray>& bodies, Directory* directory)
{
    IngestTimes t;
    QElapsedTimer timer;
    for (const QByteArray& body : bodies) {
        timer.start();
        UsersPage page;
        ApiError error;
        if (!UsersPageParser::parse(body, &page, &error))
            qFatal("bench: a page did not parse: %s", qPrintable(error.message()));
        const qint64 parsed = timer.nsecsElapsed();
        directory->upsert(page.users);
        if (&body == &bodies.first())
            directory->reserve(page.totalRecords); // as DirectoryLoader does after a load's first page
        t.parseMs += parsed / 1e6;
        t.storeMs += (timer.nsecsElapsed() - parsed) / 1e6;
    }
    return t;
}

double fromJsonMs(const QList<QByteArray>& bodies)
{
    QElapsedTimer timer;
    timer.start();
    qsizetype objects = 0;
    for (const QByteArray& body : bodies)
        objects += QJsonDocument::fromJson(body).object().size();
    const double ms = timer.nsecsElapsed() / 1e6;
    if (objects == 0)
        qFatal("bench: empty pages");
    return ms;
}

// Length-prefixed page bodies on a pipe between the two memory children.
bool writeAll(const char* data, size_t size)
{
    return std::fwrite(data, 1, size, stdout) == size;
}

bool readExactly(char* data, size_t size)
{
    return std::fread(data, 1, size, stdin) == size;
}

} // namespace

namespace BenchIngest {

double ingestMs(const QList<QByteArray>& bodies, Directory* directory)
{
    return ingest(bodies, directory).totalMs();
}

bool runThroughput(BenchReport* report, int userCount, int repeats)
{
    const BenchData::Pages pages = BenchData::pages(BenchData::demoUsers(userCount));
    QList<double> floor;
    QList<double> total;
    QList<double> parse;
    QList<double> store;
    for (int i = 0; i < repeats; ++i) {
        floor.append(fromJsonMs(pages.bodies));
        Directory directory;
        UserTableModel model(&directory);
        const IngestTimes t = ingest(pages.bodies, &directory);
        if (directory.count() != userCount)
            qFatal("bench: stored %d of %d users", directory.count(), userCount);
        total.append(t.totalMs());
        parse.append(t.parseMs);
        store.append(t.storeMs);
    }
    const double floorMs = BenchData::median(floor);
    const double totalMs = BenchData::median(total);
    const double perSecond = userCount / (totalMs / 1000);
    const QString n = BenchReport::number(userCount);

    BenchFigure f;
    f.key = QStringLiteral("ingest.%1.throughput").arg(userCount);
    f.name = QStringLiteral("Ingest %1 users: parse + store + model").arg(n);
    f.value = perSecond;
    f.unit = QStringLiteral("users/s");
    f.reference = userCount / (floorMs / 1000);
    f.referenceText = QStringLiteral("fromJson alone %1 users/s").arg(BenchReport::number(f.reference));
    f.ratio = totalMs / floorMs;
    f.ratioText = QStringLiteral("%1× floor").arg(BenchReport::number(f.ratio, 2));
    f.target = QStringLiteral("≤ 3× floor");
    f.verdict = f.ratio <= 3 ? BenchFigure::Verdict::Pass : BenchFigure::Verdict::Miss;
    report->add(f);

    BenchFigure split;
    split.key = QStringLiteral("ingest.%1.ms").arg(userCount);
    split.name = QStringLiteral("Ingest %1 users: time (parse | store + model)").arg(n);
    split.value = totalMs;
    split.unit = QStringLiteral("ms");
    split.reference = floorMs;
    split.referenceText = QStringLiteral("fromJson alone %1 ms").arg(BenchReport::number(floorMs, 1));
    split.ratio = std::nan("");
    split.ratioText =
        QStringLiteral("%1 | %2 ms")
            .arg(BenchReport::number(BenchData::median(parse)), BenchReport::number(BenchData::median(store)));
    report->add(split);

    BenchFigure bytes;
    bytes.key = QStringLiteral("ingest.jsonBytesPerUser");
    bytes.name = QStringLiteral("JSON size per user (compact, as served)");
    bytes.value = double(pages.userBytes) / userCount;
    bytes.unit = QStringLiteral("B");
    report->add(bytes);
    return true;
}

bool runMemory(BenchReport* report, const QString& benchPath, int userCount, bool withFilter, int refreshes)
{
    QProcess emitter;
    QProcess measurer;
    emitter.setStandardOutputProcess(&measurer);
    emitter.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    measurer.setProcessChannelMode(QProcess::SeparateChannels);
    measurer.setReadChannel(QProcess::StandardOutput);
    emitter.start(benchPath,
                  {QStringLiteral("--emit-pages"), QString::number(userCount), QString::number(1 + refreshes)});
    QStringList arguments = {QStringLiteral("--measure-memory")};
    if (withFilter)
        arguments.append(QStringLiteral("filter"));
    measurer.start(benchPath, arguments);
    const int timeoutMs = 600000;
    if (!emitter.waitForFinished(timeoutMs) || !measurer.waitForFinished(timeoutMs) || measurer.exitCode() != 0) {
        std::fprintf(stderr, "bench: memory children failed: %s\n", measurer.readAllStandardError().constData());
        return false;
    }
    const QJsonObject result = QJsonDocument::fromJson(measurer.readAllStandardOutput()).object();
    const double users = result.value(QLatin1String("users")).toDouble();
    if (users != userCount) {
        std::fprintf(stderr, "bench: memory child stored %g of %d users\n", users, userCount);
        return false;
    }
    const double perUser = result.value(QLatin1String("rssDelta")).toDouble() / users;
    const double jsonPerUser = result.value(QLatin1String("userBytes")).toDouble() / users;

    BenchFigure f;
    f.key = QStringLiteral("memory.%1.bytesPerUser%2")
                .arg(userCount)
                .arg(withFilter ? QLatin1String("WithFilter") : QLatin1String(""));
    f.name = QStringLiteral("Memory after %1 users: RSS delta per user%2")
                 .arg(BenchReport::number(userCount),
                      withFilter ? QStringLiteral(", + filter model sorted by name") : QString());
    f.value = perUser;
    f.unit = QStringLiteral("B");
    f.reference = jsonPerUser;
    f.referenceText = QStringLiteral("JSON %1 B/user").arg(BenchReport::number(jsonPerUser));
    f.ratio = perUser / jsonPerUser;
    f.ratioText = QStringLiteral("%1× JSON").arg(BenchReport::number(f.ratio, 2));
    f.target = QStringLiteral("≤ 1.5× JSON");
    f.verdict = f.ratio <= 1.5 ? BenchFigure::Verdict::Pass : BenchFigure::Verdict::Miss;
    report->add(f);

    const QJsonArray afterRefreshes = result.value(QLatin1String("afterRefreshes")).toArray();
    if (refreshes > 0) {
        if (afterRefreshes.size() != refreshes) {
            std::fprintf(stderr, "bench: memory child did %lld of %d refreshes\n", qlonglong(afterRefreshes.size()),
                         refreshes);
            return false;
        }
        const double first = result.value(QLatin1String("rssDelta")).toDouble();
        const double baseline = result.value(QLatin1String("baseline")).toDouble();
        double worst = 0;
        for (const QJsonValue& v : afterRefreshes)
            worst = std::max(worst, v.toDouble() - baseline);
        BenchFigure g;
        g.key = QStringLiteral("memory.%1.refresh%2Growth").arg(userCount).arg(refreshes);
        g.name = QStringLiteral("Memory after %1 users, refreshed %2 times: RSS over the first load")
                     .arg(BenchReport::number(userCount))
                     .arg(refreshes);
        g.value = worst / (1024.0 * 1024.0);
        g.unit = QStringLiteral("MiB");
        g.reference = first / (1024.0 * 1024.0);
        g.referenceText = QStringLiteral("first load %1 MiB").arg(BenchReport::number(g.reference, 1));
        g.ratio = worst / first;
        g.ratioText = QStringLiteral("%1%2 %").arg(g.ratio >= 1 ? QLatin1String("+") : QLatin1String("−"),
                                                   BenchReport::number(std::abs(g.ratio - 1) * 100, 1));
        g.target = QStringLiteral("≤ +10 %");
        g.verdict = g.ratio <= 1.10 ? BenchFigure::Verdict::Pass : BenchFigure::Verdict::Miss;
        report->add(g);
    }
    return true;
}

int emitPages(int userCount, int passes)
{
    const QList<QJsonObject> users = BenchData::demoUsers(userCount);
    for (int pass = 0; pass < passes; ++pass) {
        for (qint64 offset = 0; offset < users.size(); offset += 100) {
            const QByteArray body = BenchData::pageBody(users, offset, 100, users.size());
            const quint32 size = quint32(body.size());
            if (!writeAll(reinterpret_cast<const char*>(&size), sizeof size) ||
                !writeAll(body.constData(), body.size()))
                return 1;
        }
        const quint32 endOfPass = 0;
        if (!writeAll(reinterpret_cast<const char*>(&endOfPass), sizeof endOfPass))
            return 1;
    }
    std::fflush(stdout);
    return 0;
}

int measureMemory(bool withFilter)
{
    Directory directory;
    UserTableModel model(&directory);
    UserFilterModel filter;
    if (withFilter) {
        filter.setSourceModel(&model);
        filter.sort(UserColumns::indexOf(QStringLiteral("fullName")), Qt::AscendingOrder);
    }
    {
        // Warm up what every process pays once (translations, statics, the first QHash), outside the figure.
        Directory warmup;
        UserTableModel warmupModel(&warmup);
        UsersPage page;
        ApiError error;
        UsersPageParser::parse(R"({"requestId":"w","records":{"totalRecords":1},"users":[{"id":"1","managerId":"2",
            "firstName":"A","settings":{"emailsImported":true},"spokenLanguages":[{"language":"en","primary":true}]}]})",
                               &page, &error);
        warmup.upsert(page.users);
        warmup.totalReports(0);
        UserFilterModel warmupFilter;
        warmupFilter.setSourceModel(&warmupModel);
        warmupFilter.sort(UserColumns::indexOf(QStringLiteral("fullName")), Qt::AscendingOrder);
    }
    const qint64 baseline = BenchData::residentBytes();
    qint64 userBytes = 0;
    qint64 final = -1;    // after the first load
    QJsonArray refreshed; // after each refresh
    bool passStarted = false;
    for (;;) {
        quint32 size = 0;
        if (!readExactly(reinterpret_cast<char*>(&size), sizeof size))
            break;
        if (size == 0) { // the end of a pass: the directory as the app holds it after a load or a refresh
            if (directory.isRefreshing())
                directory.endRefresh();
            directory.totalReports(0); // the derived counts the table shows are part of a loaded directory
            if (final < 0)
                final = BenchData::residentBytes();
            else
                refreshed.append(double(BenchData::residentBytes()));
            passStarted = false;
            continue;
        }
        if (!passStarted && final >= 0)
            directory.beginRefresh(); // a second pass is a refresh, as DirectoryLoader runs one
        const bool firstPage = !passStarted;
        passStarted = true;
        QByteArray body(qsizetype(size), Qt::Uninitialized);
        if (!readExactly(body.data(), size))
            return 1;
        UsersPage page;
        ApiError error;
        if (!UsersPageParser::parse(body, &page, &error))
            return 1;
        // The user objects' bytes: everything after "users":[ up to the final ]}, minus the commas between them.
        const qsizetype start = body.indexOf("\"users\":[") + 9;
        if (final < 0)
            userBytes += body.size() - start - 2 - std::max<qsizetype>(0, page.users.size() - 1);
        directory.upsert(page.users);
        if (firstPage)
            directory.reserve(page.totalRecords); // as DirectoryLoader does after a load's first page
    }
    if (final < 0)
        return 1; // no complete pass
    const QJsonObject result{
        {QStringLiteral("users"), directory.count()},   {QStringLiteral("userBytes"), userBytes},
        {QStringLiteral("baseline"), baseline},         {QStringLiteral("final"), final},
        {QStringLiteral("rssDelta"), final - baseline}, {QStringLiteral("afterRefreshes"), refreshed}};
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
    return 0;
}

} // namespace BenchIngest
