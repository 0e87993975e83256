// SPDX-License-Identifier: MIT
// "Test connection" against the real DemoServer over loopback HTTP and HTTPS: every outcome in words,
// cancel, redirects that would carry credentials elsewhere, plain http to remote hosts, and TLS.
#include "api/connectiontester.h"
#include "api/gongclient.h"
#include "demo/demoorggenerator.h"
#include "demo/demoserver.h"
#include "demoservers.h"
#include "testtls.h"

#include <QLocale>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

namespace {
Credentials demoCredentials()
{
    Credentials c;
    c.accessKey = DemoServer::defaultAccessKey();
    c.accessKeySecret = DemoServer::defaultSecret();
    return c;
}
} // namespace

class TestConnectionTester : public QObject
{
    Q_OBJECT
private:
    // Runs one test and returns its result (fails the test function when none arrives).
    ConnectionTestResult run(ConnectionTester& tester, int timeoutMs = 15000)
    {
        QSignalSpy spy(&tester, &ConnectionTester::finished);
        tester.start();
        if (!spy.wait(timeoutMs) && spy.isEmpty())
            return {};
        return spy.takeFirst().at(0).value<ConnectionTestResult>();
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void success()
    {
        auto s = DemoServers::withUsers(1234);
        QVERIFY(s->listen());
        ConnectionTester tester;
        tester.setBaseUrl(s->baseUrl());
        tester.setCredentials(demoCredentials());
        const ConnectionTestResult r = run(tester);
        QVERIFY2(r.ok, qPrintable(r.message()));
        QCOMPARE(r.totalRecords, 1234);
        QCOMPARE(r.message(), QStringLiteral("Connected — 1,234 users"));
        QCOMPARE(s->requestCount(), 1); // exactly one request
        QVERIFY(!tester.isRunning());
    }

    void bearerToken()
    {
        auto s = DemoServers::withUsers(3);
        s->setBearerToken(QStringLiteral("oauth-token"));
        QVERIFY(s->listen());
        ConnectionTester tester;
        tester.setBaseUrl(s->baseUrl());
        Credentials c;
        c.method = Credentials::Method::BearerToken;
        c.bearerToken = QStringLiteral("oauth-token");
        tester.setCredentials(c);
        const ConnectionTestResult r = run(tester);
        QVERIFY2(r.ok, qPrintable(r.message()));
        QCOMPARE(s->authorizationHeaders().value(0), QByteArray("Bearer oauth-token"));
    }

    void failuresInWords_data()
    {
        QTest::addColumn<int>("fault"); // -1: none
        QTest::addColumn<bool>("wrongSecret");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("401") << -1 << true << QStringList{QStringLiteral("401"), QStringLiteral("secret")};
        QTest::newRow("403") << int(DemoServer::Fault::Status403) << false
                             << QStringList{QStringLiteral("403"), QStringLiteral("api:users:read")};
        QTest::newRow("429") << int(DemoServer::Fault::Status429) << false
                             << QStringList{QStringLiteral("429"), QStringLiteral("try again in 7 s")};
        QTest::newRow("500") << int(DemoServer::Fault::Status500) << false << QStringList{QStringLiteral("500")};
        QTest::newRow("503 html") << int(DemoServer::Fault::Status503Html) << false
                                  << QStringList{QStringLiteral("503"), QStringLiteral("try again later")};
        QTest::newRow("not json") << int(DemoServer::Fault::MalformedBody) << false
                                  << QStringList{QStringLiteral("not the way Gong's API does")};
    }

    void failuresInWords()
    {
        QFETCH(int, fault);
        QFETCH(bool, wrongSecret);
        QFETCH(QStringList, expected);
        auto s = DemoServers::withUsers(10);
        s->setRetryAfterSeconds(7);
        QVERIFY(s->listen());
        if (fault >= 0)
            s->enqueueFault(DemoServer::Fault(fault));
        ConnectionTester tester;
        tester.setBaseUrl(s->baseUrl());
        Credentials c = demoCredentials();
        if (wrongSecret)
            c.accessKeySecret = QStringLiteral("not-the-secret");
        tester.setCredentials(c);
        const ConnectionTestResult r = run(tester);
        QVERIFY(!r.ok);
        for (const QString& e : expected)
            QVERIFY2(r.message().contains(e, Qt::CaseInsensitive), qPrintable(r.message()));
        QVERIFY(!r.message().contains(QLatin1String("not-the-secret")));
        QCOMPARE(s->requestCount(), 1); // never retried
        if (fault == int(DemoServer::Fault::Status429))
            QCOMPARE(r.retryAfterSeconds, 7);
    }

    void wrongPathSaysCheckTheUrl()
    {
        auto s = DemoServers::withUsers(1);
        QVERIFY(s->listen());
        ConnectionTester tester;
        QUrl url = s->baseUrl();
        url.setPath(QStringLiteral("/api"));
        tester.setBaseUrl(url);
        tester.setCredentials(demoCredentials());
        const ConnectionTestResult r = run(tester);
        QVERIFY(!r.ok);
        QVERIFY2(r.message().contains(QLatin1String("404")) && r.message().contains(QLatin1String("base URL")),
                 qPrintable(r.message()));
    }

    void badUrlAndMissingCredentialsSendNothing()
    {
        ConnectionTester tester;
        tester.setBaseUrl(QUrl(QStringLiteral("http://us-1.api.gong.io")));
        tester.setCredentials(demoCredentials());
        ConnectionTestResult r = run(tester, 2000);
        QCOMPARE(r.error.kind, ApiError::Kind::InvalidUrl);
        QVERIFY2(r.message().contains(QLatin1String("https")), qPrintable(r.message()));

        tester.setBaseUrl(QUrl());
        r = run(tester, 2000);
        QCOMPARE(r.error.kind, ApiError::Kind::InvalidUrl);

        tester.setBaseUrl(QUrl(QStringLiteral("https://us-1.api.gong.io")));
        Credentials half;
        half.accessKey = QStringLiteral("k");
        tester.setCredentials(half);
        r = run(tester, 2000);
        QVERIFY(!r.ok);
        QVERIFY2(r.message().contains(QLatin1String("secret")), qPrintable(r.message()));
    }

    void dnsFailureAndRefusedConnection()
    {
        ConnectionTester tester;
        tester.setCredentials(demoCredentials());
        tester.setBaseUrl(QUrl(QStringLiteral("https://no-such-host.invalid")));
        ConnectionTestResult r = run(tester, 30000);
        QVERIFY(!r.ok);
        QVERIFY2(r.message().contains(QLatin1String("no-such-host.invalid")) &&
                     r.message().contains(QLatin1String("DNS")),
                 qPrintable(r.message()));

        // A port nothing listens on.
        quint16 port = 0;
        {
            DemoServer s;
            QVERIFY(s.listen());
            port = s.port();
        }
        tester.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        r = run(tester);
        QVERIFY(!r.ok);
        QVERIFY2(r.message().contains(QLatin1String("refused")), qPrintable(r.message()));
    }

    void cancelStopsTheRequestAndReportsNothing()
    {
        auto s = DemoServers::withUsers(10);
        s->setStallMs(20000);
        s->enqueueFault(DemoServer::Fault::Stall, 2);
        QVERIFY(s->listen());
        ConnectionTester tester;
        tester.setBaseUrl(s->baseUrl());
        tester.setCredentials(demoCredentials());
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        QSignalSpy received(s.get(), &DemoServer::requestReceived);
        tester.start();
        QVERIFY(tester.isRunning());
        QVERIFY(received.wait(5000));
        tester.cancel();
        QVERIFY(!tester.isRunning());
        QCOMPARE(finished.count(), 0);
        // A new test after a cancel works, and its answer is the only one: none came for the cancelled request.
        s->clearFaults();
        const ConnectionTestResult r = run(tester);
        QVERIFY2(r.ok, qPrintable(r.message()));
        QCOMPARE(finished.count(), 1);
    }

    void timeoutIsReported()
    {
        auto s = DemoServers::withUsers(10);
        s->setStallMs(20000);
        s->enqueueFault(DemoServer::Fault::Stall, 2);
        QVERIFY(s->listen());
        ConnectionTester tester;
        tester.setTimeoutMs(500);
        tester.setBaseUrl(s->baseUrl());
        tester.setCredentials(demoCredentials());
        const ConnectionTestResult r = run(tester);
        QVERIFY(!r.ok);
        QVERIFY2(r.message().contains(QLatin1String("did not answer")), qPrintable(r.message()));
    }

    // A redirect to another origin is refused: the other server never sees the Authorization header.
    void authorizationNeverCrossesOrigins()
    {
        auto s = DemoServers::withUsers(10);
        QVERIFY(s->listen());
        auto other = DemoServers::withUsers(10);
        other->setRequireAuth(false);
        QVERIFY(other->listen());
        QUrl target = other->baseUrl();
        target.setHost(QStringLiteral("localhost")); // another origin, even on the same machine
        s->setRedirectTarget(target);
        s->enqueueFault(DemoServer::Fault::RedirectCrossOrigin);
        ConnectionTester tester;
        tester.setBaseUrl(s->baseUrl());
        tester.setCredentials(demoCredentials());
        const ConnectionTestResult r = run(tester);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.kind, ApiError::Kind::Redirect);
        QVERIFY2(r.message().contains(QLatin1String("redirected")), qPrintable(r.message()));
        // Nothing is left in flight that could still reach the other server.
        QTRY_VERIFY(tester.findChildren<QNetworkReply*>().isEmpty());
        for (const QByteArray& h : other->authorizationHeaders())
            QVERIFY2(h.isEmpty(), h.constData());
        QCOMPARE(other->requestCount(), 0);
    }

    // Plain http:// to a non-loopback host never carries credentials, whoever builds the request.
    void noAuthorizationOverPlainHttpToRemoteHosts_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("carriesAuthorization");
        QTest::newRow("https remote") << "https://us-1.api.gong.io" << true;
        QTest::newRow("http remote") << "http://us-1.api.gong.io" << false;
        QTest::newRow("http lookalike") << "http://127.0.0.1.example.com" << false;
        QTest::newRow("http localhost.example") << "http://localhost.example.com" << false;
        QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080" << true;
        QTest::newRow("http ::1") << "http://[::1]:8080" << true;
        QTest::newRow("http localhost") << "http://localhost:8080" << true;
        QTest::newRow("ftp") << "ftp://127.0.0.1" << false;
    }

    void noAuthorizationOverPlainHttpToRemoteHosts()
    {
        QFETCH(QString, url);
        QFETCH(bool, carriesAuthorization);
        GongClient client;
        client.setCredentials(demoCredentials());
        client.setBaseUrl(QUrl(url));
        const QNetworkRequest request = client.usersPageRequest(QString());
        QCOMPARE(request.hasRawHeader("Authorization"), carriesAuthorization);
        QCOMPARE(request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                 int(QNetworkRequest::SameOriginRedirectPolicy));
        QCOMPARE(client.isConfigured(), carriesAuthorization);
    }

    // Against HTTPS with a self-signed certificate: fails with the certificate error shown; succeeds once
    // that certificate is trusted (verification is never turned off).
    void tlsCertificateErrorsAreFailures()
    {
        const TestTls tls = TestTls::generate();
        QVERIFY2(tls.isValid(), qPrintable(tls.error));
        auto s = DemoServers::withUsers(42);
        s->setTlsCertificate(tls.certificate, tls.key);
        QVERIFY(s->listen());
        QCOMPARE(s->baseUrl().scheme(), QStringLiteral("https"));

        ConnectionTester tester;
        tester.setBaseUrl(s->baseUrl());
        tester.setCredentials(demoCredentials());
        ConnectionTestResult r = run(tester);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.kind == ApiError::Kind::Tls, qPrintable(r.message()));
        // Qt's own words for the certificate problem are part of the message.
        QVERIFY2(r.message().contains(QLatin1String("self-signed"), Qt::CaseInsensitive), qPrintable(r.message()));
        qInfo("%s", qPrintable(r.message()));
        QVERIFY2(r.message().contains(QLatin1String("TLS")), qPrintable(r.message()));
        QCOMPARE(s->servedPageCount(), 0);

        tester.setCaCertificates({tls.certificate});
        r = run(tester);
        QVERIFY2(r.ok, qPrintable(r.message()));
        QCOMPARE(r.message(), QStringLiteral("Connected — 42 users"));
    }
};

QTEST_GUILESS_MAIN(TestConnectionTester)
#include "tst_connectiontester.moc"
