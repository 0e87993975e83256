// SPDX-License-Identifier: MIT
// The offline copy from the command line, with the built binary as a user runs it: every completed `export` stores
// a snapshot (unless --no-store), --offline makes no request, --max-age, `gong-directory snapshots`, and
// `gong-directory changes` with exactly the documented fields, order, sorting and exit codes. Also what happens to a
// copy that is damaged, from a newer version, a folder, read-only, or written by two exports at once.
#include "demo/demoorgevolution.h"
#include "demo/demoorggenerator.h"
#include "demo/demoserver.h"
#include "exportprocess.h"
#include "store/storekey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using ExportProcess::Run;

namespace {
const QString Binary = QStringLiteral(GONGDIR_APP_BINARY);
const QByteArray Bom("\xEF\xBB\xBF");

Run cli(const QString& command, const QStringList& args, const QProcessEnvironment& env)
{
    return ExportProcess::runCommand(Binary, command, args, env);
}

// Where the app keeps the copy of a connection, under the data folder the environment names.
QString copyPath(const QProcessEnvironment& env, const StoreKey& key)
{
    return env.value(u"XDG_DATA_HOME"_s) + u"/GongDirectory/gong-directory/offline/"_s + key.fileName();
}

QSet<QString> idsOf(const QList<QJsonObject>& users)
{
    QSet<QString> ids;
    for (const QJsonObject& o : users)
        ids.insert(o.value(u"id"_s).toString());
    return ids;
}

QJsonObject snapshotsJson(const QStringList& connection, const QProcessEnvironment& env)
{
    const Run r = cli(u"snapshots"_s, connection + QStringList{u"--format"_s, u"json"_s}, env);
    return r.exitCode == 0 ? QJsonDocument::fromJson(r.out).object() : QJsonObject();
}
} // namespace

class TestOfflineCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportStoresAndOfflineReadsBack()
    {
        const QProcessEnvironment env = ExportProcess::headlessEnvironment();
        const QStringList demo{u"--demo=300"_s};
        const Run first = ExportProcess::run(Binary, demo + QStringList{u"--format"_s, u"json"_s, u"-q"_s}, env);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.err.isEmpty(), qPrintable(first.err)); // -q: nothing but errors
        const QJsonObject listed = snapshotsJson(demo, env);
        QCOMPARE(listed.value(u"snapshots"_s).toArray().size(), 1);
        QCOMPARE(listed.value(u"snapshots"_s).toArray().at(0).toObject().value(u"users"_s).toInt(), 300);
        QCOMPARE(listed.value(u"connection"_s).toString(), u"demo"_s);
        QCOMPARE(listed.value(u"requestsToday"_s).toInt(), 3);

        // Offline: the same people, no demo server at all, "as of" on stderr.
        const Run offline =
            ExportProcess::run(Binary, demo + QStringList{u"--format"_s, u"json"_s, u"--offline"_s}, env);
        QVERIFY2(offline.exitCode == 0, qPrintable(offline.err));
        QCOMPARE(QJsonDocument::fromJson(offline.out), QJsonDocument::fromJson(first.out));
        QVERIFY2(offline.err.contains(u"as of 20"_s) && offline.err.contains(u" ago)"_s), qPrintable(offline.err));
        QVERIFY2(!offline.err.contains(u"loaded"_s), qPrintable(offline.err));
        const Run quiet = ExportProcess::run(Binary, demo + QStringList{u"--offline"_s, u"-q"_s, u"-o"_s, u"-"_s}, env);
        QCOMPARE(quiet.exitCode, 0);
        QVERIFY2(quiet.err.isEmpty(), qPrintable(quiet.err));
        QCOMPARE(snapshotsJson(demo, env).value(u"snapshots"_s).toArray().size(), 1); // reading stores nothing

        // Each stored load moves the demo company on a step.
        const Run second = ExportProcess::run(Binary, demo + QStringList{u"--format"_s, u"json"_s}, env);
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY2(second.err.contains(u"stored as snapshot 2"_s), qPrintable(second.err));
        QSet<QString> secondIds;
        for (const QJsonValue& v : QJsonDocument::fromJson(second.out).array())
            secondIds.insert(v.toObject().value(u"id"_s).toString());
        DemoOrgOptions options;
        options.userCount = 300;
        const QList<QJsonObject> company = DemoOrgGenerator(options).users();
        QCOMPARE(secondIds, idsOf(DemoOrgEvolution::atLoad(company, 42, 1)));

        const Run text = cli(u"snapshots"_s, demo, env);
        QCOMPARE(text.exitCode, 0);
        const QString listing = QString::fromUtf8(text.out);
        QVERIFY2(listing.contains(u"2 snapshot"_s), qPrintable(listing));
        QVERIFY2(listing.contains(u"Requests today"_s) && listing.contains(u": 6 from this computer"_s),
                 qPrintable(listing));

        // What changed: exactly the documented columns, one record per change, sorted by kind, name, field.
        const Run csv = cli(u"changes"_s, demo, env);
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
        QVERIFY(csv.out.startsWith(Bom));
        const QList<QByteArray> lines = ExportProcess::csvLines(csv.out);
        QCOMPARE(lines.first(), QByteArray("kind,id,name,field,before,after,from,to\r"));
        QVERIFY(lines.size() > 2);
        const Run json = cli(u"changes"_s, demo + QStringList{u"--format"_s, u"json"_s}, env);
        QCOMPARE(json.exitCode, 0);
        const QJsonArray records = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(records.size(), lines.size() - 1);
        const QList<QJsonObject> load0 = company;
        const QList<QJsonObject> load1 = DemoOrgEvolution::atLoad(company, 42, 1);
        QSet<QString> joined = idsOf(load1);
        joined.subtract(idsOf(load0));
        QSet<QString> left = idsOf(load0);
        left.subtract(idsOf(load1));
        QSet<QString> joinedSeen;
        QSet<QString> leftSeen;
        QString previousKey;
        for (const QJsonValue& v : records) {
            const QJsonObject r = v.toObject();
            QCOMPARE(r.keys().size(), 8);
            const QString kind = r.value(u"kind"_s).toString();
            if (kind == u"joined"_s)
                joinedSeen.insert(r.value(u"id"_s).toString());
            if (kind == u"left"_s)
                leftSeen.insert(r.value(u"id"_s).toString());
            if (kind != u"changed"_s) {
                QCOMPARE(r.value(u"field"_s).toString(), QString());
                QVERIFY(r.value(u"before"_s).isNull() && r.value(u"after"_s).isNull());
            } else {
                QVERIFY(!r.value(u"field"_s).toString().isEmpty());
            }
            QCOMPARE(r.value(u"from"_s).toString(),
                     listed.value(u"snapshots"_s).toArray().at(0).toObject().value(u"time"_s).toString());
            const QString key =
                kind + u'\x1f' + r.value(u"name"_s).toString() + u'\x1f' + r.value(u"field"_s).toString();
            QVERIFY2(previousKey <= key, qPrintable(key));
            previousKey = key;
        }
        QCOMPARE(joinedSeen, joined);
        QCOMPARE(leftSeen, left);
        // The fields in their documented order in the text itself.
        const QByteArray raw = json.out;
        const qsizetype at = raw.indexOf("\"kind\"");
        QVERIFY(at > 0);
        qsizetype last = at;
        for (const char* key : {"\"id\"", "\"name\"", "\"field\"", "\"before\"", "\"after\"", "\"from\"", "\"to\""}) {
            const qsizetype next = raw.indexOf(key, last);
            QVERIFY2(next > last, key);
            last = next;
        }
        // -o with a .json name, and the summary on stderr.
        QTemporaryDir dir;
        const QString file = dir.filePath(u"changes.json"_s);
        const Run toFile = cli(u"changes"_s, demo + QStringList{u"-o"_s, file}, env);
        QVERIFY2(toFile.exitCode == 0, qPrintable(toFile.err));
        QVERIFY(toFile.out.isEmpty());
        QVERIFY2(toFile.err.contains(u"joined"_s) && toFile.err.contains(u"left"_s), qPrintable(toFile.err));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(f.readAll()).array(), records);
    }

    void changesExitCodesAndSince()
    {
        const QProcessEnvironment env = ExportProcess::headlessEnvironment();
        const QStringList demo{u"--demo=120"_s};
        const Run none = cli(u"changes"_s, demo, env);
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains(u"0 snapshot"_s) && none.err.contains(u"needs two"_s), qPrintable(none.err));
        QCOMPARE(ExportProcess::run(Binary, demo + QStringList{u"-q"_s, u"-o"_s, u"-"_s}, env).exitCode, 0);
        const Run one = cli(u"changes"_s, demo, env);
        QCOMPARE(one.exitCode, 2);
        QVERIFY2(one.err.contains(u"1 snapshot"_s), qPrintable(one.err));
        const Run refreshed = cli(u"changes"_s, demo + QStringList{u"--refresh"_s, u"--format"_s, u"json"_s}, env);
        QVERIFY2(refreshed.exitCode == 0, qPrintable(refreshed.err));
        QVERIFY(!QJsonDocument::fromJson(refreshed.out).array().isEmpty());
        QCOMPARE(snapshotsJson(demo, env).value(u"snapshots"_s).toArray().size(), 2);

        // --since: the newest snapshot taken at or before WHEN.
        const Run sinceNow = cli(u"changes"_s, demo + QStringList{u"--since"_s, u"0s"_s, u"--no-bom"_s}, env);
        QVERIFY2(sinceNow.exitCode == 0, qPrintable(sinceNow.err));
        QCOMPARE(ExportProcess::csvLines(sinceNow.out).size(), 1); // the newest against itself: the header only
        const Run sinceWeek = cli(u"changes"_s, demo + QStringList{u"--since"_s, u"7d"_s}, env);
        QCOMPARE(sinceWeek.exitCode, 2);
        QVERIFY2(sinceWeek.err.contains(u"at or before"_s), qPrintable(sinceWeek.err));
        QCOMPARE(cli(u"changes"_s, demo + QStringList{u"--since"_s, u"2001-02-03"_s}, env).exitCode, 2);
        const QString tomorrow = QDateTime::currentDateTimeUtc().addDays(1).date().toString(Qt::ISODate);
        QCOMPARE(cli(u"changes"_s, demo + QStringList{u"--since"_s, tomorrow}, env).exitCode, 0);

        for (const QStringList& bad : {QStringList{u"--since"_s, u"yesterday"_s},
                                       QStringList{u"--format"_s, u"vcard"_s}, QStringList{u"stray"_s}}) {
            const Run r = cli(u"changes"_s, demo + bad, env);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(u"gong-directory changes --help"_s), qPrintable(r.err));
        }
        const Run help = cli(u"changes"_s, {u"--help"_s}, env);
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("gong-directory changes"));
        QVERIFY(help.out.contains("--since"));
        QVERIFY(help.out.contains("--refresh"));
        QCOMPARE(cli(u"snapshots"_s, {u"--format"_s, u"xml"_s, u"--demo"_s}, env).exitCode, 2);
        const Run unwritable = cli(u"changes"_s, demo + QStringList{u"-o"_s, u"/proc/version/x.csv"_s}, env);
        QCOMPARE(unwritable.exitCode, 5);
    }

    void offlineWithoutCopyAndMaxAge()
    {
        const QProcessEnvironment env = ExportProcess::headlessEnvironment();
        const Run none = ExportProcess::run(Binary, {u"--base-url"_s, u"https://us-99.api.gong.io"_s, u"--offline"_s},
                                            env); // and no credentials
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains(u"no offline copy of https://us-99.api.gong.io yet — run once without --offline"_s),
                 qPrintable(none.err));
        QVERIFY(none.out.isEmpty());
        QCOMPARE(ExportProcess::run(Binary, {u"--offline"_s}, env).exitCode, 2); // nothing names a connection

        const QStringList demo{u"--demo=60"_s, u"-o"_s, u"-"_s};
        const Run firstLoad = ExportProcess::run(Binary, demo + QStringList{u"--max-age"_s, u"12h"_s}, env);
        QVERIFY2(firstLoad.exitCode == 0 && firstLoad.err.contains(u"loaded 60/60"_s), qPrintable(firstLoad.err));
        const Run fresh = ExportProcess::run(Binary, demo + QStringList{u"--max-age"_s, u"12h"_s}, env);
        QCOMPARE(fresh.exitCode, 0);
        QVERIFY2(fresh.err.contains(u"as of"_s) && !fresh.err.contains(u"loaded"_s), qPrintable(fresh.err));
        const Run stale = ExportProcess::run(Binary, demo + QStringList{u"--max-age"_s, u"0s"_s}, env);
        QVERIFY2(stale.exitCode == 0 && stale.err.contains(u"loaded"_s), qPrintable(stale.err));
        const Run tooOld = ExportProcess::run(Binary, demo + QStringList{u"--offline"_s, u"--max-age"_s, u"0s"_s}, env);
        QCOMPARE(tooOld.exitCode, 2);
        QVERIFY2(tooOld.err.contains(u"older than --max-age"_s), qPrintable(tooOld.err));
        QCOMPARE(ExportProcess::run(Binary, demo + QStringList{u"--max-age"_s, u"soon"_s}, env).exitCode, 2);
        const Run notStored = ExportProcess::run(Binary, demo + QStringList{u"--no-store"_s}, env);
        QCOMPARE(notStored.exitCode, 0);
        QCOMPARE(snapshotsJson({u"--demo=60"_s}, env).value(u"snapshots"_s).toArray().size(), 2);
    }

    // --offline sends nothing: the server counts no request, and no credentials are needed.
    void offlineMakesNoRequest()
    {
        DemoServer server;
        DemoOrgOptions options;
        options.userCount = 220;
        server.setUsers(DemoOrgGenerator(options).users());
        QVERIFY(server.listen());
        QProcessEnvironment env = ExportProcess::headlessEnvironment();
        env.insert(u"GONG_ACCESS_KEY"_s, DemoServer::defaultAccessKey());
        env.insert(u"GONG_ACCESS_KEY_SECRET"_s, DemoServer::defaultSecret());
        const QStringList url{u"--base-url"_s, server.baseUrl().toString(), u"--format"_s, u"json"_s};
        const Run online = ExportProcess::run(Binary, url, env);
        QVERIFY2(online.exitCode == 0, qPrintable(online.err));
        const int requests = server.requestCount();
        QCOMPARE(requests, 3);
        env.remove(u"GONG_ACCESS_KEY"_s);
        env.remove(u"GONG_ACCESS_KEY_SECRET"_s);
        const Run offline = ExportProcess::run(Binary, url + QStringList{u"--offline"_s}, env);
        QVERIFY2(offline.exitCode == 0, qPrintable(offline.err));
        QCOMPARE(server.requestCount(), requests);
        QCOMPARE(QJsonDocument::fromJson(offline.out), QJsonDocument::fromJson(online.out));
        const QJsonObject listed = snapshotsJson({u"--base-url"_s, server.baseUrl().toString()}, env);
        QCOMPARE(listed.value(u"requestsToday"_s).toInt(), requests);
        QCOMPARE(listed.value(u"snapshots"_s).toArray().at(0).toObject().value(u"requests"_s).toInt(), requests);
    }

    void damagedNewerAndFolderCopies_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("replaced");
        QTest::newRow("random bytes") << u"random"_s << u"moved aside"_s << true;
        QTest::newRow("truncated") << u"truncated"_s << u"moved aside"_s << true;
        QTest::newRow("newer format") << u"newer"_s << u"newer version"_s << false;
        QTest::newRow("folder") << u"folder"_s << u"is a folder"_s << false;
    }
    void damagedNewerAndFolderCopies()
    {
        QFETCH(QString, damage);
        QFETCH(QString, message);
        QFETCH(bool, replaced);
        const QProcessEnvironment env = ExportProcess::headlessEnvironment();
        const QStringList demo{u"--demo=80"_s, u"-o"_s, u"-"_s};
        QCOMPARE(ExportProcess::run(Binary, demo, env).exitCode, 0);
        const QString path = copyPath(env, StoreKey::forDemo(80));
        QVERIFY(QFileInfo::exists(path));
        for (const QString& f : {path, path + u"-wal"_s, path + u"-shm"_s})
            QFile::remove(f);
        if (damage == u"folder"_s) {
            QVERIFY(QDir().mkpath(path));
        } else if (damage == u"newer"_s) {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QVERIFY(QSqlQuery(db).exec(u"PRAGMA user_version=7"_s));
                db.close();
            }
            QSqlDatabase::removeDatabase(u"newer"_s);
        } else {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray bytes = damage == u"random"_s ? QByteArray(8192, 'x') : QByteArray("SQLite format 3\0", 16);
            if (damage == u"truncated"_s)
                bytes += QByteArray(84, '\x01'); // a header whose page count the file cannot hold
            f.write(bytes);
        }
        const Run offline = ExportProcess::run(Binary, demo + QStringList{u"--offline"_s}, env);
        QCOMPARE(offline.exitCode, 2);
        QVERIFY2(offline.err.contains(message), qPrintable(offline.err));
        QVERIFY(offline.err.count(u'\n') <= 2);
        // Loading still works; the copy is replaced, or left alone with a warning.
        const Run load = ExportProcess::run(Binary, demo, env);
        QVERIFY2(load.exitCode == 0, qPrintable(load.err));
        QCOMPARE(load.err.contains(u"warning: the load was not stored"_s), !replaced);
        const Run listed = cli(u"snapshots"_s, {u"--demo=80"_s}, env);
        QCOMPARE(listed.exitCode, replaced ? 0 : 2);
        if (damage == u"folder"_s)
            QVERIFY(QFileInfo(path).isDir());
    }

    // Two exports of the same connection at once: both finish; every snapshot stored is whole.
    void twoExportsAtOnce()
    {
        const QProcessEnvironment env = ExportProcess::headlessEnvironment();
        QProcess a;
        QProcess b;
        for (QProcess* p : {&a, &b}) {
            p->setProcessEnvironment(env);
            p->start(Binary, {u"export"_s, u"--demo=2500"_s, u"--rate"_s, u"100"_s, u"-o"_s, u"-"_s});
        }
        QVERIFY(a.waitForFinished(180000)); // the demo servers live in the children: blocking is fine
        QVERIFY(b.waitForFinished(180000));
        QCOMPARE(a.exitCode(), 0);
        QCOMPARE(b.exitCode(), 0);
        const QString errs = QString::fromUtf8(a.readAllStandardError() + b.readAllStandardError());
        const int stored = int(errs.count(u"stored as snapshot"_s));
        QVERIFY2(stored + errs.count(u"busy"_s) == 2, qPrintable(errs));
        const QJsonArray snapshots = snapshotsJson({u"--demo=2500"_s}, env).value(u"snapshots"_s).toArray();
        QCOMPARE(snapshots.size(), stored);
        for (const QJsonValue& s : snapshots)
            QCOMPARE(s.toObject().value(u"users"_s).toInt(), 2500);
        const Run offline = ExportProcess::run(Binary, {u"--demo=2500"_s, u"--offline"_s, u"-q"_s, u"--no-bom"_s}, env);
        QCOMPARE(offline.exitCode, 0);
        QCOMPARE(ExportProcess::csvLines(offline.out).size(), 2501);
    }

    // A read-only copy (as an ordinary user: root writes anyway) can be read; a load still exports, with a warning
    // that it was not stored.
    void readOnlyCopy()
    {
#ifndef Q_OS_LINUX
        QSKIP("Linux only");
#else
        QTemporaryDir home;
        QVERIFY(
            QFile::setPermissions(home.path(), QFile::permissions(home.path()) | QFile::ExeOther | QFile::ReadOther));
        QProcessEnvironment env = ExportProcess::headlessEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        env.insert(u"HOME"_s, home.path());
        QStringList prefix;
        if (::geteuid() == 0) {
            const QString setpriv = QStandardPaths::findExecutable(u"setpriv"_s);
            if (setpriv.isEmpty())
                QSKIP("running as root and setpriv is not installed: a read-only file is writable for root");
            prefix = {setpriv, u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s};
            QProcess probe;
            probe.start(prefix.first(), prefix.mid(1) + QStringList{u"/bin/test"_s, u"-x"_s, Binary});
            if (!probe.waitForFinished(10000) || probe.exitCode() != 0)
                QSKIP(qPrintable(u"%1 is not reachable for nobody (uid 65534)"_s.arg(Binary)));
            // nobody's own data folder.
            QVERIFY(QDir().mkpath(home.filePath(u"data"_s)));
            QCOMPARE(::chown(QFile::encodeName(home.filePath(u"data"_s)).constData(), 65534, 65534), 0);
        }
        const auto runAs = [&](const QStringList& args) {
            QProcess p;
            p.setProcessEnvironment(env);
            const QStringList command = prefix + QStringList{Binary, u"export"_s} + args;
            p.start(command.first(), command.mid(1));
            p.waitForFinished(120000);
            return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardError()));
        };
        const QStringList demo{u"--demo=40"_s, u"-o"_s, u"-"_s};
        QCOMPARE(runAs(demo).first, 0); // made by the same user who will find it read-only
        const QString path = copyPath(env, StoreKey::forDemo(40));
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
        QVERIFY(QFile::setPermissions(QFileInfo(path).absolutePath(), QFile::ReadOwner | QFile::ExeOwner));
        const auto offline = runAs(demo + QStringList{u"--offline"_s});
        QVERIFY2(offline.first == 0 && offline.second.contains(u"as of"_s), qPrintable(offline.second));
        const auto load = runAs(demo);
        QCOMPARE(load.first, 0);
        QVERIFY2(load.second.contains(u"warning: the load was not stored"_s) && load.second.contains(u"read-only"_s),
                 qPrintable(load.second));
        QFile::setPermissions(QFileInfo(path).absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
#endif
    }
};

QTEST_GUILESS_MAIN(TestOfflineCli)
#include "tst_offlinecli.moc"
