// SPDX-License-Identifier: MIT
// The real client code (GongClient + UserPager, DirectoryLoader + Directory) against the in-process DemoServer over
// loopback HTTP: paging, avatars, 429s, 5xx bursts, timeouts, auth errors, bad bodies, cursor loops, cancel, resume,
// cross-origin redirects, pacing under a strict server limit and refreshes. Every case ends by comparing the exact
// set of user ids the Directory holds (and every id the pages delivered) with the generator's.
#include "api/directoryloader.h"
#include "api/gongclient.h"
#include "api/userpager.h"
#include "demo/demoorggenerator.h"
#include "demo/demoserver.h"
#include "directory/directory.h"
#include "loadactivity.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace {

QStringList idsOf(const QList<QJsonObject>& users, qsizetype from = 0, qsizetype count = -1)
{
    QStringList ids;
    const qsizetype end = count < 0 ? users.size() : std::min(users.size(), from + count);
    for (qsizetype i = from; i < end; ++i)
        ids << users.at(i).value(QLatin1String("id")).toString();
    return ids;
}

QSet<QString> toSet(const QStringList& ids)
{
    return QSet<QString>(ids.cbegin(), ids.cend());
}

QString describeDifference(const QSet<QString>& got, const QSet<QString>& want)
{
    const QSet<QString> missing = QSet<QString>(want).subtract(got);
    const QSet<QString> extra = QSet<QString>(got).subtract(want);
    return QStringLiteral("got %1 ids, want %2: %3 missing (e.g. %4), %5 unexpected (e.g. %6)")
        .arg(got.size())
        .arg(want.size())
        .arg(missing.size())
        .arg(missing.isEmpty() ? QString() : *missing.cbegin())
        .arg(extra.size())
        .arg(extra.isEmpty() ? QString() : *extra.cbegin());
}

// Most requests in any rolling window, with the server's semantics: a request at t counts until t + windowMs.
int maxInRollingWindow(QList<qint64> times, qint64 windowMs)
{
    std::sort(times.begin(), times.end());
    int most = 0;
    for (qsizetype i = 0, j = 0; i < times.size(); ++i) {
        while (j < times.size() && times.at(j) < times.at(i) + windowMs)
            ++j;
        most = std::max(most, int(j - i));
    }
    return most;
}

Credentials demoCredentials(const QString& secret = DemoServer::defaultSecret())
{
    Credentials credentials;
    credentials.method = Credentials::Method::AccessKey;
    credentials.accessKey = DemoServer::defaultAccessKey();
    credentials.accessKeySecret = secret;
    return credentials;
}

QByteArray demoAuthorization()
{
    return demoCredentials().authorizationHeader();
}

ApiError errorAt(const QSignalSpy& spy, int index, int argument)
{
    return qvariant_cast<ApiError>(spy.at(index).at(argument));
}

} // namespace

// One client, one directory, one server. Requests are fast (50/s) and retries quick unless a test says otherwise.
class Rig
{
public:
    explicit Rig(const QList<QJsonObject>& users, const QList<QJsonObject>& avatars = {})
    {
        server.setUsers(users);
        server.setAvatars(avatars);
        listening = server.listen(QHostAddress::LocalHost, 0);
        client.setBaseUrl(server.baseUrl());
        client.setCredentials(demoCredentials());
        pager()->setRequestsPerSecond(50);
        RetryPolicy policy;
        policy.maxRetries = 4;
        policy.baseDelayMs = 20;
        policy.maxDelayMs = 200;
        pager()->setRetryPolicy(policy);
        // Connected after the loader's own slot: the directory already holds the page when this runs.
        QObject::connect(pager(), &UserPager::pageReceived, &loader, [this](const UsersPage& page) {
            for (const User& user : page.users)
                received << user.id;
        });
    }

    UserPager* pager() const { return loader.pager(); }
    int ends() const { return int(finished.size() + failed.size() + cancelled.size()); }
    // Waits until the load in progress has finished, failed or been cancelled.
    bool waitIdle(int timeoutMs = 15000) const
    {
        return QTest::qWaitFor([this] { return !pager()->isBusy(); }, timeoutMs);
    }
    QStringList directoryIds() const
    {
        QStringList ids;
        for (const User& user : directory.users())
            ids << user.id;
        return ids;
    }
    void setRetries(int maxRetries)
    {
        RetryPolicy policy = pager()->retryPolicy();
        policy.maxRetries = maxRetries;
        pager()->setRetryPolicy(policy);
    }
    // Enqueues `count` faults when request number `index` (0-based) arrives, so that request gets the first one.
    void faultAt(int index, DemoServer::Fault fault, int count = 1)
    {
        QObject::connect(&server, &DemoServer::requestReceived, &server, [this, index, fault, count](int i) {
            if (i == index)
                server.enqueueFault(fault, count);
        });
    }

    DemoServer server;
    GongClient client;
    Directory directory;
    DirectoryLoader loader{&client, &directory};
    bool listening = false;
    QStringList received; // every id of every page delivered, in order, duplicates included

    QSignalSpy finished{&loader, &DirectoryLoader::finished};
    QSignalSpy failed{&loader, &DirectoryLoader::failed};
    QSignalSpy cancelled{&loader, &DirectoryLoader::cancelled};
    QSignalSpy retrying{loader.pager(), &UserPager::retrying};
    QSignalSpy rateLimited{loader.pager(), &UserPager::rateLimited};
};

class TestUserPager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullPaging();
    void includeAvatars_data();
    void includeAvatars();
    void rateLimitRetryAfter_data();
    void rateLimitRetryAfter();
    void serverRateLimitIsWaitedOut();
    void serverErrorBurst_data();
    void serverErrorBurst();
    void connectionFaults_data();
    void connectionFaults();
    void clientErrors_data();
    void clientErrors();
    void badBodies_data();
    void badBodies();
    void cursorLoop();
    void cancelBetweenPages();
    void cancelWithRequestInFlight();
    void resumeAfterFailure();
    void crossOriginRedirect_data();
    void crossOriginRedirect();
    void pacing_data();
    void pacing();
    void refreshDropsRemovedAndUpdatesChanged();
    void failedRefreshKeepsRowsUntilResumeCompletes();
    void reloadWhileLoading_data();
    void reloadWhileLoading();

private:
    // The exact id check every test ends with: the Directory's ids (as a set, by count and in the server's order) and
    // every id the pages delivered (by count, so a page taken twice shows).
    static void verifyIds(const Rig& rig, const QStringList& expected);
};

void TestUserPager::verifyIds(const Rig& rig, const QStringList& expected)
{
    const QSet<QString> want = toSet(expected);
    QCOMPARE(want.size(), expected.size()); // the expectation itself holds no duplicates
    const QStringList rows = rig.directoryIds();
    const QSet<QString> got = toSet(rows);
    QVERIFY2(got == want, qPrintable(describeDifference(got, want)));
    QCOMPARE(rows.size(), expected.size());
    QCOMPARE(rig.directory.count(), int(expected.size()));
    const QSet<QString> delivered = toSet(rig.received);
    QVERIFY2(delivered == want, qPrintable(describeDifference(delivered, want)));
    QCOMPARE(rig.received.size(), expected.size());
    QCOMPARE(rows, expected); // arrival order is the server's order
}

// ---- Paging ---------------------------------------------------------------------------------------------------------

void TestUserPager::fullPaging()
{
    const DemoOrgGenerator generator({1050, 42, 0});
    Rig rig(generator.users());
    QVERIFY(rig.listening);
    QSignalSpy progress(rig.pager(), &UserPager::progress);

    rig.loader.load();
    QCOMPARE(rig.pager()->state(), UserPager::State::Loading);
    QVERIFY(rig.waitIdle(20000));

    QCOMPARE(rig.finished.size(), 1);
    QCOMPARE(rig.failed.size(), 0);
    QCOMPARE(rig.cancelled.size(), 0);
    QCOMPARE(rig.retrying.size(), 0);
    QCOMPARE(rig.rateLimited.size(), 0);
    QCOMPARE(rig.pager()->state(), UserPager::State::Finished);
    QVERIFY(!rig.pager()->isRequestInFlight());
    QVERIFY(!rig.loader.isBusy());
    QVERIFY(!rig.pager()->lastError().isError());
    QCOMPARE(rig.pager()->pagesReceived(), 11);
    QCOMPARE(rig.pager()->usersReceived(), 1050);
    QCOMPARE(rig.pager()->totalRecords(), 1050);
    QCOMPARE(rig.pager()->requestsSent(), 11);
    // The loader made room for the announced total after the first page: the rows were never moved to grow
    // (geometric growth would have left room for more than 1,050).
    QCOMPARE(rig.directory.users().capacity(), 1050);

    QCOMPARE(progress.size(), 11);
    qint64 previous = 0;
    for (const QList<QVariant>& args : std::as_const(progress)) {
        QVERIFY(args.at(0).toLongLong() > previous);
        previous = args.at(0).toLongLong();
        QCOMPARE(args.at(1).toLongLong(), 1050);
    }
    QCOMPARE(progress.last().at(0).toLongLong(), 1050);
    QCOMPARE(progress.last().at(1).toLongLong(), 1050);

    QCOMPARE(rig.server.requestCount(), 11);
    QCOMPARE(rig.server.servedPageCount(), 11);
    const QList<QString> cursors = rig.server.cursorsReceived();
    QCOMPARE(cursors.first(), QString());
    QCOMPARE(toSet(cursors.mid(1)).size(), 10); // ten distinct cursors, each sent once, none empty
    QVERIFY(!cursors.mid(1).contains(QString()));
    for (const QByteArray& header : rig.server.authorizationHeaders())
        QCOMPARE(header, demoAuthorization());

    // Nothing else goes out once finished: nothing is left that could send it.
    QTRY_COMPARE(LoadActivity::describe(rig.loader), QString());
    QCOMPARE(rig.server.requestCount(), 11);
    QVERIFY(!rig.pager()->isRequestInFlight());
    verifyIds(rig, idsOf(generator.users()));
}

void TestUserPager::includeAvatars_data()
{
    QTest::addColumn<bool>("includeAvatars");
    QTest::newRow("with avatars") << true;
    QTest::newRow("without avatars") << false;
}

void TestUserPager::includeAvatars()
{
    QFETCH(bool, includeAvatars);
    const DemoOrgGenerator generator({250, 7, 12});
    Rig rig(generator.users(), generator.avatars());
    QVERIFY(rig.listening);
    rig.client.setIncludeAvatars(includeAvatars);

    rig.loader.load();
    QVERIFY(rig.waitIdle());
    QCOMPARE(rig.finished.size(), 1);
    QCOMPARE(rig.failed.size(), 0);

    QStringList expected = idsOf(generator.users());
    if (includeAvatars)
        expected += idsOf(generator.avatars());
    QCOMPARE(rig.pager()->totalRecords(), qint64(expected.size()));
    QCOMPARE(rig.server.requestCount(), 3);
    for (const QString& avatar : idsOf(generator.avatars()))
        QCOMPARE(rig.directory.contains(avatar), includeAvatars);
    verifyIds(rig, expected);
}

// ---- 429
// --------------------------------------------------------------------------------------------------------------

void TestUserPager::rateLimitRetryAfter_data()
{
    QTest::addColumn<DemoServer::Fault>("fault");
    QTest::addColumn<int>("minWaitMs");
    QTest::newRow("seconds") << DemoServer::Fault::Status429 << 1000;
    // An HTTP-date has whole seconds and is rounded up by the server: the wait is 1-2 s, never less than the date.
    QTest::newRow("http-date") << DemoServer::Fault::Status429HttpDate << 1000;
    QTest::newRow("no Retry-After") << DemoServer::Fault::Status429NoRetryAfter << 0;
}

void TestUserPager::rateLimitRetryAfter()
{
    QFETCH(DemoServer::Fault, fault);
    QFETCH(int, minWaitMs);
    const DemoOrgGenerator generator({450, 3, 0});
    Rig rig(generator.users());
    QVERIFY(rig.listening);
    rig.server.setRetryAfterSeconds(1);

    // The third request (page 3, a real cursor) is told to wait; record the wall clock of it and of its retry.
    qint64 limitedAtWallMs = 0, retryAtWallMs = 0;
    QObject::connect(&rig.server, &DemoServer::requestReceived, &rig.server, [&](int index) {
        if (index == 2) {
            rig.server.enqueueFault(fault);
            limitedAtWallMs = QDateTime::currentMSecsSinceEpoch();
        } else if (index == 3) {
            retryAtWallMs = QDateTime::currentMSecsSinceEpoch();
        }
    });
    QList<UserPager::State> states;
    int secondsShown = -1;
    QObject::connect(rig.pager(), &UserPager::stateChanged, &rig.loader,
                     [&states](UserPager::State state) { states << state; });
    QObject::connect(rig.pager(), &UserPager::rateLimited, &rig.loader,
                     [&] { secondsShown = rig.pager()->secondsUntilRetry(); });

    rig.loader.load();
    QVERIFY(rig.waitIdle());
    QCOMPARE(rig.finished.size(), 1);
    QCOMPARE(rig.failed.size(), 0);
    QCOMPARE(rig.retrying.size(), 0);

    QCOMPARE(rig.rateLimited.size(), 1);
    const int seconds = rig.rateLimited.first().at(0).toInt();
    if (fault == DemoServer::Fault::Status429)
        QCOMPARE(seconds, 1);
    else if (fault == DemoServer::Fault::Status429HttpDate)
        QVERIFY2(seconds >= 1 && seconds <= 2, qPrintable(QString::number(seconds)));
    else
        QVERIFY(seconds >= 0 && seconds <= 1);
    QVERIFY(states.contains(UserPager::State::WaitingRateLimit));
    if (minWaitMs > 0) {
        QVERIFY2(secondsShown >= 1, qPrintable(QString::number(secondsShown))); // a countdown to show
        // The retry is scheduled for the wait the server asked for, not later.
        QCOMPARE(secondsShown, seconds);
    }

    // The same cursor once more, after the wait.
    QCOMPARE(rig.server.requestCount(), 6);
    const QList<QString> cursors = rig.server.cursorsReceived();
    QVERIFY(!cursors.at(2).isEmpty());
    QCOMPARE(cursors.at(3), cursors.at(2));
    const QList<qint64> times = rig.server.requestTimesMs();
    const qint64 waitedMs = times.at(3) - times.at(2);
    QVERIFY2(waitedMs >= minWaitMs - 10, qPrintable(QString::number(waitedMs)));
    if (fault == DemoServer::Fault::Status429HttpDate) {
        // The date the server named is at least the next whole second after (arrival + 1 s); retrying before it
        // would only earn another 429 from Gong.
        const qint64 dateLowerBoundMs = (limitedAtWallMs + 1000 + 999) / 1000 * 1000;
        QVERIFY2(
            retryAtWallMs >= dateLowerBoundMs - 10,
            qPrintable(
                QStringLiteral("retried %1 ms before the Retry-After date").arg(dateLowerBoundMs - retryAtWallMs)));
    }
    verifyIds(rig, idsOf(generator.users()));
}

void TestUserPager::serverRateLimitIsWaitedOut()
{
    // A client faster than the server allows: the server's own limiter answers 429 + Retry-After, the pager sits
    // each one out and retries the same cursor.
    const DemoOrgGenerator generator({650, 5, 0});
    Rig rig(generator.users());
    QVERIFY(rig.listening);
    rig.server.setRateLimit(3, 1000);
    rig.pager()->setRequestsPerSecond(20);

    rig.loader.load();
    QVERIFY(rig.waitIdle(20000));
    QCOMPARE(rig.finished.size(), 1);
    QCOMPARE(rig.failed.size(), 0);
    QVERIFY(rig.server.rateLimitedCount() >= 1);
    QCOMPARE(rig.rateLimited.size(), rig.server.rateLimitedCount());
    for (const QList<QVariant>& args : std::as_const(rig.rateLimited))
        QCOMPARE(args.at(0).toInt(), 1);
    QCOMPARE(rig.server.requestCount(), 7 + rig.server.rateLimitedCount());
    QCOMPARE(rig.server.servedPageCount(), 7);
    verifyIds(rig, idsOf(generator.users()));
}

// ---- 5xx and connection faults --------------------------------------------------------------------------------------

void TestUserPager::serverErrorBurst_data()
{
    QTest::addColumn<QList<DemoServer::Fault>>("faults");
    QTest::addColumn<QList<int>>("statuses");
    using F = DemoServer::Fault;
    QTest::newRow("3x500") << QList<F>{F::Status500, F::Status500, F::Status500} << QList<int>{500, 500, 500};
    QTest::newRow("3x502 html") << QList<F>{F::Status502Html, F::Status502Html, F::Status502Html}
                                << QList<int>{502, 502, 502};
    QTest::newRow("500 502 503 504") << QList<F>{F::Status500, F::Status502Html, F::Status503Html, F::Status504Html}
                                     << QList<int>{500, 502, 503, 504};
}

void TestUserPager::serverErrorBurst()
{
    QFETCH(QList<DemoServer::Fault>, faults);
    QFETCH(QList<int>, statuses);
    const DemoOrgGenerator generator({350, 9, 0});
    Rig rig(generator.users());
    QVERIFY(rig.listening);
    QObject::connect(&rig.server, &DemoServer::requestReceived, &rig.server, [&](int index) {
        if (index == 1) // the second page: a real cursor to retry
            for (DemoServer::Fault fault : faults)
                rig.server.enqueueFault(fault);
    });

    rig.loader.load();
    QVERIFY(rig.waitIdle());
    QCOMPARE(rig.finished.size(), 1);
    QCOMPARE(rig.failed.size(), 0);

    QCOMPARE(rig.retrying.size(), faults.size());
    for (int i = 0; i < rig.retrying.size(); ++i) {
        const QList<QVariant>& args = rig.retrying.at(i);
        QCOMPARE(args.at(0).toInt(), i + 1);
        QCOMPARE(args.at(1).toInt(), 4);
        QVERIFY(args.at(2).toInt() >= 0 && args.at(2).toInt() <= 200);
        const ApiError error = errorAt(rig.retrying, i, 3);
        QCOMPARE(error.kind, ApiError::Kind::Server);
        QCOMPARE(error.httpStatus, statuses.at(i));
        if (statuses.at(i) != 500)
            QVERIFY(error.serverMessages.isEmpty()); // the HTML gateway page is never read as data
    }
    QCOMPARE(rig.server.requestCount(), 4 + faults.size());
    const QList<QString> cursors = rig.server.cursorsReceived();
    QVERIFY(!cursors.at(1).isEmpty());
    for (int i = 2; i <= 1 + faults.size(); ++i)
        QCOMPARE(cursors.at(i), cursors.at(1));
    verifyIds(rig, idsOf(generator.users()));
}

void TestUserPager::connectionFaults_data()
{
    QTest::addColumn<DemoServer::Fault>("fault");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("stallMs");
    QTest::addColumn<int>("transferTimeoutMs");
    QTest::addColumn<int>("minGapMs");  // between the faulted request and its retry
    QTest::addColumn<QString>("cause"); // in the error the retry reports: who ended the request
    using F = DemoServer::Fault;
    const QString timedOut = QStringLiteral("did not answer within");
    const QString closed = QStringLiteral("Could not reach");
    // The server holds the request longer than the client waits: the client's transfer timeout fires.
    QTest::newRow("stall -> client timeout") << F::Stall << 1 << 3000 << 500 << 450 << timedOut;
    // The server closes without answering, twice (QNAM resends once on its own).
    QTest::newRow("stall -> closed") << F::Stall << 2 << 200 << 10000 << 150 << closed;
    QTest::newRow("reset") << F::ResetConnection << 2 << 0 << 10000 << 0 << closed;
}

void TestUserPager::connectionFaults()
{
    QFETCH(DemoServer::Fault, fault);
    QFETCH(int, count);
    QFETCH(int, stallMs);
    QFETCH(int, transferTimeoutMs);
    QFETCH(int, minGapMs);
    QFETCH(QString, cause);
    const DemoOrgGenerator generator({350, 11, 0});
    Rig rig(generator.users());
    QVERIFY(rig.listening);
    rig.server.setStallMs(stallMs);
    rig.client.setTransferTimeoutMs(transferTimeoutMs);
    rig.faultAt(1, fault, count);

    rig.loader.load();
    QVERIFY(rig.waitIdle());
    QCOMPARE(rig.finished.size(), 1);
    QCOMPARE(rig.failed.size(), 0);
    QCOMPARE(rig.retrying.size(), 1);
    const ApiError error = errorAt(rig.retrying, 0, 3);
    QCOMPARE(error.kind, ApiError::Kind::Network);
    QVERIFY2(error.detail.contains(cause), qPrintable(error.detail));
    // Retried after the policy's backoff, never later.
    QVERIFY(rig.retrying.first().at(2).toInt() <= rig.pager()->retryPolicy().maxDelayMs);
    QCOMPARE(rig.server.pendingFaultCount(), 0);
    QCOMPARE(rig.server.requestCount(), 4 + count);
    const QList<QString> cursors = rig.server.cursorsReceived();
    QVERIFY(!cursors.at(1).isEmpty());
    for (int i = 2; i <= 1 + count; ++i)
        QCOMPARE(cursors.at(i), cursors.at(1));
    const QList<qint64> times = rig.server.requestTimesMs();
    const qint64 gap = times.at(1 + count) - times.at(1);
    QVERIFY2(gap >= minGapMs, qPrintable(QString::number(gap)));
    verifyIds(rig, idsOf(generator.users()));
}

// ---- Errors that stop paging
// -----------------------------------------------------------------------------------------

void TestUserPager::clientErrors_data()
{
    QTest::addColumn<int>("at");    // index of the request that fails
    QTest::addColumn<int>("fault"); // DemoServer::Fault, or -1: wrong credentials instead
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("mentions"); // in ApiError::message()
    QTest::addColumn<QString>("serverMessage");
    using F = DemoServer::Fault;
    using K = ApiError::Kind;
    const QString invalid = QStringLiteral("Invalid credentials: the access key, secret or token is not valid");
    QTest::newRow("401 first page") << 0 << int(F::Status401) << K::Unauthorized << 401 << QStringLiteral("credentials")
                                    << invalid;
    QTest::newRow("401 wrong secret") << 0 << -1 << K::Unauthorized << 401 << QStringLiteral("credentials") << invalid;
    QTest::newRow("401 mid-way") << 2 << int(F::Status401) << K::Unauthorized << 401 << QStringLiteral("credentials")
                                 << invalid;
    QTest::newRow("403") << 0 << int(F::Status403) << K::Forbidden << 403 << QStringLiteral("api:users:read")
                         << QStringLiteral("Access denied: the credentials lack the api:users:read scope");
    QTest::newRow("400 mid-way") << 2 << int(F::Status400) << K::BadRequest << 400
                                 << QStringLiteral("Bad request: the request is malformed")
                                 << QStringLiteral("Bad request: the request is malformed");
}

void TestUserPager::clientErrors()
{
    QFETCH(int, at);
    QFETCH(int, fault);
    QFETCH(ApiError::Kind, kind);
    QFETCH(int, status);
    QFETCH(QString, mentions);
    QFETCH(QString, serverMessage);
    const DemoOrgGenerator generator({450, 13, 0});
    Rig rig(generator.users());
    QVERIFY(rig.listening);
    if (fault < 0)
        rig.client.setCredentials(demoCredentials(QStringLiteral("not-the-secret")));
    else
        rig.faultAt(at, DemoServer::Fault(fault));

    rig.loader.load();
    QVERIFY(rig.waitIdle());
    QCOMPARE(rig.finished.size(), 0);
    QCOMPARE(rig.failed.size(), 1);
    QCOMPARE(rig.retrying.size(), 0);
    QCOMPARE(rig.rateLimited.size(), 0);
    QCOMPARE(rig.pager()->state(), UserPager::State::Failed);
    QVERIFY(!rig.pager()->isRequestInFlight());

    const ApiError error = errorAt(rig.failed, 0, 0);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.isAuthError(), kind == ApiError::Kind::Unauthorized || kind == ApiError::Kind::Forbidden);
    QCOMPARE(error.serverMessages, QStringList{serverMessage});
    QCOMPARE(error.requestId.size(), 19); // the server's id, for support
    const QString message = error.message();
    QVERIFY2(message.contains(mentions), qPrintable(message));
    QVERIFY2(message.contains(error.requestId), qPrintable(message));
    QVERIFY2(message.contains(serverMessage), qPrintable(message));
    QCOMPARE(rig.pager()->lastError().kind, kind);

    // Never retried: one request for the failing page, and nothing left that could send another.
    QTRY_COMPARE(LoadActivity::describe(rig.loader), QString());
    QCOMPARE(rig.server.requestCount(), at + 1);
    QCOMPARE(rig.pager()->requestsSent(), at + 1);
    verifyIds(rig, idsOf(generator.users(), 0, at * 100));
}

void TestUserPager::badBodies_data()
{
    QTest::addColumn<DemoServer::Fault>("fault");
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("fails");
    using F = DemoServer::Fault;
    QTest::newRow("malformed once") << F::MalformedBody << 1 << false;
    QTest::newRow("malformed twice") << F::MalformedBody << 2 << false;
    QTest::newRow("missing users") << F::MissingUsers << 1 << false;
    QTest::newRow("truncated") << F::TruncatedBody << 1 << false;
    QTest::newRow("malformed beyond retries") << F::MalformedBody << 3 << true; // 1 try + 2 retries
}

void TestUserPager::badBodies()
{
    QFETCH(DemoServer::Fault, fault);
    QFETCH(int, count);
    QFETCH(bool, fails);
    const DemoOrgGenerator generator({450, 17, 0});
    Rig rig(generator.users());
    QVERIFY(rig.listening);
    rig.setRetries(2);
    rig.faultAt(2, fault, count);

    rig.loader.load();
    QVERIFY(rig.waitIdle());
    QCOMPARE(rig.retrying.size(), fails ? 2 : count);
    for (int i = 0; i < rig.retrying.size(); ++i) {
        const ApiError error = errorAt(rig.retrying, i, 3);
        QVERIFY2(error.kind == ApiError::Kind::BadResponse || error.kind == ApiError::Kind::Unreadable ||
                     error.kind == ApiError::Kind::Network,
                 qPrintable(error.message()));
    }
    const QList<QString> cursors = rig.server.cursorsReceived();
    for (int i = 3; i <= std::min(2 + count, int(cursors.size()) - 1); ++i)
        QCOMPARE(cursors.at(i), cursors.at(2));
    if (!fails) {
        QCOMPARE(rig.finished.size(), 1);
        QCOMPARE(rig.failed.size(), 0);
        QCOMPARE(rig.server.requestCount(), 5 + count);
        verifyIds(rig, idsOf(generator.users()));
        return;
    }
    QCOMPARE(rig.finished.size(), 0);
    QCOMPARE(rig.failed.size(), 1);
    const ApiError error = errorAt(rig.failed, 0, 0);
    QCOMPARE(error.kind, ApiError::Kind::Unreadable); // malformed: not JSON at all
    QVERIFY2(error.message().contains(QLatin1String("JSON")), qPrintable(error.message()));
    QCOMPARE(rig.pager()->state(), UserPager::State::Failed);
    QTRY_COMPARE(LoadActivity::describe(rig.loader), QString());
    QCOMPARE(rig.server.requestCount(), 2 + count);
    verifyIds(rig, idsOf(generator.users(), 0, 200)); // the two pages before stay loaded
}

void TestUserPager::cursorLoop()
{
    const DemoOrgGenerator generator({650, 19, 0});
    Rig rig(generator.users());
    QVERIFY(rig.listening);
    rig.faultAt(3, DemoServer::Fault::RepeatCursor); // page 4 hands back the cursor that asked for it

    rig.loader.load();
    QVERIFY(rig.waitIdle());
    QCOMPARE(rig.finished.size(), 0);
    QCOMPARE(rig.failed.size(), 1);
    QCOMPARE(rig.retrying.size(), 0);
    const ApiError error = errorAt(rig.failed, 0, 0);
    QCOMPARE(error.kind, ApiError::Kind::CursorLoop);
    QVERIFY(!error.message().isEmpty());
    QCOMPARE(rig.pager()->state(), UserPager::State::Failed);
    QVERIFY(!rig.pager()->isRequestInFlight());
    QTRY_COMPARE(LoadActivity::describe(rig.loader), QString());
    QCOMPARE(rig.server.requestCount(), 4);
    // Page 4 itself was a real page (the one asked for): its rows are kept with the three before it.
    verifyIds(rig, idsOf(generator.users(), 0, 400));
}

// ---- Cancel and resume ----------------------------------------------------------------------------------------------

void TestUserPager::cancelBetweenPages()
{
    const DemoOrgGenerator generator({1050, 23, 0});
    Rig rig(generator.users());
    QVERIFY(rig.listening);
    rig.pager()->setRequestsPerSecond(10);
    int requestsAtCancel = -1;
    QObject::connect(rig.pager(), &UserPager::pageReceived, &rig.loader, [&] {
        if (rig.received.size() == 300) {
            rig.loader.cancel();
            requestsAtCancel = rig.server.requestCount();
        }
    });

    rig.loader.load();
    QVERIFY(rig.waitIdle());
    QCOMPARE(requestsAtCancel, 3);
    QCOMPARE(rig.pager()->state(), UserPager::State::Cancelled);
    QVERIFY(!rig.pager()->isRequestInFlight());
    QCOMPARE(rig.cancelled.size(), 1);
    QCOMPARE(rig.finished.size(), 0);
    QCOMPARE(rig.failed.size(), 0);
    QVERIFY(!rig.directory.isRefreshing());

    QTRY_COMPARE(LoadActivity::describe(rig.loader), QString());
    QCOMPARE(rig.server.requestCount(), requestsAtCancel);
    QCOMPARE(rig.pager()->state(), UserPager::State::Cancelled);
    QCOMPARE(rig.ends(), 1);
    verifyIds(rig, idsOf(generator.users(), 0, 300));
    if (QTest::currentTestFailed())
        return;

    // Resuming continues after the last page received: no page is fetched twice.
    rig.loader.resume();
    QVERIFY(rig.waitIdle());
    QCOMPARE(rig.finished.size(), 1);
    QCOMPARE(rig.server.requestCount(), 11);
    const QList<QString> cursors = rig.server.cursorsReceived();
    QCOMPARE(toSet(cursors).size(), 11);
    verifyIds(rig, idsOf(generator.users()));
}

void TestUserPager::cancelWithRequestInFlight()
{
    const DemoOrgGenerator generator({1050, 29, 0});
    Rig rig(generator.users());
    QVERIFY(rig.listening);
    // The third request's answer is held back, and the load is cancelled while the server holds it.
    bool inFlightAtCancel = false;
    QObject::connect(&rig.server, &DemoServer::requestReceived, &rig.loader, [&](int index) {
        if (index != 2)
            return;
        rig.server.setLatency(400);
        inFlightAtCancel = rig.pager()->isRequestInFlight();
        rig.loader.cancel();
    });

    rig.loader.load();
    QTRY_COMPARE(rig.cancelled.size(), 1);
    QVERIFY(inFlightAtCancel);
    QCOMPARE(rig.server.requestCount(), 3);
    QCOMPARE(rig.received.size(), 200);
    QCOMPARE(rig.pager()->state(), UserPager::State::Cancelled);
    QVERIFY(!rig.pager()->isRequestInFlight());
    QVERIFY(!rig.pager()->isBusy());

    // The held-back answer goes out to an aborted reply, and nothing is left that could send another request.
    QTRY_COMPARE(rig.server.pendingReplyCount(), 0);
    QTRY_COMPARE(LoadActivity::describe(rig.loader), QString());
    QCOMPARE(rig.server.requestCount(), 3);
    QCOMPARE(rig.pager()->state(), UserPager::State::Cancelled);
    QCOMPARE(rig.ends(), 1);
    verifyIds(rig, idsOf(generator.users(), 0, 200));
    if (QTest::currentTestFailed())
        return;

    // Resuming asks again for the page that was cut off, and for nothing already received.
    rig.server.setLatency(0);
    rig.loader.resume();
    QVERIFY(rig.waitIdle());
    QCOMPARE(rig.finished.size(), 1);
    const QList<QString> cursors = rig.server.cursorsReceived();
    QCOMPARE(cursors.size(), 3 + 9);
    QCOMPARE(cursors.at(3), cursors.at(2));
    verifyIds(rig, idsOf(generator.users()));
}

void TestUserPager::resumeAfterFailure()
{
    const DemoOrgGenerator generator({650, 31, 0});
    Rig rig(generator.users());
    QVERIFY(rig.listening);
    rig.setRetries(2);
    rig.faultAt(2, DemoServer::Fault::Status500, 3); // page 3: the try and both retries fail

    rig.loader.load();
    QVERIFY(rig.waitIdle());
    QCOMPARE(rig.failed.size(), 1);
    QCOMPARE(rig.finished.size(), 0);
    QCOMPARE(rig.retrying.size(), 2);
    const ApiError error = errorAt(rig.failed, 0, 0);
    QCOMPARE(error.kind, ApiError::Kind::Server);
    QCOMPARE(error.httpStatus, 500);
    QCOMPARE(rig.pager()->state(), UserPager::State::Failed);
    QCOMPARE(rig.server.requestCount(), 5);
    const QString failedCursor = rig.server.cursorsReceived().at(2);
    QVERIFY(!failedCursor.isEmpty());
    QCOMPARE(rig.directoryIds(), idsOf(generator.users(), 0, 200)); // kept while failed

    rig.loader.resume();
    QVERIFY(rig.pager()->isBusy());
    QVERIFY(rig.waitIdle());
    QCOMPARE(rig.finished.size(), 1);
    QCOMPARE(rig.failed.size(), 1);
    QCOMPARE(rig.pager()->state(), UserPager::State::Finished);
    QVERIFY(!rig.pager()->isRequestInFlight());
    const QList<QString> cursors = rig.server.cursorsReceived();
    QCOMPARE(cursors.size(), 5 + 5);
    QCOMPARE(cursors.at(5), failedCursor); // not the first page again
    QCOMPARE(rig.server.servedPageCount(), 7);
    verifyIds(rig, idsOf(generator.users()));
}

// ---- Redirects ------------------------------------------------------------------------------------------------------

void TestUserPager::crossOriginRedirect_data()
{
    QTest::addColumn<bool>("secondServer");
    // Default target: this same server as http://localhost:<port>, a different origin from 127.0.0.1.
    QTest::newRow("same server as localhost") << false;
    QTest::newRow("another server on localhost") << true;
}

void TestUserPager::crossOriginRedirect()
{
    QFETCH(bool, secondServer);
    const DemoOrgGenerator generator({350, 37, 0});
    Rig rig(generator.users());
    QVERIFY(rig.listening);
    DemoServer other;
    other.setUsers(generator.users());
    other.setRequireAuth(false); // would serve anyone who followed
    if (secondServer) {
        QVERIFY(other.listen(QHostAddress::LocalHost, 0));
        rig.server.setRedirectTarget(QUrl(QStringLiteral("http://localhost:%1").arg(other.port())));
    }
    rig.faultAt(1, DemoServer::Fault::RedirectCrossOrigin);

    rig.loader.load();
    QVERIFY(rig.waitIdle());
    QCOMPARE(rig.finished.size(), 0);
    QCOMPARE(rig.failed.size(), 1);
    QCOMPARE(rig.retrying.size(), 0);
    const ApiError error = errorAt(rig.failed, 0, 0);
    QCOMPARE(error.kind, ApiError::Kind::Redirect);
    QVERIFY2(error.message().contains(QLatin1String("127.0.0.1")), qPrintable(error.message()));
    // Every request that went out has been answered, and nothing is left that could send another.
    QTRY_COMPARE(LoadActivity::describe(rig.loader), QString());

    // Requests that came through the redirected origin: on the default target they would be this server's
    // requests after the redirect; on a second server, all of its requests. There are none, and none carried
    // the credentials.
    const QList<QByteArray> viaRedirect =
        secondServer ? other.authorizationHeaders() : rig.server.authorizationHeaders().mid(2);
    for (const QByteArray& header : viaRedirect)
        QVERIFY2(header.isEmpty(), header.constData());
    QVERIFY(viaRedirect.isEmpty());
    QCOMPARE(other.requestCount(), 0);
    QCOMPARE(rig.server.requestCount(), 2);
    for (const QByteArray& header : rig.server.authorizationHeaders())
        QCOMPARE(header, demoAuthorization());
    verifyIds(rig, idsOf(generator.users(), 0, 100));
}

// ---- Pacing ---------------------------------------------------------------------------------------------------------

void TestUserPager::pacing_data()
{
    QTest::addColumn<int>("rate");
    QTest::addColumn<int>("userCount");
    // Seven and eleven pages: more than two full windows each, so both the limit and the full bursts show.
    QTest::newRow("3/s, 700 users") << 3 << 700;
    QTest::newRow("5/s, 1100 users") << 5 << 1100;
}

void TestUserPager::pacing()
{
    QFETCH(int, rate);
    QFETCH(int, userCount);
    const DemoOrgGenerator generator({userCount, 41, 0});
    Rig rig(generator.users());
    QVERIFY(rig.listening);
    rig.server.setRateLimit(rate, 1000);
    rig.pager()->setRequestsPerSecond(rate);
    const int pages = (userCount + 99) / 100;

    rig.loader.load();
    QVERIFY(rig.waitIdle(30000));
    QCOMPARE(rig.finished.size(), 1);
    QCOMPARE(rig.failed.size(), 0);
    QCOMPARE(rig.server.rateLimitedCount(), 0);
    QCOMPARE(rig.rateLimited.size(), 0);
    QCOMPARE(rig.server.requestCount(), pages);
    const QList<qint64> times = rig.server.requestTimesMs();
    const int most = maxInRollingWindow(times, 1000);
    QVERIFY2(most <= rate, qPrintable(QStringLiteral("%1 requests within 1000 ms").arg(most)));
    QCOMPARE(most, rate); // and not needlessly slow: full bursts are used
    // How close the total time comes to the limit is a figure of the benchmark (scripts/bench, "Load ... total
    // time" against ceil(N/100)/rate), not a pass/fail bound on a shared machine.
    verifyIds(rig, idsOf(generator.users()));
}

// ---- Refresh (DirectoryLoader)
// ----------------------------------------------------------------------------------------

void TestUserPager::refreshDropsRemovedAndUpdatesChanged()
{
    const DemoOrgGenerator generator({350, 43, 0});
    const QList<QJsonObject> before = generator.users();
    Rig rig(before);
    QVERIFY(rig.listening);
    rig.loader.load();
    QVERIFY(rig.waitIdle());
    QCOMPARE(rig.finished.size(), 1);
    verifyIds(rig, idsOf(before));
    if (QTest::currentTestFailed())
        return;

    // One person left (on page 2), one changed (on page 4).
    QList<QJsonObject> after = before;
    const QString removedId = after.takeAt(120).value(QLatin1String("id")).toString();
    QJsonObject changed = after.at(300);
    const QString changedId = changed.value(QLatin1String("id")).toString();
    changed.insert(QLatin1String("title"), QStringLiteral("Chief Gong Officer"));
    changed.insert(QLatin1String("firstName"), QStringLiteral("Renamed"));
    after[300] = changed;
    rig.server.setUsers(after);
    rig.received.clear();

    int minCount = rig.directory.count();
    bool removedSeenWhileLoading = true;
    QList<UserPager::State> statesAtRemoval;
    QSignalSpy resets(&rig.directory, &Directory::aboutToReset);
    QSignalSpy removed(&rig.directory, &Directory::usersAboutToBeRemoved);
    QSignalSpy changedRows(&rig.directory, &Directory::usersChanged);
    QObject::connect(rig.pager(), &UserPager::pageReceived, &rig.loader, [&] {
        minCount = std::min(minCount, rig.directory.count());
        removedSeenWhileLoading = removedSeenWhileLoading && rig.directory.contains(removedId);
    });
    QObject::connect(&rig.directory, &Directory::usersAboutToBeRemoved, &rig.loader,
                     [&] { statesAtRemoval << rig.pager()->state(); });

    const int oldRowOfRemoved = rig.directory.rowOf(removedId);
    rig.loader.load();
    QCOMPARE(rig.directory.count(), 350); // nothing cleared to start the refresh
    QVERIFY(rig.directory.isRefreshing());
    QVERIFY(rig.waitIdle());
    QCOMPARE(rig.finished.size(), 2);
    QCOMPARE(rig.failed.size(), 0);
    QVERIFY(!rig.directory.isRefreshing());

    QCOMPARE(resets.size(), 0);
    QCOMPARE(minCount, 350);
    QVERIFY(removedSeenWhileLoading);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(0).toInt(), oldRowOfRemoved);
    QCOMPARE(removed.first().at(1).toInt(), oldRowOfRemoved);
    QCOMPARE(statesAtRemoval, QList<UserPager::State>{UserPager::State::Finished}); // only once complete
    QVERIFY(!rig.directory.contains(removedId));
    const int changedRow = rig.directory.rowOf(changedId);
    QVERIFY(changedRow >= 0);
    QCOMPARE(rig.directory.user(changedRow).title, QStringLiteral("Chief Gong Officer"));
    QCOMPARE(rig.directory.user(changedRow).firstName, QStringLiteral("Renamed"));
    QCOMPARE(changedRows.size(), 1);
    QCOMPARE(changedRows.first().at(0).value<QList<int>>(), QList<int>{changedRow + 1}); // its row before removal
    verifyIds(rig, idsOf(after));
}

void TestUserPager::failedRefreshKeepsRowsUntilResumeCompletes()
{
    const DemoOrgGenerator generator({450, 47, 0});
    const QList<QJsonObject> before = generator.users();
    Rig rig(before);
    QVERIFY(rig.listening);
    rig.setRetries(1);
    rig.loader.load();
    QVERIFY(rig.waitIdle());
    QCOMPARE(rig.finished.size(), 1);

    QList<QJsonObject> after = before;
    const QString removedId = after.takeAt(10).value(QLatin1String("id")).toString();
    rig.server.setUsers(after);
    rig.server.resetStatistics();
    rig.received.clear();
    rig.faultAt(2, DemoServer::Fault::Status500, 2);

    rig.loader.load();
    QVERIFY(rig.waitIdle());
    QCOMPARE(rig.failed.size(), 1);
    QCOMPARE(rig.directory.count(), 450); // everyone kept, the departed person too
    QVERIFY(rig.directory.contains(removedId));
    QVERIFY(rig.directory.isRefreshing());

    rig.loader.resume();
    QVERIFY(rig.waitIdle());
    QCOMPARE(rig.finished.size(), 2);
    QCOMPARE(rig.server.cursorsReceived().at(4), rig.server.cursorsReceived().at(2));
    QVERIFY(!rig.directory.isRefreshing());
    QVERIFY(!rig.directory.contains(removedId));
    verifyIds(rig, idsOf(after));
}

void TestUserPager::reloadWhileLoading_data()
{
    QTest::addColumn<bool>("fromSlot");
    QTest::newRow("from the event loop") << false;
    QTest::newRow("from a pageReceived slot") << true;
}

void TestUserPager::reloadWhileLoading()
{
    QFETCH(bool, fromSlot);
    const DemoOrgGenerator generator({650, 53, 0});
    const QList<QJsonObject> before = generator.users();
    QList<QJsonObject> after = before;
    const QString removedId = after.takeAt(50).value(QLatin1String("id")).toString();
    Rig rig(before);
    QVERIFY(rig.listening);

    // Two pages into the first load, the directory changes on the server and the user asks for a reload.
    bool reloaded = false;
    QObject::connect(rig.pager(), &UserPager::pageReceived, &rig.loader, [&] {
        if (reloaded || rig.received.size() != 200)
            return;
        reloaded = true;
        const auto reload = [&] {
            QVERIFY(rig.directory.contains(removedId));
            rig.server.setUsers(after);
            rig.received.clear();
            rig.loader.load();
        };
        if (fromSlot)
            reload();
        else
            QTimer::singleShot(0, &rig.loader, reload);
    });

    rig.loader.load();
    QVERIFY(QTest::qWaitFor([&] { return rig.finished.size() == 1 || rig.failed.size() > 0; }, 15000));
    QVERIFY(reloaded);
    QVERIFY(rig.waitIdle());
    QCOMPARE(rig.failed.size(), 0);
    QCOMPARE(rig.finished.size(), 1);
    QCOMPARE(rig.pager()->state(), UserPager::State::Finished);
    QVERIFY(!rig.directory.isRefreshing());
    QTRY_COMPARE(LoadActivity::describe(rig.loader), QString());
    QCOMPARE(rig.finished.size(), 1);
    // The reload started over from the first page and paged once through the new directory.
    const QList<QString> cursors = rig.server.cursorsReceived();
    QCOMPARE(cursors.size(), 2 + 7);
    QCOMPARE(cursors.at(2), QString());
    QVERIFY(!rig.directory.contains(removedId));
    verifyIds(rig, idsOf(after));
}

QTEST_GUILESS_MAIN(TestUserPager)
#include "tst_userpager.moc"
