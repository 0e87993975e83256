// SPDX-License-Identifier: MIT
// Hostile input at the core's edges: base URLs, pasted secrets, 10 MB bodies and headers. Each must give a clear,
// short answer and never take the app down. (The dialog, CLI, query and export parts of the same promise are tested
// where that code lives; how quickly is the benchmark's input group, measured beside a linear scan of the same
// bytes, not a bound here: a quadratic algorithm on 10 MB would still run into the test's timeout.)
#include "api/apierror.h"
#include "api/retrypolicy.h"
#include "api/userspageparser.h"
#include "cli/exportcommand.h"
#include "credentials/credentials.h"

#include <QRandomGenerator>
#include <QTest>

namespace {
constexpr qsizetype TenMegabytes = 10 * 1024 * 1024;

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator random(seed);
    random.fillRange(reinterpret_cast<quint32*>(bytes.data()), size / qsizetype(sizeof(quint32)));
    return bytes;
}
} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostileBaseUrls_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank lines") << QStringLiteral(" \n\t\r\n ");
        QTest::newRow("nul") << QStringLiteral("https://us-1.api.gong.io") + QChar(0) + QStringLiteral("evil");
        QTest::newRow("control chars") << QStringLiteral("https://us-1.\x01\x7f.api.gong.io");
        QTest::newRow("newline in host") << QStringLiteral("https://us-1\n.api.gong.io");
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)");
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd");
        QTest::newRow("data") << QStringLiteral("data:text/html,<script>");
        QTest::newRow("only scheme") << QStringLiteral("https://");
        QTest::newRow("port too big") << QStringLiteral("https://us-1.api.gong.io:99999");
        QTest::newRow("unclosed ipv6") << QStringLiteral("http://[::1");
        QTest::newRow("userinfo loopback") << QStringLiteral("http://127.0.0.1@evil.example");
        QTest::newRow("loopback lookalike") << QStringLiteral("http://localhost.evil.example");
        QTest::newRow("percent host") << QStringLiteral("http://%6c%6f%63%61%6c%68%6f%73%74.evil.example");
        QTest::newRow("backslashes") << QStringLiteral("http:\\\\127.0.0.1\\evil");
        QTest::newRow("fullwidth dot") << QStringLiteral("http://127\uff0e0\uff0e0\uff0e1.evil.example");
        QTest::newRow("rtl override") << QStringLiteral("https://us-1.api.gong.io\u202e/moc.live");
        QTest::newRow("10 MB host") << QStringLiteral("https://") + QString(TenMegabytes, QLatin1Char('a'));
        QTest::newRow("10 MB path") << QStringLiteral("https://us-1.api.gong.io/") +
                                           QString(TenMegabytes, QLatin1Char('/'));
        QTest::newRow("10 MB of dots") << QString(TenMegabytes, QLatin1Char('.'));
        QTest::newRow("10 MB random") << QString::fromLatin1(randomBytes(TenMegabytes, 7));
        QTest::newRow("10 MB plain http") << QStringLiteral("http://") + QString(TenMegabytes, QLatin1Char('7'));
    }
    void hostileBaseUrls()
    {
        QFETCH(QString, input);
        const QUrl url = BaseUrl::normalize(input);
        QString why;
        const bool ok = BaseUrl::validate(url, &why);
        if (ok) {
            // Accepted only as https, or plain http to this computer; never with credentials in it.
            QVERIFY(why.isEmpty());
            QVERIFY(url.scheme() == QLatin1String("https") ||
                    (url.scheme() == QLatin1String("http") && BaseUrl::isLoopbackHost(url.host())));
            QVERIFY(url.userInfo().isEmpty());
            QVERIFY(!url.host().isEmpty());
        } else {
            // A sentence for the user, not the input echoed back.
            QVERIFY(!why.isEmpty());
            QVERIFY2(why.size() < 300, qPrintable(why.left(300)));
        }
    }

    void plainHttpOnlyForLoopback_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("ok");
        QTest::newRow("localhost") << "http://localhost:8080" << true;
        QTest::newRow("LOCALHOST") << "http://LOCALHOST:8080" << true;
        QTest::newRow("127.0.0.1") << "http://127.0.0.1" << true;
        QTest::newRow("127.255.0.1") << "http://127.255.0.1" << true;
        QTest::newRow("::1") << "http://[::1]:1" << true;
        QTest::newRow("0.0.0.0") << "http://0.0.0.0" << false;
        QTest::newRow("10.0.0.1") << "http://10.0.0.1" << false;
        QTest::newRow("localhost.") << "http://localhost.evil.example" << false;
        QTest::newRow("127.0.0.1.nip.io") << "http://127.0.0.1.nip.io" << false;
        QTest::newRow("userinfo") << "http://localhost@evil.example" << false;
    }
    void plainHttpOnlyForLoopback()
    {
        QFETCH(QString, input);
        QFETCH(bool, ok);
        QString why;
        QCOMPARE(BaseUrl::validate(BaseUrl::normalize(input), &why), ok);
    }

    void pastedSecretsLoseWhitespace_data()
    {
        QTest::addColumn<QString>("pasted");
        QTest::newRow("trailing newline") << QStringLiteral("s3cret\n");
        QTest::newRow("crlf") << QStringLiteral("s3cret\r\n");
        QTest::newRow("wrapped") << QStringLiteral("s3c\nret");
        QTest::newRow("surrounding blanks") << QStringLiteral("\t  s3cret  \t");
        QTest::newRow("no-break space") << QStringLiteral("\u00a0s3cret\u00a0");
        QTest::newRow("line separator") << QStringLiteral("s3cret\u2028");
        QTest::newRow("paragraph separator") << QStringLiteral("s3\u2029cret");
        QTest::newRow("vertical tab, form feed") << QStringLiteral("\vs3cret\f");
        QTest::newRow("ideographic space") << QStringLiteral("s3cret\u3000");
        QTest::newRow("zero-width space") << QStringLiteral("s3\u200Bcret\u200B");
        QTest::newRow("zero-width non-joiner, joiner") << QStringLiteral("\u200Cs3c\u200Dret");
        QTest::newRow("word joiner") << QStringLiteral("s3cret\u2060");
        QTest::newRow("bom") << QStringLiteral("\uFEFFs3cret");
        QTest::newRow("everything at once") << QStringLiteral("\uFEFF \u200B s3\u2060c\r\nret\u200D\u00a0\n");
    }
    void pastedSecretsLoseWhitespace()
    {
        QFETCH(QString, pasted);
        Credentials c;
        c.accessKey = pasted;
        c.accessKeySecret = pasted;
        c.bearerToken = pasted;
        const Credentials t = c.trimmed();
        QCOMPARE(t.accessKey, QStringLiteral("s3cret"));
        QCOMPARE(t.accessKeySecret, QStringLiteral("s3cret"));
        QCOMPARE(t.bearerToken, QStringLiteral("s3cret"));
        QCOMPARE(c.authorizationHeader(), "Basic " + QByteArray("s3cret:s3cret").toBase64());
        c.method = Credentials::Method::BearerToken;
        QCOMPARE(c.authorizationHeader(), QByteArray("Bearer s3cret"));
        QVERIFY(!c.authorizationHeader().contains('\n'));
    }

    void blankSecretsAreIncomplete()
    {
        Credentials c;
        c.accessKey = QStringLiteral("key");
        c.accessKeySecret = QStringLiteral("\r\n\t ");
        QVERIFY(!c.isComplete());
        QVERIFY(!c.trimmed().isComplete());
        c.method = Credentials::Method::BearerToken;
        c.bearerToken = QStringLiteral("\n");
        QVERIFY(!c.isComplete());
        // Only invisible characters: as empty as blanks.
        c.bearerToken = QStringLiteral("\u200B\uFEFF\u2060");
        QVERIFY(!c.isComplete());
        c.method = Credentials::Method::AccessKey;
        c.accessKeySecret = QStringLiteral("\u200C\u200D");
        QVERIFY(!c.isComplete());
    }

    void hugeSecretStaysOneHeaderLine()
    {
        Credentials c;
        c.accessKey = QString(TenMegabytes / 2, QLatin1Char('k')) + QStringLiteral("\n\n");
        c.accessKeySecret = QStringLiteral("\r\n") + QString(TenMegabytes / 2, QLatin1Char('s'));
        QVERIFY(c.isComplete());
        const QByteArray header = c.authorizationHeader();
        QVERIFY(header.startsWith("Basic "));
        QVERIFY(!header.contains('\n') && !header.contains('\r'));
    }

    // `export --query` with 10 MB (in-process: no shell can pass an argument that big, see tst_exportcommand).
    void hugeExportQueryIsAShortError_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("10 MB one word") << QString(TenMegabytes, QLatin1Char('a'));
        QTest::newRow("10 MB of words") << QStringLiteral("ab ").repeated(TenMegabytes / 3);
        QTest::newRow("10 MB of unknown fields") << QStringLiteral("x:y ").repeated(TenMegabytes / 4);
        QTest::newRow("10 MB unbalanced quote") << QStringLiteral("\"") + QString(TenMegabytes, QLatin1Char('q'));
        QTest::newRow("10 MB of quotes") << QString(TenMegabytes, QLatin1Char('"')) + QStringLiteral("\"x");
        QTest::newRow("10 MB field name") << QString(TenMegabytes, QLatin1Char('f')) + QStringLiteral(":v");
    }
    void hugeExportQueryIsAShortError()
    {
        QFETCH(QString, query);
        ExportCommand::RowMatcher matcher;
        QString error;
        const bool ok = ExportCommand::compileQuery(query, &matcher, &error);
        QVERIFY(!ok);
        QVERIFY2(error.contains(QLatin1String("--query")), qPrintable(error.left(300)));
        QVERIFY2(error.size() < 4000, qPrintable(QString::number(error.size())));
    }

    void garbagePagesAreAClearError_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("10 MB random") << randomBytes(TenMegabytes, 1);
        QTest::newRow("10 MB of [") << QByteArray(TenMegabytes, '[');
        QTest::newRow("10 MB of {") << QByteArray(TenMegabytes, '{');
        QTest::newRow("10 MB of spaces") << QByteArray(TenMegabytes, ' ');
        QTest::newRow("10 MB of nul") << QByteArray(TenMegabytes, '\0');
        QTest::newRow("10 MB unterminated string") << "{\"users\":[{\"id\":\"" + QByteArray(TenMegabytes, 'x');
        QTest::newRow("10 MB html") << "<html><body>" + QByteArray(TenMegabytes, 'x') + "</body></html>";
        QTest::newRow("10 MB bad utf-8") << QByteArray(TenMegabytes, '\xff');
    }
    void garbagePagesAreAClearError()
    {
        QFETCH(QByteArray, body);
        UsersPage page;
        ApiError error;
        QVERIFY(!UsersPageParser::parse(body, &page, &error));
        QVERIFY2(error.kind == ApiError::Kind::Unreadable || error.kind == ApiError::Kind::BadResponse,
                 qPrintable(error.message()));
        QVERIFY(page.users.isEmpty());
        const QString message = error.message();
        QVERIFY(!message.isEmpty());
        QVERIFY2(message.size() < 500, qPrintable(message.left(500)));
    }

    void hugeValidPagesStillParse()
    {
        // 10 MB of well-formed JSON: one user whose title is huge, and many tiny users. Odd, but data: kept.
        const QByteArray hugeTitle = "{\"users\":[{\"id\":\"1\",\"title\":\"" + QByteArray(TenMegabytes, 't') + "\"}]}";
        UsersPage page;
        ApiError error;
        QVERIFY(UsersPageParser::parse(hugeTitle, &page, &error));
        QCOMPARE(page.users.size(), 1);
        QCOMPARE(page.users.first().title.size(), TenMegabytes);

        // As many users as a page may hold (Gong sends 100), the last without an id.
        QByteArray many = "{\"users\":[";
        for (int i = 1; i < UsersPageParser::MaxUsersPerPage; ++i)
            many += "{\"id\":\"" + QByteArray::number(i) + "\"},";
        many += "{}]}";
        QVERIFY(UsersPageParser::parse(many, &page, &error));
        QCOMPARE(page.users.size(), UsersPageParser::MaxUsersPerPage - 1); // the id-less record: skipped, warned
        QCOMPARE(page.warnings.size(), 1);
        QCOMPARE(page.recordWarnings.skipped, 1);

        // 50,000 users in one page is no page of Gong's: refused with a clear error, not parsed into memory.
        QByteArray tooMany = "{\"users\":[";
        for (int i = 0; i < 50000; ++i)
            tooMany += "{\"id\":\"" + QByteArray::number(i) + "\"},";
        tooMany += "{}]}";
        QVERIFY(!UsersPageParser::parse(tooMany, &page, &error));
        QCOMPARE(error.kind, ApiError::Kind::Refused);
        QVERIFY2(error.message().contains(QLatin1String("users in one page")), qPrintable(error.message()));
    }

    void hugeErrorBodiesStayReadable()
    {
        // A misbehaving gateway that answers with a 10 MB "error": the banner must stay a banner.
        QByteArray body = "{\"requestId\":\"" + QByteArray(1024 * 1024, 'r') + "\",\"errors\":[";
        for (int i = 0; i < 1000; ++i)
            body += "\"" + QByteArray(TenMegabytes / 1000, 'e') + "\",";
        body += "\"last\"]}";
        const ApiError e = ApiError::fromHttpStatus(500, body);
        QCOMPARE(e.kind, ApiError::Kind::Server);
        QVERIFY(!e.serverMessages.isEmpty());
        QVERIFY2(e.message().size() < 4000, qPrintable(QString::number(e.message().size())));
        QVERIFY(e.message().contains(QLatin1String("500")));

        const ApiError html = ApiError::fromHttpStatus(502, "<html>" + QByteArray(TenMegabytes, 'x'));
        QVERIFY(html.serverMessages.isEmpty());
        QVERIFY(html.message().size() < 500);
    }

    void hugeRetryAfterIsIgnored()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(!RetryPolicy::parseRetryAfter(QByteArray(TenMegabytes, '9'), now));
        QCOMPARE(RetryPolicy::parseRetryAfter(QByteArray(TenMegabytes, ' ') + "5", now), std::optional<qint64>(5));
        QVERIFY(!RetryPolicy::parseRetryAfter(randomBytes(TenMegabytes, 3), now));
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
