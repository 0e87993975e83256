// SPDX-License-Identifier: MIT
// The client (GongClient + UserPager + DirectoryLoader, as the GUI and the export use them) against a hostile
// server on loopback (tests/common/hostileserver.h): what a server sends can cost neither unbounded memory nor
// unbounded time, a refusal is never retried, and what the server says reaches messages escaped and cut.
#include "api/directoryloader.h"
#include "api/gongclient.h"
#include "api/userpager.h"
#include "directory/directory.h"
#include "hostilefixtures.h"
#include "hostileserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 Cap = ResponseLimits::DefaultMaxBodyBytes;

// The start of a users page whose users list goes on as long as the server likes.
QByteArray endlessPageHead()
{
    return R"({"requestId":"big","records":{"totalRecords":6000000,"currentPageSize":100},"users":[)";
}

// A page of 2 GiB of users (never held: the server makes it as it sends).
HostileServer::Response twoGibibytePage()
{
    HostileServer::Response r = HostileServer::json(endlessPageHead());
    r.repeat = R"({"id":"1","firstName":"A"},)";
    r.repeatCount = 2 * 1024 * MiB / r.repeat.size();
    return r;
}

bool hasControlCharacters(const QString& text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7F && u <= 0x9F) || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069))
            return true;
    }
    return false;
}

ApiError errorAt(const QSignalSpy& spy, int index = 0)
{
    return qvariant_cast<ApiError>(spy.at(index).at(0));
}

// One loader against one hostile server; retries quick, pacing fast.
class Rig
{
public:
    Rig()
    {
        listening = server.listen();
        client.setBaseUrl(server.baseUrl());
        client.setCredentials(HostileFixtures::credentials());
        pager()->setRequestsPerSecond(50);
        RetryPolicy policy;
        policy.maxRetries = 2;
        policy.baseDelayMs = 20;
        policy.maxDelayMs = 100;
        pager()->setRetryPolicy(policy);
    }
    UserPager* pager() const { return loader.pager(); }
    bool waitIdle(int timeoutMs = 60000) const
    {
        return QTest::qWaitFor([this] { return !pager()->isBusy(); }, timeoutMs);
    }
    ApiError error() const { return failed.isEmpty() ? ApiError() : errorAt(failed); }
    // Loads until the load ends; the error it failed with, or kind None when it did not fail exactly once.
    ApiError loadUntilFailed(int timeoutMs = 60000)
    {
        const qsizetype before = failed.size();
        loader.load();
        if (!waitIdle(timeoutMs) || failed.size() != before + 1)
            return {};
        return errorAt(failed, int(failed.size()) - 1);
    }

    HostileServer server;
    GongClient client;
    Directory directory;
    DirectoryLoader loader{&client, &directory};
    bool listening = false;
    QSignalSpy finished{&loader, &DirectoryLoader::finished};
    QSignalSpy failed{&loader, &DirectoryLoader::failed};
    QSignalSpy retrying{loader.pager(), &UserPager::retrying};
};
} // namespace

class TestClientLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    // Memory
    void hugeBodyIsCutOffAsItArrives_data();
    void hugeBodyIsCutOffAsItArrives();
    void gzipBombIsCountedUnpacked();
    void lyingContentLength_data();
    void lyingContentLength();
    void tooManyUsersInOnePage();
    // Time
    void drippingBodyHitsTheDeadline();
    void emptyPagesForever();
    void pagesBeyondTheAnnouncedTotal();
    void cursorLoopThroughAnEarlierCursor();
    void hugeCursorIsRefused();
    void rateLimitWaitHasATotal();
    void absurdTotalRecords();
    // Messages
    void errorBodyIsEscapedAndCut();
    void redirectLoopSaysSo();
    void protocolRelativeRedirectNamesTheTarget();
    void recordWarningsAreCountedWithAnEscapedExample();
};

void TestClientLimits::initTestCase()
{
    // As the app does when the system says "C": messages group digits ("1,001").
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestClientLimits::hugeBodyIsCutOffAsItArrives_data()
{
    QTest::addColumn<bool>("announceLength");
    QTest::addColumn<QString>("expected");
    // 2 GiB, its true length announced: refused before a byte of the body is read.
    QTest::newRow("announced") << true << u"announced 2,048"_s;
    // The same without Content-Length (the body ends when the connection closes): counted as it arrives.
    QTest::newRow("unannounced") << false << u"sent more than 32 MiB for one page"_s;
}

void TestClientLimits::hugeBodyIsCutOffAsItArrives()
{
    QFETCH(bool, announceLength);
    QFETCH(QString, expected);
    Rig rig;
    QVERIFY(rig.listening);
    rig.server.setHandler([&](const HostileServer::Request&) {
        HostileServer::Response r = twoGibibytePage();
        r.announceLength = announceLength;
        return r;
    });
    const ApiError e = rig.loadUntilFailed();
    QCOMPARE(e.kind, ApiError::Kind::Refused);
    QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
    QVERIFY2(e.message().contains(u"not retried"_s) || e.message().contains(u"before it was read"_s),
             qPrintable(e.message()));
    QCOMPARE(rig.retrying.size(), 0);
    QCOMPARE(rig.server.requestCount(), 1); // a refusal is not a network blip
    // Never more than the cap held, plus what Qt buffers before readyRead.
    QVERIFY2(rig.pager()->largestResponseBytes() <= Cap + PageDownload::ReadBufferBytes,
             qPrintable(QString::number(rig.pager()->largestResponseBytes())));
    // The client stopped reading: of 2 GiB, the server got rid of little more than the cap.
    QTRY_COMPARE(rig.server.abortedByClient(), 1);
    QVERIFY2(rig.server.bodyBytesSent() < Cap + 64 * MiB, qPrintable(QString::number(rig.server.bodyBytesSent())));
    if (announceLength)
        QCOMPARE(rig.pager()->largestResponseBytes(), 0);
    QCOMPARE(rig.directory.count(), 0);
}

void TestClientLimits::gzipBombIsCountedUnpacked()
{
    Rig rig;
    QVERIFY(rig.listening);
    // 6,000,000 tiny users: 66 MB of JSON in about 64 KB of gzip (the red team's 14.7 MB of gzip cost 6 GB).
    rig.server.setHandler([&](const HostileServer::Request&) {
        HostileServer::Response r = HostileServer::json(endlessPageHead());
        r.repeat = R"({"id":"1"},)";
        r.repeatCount = 6000000;
        r.tail = R"({"id":"2"}]})";
        r.gzip = true;
        return r;
    });
    const ApiError e = rig.loadUntilFailed();
    QCOMPARE(e.kind, ApiError::Kind::Refused);
    QVERIFY2(e.message().contains(u"compressed answer that unpacks to more than 32 MiB"_s), qPrintable(e.message()));
    QVERIFY2(!e.message().contains(u"Decompression failed"_s), qPrintable(e.message()));
    QCOMPARE(rig.retrying.size(), 0);
    QCOMPARE(rig.server.requestCount(), 1);
    QVERIFY2(rig.pager()->largestResponseBytes() <= Cap + PageDownload::ReadBufferBytes,
             qPrintable(QString::number(rig.pager()->largestResponseBytes())));
    QVERIFY(rig.pager()->largestResponseBytes() > Cap / 2); // it was counted unpacked, not as the few KB of gzip
}

void TestClientLimits::lyingContentLength_data()
{
    QTest::addColumn<qint64>("announced");
    QTest::addColumn<bool>("refusedAtOnce");
    // The largest Content-Length there is, then an endless body: refused at the headers.
    QTest::newRow("2^63-1") << std::numeric_limits<qint64>::max() << true;
    // 1 MiB announced, 2 GiB sent: Qt reads what was announced, which is not a page (retried as a bad body).
    QTest::newRow("smaller than the body") << qint64(MiB) << false;
}

void TestClientLimits::lyingContentLength()
{
    QFETCH(qint64, announced);
    QFETCH(bool, refusedAtOnce);
    Rig rig;
    QVERIFY(rig.listening);
    rig.server.setHandler([&](const HostileServer::Request&) {
        HostileServer::Response r = twoGibibytePage();
        r.contentLength = announced;
        return r;
    });
    const ApiError e = rig.loadUntilFailed();
    if (refusedAtOnce) {
        QCOMPARE(e.kind, ApiError::Kind::Refused);
        QCOMPARE(rig.server.requestCount(), 1);
        QCOMPARE(rig.pager()->largestResponseBytes(), 0);
    } else {
        QCOMPARE(e.kind, ApiError::Kind::Unreadable); // a cut body is not JSON
        QCOMPARE(rig.server.requestCount(), 3);       // retried: a truncated page is what a broken proxy sends
        QVERIFY2(rig.pager()->largestResponseBytes() <= announced,
                 qPrintable(QString::number(rig.pager()->largestResponseBytes())));
    }
    QTRY_COMPARE(rig.server.abortedByClient(), rig.server.requestCount());
}

void TestClientLimits::tooManyUsersInOnePage()
{
    Rig rig;
    QVERIFY(rig.listening);
    int perPage = 1001;
    rig.server.setHandler([&](const HostileServer::Request&) {
        return HostileServer::json(HostileServer::page(HostileServer::users(perPage)));
    });
    const ApiError e = rig.loadUntilFailed();
    QCOMPARE(e.kind, ApiError::Kind::Refused);
    QVERIFY2(e.message().contains(u"1,001 users in one page"_s), qPrintable(e.message()));
    QCOMPARE(rig.server.requestCount(), 1);
    QCOMPARE(rig.directory.count(), 0);

    perPage = UsersPageParser::MaxUsersPerPage; // the bound itself is a page
    rig.loader.load();
    QVERIFY(rig.waitIdle());
    QCOMPARE(rig.finished.size(), 1);
    QCOMPARE(rig.directory.count(), UsersPageParser::MaxUsersPerPage);
}

void TestClientLimits::drippingBodyHitsTheDeadline()
{
    Rig rig;
    QVERIFY(rig.listening);
    ResponseLimits limits;
    limits.deadlineMs = 1500;
    rig.client.setResponseLimits(limits);
    // A real page, one byte every 50 ms: never silent for long (the transfer timeout never fires), never done.
    rig.server.setHandler([](const HostileServer::Request&) {
        HostileServer::Response r = HostileServer::json(HostileServer::page(HostileServer::users(100)));
        r.dripMs = 50;
        return r;
    });
    const ApiError e = rig.loadUntilFailed();
    QCOMPARE(e.kind, ApiError::Kind::Network);
    QVERIFY2(e.message().contains(u"did not send its whole answer within 2 second"_s), qPrintable(e.message()));
    QCOMPARE(rig.retrying.size(), 2); // slow is retried like a timeout, a bounded number of times
    QCOMPARE(rig.server.requestCount(), 3);
    QTRY_COMPARE(rig.server.abortedByClient(), 3);
    // Every request was stopped at its deadline.
    QVERIFY2(rig.server.bodyBytesSent() < 3 * 1500 / 50 + 10, qPrintable(QString::number(rig.server.bodyBytesSent())));
}

void TestClientLimits::emptyPagesForever()
{
    Rig rig;
    QVERIFY(rig.listening);
    rig.server.setHandler([](const HostileServer::Request& request) {
        return HostileServer::json(HostileServer::page({}, u"c%1"_s.arg(request.index), 500));
    });
    const ApiError e = rig.loadUntilFailed();
    QCOMPARE(e.kind, ApiError::Kind::Refused);
    QVERIFY2(e.message().contains(u"keeps sending empty pages (5 in a row)"_s), qPrintable(e.message()));
    QCOMPARE(rig.server.requestCount(), PagingGuard::MaxEmptyPagesInARow);
}

void TestClientLimits::pagesBeyondTheAnnouncedTotal()
{
    Rig rig;
    QVERIFY(rig.listening);
    // "30 users", one a page, with a new cursor every time: 30 pages needed, 10 more allowed.
    rig.server.setHandler([](const HostileServer::Request& request) {
        return HostileServer::json(
            HostileServer::page(HostileServer::users(1, request.index + 1), u"c%1"_s.arg(request.index), 30));
    });
    const ApiError e = rig.loadUntilFailed();
    QCOMPARE(e.kind, ApiError::Kind::Refused);
    QVERIFY2(e.message().contains(u"has sent 40 pages and offers more, though the 30 users it announced fill 30"_s),
             qPrintable(e.message()));
    QCOMPARE(rig.server.requestCount(), 30 + PagingGuard::MinExtraPages);
    QCOMPARE(rig.directory.count(), 40); // what came is kept
}

void TestClientLimits::cursorLoopThroughAnEarlierCursor()
{
    Rig rig;
    QVERIFY(rig.listening);
    // first → A → B → A: the loop is found by the hash of a cursor followed two pages earlier.
    rig.server.setHandler([](const HostileServer::Request& request) {
        static const QStringList next{u"A"_s, u"B"_s, u"A"_s, u"B"_s};
        return HostileServer::json(
            HostileServer::page(HostileServer::users(2, 2 * request.index + 1), next.value(request.index), 8));
    });
    QCOMPARE(rig.loadUntilFailed().kind, ApiError::Kind::CursorLoop);
    QCOMPARE(rig.server.requestCount(), 3);
    QCOMPARE(rig.server.requests().at(1).cursor(), u"A"_s);
    QCOMPARE(rig.server.requests().at(2).cursor(), u"B"_s);
    QCOMPARE(rig.directory.count(), 6);
}

void TestClientLimits::hugeCursorIsRefused()
{
    Rig rig;
    QVERIFY(rig.listening);
    const QString huge(PagingGuard::MaxCursorLength + 1, u'x');
    rig.server.setHandler([&](const HostileServer::Request&) {
        return HostileServer::json(HostileServer::page(HostileServer::users(3), huge, 100));
    });
    QCOMPARE(rig.loadUntilFailed().kind, ApiError::Kind::Refused);
    QVERIFY2(rig.error().message().contains(u"cursor of 16,385 characters"_s), qPrintable(rig.error().message()));
    QCOMPARE(rig.server.requestCount(), 1); // never sent back in a URL
    QCOMPARE(rig.directory.count(), 3);
}

void TestClientLimits::rateLimitWaitHasATotal()
{
    Rig rig;
    QVERIFY(rig.listening);
    RetryPolicy policy = rig.pager()->retryPolicy();
    policy.maxTotalRateLimitWaitMs = 2500;
    rig.pager()->setRetryPolicy(policy);
    bool limited = true;
    rig.server.setHandler([&](const HostileServer::Request&) {
        if (!limited)
            return HostileServer::json(HostileServer::page(HostileServer::users(5), {}, 5));
        HostileServer::Response r =
            HostileServer::json(R"({"requestId":"rl","errors":["API rate limit exceeded"]})", 429);
        r.addHeader("Retry-After", "1");
        return r;
    });
    QSignalSpy rateLimited(rig.pager(), &UserPager::rateLimited);
    const ApiError e = rig.loadUntilFailed(30000);
    QCOMPARE(e.kind, ApiError::Kind::RateLimited);
    QVERIFY(e.canKeepWaiting);
    QCOMPARE(e.retryAfterSeconds, 1);
    QVERIFY2(e.message().contains(u"has held this load for 1 minute"_s) &&
                 e.message().contains(u"in all, and asks to wait 1 s more"_s),
             qPrintable(e.message()));
    QCOMPARE(rig.server.requestCount(), 3); // waited 1 s twice; a third wait would pass 2.5 s
    QCOMPARE(rateLimited.size(), 2);
    QCOMPARE(rig.pager()->rateLimitWaitMs(), 2000);

    // Keep waiting: first the second the server asked for, then the page.
    limited = false;
    rig.loader.resume();
    QCOMPARE(rig.pager()->state(), UserPager::State::WaitingRateLimit);
    QCOMPARE(rateLimited.size(), 3);
    QVERIFY(rig.waitIdle(30000));
    QCOMPARE(rig.finished.size(), 1);
    QCOMPARE(rig.directory.count(), 5);
    QCOMPARE(rig.server.requestCount(), 4);
}

void TestClientLimits::absurdTotalRecords()
{
    Rig rig;
    QVERIFY(rig.listening);
    rig.server.setHandler([](const HostileServer::Request&) {
        QByteArray page = HostileServer::page(HostileServer::users(3));
        page.replace(R"("records":{)", R"("records":{"totalRecords":1e300,)");
        return HostileServer::json(page);
    });
    QSignalSpy progress(rig.pager(), &UserPager::progress);
    rig.loader.load();
    QVERIFY(rig.waitIdle());
    QCOMPARE(rig.finished.size(), 1);
    QCOMPARE(rig.directory.count(), 3);
    QCOMPARE(progress.last().at(1).toLongLong(), qint64(1) << 53);
}

void TestClientLimits::errorBodyIsEscapedAndCut()
{
    Rig rig;
    QVERIFY(rig.listening);
    const QString hugeId = u"\x1b[2J"_s + QString(200 * 1024, u'A');
    rig.server.setHandler([&](const HostileServer::Request&) {
        const QJsonObject body{
            {u"requestId"_s, hugeId},
            {u"errors"_s, QJsonArray{u"\x1b]0;pwned\x07title"_s, u"ok\r\n2024-01-01 [gongdir.api] fake line"_s,
                                     u"evil\u202Egnp.exe"_s}}};
        return HostileServer::json(QJsonDocument(body).toJson(QJsonDocument::Compact), 400);
    });
    const QString message = rig.loadUntilFailed().message();
    QVERIFY2(!hasControlCharacters(message), qPrintable(message));
    QVERIFY2(message.contains(u"\\x1b]0;pwned\\x07title"_s), qPrintable(message));
    QVERIFY2(message.contains(u"ok\\r\\n2024-01-01 [gongdir.api] fake line"_s), qPrintable(message));
    QVERIFY2(message.contains(u"evil\\u202egnp.exe"_s), qPrintable(message));
    QVERIFY2(message.contains(u"(request id \\x1b[2JAAAA"_s), qPrintable(message));
    QVERIFY(rig.error().requestId.size() <= 200);
    QVERIFY2(message.size() < 1000, qPrintable(QString::number(message.size())));
}

void TestClientLimits::redirectLoopSaysSo()
{
    Rig rig;
    QVERIFY(rig.listening);
    rig.server.setHandler([](const HostileServer::Request& request) {
        HostileServer::Response r;
        r.status = 302;
        r.addHeader("Location", "/v2/users?again=" + QByteArray::number(request.index));
        return r;
    });
    const ApiError e = rig.loadUntilFailed();
    QCOMPARE(e.kind, ApiError::Kind::Redirect);
    QVERIFY2(e.message().contains(u"too many redirects (a redirect loop)"_s), qPrintable(e.message()));
    QVERIFY2(!e.message().contains(u"credentials"_s), qPrintable(e.message()));
    const int requests = rig.server.requestCount();
    QTest::qWait(300);
    QCOMPARE(rig.server.requestCount(), requests); // not retried
    QCOMPARE(rig.retrying.size(), 0);
}

void TestClientLimits::protocolRelativeRedirectNamesTheTarget()
{
    Rig rig;
    QVERIFY(rig.listening);
    rig.server.setHandler([](const HostileServer::Request&) {
        HostileServer::Response r;
        r.status = 302;
        r.addHeader("Location", "//attacker.invalid:8443/collect");
        return r;
    });
    const ApiError e = rig.loadUntilFailed();
    QCOMPARE(e.kind, ApiError::Kind::Redirect);
    QVERIFY2(e.message().contains(u"redirected to http://attacker.invalid:8443/collect"_s), qPrintable(e.message()));
    QCOMPARE(rig.server.requestCount(), 1);
}

void TestClientLimits::recordWarningsAreCountedWithAnEscapedExample()
{
    Rig rig;
    QVERIFY(rig.listening);
    rig.server.setHandler([](const HostileServer::Request& request) {
        QList<QJsonObject> users = HostileServer::users(100, request.index * 100 + 1);
        for (int i = 0; i < users.size(); i += 2)
            users[i].insert(u"title"_s, 42);
        if (request.index == 0)
            users[0].insert(u"id"_s, u"1\x1b[31m"_s);
        return HostileServer::json(
            HostileServer::page(users, request.index < 2 ? u"c%1"_s.arg(request.index) : QString(), 300));
    });
    rig.loader.load();
    QVERIFY(rig.waitIdle());
    QCOMPARE(rig.finished.size(), 1);
    const RecordWarnings& w = rig.loader.recordWarnings();
    QCOMPARE(w.wrongTypes, 150);
    QCOMPARE(w.skipped, 0);
    QCOMPARE(w.example, u"id 1\\x1b[31m: title is a number"_s);
    QVERIFY2(w.summary().startsWith(u"150 record"_s), qPrintable(w.summary()));
    QVERIFY2(w.summary().contains(u"had fields of the wrong type, e.g. id 1\\x1b[31m: title is a number"_s),
             qPrintable(w.summary()));
}

QTEST_GUILESS_MAIN(TestClientLimits)
#include "tst_clientlimits.moc"
