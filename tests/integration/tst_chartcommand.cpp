// SPDX-License-Identifier: MIT
// `gong-directory chart`: its options parsed in process, and the built binary run as a user would, with no display
// (QT_QPA_PLATFORM=xcb and no DISPLAY: the command must go offscreen by itself): the SVG holds every name of the team
// as text, PNG and PDF are what they claim, and failures get the documented exit codes and leave no file.
#include "cli/chartcommand.h"
#include "cli/directorysource.h"
#include "demo/demoorggenerator.h"
#include "demo/demoserver.h"
#include "directory/directory.h"
#include "exportprocess.h"
#include "testfiles.h"
#include "testusers.h"

#include <QDomDocument>
#include <QFile>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ExportProcess::Run;

namespace {
constexpr int demoSize = 400;

// The demo company `--demo=400` serves, and the department head with the largest organisation.
struct Demo
{
    Directory directory;
    int head = -1;
    int ceo = -1;
    Demo()
    {
        QList<User> users;
        for (const QJsonObject& o : DemoOrgGenerator(DemoOrgOptions{demoSize, 42, 12}).users())
            users.append(User::fromJson(o));
        directory.upsert(users);
        ceo = TestUsers::ceo(directory);
        for (int r : directory.directReports(ceo)) {
            if (head < 0 || directory.totalReports(r) > directory.totalReports(head))
                head = r;
        }
    }
    // Everyone a chart of `root` down to `depth` levels shows: the chain above and the organisation below.
    QStringList expectedNames(int root, int depth) const
    {
        QStringList names;
        for (int r : directory.managerChain(root).rows)
            names.append(directory.user(r).displayName());
        QList<int> level{root};
        for (int l = 0; l <= depth; ++l) {
            QList<int> next;
            for (int r : std::as_const(level)) {
                names.append(directory.user(r).displayName());
                next += directory.directReports(r);
            }
            level = next;
        }
        return names;
    }
};

QStringList svgTexts(const QByteArray& svg)
{
    QDomDocument doc;
    if (!doc.setContent(svg, true))
        return {};
    QStringList out;
    const QDomNodeList texts = doc.elementsByTagNameNS(u"http://www.w3.org/2000/svg"_s, u"text"_s);
    for (int i = 0; i < texts.size(); ++i)
        out.append(texts.at(i).toElement().text());
    return out;
}

} // namespace

class TestChartCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseDefaults();
    void parseErrors_data();
    void parseErrors();
    void help();
    void svgHasTheWholeTeamAsText();
    void depthCountsLevelsBelowTheRoot();
    void pngAtScales();
    void pdfOnLetterPaper();
    void svgToStdout();
    void unknownRoot();
    void unwritableOutputFailsBeforeLoading();
    void offlineChartsTheNewestSnapshot();
    void authenticationFailure();

private:
    static Run run(const QStringList& arguments, const QProcessEnvironment& env = ExportProcess::headlessEnvironment())
    {
        return ExportProcess::runCommand(QStringLiteral(GONGDIR_APP_BINARY), u"chart"_s, arguments, env);
    }
    static int parse(const QStringList& arguments, ChartCommand::Options* options, QString* output)
    {
        return ChartCommand::parse(QStringList{u"gong-directory"_s, u"chart"_s} + arguments, QProcessEnvironment(),
                                   options, output);
    }
    Demo m_demo;
};

void TestChartCommand::parseDefaults()
{
    ChartCommand::Options o;
    QString out;
    QCOMPARE(parse({u"--demo"_s, u"--root"_s, u" ana@example.com "_s, u"-o"_s, u"/tmp/team.PDF"_s}, &o, &out), -1);
    QVERIFY(o.demo);
    QCOMPARE(o.root, u"ana@example.com"_s);
    QCOMPARE(o.depth, 2);
    QCOMPARE(o.format, ChartExporter::Format::Pdf); // from the file's suffix
    QCOMPARE(o.paper, ChartExporter::Paper::A4);
    QCOMPARE(o.scale, 1);
    QVERIFY(!o.dark);

    QCOMPARE(parse({u"--demo=5"_s, u"--root=7"_s, u"--depth=0"_s, u"--format=png"_s, u"--scale=4"_s, u"--theme=Dark"_s,
                    u"-o"_s, u"team.pdf"_s},
                   &o, &out),
             -1);
    QCOMPARE(o.depth, 0);
    QCOMPARE(o.format, ChartExporter::Format::Png); // --format wins over the suffix
    QCOMPARE(o.scale, 4);
    QVERIFY(o.dark);
    QCOMPARE(parse({u"--demo=5"_s, u"--root=7"_s, u"--paper=letter"_s, u"-o"_s, u"x.pdf"_s}, &o, &out), -1);
    QCOMPARE(o.paper, ChartExporter::Paper::Letter);
    QCOMPARE(parse({u"--demo=5"_s, u"--root=7"_s, u"-o"_s, u"chart"_s}, &o, &out), -1);
    QCOMPARE(o.format, ChartExporter::Format::Svg);
}

void TestChartCommand::parseErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString demo = u"--demo=5"_s;
    const QString root = u"--root=1"_s;
    const QStringList svg{u"-o"_s, u"x.svg"_s};
    const QStringList png{u"-o"_s, u"x.png"_s};
    const QStringList pdf{u"-o"_s, u"x.pdf"_s};
    QTest::newRow("no root") << QStringList{demo} + svg << u"--root needs"_s;
    QTest::newRow("no output") << QStringList{demo, root} << u"-o needs a file"_s;
    QTest::newRow("depth") << QStringList{demo, root, u"--depth=-1"_s} + svg
                           << u"--depth expects a number of levels from 0 to 50"_s;
    QTest::newRow("depth not a number") << QStringList{demo, root, u"--depth=two"_s} + svg << u"--depth expects"_s;
    QTest::newRow("format") << QStringList{demo, root, u"--format=jpeg"_s, u"-o"_s, u"x"_s}
                            << u"Unknown format “jpeg”; use svg, png or pdf."_s;
    QTest::newRow("scale") << QStringList{demo, root, u"--scale=3"_s} + png << u"--scale expects 1, 2 or 4."_s;
    QTest::newRow("scale for svg") << QStringList{demo, root, u"--scale=2"_s} + svg
                                   << u"--scale applies to PNG only."_s;
    QTest::newRow("paper") << QStringList{demo, root, u"--paper=a3"_s} + pdf << u"Unknown paper “a3”"_s;
    QTest::newRow("paper for png") << QStringList{demo, root, u"--paper=a4"_s} + png
                                   << u"--paper applies to PDF only."_s;
    QTest::newRow("theme") << QStringList{demo, root, u"--theme=blue"_s} + svg << u"Unknown theme “blue”"_s;
    QTest::newRow("max-age") << QStringList{demo, u"--max-age=soon"_s, root} + svg << u"--max-age expects"_s;
    QTest::newRow("nowhere to load from") << QStringList{root} + svg << u"Nothing to chart: use --demo"_s;
    QTest::newRow("demo and profile") << QStringList{demo, u"--profile=Acme"_s, root} + svg
                                      << u"--demo and --profile cannot be used together."_s;
    QTest::newRow("stray argument") << QStringList{demo, root, u"extra"_s} + svg << u"Unexpected argument: extra"_s;
    QTest::newRow("unknown option") << QStringList{demo, u"--roots=1"_s} + svg << u"roots"_s;
}

void TestChartCommand::parseErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    ChartCommand::Options o;
    QString out;
    QCOMPARE(parse(arguments, &o, &out), int(DirectorySource::UsageError));
    QVERIFY2(out.contains(message), qPrintable(out));
}

void TestChartCommand::help()
{
    const Run r = run({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    const QString text = QString::fromUtf8(r.out);
    for (const QString& option : {u"--root"_s, u"--depth"_s, u"--format"_s, u"--scale"_s, u"--paper"_s, u"--offline"_s,
                                  u"--max-age"_s, u"--profile"_s, u"--demo"_s, u"Exit codes"_s})
        QVERIFY2(text.contains(option), qPrintable(option));
    QVERIFY(text.contains(u"gong-directory chart"_s));
}

void TestChartCommand::svgHasTheWholeTeamAsText()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"team.svg"_s);
    const User& head = m_demo.directory.user(m_demo.head);
    const Run r = run({u"--demo=%1"_s.arg(demoSize), u"--root"_s, head.emailAddress.toUpper(), u"-o"_s, path});
    QVERIFY2(!r.crashed && r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    const QStringList expected = m_demo.expectedNames(m_demo.head, 2);
    QVERIFY2(r.err.contains(u"charted %1 people under %2 as svg"_s.arg(expected.size()).arg(head.displayName())),
             qPrintable(r.err));
    const QStringList texts = svgTexts(TestFiles::read(path));
    QVERIFY(!texts.isEmpty());
    const QSet<QString> textSet(texts.begin(), texts.end());
    for (const QString& name : expected)
        QVERIFY2(textSet.contains(name), qPrintable(u"“%1” is not a text element"_s.arg(name)));
    // Nobody else: the first person of another department is not in it.
    for (int r2 : m_demo.directory.directReports(m_demo.ceo)) {
        if (r2 != m_demo.head) {
            QVERIFY(!textSet.contains(m_demo.directory.user(r2).displayName()));
            break;
        }
    }
}

void TestChartCommand::depthCountsLevelsBelowTheRoot()
{
    QTemporaryDir dir;
    for (int depth : {0, 1}) {
        const QString path = dir.filePath(u"d%1.svg"_s.arg(depth));
        const Run r = run({u"--demo=%1"_s.arg(demoSize), u"--root"_s, m_demo.directory.user(m_demo.head).id,
                           u"--depth"_s, QString::number(depth), u"-q"_s, u"-o"_s, path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // -q: nothing but errors
        const QStringList expected = m_demo.expectedNames(m_demo.head, depth);
        const QStringList texts = svgTexts(TestFiles::read(path));
        QStringList shown;
        for (const QString& name : expected)
            shown += texts.contains(name) ? name : QString();
        QCOMPARE(shown, expected);
        // One level deeper is not there (people whose names nobody shown shares).
        const QStringList deeper = m_demo.expectedNames(m_demo.head, depth + 1).mid(expected.size());
        QVERIFY(!deeper.isEmpty());
        for (const QString& name : deeper) {
            if (!expected.contains(name))
                QVERIFY2(!texts.contains(name), qPrintable(name));
        }
    }
}

void TestChartCommand::pngAtScales()
{
    QTemporaryDir dir;
    QSize sizes[2];
    for (int i = 0; i < 2; ++i) {
        const QString path = dir.filePath(u"team%1.png"_s.arg(i));
        QStringList args{u"--demo=%1"_s.arg(demoSize),
                         u"--root"_s,
                         m_demo.directory.user(m_demo.head).id,
                         u"--depth=1"_s,
                         u"-o"_s,
                         path};
        if (i == 1)
            args += {u"--scale"_s, u"2"_s};
        const Run r = run(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QByteArray bytes = TestFiles::read(path);
        QVERIFY(bytes.startsWith("\x89PNG\r\n\x1a\n"));
        const QImage image = QImage::fromData(bytes, "PNG");
        QVERIFY(!image.isNull());
        sizes[i] = image.size();
    }
    QCOMPARE(sizes[1], sizes[0] * 2);
}

void TestChartCommand::pdfOnLetterPaper()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"team.pdf"_s);
    const Run r = run({u"--demo=%1"_s.arg(demoSize), u"--root"_s, m_demo.directory.user(m_demo.head).id, u"--paper"_s,
                       u"letter"_s, u"--theme"_s, u"dark"_s, u"-o"_s, path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QByteArray pdf = TestFiles::read(path);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.count("/Type /Page\n") >= 1);
    QVERIFY(pdf.contains("/MediaBox [0 0 792.000000 612.000000]"));
    QVERIFY2(r.err.contains(u"as pdf to"_s), qPrintable(r.err));
}

void TestChartCommand::svgToStdout()
{
    const Run r = run({u"--demo=%1"_s.arg(demoSize), u"--root"_s, m_demo.directory.user(m_demo.ceo).id, u"--depth=0"_s,
                       u"-o"_s, u"-"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.startsWith("<?xml"));
    QVERIFY(svgTexts(r.out).contains(m_demo.directory.user(m_demo.ceo).displayName()));
    QVERIFY(r.err.contains(u"to stdout"_s));
}

void TestChartCommand::unknownRoot()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"team.svg"_s);
    const Run r = run({u"--demo=%1"_s.arg(demoSize), u"--root"_s, u"nobody@nowhere.example"_s, u"-o"_s, path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"Nobody in the directory has the id or e-mail “nobody@nowhere.example” (400 people "
                            "loaded)."_s),
             qPrintable(r.err));
    QVERIFY(!QFile::exists(path));
}

void TestChartCommand::unwritableOutputFailsBeforeLoading()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"no/such/folder/team.svg"_s);
    const Run r = run({u"--demo=%1"_s.arg(demoSize), u"--root=1"_s, u"-o"_s, path});
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains(u"does not exist"_s), qPrintable(r.err));
    QVERIFY(!r.err.contains(u"loaded"_s)); // said before a long load
}

void TestChartCommand::offlineChartsTheNewestSnapshot()
{
    // One data folder for the three runs, with no offline copy yet.
    const QProcessEnvironment env = ExportProcess::headlessEnvironment();
    const QString demo = u"--demo=57"_s;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"team.svg"_s);
    Run r = run({demo, u"--offline"_s, u"--root=1"_s, u"-o"_s, path}, env);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"no offline copy of the demo company yet"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(path));

    // A load stores the snapshot that --offline then charts, without a request.
    const Run exported =
        ExportProcess::run(QStringLiteral(GONGDIR_APP_BINARY), {demo, u"-q"_s, u"--columns=id,fullName"_s}, env);
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    const QList<QByteArray> lines = ExportProcess::csvLines(exported.out);
    QVERIFY(lines.size() > 1);
    const QList<QByteArray> first = lines.at(1).trimmed().split(',');
    const QString id = QString::fromUtf8(first.at(0));
    const QString name = QString::fromUtf8(first.at(1));
    r = run({demo, u"--offline"_s, u"--root"_s, id, u"--depth=0"_s, u"-o"_s, path}, env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(u"as of "_s), qPrintable(r.err));
    QVERIFY2(!r.err.contains(u"loaded"_s), qPrintable(r.err));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY2(svgTexts(file.readAll()).contains(name), qPrintable(name));
}

void TestChartCommand::authenticationFailure()
{
    DemoServer server;
    server.setUsers(DemoOrgGenerator(DemoOrgOptions{50, 42, 12}).users());
    QVERIFY(server.listen());
    const QString secret = u"s3cr3t-Value-That-Must-Not-Leak"_s;
    QProcessEnvironment env = ExportProcess::headlessEnvironment();
    env.insert(u"GONG_BASE_URL"_s, server.baseUrl().toString());
    env.insert(u"GONG_ACCESS_KEY"_s, u"key-ABC"_s);
    env.insert(u"GONG_ACCESS_KEY_SECRET"_s, secret);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"team.svg"_s);
    const Run r = run({u"--root=1"_s, u"-o"_s, path}, env);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(u"401"_s), qPrintable(r.err));
    QVERIFY(r.err.startsWith(u"Connecting to 127.0.0.1"_s));
    QVERIFY(r.err.contains(u"gong-directory chart: "_s));
    QVERIFY(!r.err.contains(secret));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestChartCommand)
#include "tst_chartcommand.moc"
