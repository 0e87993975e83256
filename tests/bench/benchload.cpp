// SPDX-License-Identifier: MIT
#include "benchload.h"

#include "benchdata.h"
#include "benchreport.h"

#include "api/directoryloader.h"
#include "api/gongclient.h"
#include "demo/demoserver.h"
#include "directory/directory.h"
#include "models/usertablemodel.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

namespace {

// DemoServer living on a thread of its own; every call is made on that thread.
class ServerThread
{
public:
    ServerThread(const QList<QJsonObject>& users, int requestsPerWindow)
    {
        m_thread.start();
        m_context.moveToThread(&m_thread);
        onThread([&] {
            m_server = new DemoServer;
            m_server->setUsers(users);
            m_server->setRateLimit(requestsPerWindow, 1000);
            m_server->listen();
            m_url = m_server->baseUrl();
        });
    }
    ~ServerThread()
    {
        onThread([&] { delete m_server; });
        m_thread.quit();
        m_thread.wait();
    }
    QUrl baseUrl() const { return m_url; }
    int rateLimitedCount()
    {
        int n = 0;
        onThread([&] { n = m_server->rateLimitedCount(); });
        return n;
    }
    QList<qint64> requestTimesMs()
    {
        QList<qint64> t;
        onThread([&] { t = m_server->requestTimesMs(); });
        return t;
    }
    int requestCount()
    {
        int n = 0;
        onThread([&] { n = m_server->requestCount(); });
        return n;
    }

private:
    template <typename F> void onThread(F&& f)
    {
        QMetaObject::invokeMethod(&m_context, std::forward<F>(f), Qt::BlockingQueuedConnection);
    }

    QThread m_thread;
    QObject m_context;
    DemoServer* m_server = nullptr;
    QUrl m_url;
};

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

Credentials demoCredentials()
{
    Credentials c;
    c.method = Credentials::Method::AccessKey;
    c.accessKey = DemoServer::defaultAccessKey();
    c.accessKeySecret = DemoServer::defaultSecret();
    return c;
}

// One first-page request on a fresh connection (as the load's first request is): connect + request + answer.
double firstPageMs(const QUrl& baseUrl)
{
    QNetworkAccessManager nam;
    GongClient client(&nam);
    client.setBaseUrl(baseUrl);
    client.setCredentials(demoCredentials());
    QElapsedTimer timer;
    timer.start();
    QNetworkReply* reply = client.getUsersPage(QString());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const double ms = timer.nsecsElapsed() / 1e6;
    reply->readAll();
    delete reply;
    return ms;
}

// A load on a fresh client and connection, from load() to the first rows in the model; then stopped.
double firstRowsMs(const QUrl& baseUrl, double rate)
{
    QNetworkAccessManager nam;
    GongClient client(&nam);
    client.setBaseUrl(baseUrl);
    client.setCredentials(demoCredentials());
    Directory directory;
    UserTableModel model(&directory);
    DirectoryLoader loader(&client, &directory);
    loader.pager()->setRequestsPerSecond(rate);
    QEventLoop loop;
    double ms = -1;
    QElapsedTimer timer;
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &loop, [&] {
        ms = timer.nsecsElapsed() / 1e6;
        loader.cancel();
        loop.quit();
    });
    QObject::connect(&loader, &DirectoryLoader::failed, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    timer.start();
    loader.load();
    loop.exec();
    return ms;
}

QString thousands(int n)
{
    return BenchReport::number(n);
}

} // namespace

namespace BenchLoad {

double roundTripMs(int userCount, int samples)
{
    ServerThread server(BenchData::demoUsers(userCount), 0);
    QList<double> trips;
    for (int i = 0; i < samples; ++i)
        trips.append(firstPageMs(server.baseUrl()));
    return BenchData::median(trips);
}

bool run(BenchReport* report, int userCount, double rate)
{
    const QList<QJsonObject> users = BenchData::demoUsers(userCount);
    ServerThread server(users, int(std::lround(rate)));

    // First rows vs one round trip, three paired trials (medians): a first-page request on a fresh connection,
    // then a load on a fresh client, stopped once rows are in the model. Pauses keep the server's window clear.
    QList<double> trips;
    QList<double> firsts;
    for (int i = 0; i < 3; ++i) {
        trips.append(firstPageMs(server.baseUrl()));
        firsts.append(firstRowsMs(server.baseUrl(), rate));
        wait(1100);
    }
    const double rttMs = BenchData::median(trips);
    const double firstRowsMs = BenchData::median(firsts);
    const int rateLimitedBefore = server.rateLimitedCount();

    QNetworkAccessManager nam;
    GongClient client(&nam);
    client.setBaseUrl(server.baseUrl());
    client.setCredentials(demoCredentials());
    Directory directory;
    UserTableModel model(&directory);
    DirectoryLoader loader(&client, &directory);
    loader.pager()->setRequestsPerSecond(rate);

    QElapsedTimer timer;
    double totalMs = -1;
    int clientSaw429 = 0;
    QEventLoop loop;
    QObject::connect(loader.pager(), &UserPager::rateLimited, &loop, [&] { ++clientSaw429; });
    QObject::connect(&loader, &DirectoryLoader::finished, &loop, [&] {
        totalMs = timer.nsecsElapsed() / 1e6;
        loop.quit();
    });
    QObject::connect(&loader, &DirectoryLoader::failed, &loop, [&](const ApiError& e) {
        std::fprintf(stderr, "bench: load of %d users failed: %s\n", userCount, qPrintable(e.message()));
        loop.quit();
    });
    const double boundS = std::ceil(userCount / 100.0) / rate;
    QTimer::singleShot(int(boundS * 3000) + 20000, &loop, [&] {
        std::fprintf(stderr, "bench: load of %d users timed out\n", userCount);
        loop.quit();
    });
    timer.start();
    loader.load();
    loop.exec();
    if (totalMs < 0 || directory.count() != userCount) {
        std::fprintf(stderr, "bench: loaded %d of %d users\n", directory.count(), userCount);
        return false;
    }
    const int served429 = server.rateLimitedCount() - rateLimitedBefore;
    if (qEnvironmentVariableIsSet("GONGDIR_BENCH_VERBOSE")) {
        // Where the time went: gaps between request arrivals at the server, beyond the limiter's spacing.
        const QList<qint64> times = server.requestTimesMs().mid(6);
        QList<double> gaps;
        for (qsizetype i = 1; i < times.size(); ++i)
            gaps.append(double(times[i] - times[i - 1]));
        std::sort(gaps.begin(), gaps.end());
        if (!gaps.isEmpty())
            std::fprintf(
                stderr, "bench: %d users: %lld requests, gap min %.0f median %.0f p90 %.0f max %.0f, sum %.0f ms\n",
                userCount, static_cast<long long>(times.size()), gaps.first(), BenchData::median(gaps),
                gaps[qsizetype(gaps.size() * 0.9)], gaps.last(), std::accumulate(gaps.begin(), gaps.end(), 0.0));
    }

    const QString label = QStringLiteral("Load %1 users @ %2 req/s").arg(thousands(userCount)).arg(rate);
    const QString prefix = QStringLiteral("load.%1").arg(userCount);
    BenchFigure total;
    total.key = prefix + QStringLiteral(".total");
    total.name = label + QStringLiteral(": total time");
    total.value = totalMs / 1000;
    total.unit = QStringLiteral("s");
    total.reference = boundS;
    total.referenceText = QStringLiteral("bound ceil(N/100)/rate = %1 s").arg(BenchReport::number(boundS, 2));
    total.ratio = total.value / boundS;
    total.ratioText = BenchReport::number(total.ratio, 3);
    total.target = QStringLiteral("≤ 1.05");
    total.verdict = total.ratio <= 1.05 ? BenchFigure::Verdict::Pass : BenchFigure::Verdict::Miss;
    report->add(total);

    BenchFigure limited;
    limited.key = prefix + QStringLiteral(".429");
    limited.name = label + QStringLiteral(": 429s received");
    limited.value = std::max(served429, clientSaw429);
    limited.reference = 0;
    limited.referenceText = QStringLiteral("%1 requests, server limit %2/s").arg(server.requestCount()).arg(rate);
    limited.target = QStringLiteral("0");
    limited.verdict = limited.value == 0 ? BenchFigure::Verdict::Pass : BenchFigure::Verdict::Miss;
    report->add(limited);

    BenchFigure first;
    first.key = prefix + QStringLiteral(".firstRows");
    first.name = label + QStringLiteral(": first rows in the model");
    first.value = firstRowsMs;
    first.unit = QStringLiteral("ms");
    first.reference = rttMs;
    first.referenceText = QStringLiteral("round trip %1 ms (medians of 3)").arg(BenchReport::number(rttMs, 1));
    first.ratio = firstRowsMs - rttMs;
    first.ratioText = QStringLiteral("RTT %1 %2 ms")
                          .arg(first.ratio < 0 ? QStringLiteral("−") : QStringLiteral("+"))
                          .arg(BenchReport::number(std::abs(first.ratio), 1));
    first.target = QStringLiteral("≤ RTT + 20 ms");
    first.verdict = first.ratio <= 20 ? BenchFigure::Verdict::Pass : BenchFigure::Verdict::Miss;
    report->add(first);
    return true;
}

} // namespace BenchLoad
