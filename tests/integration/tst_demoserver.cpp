// SPDX-License-Identifier: MIT
// DemoOrgGenerator and DemoServer, exercised over real loopback HTTP with a plain QNetworkAccessManager (no project
// client code), so the server is checked against the API contract independently of the client it stands in for.
#include "demo/demoorggenerator.h"
#include "demo/demoserver.h"
#include "demo/demosession.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

struct HttpResult
{
    bool finished = false;
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;
    QByteArray retryAfter;
    bool hasRetryAfter = false;
    QByteArray location;
    qint64 elapsedMs = 0;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

class TestDemoServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatorIsDeterministic();
    void generatorBuildsARealisticCompany();
    void generatorHandlesTinyCompanies();
    void pagesEveryUser();
    void includeAvatarsAppendsAvatars();
    void emptyDirectory();
    void authentication();
    void invalidCursor();
    void rateLimit();
    void latencyIsAsynchronous();
    void faults_data();
    void faults();
    void faultsAreConsumedInOrder();
    void stallOutlastsClientTimeout();
    void duplicatePageKeepsTheExactSet();
    void repeatCursorLoops();
    void redirectCrossOrigin();
    void statistics();
    void destroyWithPendingRequests();
    void preparedSession();

private:
    static QByteArray basicAuth(const QString& key = DemoServer::defaultAccessKey(),
                                const QString& secret = DemoServer::defaultSecret());
    static QUrl usersUrl(const DemoServer& server, const QString& cursor = {}, const QString& extraQuery = {});
    QNetworkReply* start(const QUrl& url, const QByteArray& authorization = basicAuth(), int timeoutMs = 10000);
    static HttpResult finish(QNetworkReply* reply, int waitMs = 15000);
    HttpResult get(const QUrl& url, const QByteArray& authorization = basicAuth(), int timeoutMs = 10000);
    // Pages through the whole directory; returns the pages' JSON.
    QList<QJsonObject> fetchAll(const DemoServer& server, const QString& extraQuery = {});

    QNetworkAccessManager m_network;
};

QByteArray TestDemoServer::basicAuth(const QString& key, const QString& secret)
{
    return "Basic " + QString(key + QLatin1Char(':') + secret).toUtf8().toBase64();
}

QUrl TestDemoServer::usersUrl(const DemoServer& server, const QString& cursor, const QString& extraQuery)
{
    QUrl url = server.baseUrl();
    url.setPath(QStringLiteral("/v2/users"));
    QStringList items;
    // QUrlQuery leaves '+' alone; the cursor must be fully percent-encoded by hand.
    if (!cursor.isEmpty())
        items << QStringLiteral("cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
    if (!extraQuery.isEmpty())
        items << extraQuery;
    if (!items.isEmpty())
        url.setQuery(items.join(QLatin1Char('&')));
    return url;
}

QNetworkReply* TestDemoServer::start(const QUrl& url, const QByteArray& authorization, int timeoutMs)
{
    QNetworkRequest request(url);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(timeoutMs);
    return m_network.get(request);
}

HttpResult TestDemoServer::finish(QNetworkReply* reply, int waitMs)
{
    QElapsedTimer timer;
    timer.start();
    if (!reply->isFinished()) {
        QSignalSpy spy(reply, &QNetworkReply::finished);
        spy.wait(waitMs);
    }
    HttpResult result;
    result.finished = reply->isFinished();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    if (reply->isOpen())
        result.body = reply->readAll();
    result.contentType = reply->rawHeader("Content-Type");
    result.hasRetryAfter = reply->hasRawHeader("Retry-After");
    result.retryAfter = reply->rawHeader("Retry-After");
    result.location = reply->rawHeader("Location");
    result.elapsedMs = timer.elapsed();
    reply->deleteLater();
    return result;
}

HttpResult TestDemoServer::get(const QUrl& url, const QByteArray& authorization, int timeoutMs)
{
    return finish(start(url, authorization, timeoutMs));
}

QList<QJsonObject> TestDemoServer::fetchAll(const DemoServer& server, const QString& extraQuery)
{
    QList<QJsonObject> pages;
    QString cursor;
    for (int guard = 0; guard < 1000; ++guard) {
        const HttpResult result = get(usersUrl(server, cursor, extraQuery));
        if (result.status != 200)
            break;
        pages << result.json();
        cursor = pages.last().value(QLatin1String("records")).toObject().value(QLatin1String("cursor")).toString();
        if (cursor.isEmpty())
            break;
    }
    return pages;
}

// ---- Generator -----------------------------------------------------------------------------------------------------

void TestDemoServer::generatorIsDeterministic()
{
    const DemoOrgGenerator a({800, 7, 5});
    const DemoOrgGenerator b({800, 7, 5});
    const DemoOrgGenerator c({800, 8, 5});
    QCOMPARE(a.users().size(), 800);
    QVERIFY(a.users() == b.users());
    QVERIFY(a.avatars() == b.avatars());
    QVERIFY(a.users() != c.users());
    QVERIFY(a.avatars() != c.avatars());
}

void TestDemoServer::generatorBuildsARealisticCompany()
{
    const DemoOrgGenerator generator;
    const QList<QJsonObject> users = generator.users();
    const QList<QJsonObject> avatars = generator.avatars();
    QCOMPARE(users.size(), 5000);
    QCOMPARE(avatars.size(), 12);

    static const QRegularExpression idPattern(QStringLiteral("^[1-9][0-9]{14,18}$"));
    static const QRegularExpression emailPattern(QStringLiteral("^[a-z0-9.-]+@[a-z0-9.-]+$"));
    static const QStringList settingsKeys = {
        QStringLiteral("webConferencesRecorded"), QStringLiteral("preventWebConferenceRecording"),
        QStringLiteral("telephonyCallsImported"), QStringLiteral("emailsImported"),
        QStringLiteral("preventEmailImport"),     QStringLiteral("nonRecordedMeetingsImported"),
        QStringLiteral("gongConnectEnabled")};

    QHash<QString, int> rowById;
    QHash<QString, int> emails;
    int inactive = 0, nullTitles = 0, nullPhones = 0, missingAliases = 0, withAliases = 0, extraFields = 0;
    int nonAscii = 0, cjk = 0, zulu = 0, offsets = 0, phones = 0, extensions = 0, multilingual = 0;
    int severalPrimaries = 0;
    for (int row = 0; row < users.size(); ++row) {
        const QJsonObject& user = users.at(row);
        const QString id = user.value(QLatin1String("id")).toString();
        QVERIFY2(idPattern.match(id).hasMatch(), qPrintable(id));
        QVERIFY2(!rowById.contains(id), qPrintable(id));
        rowById.insert(id, row);

        const QString email = user.value(QLatin1String("emailAddress")).toString();
        QVERIFY2(emailPattern.match(email).hasMatch(), qPrintable(email));
        QVERIFY(email.endsWith(QLatin1Char('@') + generator.companyDomain()));
        ++emails[email];
        QVERIFY(user.value(QLatin1String("trustedEmailAddress")).isString());
        QVERIFY(user.value(QLatin1String("active")).isBool());
        inactive += user.value(QLatin1String("active")).toBool() ? 0 : 1;

        const QString created = user.value(QLatin1String("created")).toString();
        QVERIFY2(QDateTime::fromString(created, Qt::ISODate).isValid(), qPrintable(created));
        const int year = created.left(4).toInt();
        QVERIFY(year >= 2016 && year <= 2025);
        created.endsWith(QLatin1Char('Z')) ? ++zulu : ++offsets;

        const QString name =
            user.value(QLatin1String("firstName")).toString() + user.value(QLatin1String("lastName")).toString();
        QVERIFY(!name.isEmpty());
        if (std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() > 127; }))
            ++nonAscii;
        if (std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() >= 0x3000; }))
            ++cjk;

        nullTitles += user.value(QLatin1String("title")).isNull() ? 1 : 0;
        nullPhones += user.value(QLatin1String("phoneNumber")).isNull() ? 1 : 0;
        phones += user.value(QLatin1String("phoneNumber")).isString() ? 1 : 0;
        extensions += user.contains(QLatin1String("extension")) ? 1 : 0;
        if (!user.contains(QLatin1String("emailAliases")))
            ++missingAliases;
        else if (!user.value(QLatin1String("emailAliases")).toArray().isEmpty())
            ++withAliases;
        extraFields += user.contains(QLatin1String("conferencingProviders")) ? 1 : 0;
        QVERIFY(user.value(QLatin1String("personalMeetingUrls")).toArray().size() <= 2);
        QVERIFY(user.value(QLatin1String("meetingConsentPageUrl"))
                    .toString()
                    .startsWith(QLatin1String("https://join.gong.io/")));

        const QJsonObject settings = user.value(QLatin1String("settings")).toObject();
        for (const QString& key : settingsKeys)
            QVERIFY2(settings.value(key).isBool(), qPrintable(key));

        const QJsonArray languages = user.value(QLatin1String("spokenLanguages")).toArray();
        QVERIFY(languages.size() >= 1 && languages.size() <= 3);
        int primaries = 0;
        for (const QJsonValue& language : languages) {
            QVERIFY(language.toObject().value(QLatin1String("language")).toString().contains(QLatin1Char('-')));
            primaries += language.toObject().value(QLatin1String("primary")).toBool() ? 1 : 0;
        }
        severalPrimaries += primaries > 1 ? 1 : 0;
        multilingual += languages.size() > 1 ? 1 : 0;
    }

    QVERIFY(nonAscii > 100);
    QVERIFY(cjk > 0);
    QVERIFY(zulu > 0 && offsets > 0);
    QVERIFY2(inactive > 200 && inactive < 500, qPrintable(QString::number(inactive))); // ~7 %
    QVERIFY(withAliases > 500 && withAliases < 1000);                                  // ~15 %
    QVERIFY(missingAliases >= 1 && missingAliases <= 10);
    QVERIFY(nullTitles >= 1 && nullTitles <= 10);
    QVERIFY(nullPhones >= 1 && nullPhones <= 10);
    QVERIFY(extraFields >= 1 && extraFields <= 2);
    QVERIFY(phones > 3500 && phones < 4800);
    QVERIFY(extensions > 300);
    QVERIFY(multilingual > 500);
    QCOMPARE(severalPrimaries, 2); // planted by DemoBadData, two of each kind at 5,000 people
    QVERIFY(std::any_of(emails.cbegin(), emails.cend(), [](int n) { return n == 2; }));
    QVERIFY(std::all_of(emails.cbegin(), emails.cend(), [](int n) { return n <= 2; }));

    // The hierarchy: exactly one root, a few dangling managers, sensible titles at every level.
    QList<int> roots;
    QHash<int, QList<int>> reports;
    int dangling = 0, beforeManager = 0;
    for (int row = 0; row < users.size(); ++row) {
        const QJsonValue managerId = users.at(row).value(QLatin1String("managerId"));
        if (managerId.isUndefined()) {
            roots << row;
            continue;
        }
        const int manager = rowById.value(managerId.toString(), -1);
        if (manager < 0) {
            ++dangling;
            continue;
        }
        reports[manager] << row;
        beforeManager += row < manager ? 1 : 0;
    }
    // The CEO, and the two new hires without a manager that DemoBadData plants at 5,000 people.
    QCOMPARE(roots.size(), 3);
    const auto ceoAt = std::find_if(roots.cbegin(), roots.cend(), [&](int row) {
        return users.at(row).value(QLatin1String("title")).toString() == QLatin1String("Chief Executive Officer");
    });
    QVERIFY(ceoAt != roots.cend());
    const int ceo = *ceoAt;
    for (int root : roots)
        QVERIFY(root == ceo || !reports.contains(root));
    QVERIFY(dangling >= 1 && dangling <= 3);
    QVERIFY2(beforeManager > 1000, "pages must often hold reports before their managers");

    static const QRegularExpression vpTitle(QStringLiteral("^VP of |General Counsel"));
    static const QRegularExpression managerTitle(
        QStringLiteral("^VP of |Manager|Lead|Director|Vice President|Controller|Counsel"));
    static const QRegularExpression notIcTitle(QStringLiteral("Chief|Vice President|\\bVP\\b|Director|Controller"));
    int vps = 0;
    for (const int row : reports.value(ceo)) {
        if (reports.contains(row)) {
            ++vps;
            QVERIFY2(vpTitle.match(users.at(row).value(QLatin1String("title")).toString()).hasMatch(),
                     qPrintable(users.at(row).value(QLatin1String("title")).toString()));
        }
    }
    QVERIFY2(vps >= 6 && vps <= 10, qPrintable(QString::number(vps)));
    int maxSpan = 0;
    for (int row = 0; row < users.size(); ++row) {
        const QString title = users.at(row).value(QLatin1String("title")).toString();
        if (row == ceo || users.at(row).value(QLatin1String("title")).isNull())
            continue;
        if (reports.contains(row)) {
            QVERIFY2(managerTitle.match(title).hasMatch(), qPrintable(title));
            if (!reports.value(ceo).contains(row))
                maxSpan = std::max(maxSpan, int(reports.value(row).size()));
        } else {
            QVERIFY2(!notIcTitle.match(title).hasMatch(), qPrintable(title));
        }
    }
    QVERIFY2(maxSpan <= 14, qPrintable(QString::number(maxSpan)));

    // Avatars are standalone Gong staff.
    for (const QJsonObject& avatar : avatars) {
        QVERIFY(avatar.value(QLatin1String("emailAddress")).toString().endsWith(QLatin1String("@gong.io")));
        QCOMPARE(avatar.value(QLatin1String("title")).toString(), QStringLiteral("Customer Success Manager (Gong)"));
        QVERIFY(idPattern.match(avatar.value(QLatin1String("id")).toString()).hasMatch());
        QVERIFY(!rowById.contains(avatar.value(QLatin1String("id")).toString()));
        QVERIFY(!avatar.contains(QLatin1String("managerId")));
    }
}

void TestDemoServer::generatorHandlesTinyCompanies()
{
    QVERIFY(DemoOrgGenerator({0, 1, 0}).users().isEmpty());
    QVERIFY(DemoOrgGenerator({0, 1, 0}).avatars().isEmpty());
    const QList<QJsonObject> one = DemoOrgGenerator({1, 1, 0}).users();
    QCOMPARE(one.size(), 1);
    QVERIFY(!one.first().contains(QLatin1String("managerId")));
    for (const int count : {2, 5, 11, 12, 59, 60, 99, 100, 1000}) {
        const QList<QJsonObject> users = DemoOrgGenerator({count, 3, 1}).users();
        QCOMPARE(users.size(), count);
        const int roots = int(std::count_if(users.cbegin(), users.cend(), [](const QJsonObject& user) {
            return !user.contains(QLatin1String("managerId"));
        }));
        // From 1,000 people, DemoBadData plants one new hire without a manager per 5,000.
        QCOMPARE(roots, count >= 1000 ? 2 : 1);
    }
}

// ---- Paging --------------------------------------------------------------------------------------------------------

void TestDemoServer::pagesEveryUser()
{
    const DemoOrgGenerator generator({1050, 42, 12});
    DemoServer server;
    server.setUsers(generator.users());
    server.setAvatars(generator.avatars());
    QVERIFY(server.listen());
    QVERIFY(server.port() != 0);
    QCOMPARE(server.baseUrl().host(), QStringLiteral("127.0.0.1"));

    QSet<QString> expected;
    for (const QJsonObject& user : generator.users())
        expected.insert(user.value(QLatin1String("id")).toString());

    QString cursor;
    QSet<QString> received;
    QStringList cursorsSent{QString()};
    int page = 0;
    for (;; ++page) {
        const HttpResult result = get(usersUrl(server, cursor));
        QCOMPARE(result.status, 200);
        QVERIFY(result.contentType.startsWith("application/json"));
        const QJsonObject json = result.json();
        QCOMPARE(json.value(QLatin1String("requestId")).toString().size(), 19);
        const QJsonObject records = json.value(QLatin1String("records")).toObject();
        QCOMPARE(records.value(QLatin1String("totalRecords")).toInt(), 1050);
        QCOMPARE(records.value(QLatin1String("currentPageNumber")).toInt(), page);
        const QJsonArray users = json.value(QLatin1String("users")).toArray();
        QCOMPARE(records.value(QLatin1String("currentPageSize")).toInt(), int(users.size()));
        QCOMPARE(users.size(), page < 10 ? 100 : 50);
        for (const QJsonValue& user : users)
            received.insert(user.toObject().value(QLatin1String("id")).toString());
        if (!records.contains(QLatin1String("cursor")))
            break;
        cursor = records.value(QLatin1String("cursor")).toString();
        QVERIFY(cursor.startsWith(QLatin1String("eyJhbGciOiJIUzI1NiJ9.")));
        QVERIFY2(cursor.contains(QLatin1Char('+')) && cursor.contains(QLatin1Char('/')), qPrintable(cursor));
        cursorsSent << cursor;
        QVERIFY(page < 20);
    }
    QCOMPARE(page + 1, 11);
    QCOMPARE(received, expected);
    QCOMPARE(server.servedPageCount(), 11);
    QCOMPARE(server.requestCount(), 11);
    QCOMPARE(server.cursorsReceived(), cursorsSent);
}

void TestDemoServer::includeAvatarsAppendsAvatars()
{
    const DemoOrgGenerator generator({1050, 42, 12});
    DemoServer server;
    server.setUsers(generator.users());
    server.setAvatars(generator.avatars());
    QVERIFY(server.listen());

    const QList<QJsonObject> pages = fetchAll(server, QStringLiteral("includeAvatars=TRUE"));
    QCOMPARE(pages.size(), 11);
    QSet<QString> ids;
    for (const QJsonObject& page : pages) {
        QCOMPARE(page.value(QLatin1String("records")).toObject().value(QLatin1String("totalRecords")).toInt(), 1062);
        for (const QJsonValue& user : page.value(QLatin1String("users")).toArray())
            ids.insert(user.toObject().value(QLatin1String("id")).toString());
    }
    QCOMPARE(ids.size(), 1062);
    for (const QJsonObject& avatar : generator.avatars())
        QVERIFY(ids.contains(avatar.value(QLatin1String("id")).toString()));

    const HttpResult without = get(usersUrl(server, {}, QStringLiteral("includeAvatars=false")));
    QCOMPARE(without.json().value(QLatin1String("records")).toObject().value(QLatin1String("totalRecords")).toInt(),
             1050);
}

void TestDemoServer::emptyDirectory()
{
    DemoServer server;
    server.setUsers({});
    QVERIFY(server.listen());
    const HttpResult result = get(usersUrl(server));
    QCOMPARE(result.status, 200);
    const QJsonObject json = result.json();
    const QJsonObject records = json.value(QLatin1String("records")).toObject();
    QCOMPARE(records.value(QLatin1String("totalRecords")).toInt(-1), 0);
    QCOMPARE(records.value(QLatin1String("currentPageSize")).toInt(-1), 0);
    QVERIFY(!records.contains(QLatin1String("cursor")));
    QVERIFY(json.value(QLatin1String("users")).isArray());
    QVERIFY(json.value(QLatin1String("users")).toArray().isEmpty());
}

void TestDemoServer::authentication()
{
    DemoServer server;
    server.setUsers(DemoOrgGenerator({20, 1, 0}).users());
    QVERIFY(server.listen());
    const QUrl url = usersUrl(server);

    const auto checkUnauthorized = [](const HttpResult& result) {
        QCOMPARE(result.status, 401);
        QVERIFY(result.contentType.startsWith("application/json"));
        QVERIFY(!result.json().value(QLatin1String("errors")).toArray().isEmpty());
        QCOMPARE(result.json().value(QLatin1String("requestId")).toString().size(), 19);
    };
    checkUnauthorized(get(url, QByteArray()));
    checkUnauthorized(get(url, basicAuth(DemoServer::defaultAccessKey(), QStringLiteral("wrong"))));
    checkUnauthorized(get(url, "Bearer anything")); // Bearer not accepted until a token is set
    checkUnauthorized(get(url, "Basic !!!not-base64!!!"));
    QCOMPARE(get(url).status, 200);
    QCOMPARE(get(url, "basic " + basicAuth().mid(6)).status, 200); // the scheme is case-insensitive

    server.setBearerToken(QStringLiteral("t0k3n"));
    QCOMPARE(get(url, "Bearer t0k3n").status, 200);
    checkUnauthorized(get(url, "Bearer wrong"));

    server.setBasicCredentials(QStringLiteral("key-ü"), QStringLiteral("s3cret"));
    QCOMPARE(get(url, basicAuth(QStringLiteral("key-ü"), QStringLiteral("s3cret"))).status, 200);
    checkUnauthorized(get(url));

    server.setRequireAuth(false);
    QCOMPARE(get(url, QByteArray()).status, 200);

    const QList<QByteArray> headers = server.authorizationHeaders();
    QCOMPARE(headers.size(), server.requestCount());
    QCOMPARE(headers.first(), QByteArray());
    QCOMPARE(headers.at(4), basicAuth());
    QCOMPARE(headers.at(6), QByteArray("Bearer t0k3n"));
}

void TestDemoServer::invalidCursor()
{
    DemoServer server;
    server.setUsers(DemoOrgGenerator({250, 1, 0}).users());
    QVERIFY(server.listen());

    const auto checkInvalid = [](const HttpResult& result) {
        QCOMPARE(result.status, 400);
        QCOMPARE(result.json().value(QLatin1String("errors")).toArray().first().toString(),
                 QStringLiteral("cursor is invalid"));
        QVERIFY(result.json().contains(QLatin1String("requestId")));
    };
    checkInvalid(get(usersUrl(server, QStringLiteral("garbage"))));
    checkInvalid(get(usersUrl(server, QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJvIjoxfQ==.AAAA"))));

    const QString cursor = get(usersUrl(server))
                               .json()
                               .value(QLatin1String("records"))
                               .toObject()
                               .value(QLatin1String("cursor"))
                               .toString();
    QVERIFY(!cursor.isEmpty());
    QString tampered = cursor;
    tampered[25] = tampered.at(25) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    checkInvalid(get(usersUrl(server, tampered)));

    // A client that forgets to percent-encode: the raw '+' reaches the server as a space.
    QUrl raw = usersUrl(server);
    raw.setQuery(QStringLiteral("cursor=") + cursor);
    QVERIFY(raw.toEncoded().contains('+'));
    checkInvalid(get(raw));
    QVERIFY(server.cursorsReceived().last().contains(QLatin1Char(' ')));

    QCOMPARE(get(usersUrl(server, cursor)).status, 200);
    QCOMPARE(server.cursorsReceived().last(), cursor);
}

void TestDemoServer::rateLimit()
{
    DemoServer server;
    server.setUsers(DemoOrgGenerator({50, 1, 0}).users());
    server.setRateLimit(3, 1000);
    QVERIFY(server.listen());

    QList<QNetworkReply*> replies;
    for (int i = 0; i < 4; ++i)
        replies << start(usersUrl(server));
    int ok = 0, limited = 0;
    for (QNetworkReply* reply : replies) {
        const HttpResult result = finish(reply);
        if (result.status == 200) {
            ++ok;
        } else {
            QCOMPARE(result.status, 429);
            ++limited;
            QVERIFY(result.hasRetryAfter);
            bool isNumber = false;
            const int seconds = result.retryAfter.toInt(&isNumber);
            QVERIFY(isNumber);
            QCOMPARE(seconds, 1);
            QVERIFY(!result.json().value(QLatin1String("errors")).toArray().isEmpty());
        }
    }
    QCOMPARE(ok, 3);
    QCOMPARE(limited, 1);
    QCOMPARE(server.rateLimitedCount(), 1);
    QCOMPARE(server.requestCount(), 4);

    // Admitted again once the oldest request of the window is a second old, on the server's own clock.
    const qint64 freeAtMs = server.requestTimesMs().first() + 1000;
    const auto nowMs = [] {
        QElapsedTimer now;
        now.start();
        return now.msecsSinceReference();
    };
    QTRY_VERIFY_WITH_TIMEOUT(nowMs() >= freeAtMs, 5000);
    QCOMPARE(get(usersUrl(server)).status, 200);
    QCOMPARE(server.rateLimitedCount(), 1);
}

void TestDemoServer::latencyIsAsynchronous()
{
    DemoServer server;
    server.setUsers(DemoOrgGenerator({50, 1, 0}).users());
    server.setLatency(1000);
    QVERIFY(server.listen());

    QElapsedTimer timer;
    timer.start();
    QList<QNetworkReply*> replies;
    for (int i = 0; i < 3; ++i)
        replies << start(usersUrl(server));
    // All three answers are held back at once while the event loop keeps serving: a server that blocked while
    // holding one could never hold a second.
    QTRY_COMPARE(server.pendingReplyCount(), 3);
    for (QNetworkReply* reply : replies)
        QCOMPARE(finish(reply).status, 200);
    QCOMPARE(server.pendingReplyCount(), 0);
    QVERIFY2(timer.elapsed() >= 990, qPrintable(QString::number(timer.elapsed())));
}

// ---- Faults --------------------------------------------------------------------------------------------------------

enum class Expect
{
    JsonError,
    Html,
    NotJson,
    WithoutUsers,
    Truncated,
    NoAnswer,
    Redirect
};
Q_DECLARE_METATYPE(Expect)

void TestDemoServer::faults_data()
{
    QTest::addColumn<DemoServer::Fault>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<Expect>("expect");
    QTest::addColumn<int>("count");
    using F = DemoServer::Fault;
    QTest::newRow("400") << F::Status400 << 400 << QByteArray("application/json") << Expect::JsonError << 1;
    QTest::newRow("401") << F::Status401 << 401 << QByteArray("application/json") << Expect::JsonError << 1;
    QTest::newRow("403") << F::Status403 << 403 << QByteArray("application/json") << Expect::JsonError << 1;
    QTest::newRow("429") << F::Status429 << 429 << QByteArray("application/json") << Expect::JsonError << 1;
    QTest::newRow("429 date") << F::Status429HttpDate << 429 << QByteArray("application/json") << Expect::JsonError
                              << 1;
    QTest::newRow("429 bare") << F::Status429NoRetryAfter << 429 << QByteArray("application/json") << Expect::JsonError
                              << 1;
    QTest::newRow("500") << F::Status500 << 500 << QByteArray("application/json") << Expect::JsonError << 1;
    QTest::newRow("502") << F::Status502Html << 502 << QByteArray("text/html") << Expect::Html << 1;
    QTest::newRow("503") << F::Status503Html << 503 << QByteArray("text/html") << Expect::Html << 1;
    QTest::newRow("504") << F::Status504Html << 504 << QByteArray("text/html") << Expect::Html << 1;
    QTest::newRow("malformed") << F::MalformedBody << 200 << QByteArray("application/json") << Expect::NotJson << 1;
    QTest::newRow("truncated") << F::TruncatedBody << 200 << QByteArray("application/json") << Expect::Truncated << 1;
    QTest::newRow("missing users") << F::MissingUsers << 200 << QByteArray("application/json") << Expect::WithoutUsers
                                   << 1;
    QTest::newRow("stall") << F::Stall << 0 << QByteArray() << Expect::NoAnswer << 2;
    QTest::newRow("reset") << F::ResetConnection << 0 << QByteArray() << Expect::NoAnswer << 2;
    QTest::newRow("redirect") << F::RedirectCrossOrigin << 302 << QByteArray() << Expect::Redirect << 1;
}

void TestDemoServer::faults()
{
    QFETCH(DemoServer::Fault, fault);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(Expect, expect);
    QFETCH(int, count);

    DemoServer server;
    server.setUsers(DemoOrgGenerator({250, 1, 0}).users());
    server.setRetryAfterSeconds(2);
    server.setStallMs(400);
    QVERIFY(server.listen());
    // QNAM (6.4) silently resends a request once when the connection closes before any response byte, so a
    // connection-level fault must be enqueued twice to reach the client.
    server.enqueueFault(fault, count);
    QCOMPARE(server.pendingFaultCount(), count);

    const HttpResult result = get(usersUrl(server), basicAuth(), 5000);
    QVERIFY(result.finished);
    QCOMPARE(server.pendingFaultCount(), 0);
    QCOMPARE(server.requestCount(), count);
    QCOMPARE(result.status, status);
    QVERIFY2(result.contentType.startsWith(contentType), result.contentType.constData());

    const QJsonObject json = result.json();
    switch (expect) {
    case Expect::JsonError: {
        QVERIFY(!json.value(QLatin1String("errors")).toArray().isEmpty());
        QCOMPARE(json.value(QLatin1String("requestId")).toString().size(), 19);
        QVERIFY(!json.contains(QLatin1String("users")));
        if (fault == DemoServer::Fault::Status403)
            QVERIFY(result.body.contains("api:users:read"));
        if (fault == DemoServer::Fault::Status429)
            QCOMPARE(result.retryAfter, QByteArray("2"));
        if (fault == DemoServer::Fault::Status429NoRetryAfter)
            QVERIFY(!result.hasRetryAfter);
        if (fault == DemoServer::Fault::Status429HttpDate) {
            const QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(result.retryAfter),
                                                           QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
            QVERIFY2(date.isValid(), result.retryAfter.constData());
            const qint64 wait = QDateTime::currentDateTimeUtc().secsTo(QDateTime(date.date(), date.time(), Qt::UTC));
            QVERIFY2(wait >= 1 && wait <= 3, qPrintable(QString::number(wait)));
        }
        break;
    }
    case Expect::Html:
        QVERIFY(result.body.startsWith("<html>"));
        QVERIFY(QJsonDocument::fromJson(result.body).isNull());
        break;
    case Expect::NotJson:
        QCOMPARE(result.error, QNetworkReply::NoError);
        QVERIFY(!result.body.isEmpty());
        QVERIFY(QJsonDocument::fromJson(result.body).isNull());
        break;
    case Expect::WithoutUsers:
        QVERIFY(json.contains(QLatin1String("records")));
        QVERIFY(json.contains(QLatin1String("requestId")));
        QVERIFY(!json.contains(QLatin1String("users")));
        break;
    case Expect::Truncated:
        QCOMPARE(result.error, QNetworkReply::RemoteHostClosedError);
        QVERIFY(!result.body.isEmpty());
        QVERIFY(QJsonDocument::fromJson(result.body).isNull());
        break;
    case Expect::NoAnswer:
        QCOMPARE(result.error, QNetworkReply::RemoteHostClosedError);
        QVERIFY(result.body.isEmpty());
        if (fault == DemoServer::Fault::Stall)
            QVERIFY2(result.elapsedMs >= 750, qPrintable(QString::number(result.elapsedMs)));
        break;
    case Expect::Redirect:
        QVERIFY(result.location.startsWith("http://localhost:" + QByteArray::number(server.port()) + "/v2/users"));
        break;
    }
    QCOMPARE(server.servedPageCount(), 0);

    // One fault, one request: the next request is served normally.
    const int before = server.requestCount();
    const HttpResult next = get(usersUrl(server));
    QCOMPARE(next.status, 200);
    QCOMPARE(next.json().value(QLatin1String("users")).toArray().size(), 100);
    QCOMPARE(server.requestCount(), before + 1);
}

void TestDemoServer::faultsAreConsumedInOrder()
{
    DemoServer server;
    server.setUsers(DemoOrgGenerator({50, 1, 0}).users());
    QVERIFY(server.listen());
    server.enqueueFault(DemoServer::Fault::Status500, 2);
    server.enqueueFault(DemoServer::Fault::Status503Html);
    QCOMPARE(server.pendingFaultCount(), 3);
    QCOMPARE(get(usersUrl(server)).status, 500);
    QCOMPARE(get(usersUrl(server), QByteArray()).status, 500); // faults come before authentication
    QCOMPARE(get(usersUrl(server)).status, 503);
    QCOMPARE(get(usersUrl(server)).status, 200);
    server.enqueueFault(DemoServer::Fault::Status500, 5);
    server.clearFaults();
    QCOMPARE(get(usersUrl(server)).status, 200);
}

void TestDemoServer::stallOutlastsClientTimeout()
{
    DemoServer server;
    server.setUsers(DemoOrgGenerator({50, 1, 0}).users());
    server.setStallMs(2000);
    QVERIFY(server.listen());
    server.enqueueFault(DemoServer::Fault::Stall);
    const HttpResult result = get(usersUrl(server), basicAuth(), 300);
    // How 6.4 reports a transfer timeout: the client gave up before the server closed the connection.
    QCOMPARE(result.error, QNetworkReply::OperationCanceledError);
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(get(usersUrl(server)).status, 200);
}

void TestDemoServer::duplicatePageKeepsTheExactSet()
{
    const DemoOrgGenerator generator({1050, 42, 0});
    DemoServer server;
    server.setUsers(generator.users());
    QVERIFY(server.listen());
    connect(&server, &DemoServer::requestReceived, &server, [&server](int index) {
        if (index == 2)
            server.enqueueFault(DemoServer::Fault::DuplicatePage);
    });

    const QList<QJsonObject> pages = fetchAll(server);
    QCOMPARE(pages.size(), 12);
    QHash<QString, QJsonObject> merged;
    int received = 0;
    for (const QJsonObject& page : pages) {
        for (const QJsonValue& user : page.value(QLatin1String("users")).toArray()) {
            merged.insert(user.toObject().value(QLatin1String("id")).toString(), user.toObject());
            ++received;
        }
    }
    QCOMPARE(received, 1150);
    QCOMPARE(merged.size(), 1050);
    QCOMPARE(pages.at(2).value(QLatin1String("users")), pages.at(3).value(QLatin1String("users")));
    const QString duplicateCursor = server.cursorsReceived().at(3);
    QVERIFY(duplicateCursor != server.cursorsReceived().at(2)); // not a loop: a fresh cursor, same offset
    QCOMPARE(server.servedPageCount(), 12);
}

void TestDemoServer::repeatCursorLoops()
{
    DemoServer server;
    server.setUsers(DemoOrgGenerator({350, 1, 0}).users());
    QVERIFY(server.listen());

    const QString first = get(usersUrl(server))
                              .json()
                              .value(QLatin1String("records"))
                              .toObject()
                              .value(QLatin1String("cursor"))
                              .toString();
    server.enqueueFault(DemoServer::Fault::RepeatCursor, 2);
    for (int i = 0; i < 2; ++i) {
        const HttpResult result = get(usersUrl(server, first));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json().value(QLatin1String("records")).toObject().value(QLatin1String("cursor")).toString(),
                 first);
        QCOMPARE(result.json().value(QLatin1String("users")).toArray().size(), 100);
    }
    const QString next = get(usersUrl(server, first))
                             .json()
                             .value(QLatin1String("records"))
                             .toObject()
                             .value(QLatin1String("cursor"))
                             .toString();
    QVERIFY(!next.isEmpty() && next != first);

    // Without a cursor to repeat, the page's own cursor comes back: the client is sent to page 0 again.
    server.enqueueFault(DemoServer::Fault::RepeatCursor);
    const HttpResult again = get(usersUrl(server));
    const QString self =
        again.json().value(QLatin1String("records")).toObject().value(QLatin1String("cursor")).toString();
    QCOMPARE(get(usersUrl(server, self)).json().value(QLatin1String("users")),
             again.json().value(QLatin1String("users")));
}

void TestDemoServer::redirectCrossOrigin()
{
    DemoServer server;
    server.setUsers(DemoOrgGenerator({150, 1, 0}).users());
    QVERIFY(server.listen());
    const QString cursor = get(usersUrl(server))
                               .json()
                               .value(QLatin1String("records"))
                               .toObject()
                               .value(QLatin1String("cursor"))
                               .toString();

    server.setRedirectTarget(QUrl(QStringLiteral("http://127.0.0.2:9")));
    server.enqueueFault(DemoServer::Fault::RedirectCrossOrigin);
    const QUrl url = usersUrl(server, cursor, QStringLiteral("includeAvatars=true"));
    const HttpResult result = get(url);
    QCOMPARE(result.status, 302);
    QCOMPARE(result.location, "http://127.0.0.2:9/v2/users?" + url.query(QUrl::FullyEncoded).toLatin1());
    QVERIFY(result.location.contains("%2B"));
}

void TestDemoServer::statistics()
{
    DemoServer server;
    server.setUsers(DemoOrgGenerator({50, 1, 0}).users());
    QVERIFY(server.listen());
    QSignalSpy received(&server, &DemoServer::requestReceived);
    QElapsedTimer clock;
    clock.start();
    const qint64 startMs = clock.msecsSinceReference();
    for (int i = 0; i < 3; ++i)
        QCOMPARE(get(usersUrl(server)).status, 200);
    QCOMPARE(received.size(), 3);
    QCOMPARE(received.at(2).at(0).toInt(), 2);
    QCOMPARE(server.requestCount(), 3);
    QCOMPARE(server.servedPageCount(), 3);
    const QList<qint64> times = server.requestTimesMs();
    QCOMPARE(times.size(), 3);
    QElapsedTimer now;
    now.start();
    QVERIFY(times.first() >= startMs && times.last() <= now.msecsSinceReference());
    QVERIFY(std::is_sorted(times.cbegin(), times.cend()));
    QCOMPARE(server.cursorsReceived(), QList<QString>({QString(), QString(), QString()}));

    server.resetStatistics();
    QCOMPARE(server.requestCount(), 0);
    QCOMPARE(server.servedPageCount(), 0);
    QCOMPARE(server.rateLimitedCount(), 0);
    QVERIFY(server.requestTimesMs().isEmpty());
    QVERIFY(server.authorizationHeaders().isEmpty());
    QVERIFY(server.cursorsReceived().isEmpty());
}

void TestDemoServer::destroyWithPendingRequests()
{
    auto server = std::make_unique<DemoServer>();
    server->setUsers(DemoOrgGenerator({50, 1, 0}).users());
    server->setLatency(5000);
    QVERIFY(server->listen());
    server->enqueueFault(DemoServer::Fault::Stall);
    QList<QNetworkReply*> replies;
    for (int i = 0; i < 3; ++i)
        replies << start(usersUrl(*server));
    QTRY_COMPARE(server->requestCount(), 3);

    // One client gives up while its answer is held back (the server sees its connection close); then the server
    // goes away with the rest pending.
    const qsizetype connections = server->findChildren<QTcpSocket*>().size();
    QCOMPARE(connections, 3);
    replies.takeFirst()->abort();
    QTRY_COMPARE(server->findChildren<QTcpSocket*>().size(), connections - 1);
    server.reset();
    for (QNetworkReply* reply : replies) {
        const HttpResult result = finish(reply, 5000);
        QVERIFY(result.finished);
        QVERIFY(result.error != QNetworkReply::NoError);
    }
}

// ---- DemoSession ---------------------------------------------------------------------------------------------------

void TestDemoServer::preparedSession()
{
    // Nothing prepared: the callback still comes from the event loop, never from inside whenPrepared().
    QObject context;
    int calls = 0;
    DemoSession::whenPrepared(&context, [&calls] { ++calls; });
    QCOMPARE(calls, 0);
    QTRY_COMPARE(calls, 1);

    // A company being generated: the callback comes once it is, and start() serves that company.
    DemoSession::prepare(250, 7);
    DemoSession::whenPrepared(&context, [&calls] { ++calls; });
    QCOMPARE(calls, 1);
    QTRY_COMPARE(calls, 2);
    DemoSession session;
    QVERIFY(session.start(250, 7));
    const QList<QJsonObject> pages = fetchAll(*session.server());
    QList<QJsonObject> served;
    for (const QJsonObject& page : pages) {
        for (const QJsonValue user : page.value(QLatin1String("users")).toArray())
            served << user.toObject();
    }
    QCOMPARE(served, DemoOrgGenerator({250, 7, 12}).users());

    // A receiver gone before the company is ready is not called.
    DemoSession::prepare(250, 8);
    {
        QObject gone;
        DemoSession::whenPrepared(&gone, [&calls] { ++calls; });
    }
    DemoSession later;
    QVERIFY(later.start(250, 8)); // waits for the generation
    // Whatever would call the gone receiver is queued by now; a callback queued after it runs later.
    bool after = false;
    DemoSession::whenPrepared(&context, [&after] { after = true; });
    QTRY_VERIFY(after);
    QCOMPARE(calls, 2);
}

QTEST_GUILESS_MAIN(TestDemoServer)
#include "tst_demoserver.moc"
