// SPDX-License-Identifier: MIT
// The built `gong-directory reconcile` run as a user would run it: a list in a file or on stdin, the demo company
// or a DemoServer in this process, the records on stdout or in a file, and the exit codes of `export`.
#include "demo/demoorggenerator.h"
#include "demo/demoserver.h"
#include "exportprocess.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {
using ExportProcess::Run;

const QByteArray Bom("\xEF\xBB\xBF");

QString text(const QJsonObject& user, const char* key)
{
    return user.value(QLatin1String(key)).toString();
}

QString fullName(const QJsonObject& user)
{
    return text(user, "firstName") + QLatin1Char(' ') + text(user, "lastName");
}

QByteArray csvLine(const QStringList& cells)
{
    QStringList quoted;
    for (const QString& c : cells)
        quoted.append(c.contains(QLatin1Char(',')) ? QLatin1Char('"') + c + QLatin1Char('"') : c);
    return quoted.join(QLatin1Char(',')).toUtf8() + "\r";
}
} // namespace

class TestReconcileCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QList<QJsonObject> m_demo; // the company `--demo=300` serves (seed 42, as the command's demo)

    static Run run(const QStringList& arguments, const QProcessEnvironment& env = ExportProcess::headlessEnvironment(),
                   const QByteArray& input = {})
    {
        return ExportProcess::runCommand(QStringLiteral(GONGDIR_APP_BINARY), QStringLiteral("reconcile"), arguments,
                                         env, 120000, input);
    }

    QString write(const QString& name, const QByteArray& bytes)
    {
        return TestFiles::write(m_dir.filePath(name), bytes);
    }

    // The first person of the demo company who fits, among those with an address nobody else has.
    int firstWhere(const std::function<bool(const QJsonObject&)>& pred) const
    {
        QHash<QString, int> uses;
        for (const QJsonObject& u : m_demo) {
            QSet<QString> own{text(u, "emailAddress").toLower(), text(u, "trustedEmailAddress").toLower()};
            for (const QJsonValue& alias : u.value(QLatin1String("emailAliases")).toArray())
                own.insert(alias.toString().toLower());
            for (const QString& a : own)
                ++uses[a];
        }
        for (int i = 0; i < m_demo.size(); ++i) {
            if (pred(m_demo[i]) && uses.value(text(m_demo[i], "emailAddress").toLower()) == 1)
                return i;
        }
        return -1;
    }

    QProcessEnvironment serverEnvironment(const DemoServer& server, const QString& secret = {}) const
    {
        QProcessEnvironment env = ExportProcess::headlessEnvironment();
        env.insert(QStringLiteral("GONG_BASE_URL"), server.baseUrl().toString());
        env.insert(QStringLiteral("GONG_ACCESS_KEY"), DemoServer::defaultAccessKey());
        env.insert(QStringLiteral("GONG_ACCESS_KEY_SECRET"), secret.isEmpty() ? DemoServer::defaultSecret() : secret);
        return env;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = DemoOrgGenerator(DemoOrgOptions{300, 42, 12}).users();
    }

    void linesInInputOrder()
    {
        const int active = firstWhere([](const QJsonObject& u) { return u.value(QLatin1String("active")).toBool(); });
        const int inactive =
            firstWhere([](const QJsonObject& u) { return !u.value(QLatin1String("active")).toBool(); });
        QVERIFY(active >= 0 && inactive >= 0);
        const QJsonObject& a = m_demo[active];
        const QJsonObject& b = m_demo[inactive];
        const QString input = QStringLiteral("  MAILTO:%1 \n\n%2\nnobody@nowhere.test\n   \n=HYPERLINK(\"x\")\n%3\n")
                                  .arg(text(a, "emailAddress").toUpper(), text(b, "id"), text(b, "emailAddress"));
        const QString path = write(QStringLiteral("list.txt"), input.toUtf8());
        const Run r = run({QStringLiteral("--demo=300"), QStringLiteral("--input"), path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(Bom));
        const QList<QByteArray> lines = ExportProcess::csvLines(r.out);
        QCOMPARE(lines.size(), 1 + 5); // the header, one record per non-blank line
        QCOMPARE(lines[0], QByteArray("input,status,matchedBy,id,fullName,emailAddress\r"));
        QCOMPARE(lines[1], csvLine({QStringLiteral("  MAILTO:%1 ").arg(text(a, "emailAddress").toUpper()),
                                    QStringLiteral("active"), QStringLiteral("emailAddress"), text(a, "id"),
                                    fullName(a), text(a, "emailAddress")}));
        QCOMPARE(lines[2], csvLine({text(b, "id"), QStringLiteral("inactive"), QStringLiteral("id"), text(b, "id"),
                                    fullName(b), text(b, "emailAddress")}));
        QCOMPARE(lines[3], QByteArray("nobody@nowhere.test,not-found,,,,\r"));
        QCOMPARE(lines[4], QByteArray("\"'=HYPERLINK(\"\"x\"\")\",not-found,,,,\r")); // the export's formula guard
        QCOMPARE(lines[5], csvLine({text(b, "emailAddress"), QStringLiteral("inactive"), QStringLiteral("emailAddress"),
                                    text(b, "id"), fullName(b), text(b, "emailAddress")}));
        QVERIFY2(r.err.contains(QStringLiteral("reconciled 5 values against 300 users: 1 active, 2 inactive, 2 not "
                                               "found, 0 ambiguous")),
                 qPrintable(r.err));
    }

    void jsonFromStdinWithAColumn()
    {
        const QJsonObject& a = m_demo[0];
        const QByteArray csv = QStringLiteral("Name;Work e-mail;Notes\r\n\"%1\";%2;first\r\nSomeone Else;;none\r\n"
                                              "Ghost;ghost@nowhere.test;\r\n")
                                   .arg(fullName(a), text(a, "emailAddress"))
                                   .toUtf8();
        for (const QStringList& format :
             {QStringList{QStringLiteral("--format"), QStringLiteral("json")},
              QStringList{QStringLiteral("-o"), m_dir.filePath(QStringLiteral("r.json"))}}) {
            const Run r =
                run(QStringList{QStringLiteral("--demo=300"), QStringLiteral("--input"), QStringLiteral("-"),
                                QStringLiteral("--column"), QStringLiteral("work E-MAIL"), QStringLiteral("-q")} +
                        format,
                    ExportProcess::headlessEnvironment(), csv);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY(r.err.isEmpty()); // -q
            QByteArray out = r.out;
            if (format.first() == QLatin1String("-o")) {
                QVERIFY(out.isEmpty());
                QFile f(format.last());
                QVERIFY(f.open(QIODevice::ReadOnly));
                out = f.readAll();
            }
            const QJsonArray records = QJsonDocument::fromJson(out).array();
            QCOMPARE(records.size(), 2); // the blank cell is skipped
            const QJsonObject first = records[0].toObject();
            QCOMPARE(first.keys().size(), 6);
            QCOMPARE(first.value(QStringLiteral("input")).toString(), text(a, "emailAddress"));
            QCOMPARE(first.value(QStringLiteral("matchedBy")).toString(), QStringLiteral("emailAddress"));
            QCOMPARE(first.value(QStringLiteral("id")).toString(), text(a, "id"));
            QCOMPARE(records[1].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("not-found"));
            QCOMPARE(records[1].toObject().value(QStringLiteral("emailAddress")).toString(), QString());
            // The keys in the documented order.
            const qsizetype input = out.indexOf("\"input\": "), status = out.indexOf("\"status\": "),
                            matchedBy = out.indexOf("\"matchedBy\": "), id = out.indexOf("\"id\": "),
                            name = out.indexOf("\"fullName\": "), email = out.indexOf("\"emailAddress\": ");
            QVERIFY(input < status && status < matchedBy && matchedBy < id && id < name && name < email);
        }
    }

    void namesOnlyWhenNothingElseMatched()
    {
        // A unique full name, typed without accents and in capitals.
        int unique = -1;
        for (int i = 0; i < m_demo.size() && unique < 0; ++i) {
            int same = 0;
            for (const QJsonObject& other : std::as_const(m_demo))
                same += fullName(other) == fullName(m_demo[i]) ? 1 : 0;
            if (same == 1)
                unique = i;
        }
        QVERIFY(unique >= 0);
        const QString name = fullName(m_demo[unique]);
        const QString path = write(QStringLiteral("names.txt"), name.toUpper().toUtf8() + "\n");
        const Run r =
            run({QStringLiteral("--demo=300"), QStringLiteral("--input"), path, QStringLiteral("--format=json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject record = QJsonDocument::fromJson(r.out).array().first().toObject();
        QCOMPARE(record.value(QStringLiteral("matchedBy")).toString(), QStringLiteral("name"));
        QCOMPARE(record.value(QStringLiteral("id")).toString(), text(m_demo[unique], "id"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString list = QStringLiteral("LIST");
        QTest::newRow("no input") << QStringList{QStringLiteral("--demo=5")} << QStringLiteral("--input");
        QTest::newRow("missing file") << QStringList{QStringLiteral("--demo=5"), QStringLiteral("--input"),
                                                     QStringLiteral("/nonexistent/list.txt")}
                                      << QStringLiteral("Could not read");
        QTest::newRow("folder") << QStringList{QStringLiteral("--demo=5"), QStringLiteral("--input"),
                                               QStringLiteral("/")}
                                << QStringLiteral("folder");
        QTest::newRow("unknown column") << QStringList{QStringLiteral("--demo=5"), QStringLiteral("--input"), list,
                                                       QStringLiteral("--column"), QStringLiteral("phone")}
                                        << QStringLiteral("“Name”, “Email”");
        QTest::newRow("format") << QStringList{QStringLiteral("--demo=5"), QStringLiteral("--input"), list,
                                               QStringLiteral("--format"), QStringLiteral("vcard")}
                                << QStringLiteral("Unknown format");
        QTest::newRow("offline") << QStringList{QStringLiteral("--demo=5"), QStringLiteral("--input"), list,
                                                QStringLiteral("--offline")}
                                 << QStringLiteral("no offline copy of the demo company yet");
        QTest::newRow("no source") << QStringList{QStringLiteral("--input"), list} << QStringLiteral("--demo");
        QTest::newRow("demo and profile") << QStringList{QStringLiteral("--demo=5"), QStringLiteral("--profile"),
                                                         QStringLiteral("Acme"), QStringLiteral("--input"), list}
                                          << QStringLiteral("--profile");
        QTest::newRow("stray argument") << QStringList{QStringLiteral("--demo=5"), QStringLiteral("--input"), list,
                                                       QStringLiteral("extra")}
                                        << QStringLiteral("extra");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QString list = write(QStringLiteral("header.csv"), "Name,Email\nAna,a@x.test\n");
        arguments.replaceInStrings(QStringLiteral("LIST"), list);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(QStringLiteral("gong-directory reconcile: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void help()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QStringLiteral("gong-directory reconcile")), qPrintable(out));
        for (const char* option : {"--input", "--column", "--format", "--offline", "--profile", "--base-url", "-o,"})
            QVERIFY2(out.contains(QLatin1String(option)), option);
        QVERIFY(out.contains(QStringLiteral("Exit codes")));
    }

    void unwritableOutputLoadsNothing()
    {
        const QString list = write(QStringLiteral("one.txt"), "a@x.test\n");
        const Run r = run({QStringLiteral("--demo=5"), QStringLiteral("--input"), list, QStringLiteral("-o"),
                           QStringLiteral("/nonexistent/out.csv")});
        QCOMPARE(r.exitCode, 5);
        QVERIFY(!r.err.contains(QStringLiteral("Demo company"))); // refused before the load
    }

    void authenticationAndApiFailures()
    {
        DemoServer server;
        server.setUsers(DemoOrgGenerator(DemoOrgOptions{250, 42, 0}).users());
        server.setPageSize(100);
        QVERIFY(server.listen());
        const QString list = write(QStringLiteral("two.txt"), "a@x.test\nb@x.test\n");
        const QString out = m_dir.filePath(QStringLiteral("kept.csv"));
        write(QStringLiteral("kept.csv"), "previous\n");

        const QString secret = QStringLiteral("wrong-Secret-That-Must-Not-Leak");
        Run r = run({QStringLiteral("--input"), list, QStringLiteral("-o"), out}, serverEnvironment(server, secret));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("401")), qPrintable(r.err));
        QVERIFY(!r.err.contains(secret));

        connect(&server, &DemoServer::requestReceived, &server, [&server](int index) {
            if (index == 2)
                server.enqueueFault(DemoServer::Fault::Status400);
        });
        r = run({QStringLiteral("--input"), list, QStringLiteral("-o"), out}, serverEnvironment(server));
        QCOMPARE(r.exitCode, 4); // a partial directory is never reconciled against
        QFile kept(out);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("previous\n"));
    }

    void againstAServer()
    {
        DemoServer server;
        const QList<QJsonObject> users = DemoOrgGenerator(DemoOrgOptions{230, 7, 0}).users();
        server.setUsers(users);
        QVERIFY(server.listen());
        const QString list = write(QStringLiteral("server.txt"), text(users.last(), "emailAddress").toUtf8() + "\n");
        const Run r = run({QStringLiteral("--input"), list, QStringLiteral("--no-bom")}, serverEnvironment(server));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!r.out.startsWith(Bom));
        QVERIFY(ExportProcess::csvLines(r.out).at(1).contains(text(users.last(), "id").toUtf8()));
        QVERIFY(!r.err.contains(DemoServer::defaultSecret()));
    }
};

QTEST_GUILESS_MAIN(TestReconcileCommand)
#include "tst_reconcilecommand.moc"
