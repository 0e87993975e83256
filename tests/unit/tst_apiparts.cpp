// SPDX-License-Identifier: MIT
// The small pieces of the API layer: error bodies, Retry-After, backoff, pacing, base URLs and credentials.
#include "api/apierror.h"
#include "api/gongclient.h"
#include "api/ratelimiter.h"
#include "api/retrypolicy.h"
#include "credentials/credentials.h"

#include <QRandomGenerator>
#include <QTest>

#include <deque>

class TestApiParts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void errorBodyIsParsed()
    {
        ApiError e;
        QVERIFY(ApiError::parseErrorBody(R"({"requestId":"abc123","errors":["cursor is invalid","second"]})", &e));
        QCOMPARE(e.requestId, QStringLiteral("abc123"));
        QCOMPARE(e.serverMessages, (QStringList{QStringLiteral("cursor is invalid"), QStringLiteral("second")}));
    }

    void htmlErrorBodyIsNotParsed()
    {
        ApiError e;
        e.requestId = QStringLiteral("keep");
        QVERIFY(!ApiError::parseErrorBody("<html><h1>502 Bad Gateway</h1></html>", &e));
        QCOMPARE(e.requestId, QStringLiteral("keep"));
        QVERIFY(!ApiError::parseErrorBody("{\"unrelated\":true}", &e));
    }

    void statusesMapToKindsAndAdvice_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("400") << 400 << int(ApiError::Kind::BadRequest) << QStringLiteral("400");
        QTest::newRow("401") << 401 << int(ApiError::Kind::Unauthorized) << QStringLiteral("secret");
        QTest::newRow("403") << 403 << int(ApiError::Kind::Forbidden) << QStringLiteral("api:users:read");
        QTest::newRow("429") << 429 << int(ApiError::Kind::RateLimited) << QStringLiteral("rate limit");
        QTest::newRow("500") << 500 << int(ApiError::Kind::Server) << QStringLiteral("500");
        QTest::newRow("503") << 503 << int(ApiError::Kind::Server) << QStringLiteral("503");
        QTest::newRow("418") << 418 << int(ApiError::Kind::BadResponse) << QStringLiteral("418");
    }
    void statusesMapToKindsAndAdvice()
    {
        QFETCH(int, status);
        QFETCH(int, kind);
        QFETCH(QString, mentions);
        const ApiError e = ApiError::fromHttpStatus(status, R"({"requestId":"rq-9","errors":["nope"]})");
        QCOMPARE(int(e.kind), kind);
        QCOMPARE(e.httpStatus, status);
        QVERIFY2(e.message().contains(mentions), qPrintable(e.message()));
        QVERIFY(e.message().contains(QLatin1String("nope")));
        QVERIFY(e.message().contains(QLatin1String("rq-9")));
    }

    void retryAfterSeconds()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(RetryPolicy::parseRetryAfter("120", now), std::optional<qint64>(120));
        QCOMPARE(RetryPolicy::parseRetryAfter(" 0 ", now), std::optional<qint64>(0));
        QVERIFY(!RetryPolicy::parseRetryAfter("", now));
        QVERIFY(!RetryPolicy::parseRetryAfter("-5", now));
        QVERIFY(!RetryPolicy::parseRetryAfter("1.5", now));
        QVERIFY(!RetryPolicy::parseRetryAfter("soon", now));
        QVERIFY(!RetryPolicy::parseRetryAfter("99999999999999999999999", now));
        QVERIFY(!RetryPolicy::parseRetryAfter(QByteArray(100000, '9'), now));
    }

    void retryAfterHttpDate()
    {
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 0), Qt::UTC);
        QCOMPARE(RetryPolicy::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now), std::optional<qint64>(60));
        QCOMPARE(RetryPolicy::parseRetryAfter("Wednesday, 21-Oct-15 07:28:30 GMT", now), std::optional<qint64>(90));
        QCOMPARE(RetryPolicy::parseRetryAfter("Wed Oct 21 07:29:00 2015", now), std::optional<qint64>(120));
        // A date in the past means "now", never a negative wait.
        QCOMPARE(RetryPolicy::parseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", now), std::optional<qint64>(0));
        QVERIFY(!RetryPolicy::parseRetryAfter("Wed, 32 Oct 2015 07:28:00 GMT", now));
    }

    void backoffGrowsWithinBounds()
    {
        RetryPolicy p;
        p.baseDelayMs = 1000;
        p.maxDelayMs = 8000;
        p.jitter = 0.25;
        for (int round = 0; round < 200; ++round) {
            const int d1 = p.backoffMs(1);
            const int d3 = p.backoffMs(3);
            const int d9 = p.backoffMs(9);
            QVERIFY(d1 >= 750 && d1 <= 1250);
            QVERIFY(d3 >= 3000 && d3 <= 5000);
            QVERIFY(d9 >= 6000 && d9 <= 10000); // capped at maxDelayMs, jitter around it
        }
        p.jitter = 0;
        QCOMPARE(p.backoffMs(2), 2000);
        QCOMPARE(p.backoffMs(100), 8000);
    }

    void rateLimiterSpacesStarts()
    {
        RateLimiter r(3.0);
        QCOMPARE(r.spacingMs(), 334);
        QCOMPARE(r.delayMs(0), 0);
        r.markStarted(0);
        QCOMPARE(r.delayMs(0), 334);
        QCOMPARE(r.delayMs(100), 234);
        QCOMPARE(r.delayMs(334), 0);
    }

    void rateLimiterNeverPutsFourInARollingSecond()
    {
        // Simulate a sequential pager with random round trips and random "sent" delays (connection setup):
        // the (n+3)th start is always at least a window after the nth request was sent.
        RateLimiter r(3.0);
        QRandomGenerator rng(7);
        qint64 now = 0;
        std::deque<qint64> sent;
        for (int i = 0; i < 500; ++i) {
            now += r.delayMs(now);
            r.markStarted(now);
            const qint64 sentAt = now + rng.bounded(i % 17 == 0 ? 200 : 5);
            r.markSent(sentAt);
            sent.push_back(sentAt);
            if (sent.size() > 3) {
                QVERIFY2(sentAt - sent[sent.size() - 4] >= 1000, qPrintable(QString::number(i)));
                sent.pop_front();
            }
            now = sentAt + rng.bounded(400); // the round trip
        }
    }

    void rateLimiterDoesNotAccumulateLateness()
    {
        // 300 sequential requests at 30/s whose starts are each 1-2 ms late (timers, page processing): the
        // load takes about N/rate plus one margin per window, not N × (spacing + lateness).
        RateLimiter r(30);
        qint64 now = 0;
        qint64 previous = -1000;
        for (int i = 0; i < 300; ++i) {
            now += r.delayMs(now) + 1 + i % 2;
            QVERIFY2(now - previous >= r.spacingMs() / 2, qPrintable(QString::number(i))); // never a burst
            r.markStarted(now);
            r.markSent(now);
            previous = now;
        }
        QVERIFY2(now <= 10 * (1000 + RateLimiter::SafetyMarginMs) + 40, qPrintable(QString::number(now)));
        // Much later than the slot (a wait): a new timeline, a full spacing to the next start.
        now += 5000;
        r.markStarted(now);
        QCOMPARE(r.delayMs(now), r.spacingMs());
    }

    void rateLimiterFractionalAndFastRates()
    {
        RateLimiter slow(0.5);
        QCOMPARE(slow.spacingMs(), 2000);
        slow.markStarted(0);
        QCOMPARE(slow.delayMs(0), 2015); // one per 2 s window, plus the safety margin
        RateLimiter fast(10);
        QCOMPARE(fast.spacingMs(), 100);
        QCOMPARE(fast.burst(), 10);
    }

    void baseUrlNormalisation_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "https://us-12345.api.gong.io"
                               << "https://us-12345.api.gong.io";
        QTest::newRow("trailing slash") << "https://us-12345.api.gong.io///"
                                        << "https://us-12345.api.gong.io";
        QTest::newRow("pasted path") << "https://us-12345.api.gong.io/v2/users?cursor=x"
                                     << "https://us-12345.api.gong.io";
        QTest::newRow("v2 only") << "https://us-12345.api.gong.io/v2/"
                                 << "https://us-12345.api.gong.io";
        QTest::newRow("no scheme") << "  us-12345.api.gong.io\n"
                                   << "https://us-12345.api.gong.io";
        QTest::newRow("upper case") << "HTTPS://US-12345.API.GONG.IO"
                                    << "https://us-12345.api.gong.io";
        QTest::newRow("loopback port") << "http://127.0.0.1:8080/"
                                       << "http://127.0.0.1:8080";
    }
    void baseUrlNormalisation()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(BaseUrl::normalize(input).toString(), expected);
    }

    void baseUrlValidation_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("ok");
        QTest::newRow("https") << "https://us-1.api.gong.io" << true;
        QTest::newRow("http remote") << "http://us-1.api.gong.io" << false;
        QTest::newRow("http localhost") << "http://localhost:9000" << true;
        QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:9000" << true;
        QTest::newRow("http ::1") << "http://[::1]:9000" << true;
        QTest::newRow("http lookalike") << "http://127.0.0.1.evil.example" << false;
        QTest::newRow("ftp") << "ftp://us-1.api.gong.io" << false;
        QTest::newRow("userinfo") << "https://user:pw@us-1.api.gong.io" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("garbage") << "https://exa mple.com" << false;
    }
    void baseUrlValidation()
    {
        QFETCH(QString, input);
        QFETCH(bool, ok);
        QString why;
        QCOMPARE(BaseUrl::validate(BaseUrl::normalize(input), &why), ok);
        QCOMPARE(why.isEmpty(), ok);
    }

    void credentialsStripPastedWhitespace()
    {
        Credentials c;
        c.accessKey = QStringLiteral(" KEY123\n");
        c.accessKeySecret = QStringLiteral("\tsec ret\r\n");
        QVERIFY(c.isComplete());
        QCOMPARE(c.authorizationHeader(), QByteArray("Basic ") + QByteArray("KEY123:secret").toBase64());
        Credentials b;
        b.method = Credentials::Method::BearerToken;
        b.bearerToken = QStringLiteral("tok en\n");
        QCOMPARE(b.authorizationHeader(), QByteArray("Bearer token"));
        Credentials empty;
        empty.accessKey = QStringLiteral("  ");
        empty.accessKeySecret = QStringLiteral("x");
        QVERIFY(!empty.isComplete());
    }

    void clientBuildsEncodedUrls()
    {
        GongClient client;
        client.setBaseUrl(BaseUrl::normalize(QStringLiteral("https://us-1.api.gong.io")));
        const QUrl first = client.usersPageUrl(QString());
        QCOMPARE(first.path(), QStringLiteral("/v2/users"));
        QVERIFY(!first.query().contains(QLatin1String("cursor")));
        const QUrl next = client.usersPageUrl(QStringLiteral("eyJ+a/b=="));
        QVERIFY2(next.toString(QUrl::FullyEncoded).contains(QLatin1String("cursor=eyJ%2Ba%2Fb%3D%3D")),
                 qPrintable(next.toString(QUrl::FullyEncoded)));
        QVERIFY(next.toString().contains(QLatin1String("includeAvatars=false")));
        client.setIncludeAvatars(true);
        QVERIFY(client.usersPageUrl(QString()).toString().contains(QLatin1String("includeAvatars=true")));
    }

    void clientRefusesPlainHttpToRemoteHosts()
    {
        GongClient client;
        Credentials c;
        c.accessKey = QStringLiteral("k");
        c.accessKeySecret = QStringLiteral("s");
        client.setCredentials(c);
        client.setBaseUrl(QUrl(QStringLiteral("http://us-1.api.gong.io")));
        QString why;
        QVERIFY(!client.isConfigured(&why));
        QVERIFY(why.contains(QLatin1String("https")));
        client.setBaseUrl(QUrl(QStringLiteral("https://us-1.api.gong.io")));
        QVERIFY(client.isConfigured(&why));
    }
};

QTEST_GUILESS_MAIN(TestApiParts)
#include "tst_apiparts.moc"
