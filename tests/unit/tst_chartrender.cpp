// SPDX-License-Identifier: MIT
// The org chart as pictures: the PNG export against committed references (compared perceptually, with the font
// pinned to DejaVu Sans), the same chart at 1×, 1.5× and 2×, the SVG read back (every name a text element, and it
// draws what the PNG draws), the PDF fitted or split over pages, limits, colours and the words for screen readers.
// GONGDIR_UPDATE_REFERENCES=1 rewrites the reference PNGs (tests/data/chart/) from this build; look at them first.
#include "chart/chartexporter.h"
#include "chart/chartlayout.h"
#include "chart/chartpainter.h"
#include "chart/chartstyle.h"
#include "chart/charttext.h"
#include "directory/directory.h"
#include "imagecompare.h"
#include "testusers.h"

#include <QBuffer>
#include <QDomDocument>
#include <QFile>
#include <QFontDatabase>
#include <QFontInfo>
#include <QGuiApplication>
#include <QJsonObject>
#include <QPainter>
#include <QPalette>
#include <QProcess>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString referenceDir = QStringLiteral(GONGDIR_TEST_DATA "/chart");

User person(const QString& id, const QString& first, const QString& last, const QString& manager, const QString& title,
            bool active = true)
{
    QJsonObject o{{u"id"_s, id},         {u"firstName"_s, first},
                  {u"lastName"_s, last}, {u"emailAddress"_s, id + u"@example.com"_s},
                  {u"title"_s, title},   {u"active"_s, active}};
    if (!manager.isEmpty())
        o.insert(u"managerId"_s, manager);
    return User::fromJson(o);
}

// A VP among their peers, with reports: one inactive, one with a title too long for the box, one with hidden
// reports, and a peer whose name must be condensed to fit.
void fillExplore(Directory* d)
{
    d->upsert({person(u"morgan"_s, u"Morgan"_s, u"Lee"_s, {}, u"Chief Executive Officer"_s),
               person(u"priya"_s, u"Priya"_s, u"Raman"_s, u"morgan"_s, u"VP Engineering"_s),
               person(u"alex"_s, u"Alex"_s, u"Kim"_s, u"morgan"_s, u"VP Sales"_s),
               person(u"sam"_s, u"Samuel"_s, u"Okonkwo-Fitzgerald Junior"_s, u"morgan"_s, u"VP People"_s),
               person(u"chen"_s, u"Chen"_s, u"Wei"_s, u"priya"_s, u"Director, Platform"_s),
               person(u"chen1"_s, u"Noor"_s, u"Haddad"_s, u"chen"_s, u"Engineer"_s),
               person(u"chen2"_s, u"Tom"_s, u"Berg"_s, u"chen"_s, u"Engineer"_s),
               person(u"dana"_s, u"Dana"_s, u"Ruiz"_s, u"priya"_s, u"Staff Engineer"_s, false),
               person(u"elodie"_s, u"Élodie"_s, u"Martin"_s, u"priya"_s,
                      u"Senior Staff Site Reliability Engineer, Infrastructure"_s)});
}

// Someone whose manager is not in the directory, a peer waiting for the same manager, an expanded report.
void fillMissing(Directory* d)
{
    d->upsert({person(u"ola"_s, u"Ola"_s, u"Nordmann"_s, u"ghost-17"_s, u"Team Lead"_s),
               person(u"kari"_s, u"Kari"_s, u"Hansen"_s, u"ghost-17"_s, u"Analyst"_s),
               person(u"per"_s, u"Per"_s, u"Olsen"_s, u"ola"_s, u"Engineer"_s),
               person(u"ida"_s, u"Ida"_s, u"Berg"_s, u"per"_s, u"Intern"_s),
               person(u"liv"_s, u"Liv"_s, u"Dahl"_s, u"ola"_s, u"Engineer"_s)});
}

// Six managers in a loop with the focus: a breadcrumb that starts with the cycle marker.
void fillCycle(Directory* d)
{
    QList<User> users{person(u"me"_s, u"Mia"_s, u"Focus"_s, u"L6"_s, u"Analyst"_s)};
    for (int l = 1; l <= 6; ++l)
        users.append(person(u"L%1"_s.arg(l), u"Level"_s, QString::number(l), l == 1 ? u"me"_s : u"L%1"_s.arg(l - 1),
                            u"Manager"_s));
    d->upsert(users);
}

// The demo company of 3,000 in `d`, and a chart of its CEO's organisation down to `depth` levels.
ChartSpec ceoTeam(Directory* d, int depth)
{
    d->upsert(TestUsers::demo(3000));
    ChartSpec spec;
    spec.mode = ChartSpec::Mode::Team;
    spec.focusRow = TestUsers::ceo(*d);
    spec.depth = depth;
    return spec;
}

QFont pinnedFont()
{
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(13);
    return font;
}

// The explore chart of fillExplore() around Priya, in the pinned font.
struct ExploreChart
{
    Directory d;
    ChartStyle chartStyle{pinnedFont()};
    ChartLayout layout;
    ExploreChart()
    {
        fillExplore(&d);
        ChartSpec spec;
        spec.focusRow = d.rowOf(u"priya"_s);
        layout = ChartLayout::build(d, spec, chartStyle.metrics());
    }
};

QImage exportPng(const ChartLayout& layout, const Directory& d, const ChartStyle& style,
                 const ChartExporter::Options& options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!ChartExporter(layout, d, style).write(&buffer, options, &error))
        qWarning("export failed: %s", qPrintable(error));
    return QImage::fromData(buffer.data(), "PNG");
}

QByteArray exportBytes(const ChartLayout& layout, const Directory& d, const ChartStyle& style,
                       const ChartExporter::Options& options, QString* error = nullptr)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString why;
    if (!ChartExporter(layout, d, style).write(&buffer, options, &why)) {
        if (error)
            *error = why;
        return {};
    }
    return buffer.data();
}

// Every <text> element's words (with its <tspan>s), in document order.
QStringList svgTexts(const QByteArray& svg, QString* problem)
{
    QDomDocument doc;
    QString message;
    int line = 0;
    int column = 0;
    if (!doc.setContent(svg, true, &message, &line, &column)) { // Qt 6.4: no ParseResult yet
        *problem = u"the SVG does not parse: %1 at %2:%3"_s.arg(message).arg(line).arg(column);
        return {};
    }
    const QString svgNs = u"http://www.w3.org/2000/svg"_s;
    if (doc.documentElement().namespaceURI() != svgNs || doc.documentElement().localName() != u"svg"_s)
        *problem = u"the root is not an SVG element"_s;
    QStringList out;
    const QDomNodeList texts = doc.elementsByTagNameNS(svgNs, u"text"_s);
    for (int i = 0; i < texts.size(); ++i)
        out.append(texts.at(i).toElement().text());
    return out;
}

double contrast(const QColor& a, const QColor& b)
{
    auto luminance = [](const QColor& c) {
        auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
} // namespace

class TestChartRender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pngMatchesTheReference_data();
    void pngMatchesTheReference();
    void scalesDrawTheSameChart();
    void pngScales();
    void tooLargeForPngSaysSoAndWritesNothing();
    void svgHasEveryNameAsText();
    void svgDrawsWhatThePngDraws();
    void longNamesAreCondensedNotCut();
    void pdfFitsOnePageOrSplits();
    void pdfTilesShowEveryBoxWhole();
    void avatarsAreStableAndReadable();
    void palettesAreReadable();
    void accessibleNames();
    void formatKeys();

private:
    ChartStyle style(bool dark = false) const
    {
        return ChartStyle(pinnedFont(), dark ? ChartPalette::dark() : ChartPalette::light());
    }
};

void TestChartRender::initTestCase()
{
    // The references were drawn with DejaVu Sans (fonts-dejavu-core, installed by scripts/install-deps): load it
    // as an application font so nothing else is chosen.
    for (const QString& file : {u"DejaVuSans.ttf"_s, u"DejaVuSans-Bold.ttf"_s}) {
        const QString path = u"/usr/share/fonts/truetype/dejavu/"_s + file;
        QVERIFY2(QFontDatabase::addApplicationFont(path) >= 0,
                 qPrintable(u"%1 is missing: install fonts-dejavu-core (scripts/install-deps)"_s.arg(path)));
    }
    QCOMPARE(QFontInfo(pinnedFont()).family(), u"DejaVu Sans"_s);
}

void TestChartRender::pngMatchesTheReference_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("explore, light") << u"explore-light"_s;
    QTest::newRow("missing manager, dark, interactive") << u"missing-dark"_s;
    QTest::newRow("breadcrumb and cycle, light") << u"cycle-light"_s;
}

void TestChartRender::pngMatchesTheReference()
{
    QFETCH(QString, name);
    Directory d;
    ChartSpec spec;
    ChartExporter::Options options;
    options.format = ChartExporter::Format::Png;
    bool dark = false;
    if (name == u"explore-light"_s) {
        fillExplore(&d);
        spec.focusRow = d.rowOf(u"priya"_s);
    } else if (name == u"missing-dark"_s) {
        fillMissing(&d);
        spec.focusRow = d.rowOf(u"ola"_s);
        spec.expanded = {d.rowOf(u"per"_s)};
        dark = true;
    } else {
        fillCycle(&d);
        spec.focusRow = d.rowOf(u"me"_s);
    }
    const ChartStyle chartStyle = style(dark);
    const ChartLayout layout = ChartLayout::build(d, spec, chartStyle.metrics());
    if (dark) {
        // As the window shows it: expand buttons, the keyboard's box, search matches.
        options.paint.interactive = true;
        options.paint.cursor = layout.nodeOfRow(d.rowOf(u"kari"_s));
        options.paint.matches = {layout.nodeOfRow(d.rowOf(u"liv"_s)), layout.nodeOfRow(d.rowOf(u"ida"_s))};
    }
    const QImage actual = exportPng(layout, d, chartStyle, options);
    QVERIFY(!actual.isNull());
    const QString reference = referenceDir + u"/"_s + name + u".png"_s;
    if (qEnvironmentVariableIntValue("GONGDIR_UPDATE_REFERENCES") == 1) {
        QVERIFY(actual.save(reference));
        qInfo("wrote %s", qPrintable(reference));
    }
    const QImage expected(reference);
    QVERIFY2(!expected.isNull(), qPrintable(u"no reference at %1"_s.arg(reference)));
    const ImageCompare::Result result = ImageCompare::compare(actual, expected);
    if (!result.within(1.0, 0.005)) {
        const QString folder = QDir::tempPath() + u"/tst_chartrender"_s;
        QDir().mkpath(folder);
        actual.save(folder + u"/"_s + name + u"-actual.png"_s);
        result.difference.save(folder + u"/"_s + name + u"-difference.png"_s);
        QFAIL(qPrintable(u"%1 differs from its reference: %2 (see %3)"_s.arg(name, result.describe(), folder)));
    }
}

void TestChartRender::scalesDrawTheSameChart()
{
    const ExploreChart chart;
    const Directory& d = chart.d;
    const ChartStyle& chartStyle = chart.chartStyle;
    const ChartLayout& layout = chart.layout;
    const QRectF area = ChartExporter(layout, d, chartStyle).area();
    auto render = [&](qreal scale) {
        QImage image((area.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(scale);
        image.fill(chartStyle.palette().background);
        QPainter painter(&image);
        painter.translate(-area.topLeft());
        ChartPainter(layout, d, chartStyle).paint(&painter);
        painter.end();
        return image;
    };
    const QImage one = render(1);
    for (qreal scale : {1.5, 2.0}) {
        const QImage big = render(scale);
        QCOMPARE(big.size(), (area.size() * scale).toSize());
        // Brought back to 1×, the same picture: nothing drawn in device pixels, nothing lost or moved.
        QImage back = big.scaled(one.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        back.setDevicePixelRatio(1);
        const ImageCompare::Result result = ImageCompare::compare(back, one);
        QVERIFY2(result.within(2.5, 0.02), qPrintable(u"%1×: %2"_s.arg(scale).arg(result.describe())));
    }
}

void TestChartRender::pngScales()
{
    const ExploreChart chart;
    const Directory& d = chart.d;
    const ChartStyle& chartStyle = chart.chartStyle;
    const ChartLayout& layout = chart.layout;
    const QSize logical = ChartExporter(layout, d, chartStyle).area().size().toSize();
    ChartExporter::Options options;
    options.format = ChartExporter::Format::Png;
    for (int scale : {1, 2, 4}) {
        options.scale = scale;
        QCOMPARE(exportPng(layout, d, chartStyle, options).size(), logical * scale);
    }
    options.scale = 3;
    QString error;
    QVERIFY(exportBytes(layout, d, chartStyle, options, &error).isEmpty());
    QVERIFY2(error.contains(u"1, 2 or 4"_s), qPrintable(error));
}

void TestChartRender::tooLargeForPngSaysSoAndWritesNothing()
{
    QList<User> users{TestUsers::make(u"boss"_s, u"Big"_s, u"Team"_s)};
    for (int i = 0; i < 5000; ++i)
        users.append(TestUsers::make(QString::number(i), u"Member"_s, QString::number(i), u"boss"_s));
    Directory d;
    d.upsert(users);
    ChartSpec spec;
    spec.mode = ChartSpec::Mode::Team;
    spec.focusRow = d.rowOf(u"boss"_s);
    const ChartStyle chartStyle = style();
    const ChartLayout layout = ChartLayout::build(d, spec, chartStyle.metrics());
    ChartExporter::Options options;
    options.format = ChartExporter::Format::Png;
    options.scale = 4;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"team.png"_s);
    QString error;
    QVERIFY(!ChartExporter(layout, d, chartStyle).save(path, options, &error));
    QVERIFY2(error.contains(u"too large for a PNG at 4×"_s), qPrintable(error));
    QVERIFY(error.contains(u"team.png"_s));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestChartRender::svgHasEveryNameAsText()
{
    // A department of the demo company, two levels down: names in many scripts, some mixed ("由美 Yamamoto").
    Directory d;
    const ChartSpec spec = ceoTeam(&d, 2);
    const QString ceo = d.user(spec.focusRow).id;
    d.upsert({person(u"mixed1"_s, u"由美"_s, u"Yamamoto"_s, ceo, u"Chief of Staff"_s),
              person(u"mixed2"_s, u"Ольга"_s, u"Smith-Петрова"_s, ceo, u"Advisor"_s)});
    const ChartStyle chartStyle = style();
    const ChartLayout layout = ChartLayout::build(d, spec, chartStyle.metrics());
    QVERIFY(layout.rows().size() > 50);
    ChartExporter::Options options;
    options.format = ChartExporter::Format::Svg;
    const QByteArray svg = exportBytes(layout, d, chartStyle, options);
    QString problem;
    const QStringList texts = svgTexts(svg, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QSet<QString> textSet(texts.begin(), texts.end());
    int mixed = 0;
    for (int row : layout.rows()) {
        const QString name = d.user(row).displayName();
        QVERIFY2(textSet.contains(name), qPrintable(u"“%1” is not a text element of the SVG"_s.arg(name)));
        bool latin = false;
        bool other = false;
        for (const QChar c : name) {
            if (c.isLetter())
                (c.script() == QChar::Script_Latin ? latin : other) = true;
        }
        mixed += latin && other;
    }
    QVERIFY2(mixed > 0, "the sample has no name mixing scripts; choose another department");
    QVERIFY(svg.contains("<title>" + ChartText::title(layout, d).toUtf8() + "</title>"));
    QVERIFY(svg.contains("font-family=\"DejaVu Sans, sans-serif\""));
}

void TestChartRender::svgDrawsWhatThePngDraws()
{
    const ExploreChart chart;
    const Directory& d = chart.d;
    const ChartStyle& chartStyle = chart.chartStyle;
    const ChartLayout& layout = chart.layout;
    ChartExporter::Options options;
    options.format = ChartExporter::Format::Png;
    const QImage png = exportPng(layout, d, chartStyle, options);
    options.format = ChartExporter::Format::Svg;
    QSvgRenderer renderer(exportBytes(layout, d, chartStyle, options));
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.viewBoxF().size(), QSizeF(png.size()));
    QImage drawn(png.size(), QImage::Format_ARGB32_Premultiplied);
    drawn.fill(Qt::transparent);
    QPainter painter(&drawn);
    renderer.render(&painter, QRectF(QPointF(0, 0), png.size()));
    painter.end();
    // Qt's SVG renderer lays text out itself, so glyph edges differ a little more than between two PNGs.
    const ImageCompare::Result result = ImageCompare::compare(drawn, png);
    QVERIFY2(result.within(2.0, 0.02), qPrintable(result.describe()));
}

void TestChartRender::longNamesAreCondensedNotCut()
{
    Directory d;
    const QString longLast = u"Wolfeschlegelsteinhausenbergerdorff-Okonkwo"_s;
    d.upsert({person(u"x"_s, u"Hubert Blaine"_s, longLast, {}, u"Engineer"_s)});
    ChartSpec spec;
    spec.focusRow = 0;
    const ChartStyle chartStyle = style();
    const ChartLayout layout = ChartLayout::build(d, spec, chartStyle.metrics());
    ChartExporter::Options options;
    const QByteArray svg = exportBytes(layout, d, chartStyle, options);
    QString problem;
    QVERIFY(svgTexts(svg, &problem).contains(u"Hubert Blaine "_s + longLast));
    QVERIFY(problem.isEmpty());
    // Drawn narrower than its natural width, inside the box.
    QVERIFY(chartStyle.nameMetrics().horizontalAdvance(u"Hubert Blaine "_s + longLast) > layout.metrics().boxWidth);
    QVERIFY(svg.contains("transform=\"matrix(0."));
}

void TestChartRender::pdfFitsOnePageOrSplits()
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    QVERIFY2(!pdftotext.isEmpty(), "pdftotext is missing: install poppler-utils (scripts/install-deps)");
    const ChartStyle chartStyle = style();
    QTemporaryDir dir;

    // A small chart: one page, landscape, the names as text.
    Directory small;
    fillExplore(&small);
    ChartSpec spec;
    spec.focusRow = small.rowOf(u"priya"_s);
    const ChartLayout smallLayout = ChartLayout::build(small, spec, chartStyle.metrics());
    ChartExporter::Options options;
    options.format = ChartExporter::Format::Pdf;
    for (ChartExporter::Paper paper : {ChartExporter::Paper::A4, ChartExporter::Paper::Letter}) {
        options.paper = paper;
        const QByteArray pdf = exportBytes(smallLayout, small, chartStyle, options);
        QCOMPARE(pdf.count("/Type /Page\n"), 1);
        QVERIFY(pdf.contains(paper == ChartExporter::Paper::A4 ? "/MediaBox [0 0 842.000000 595.000000]"
                                                               : "/MediaBox [0 0 792.000000 612.000000]"));
    }
    const QString path = dir.filePath(u"small.pdf"_s);
    QString error;
    QVERIFY2(ChartExporter(smallLayout, small, chartStyle).save(path, options, &error), qPrintable(error));
    QProcess text;
    text.start(pdftotext, {u"-layout"_s, path, u"-"_s});
    QVERIFY(text.waitForFinished(60000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    for (int row : smallLayout.rows())
        QVERIFY2(words.contains(small.user(row).displayName()), qPrintable(small.user(row).displayName()));

    // A whole department three levels down: too large to read on one page, so several.
    Directory big;
    const ChartSpec teamSpec = ceoTeam(&big, 3);
    const ChartLayout bigLayout = ChartLayout::build(big, teamSpec, chartStyle.metrics());
    options.paper = ChartExporter::Paper::A4;
    const QByteArray pdf = exportBytes(bigLayout, big, chartStyle, options);
    const int pages = int(pdf.count("/Type /Page\n"));
    QVERIFY2(pages > 1, qPrintable(QString::number(pages)));
    const ChartExporter::PdfPlan plan = ChartExporter(bigLayout, big, chartStyle).pdfPlan(options.paper);
    QCOMPARE(pages, plan.tiles.size());
    // Each page says where it is.
    const QString bigPath = dir.filePath(u"big.pdf"_s);
    QFile file(bigPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    QProcess second;
    second.start(pdftotext, {u"-f"_s, u"2"_s, u"-l"_s, u"2"_s, bigPath, u"-"_s});
    QVERIFY(second.waitForFinished(60000));
    const QString page2 = QString::fromUtf8(second.readAllStandardOutput());
    QVERIFY2(page2.contains(u"Page 2 of %1 (row 1, column 2)"_s.arg(pages)), qPrintable(page2.left(300)));
}

void TestChartRender::pdfTilesShowEveryBoxWhole()
{
    Directory d;
    const ChartSpec spec = ceoTeam(&d, 3);
    const ChartStyle chartStyle = style();
    const ChartLayout layout = ChartLayout::build(d, spec, chartStyle.metrics());
    const ChartMetrics m = layout.metrics();
    const QRectF area = ChartExporter(layout, d, chartStyle).area();
    const QSizeF page(785, 524);
    const ChartExporter::PdfPlan plan =
        ChartExporter::planPdf(area, page, QSizeF(m.boxWidth + m.gapX, m.boxHeight + m.gapY));
    QCOMPARE(plan.scale, ChartExporter::tileScale);
    QCOMPARE(plan.tiles.size(), plan.rows * plan.columns);
    for (const QRectF& tile : plan.tiles)
        QCOMPARE(tile.size(), page / ChartExporter::tileScale);
    for (const ChartNode& node : layout.nodes()) {
        bool whole = false;
        for (const QRectF& tile : plan.tiles)
            whole = whole || tile.contains(node.rect);
        QVERIFY2(whole, qPrintable(u"a box at %1,%2 is cut on every page"_s.arg(node.rect.x()).arg(node.rect.y())));
    }
    // Something small fits one page, not enlarged beyond 1 point per pixel.
    const ChartExporter::PdfPlan one = ChartExporter::planPdf(QRectF(0, 0, 300, 200), page, QSizeF(10, 10));
    QCOMPARE(one.tiles.size(), 1);
    QCOMPARE(one.scale, ChartExporter::largestScale);
}

void TestChartRender::avatarsAreStableAndReadable()
{
    // The same name, the same colour, in every run (the value is fixed here: FNV-1a, not the seeded qHash).
    QCOMPARE(ChartStyle::avatarColour(u"Ana Ortiz"_s), ChartStyle::avatarColour(u"Ana Ortiz"_s));
    QCOMPARE(ChartStyle::avatarColour(u"Ana Ortiz"_s).name(), u"#bf360c"_s);
    QSet<QRgb> used;
    for (int i = 0; i < 200; ++i)
        used.insert(ChartStyle::avatarColour(u"Person %1"_s.arg(i)).rgb());
    QCOMPARE(used.size(), ChartStyle::avatarColours().size());
    for (const QColor& c : ChartStyle::avatarColours())
        QVERIFY2(contrast(c, Qt::white) >= 4.5, qPrintable(c.name()));
    QCOMPARE(ChartStyle::initials(TestUsers::make(u"1"_s, u"ana"_s, u"ortiz"_s)), u"AO"_s);
    QCOMPARE(ChartStyle::initials(TestUsers::make(u"2"_s, u"Émile"_s, u"(Zola)"_s)), u"ÉZ"_s);
    QCOMPARE(ChartStyle::initials(User::fromJson({{u"id"_s, u"3"_s}, {u"emailAddress"_s, u"x.y@z.com"_s}})), u"X"_s);
}

void TestChartRender::palettesAreReadable()
{
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    light.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    const QList<std::pair<const char*, ChartPalette>> palettes = {
        {"light", ChartPalette::light()},
        {"dark", ChartPalette::dark()},
        {"from a light window", ChartPalette::fromPalette(light)},
        {"from a dark window", ChartPalette::fromPalette(dark)},
    };
    for (const auto& [name, p] : palettes) {
        // Text (WCAG AA, 4.5:1) on every fill it is drawn on; borders and lines as UI components (3:1).
        for (const QColor& fill : {p.box, p.focusFill, p.matchFill}) {
            QVERIFY2(contrast(p.text, fill) >= 4.5, name);
            QVERIFY2(contrast(p.secondaryText, fill) >= 4.5, name);
        }
        QVERIFY2(contrast(p.badgeText, p.badge) >= 4.5, name);
        QVERIFY2(contrast(p.warning, p.box) >= 4.5, name);
        QVERIFY2(contrast(p.boxBorder, p.box) >= 3, name);
        QVERIFY2(contrast(p.connector, p.background) >= 3, name);
        QVERIFY2(contrast(p.accent, p.background) >= 3, name);
        QVERIFY2(contrast(p.matchBorder, p.background) >= 3, name);
        QCOMPARE(p.isDark, QByteArray(name).contains("dark"));
    }
}

void TestChartRender::accessibleNames()
{
    Directory d;
    fillExplore(&d);
    ChartSpec spec;
    spec.focusRow = d.rowOf(u"priya"_s);
    const ChartLayout layout = ChartLayout::build(d, spec);
    auto name = [&](const QString& id) { return ChartText::accessibleName(layout, layout.nodeOfRow(d.rowOf(id)), d); };
    QCOMPARE(name(u"priya"_s), u"Priya Raman, VP Engineering, current person, 3 direct reports, 5 in all"_s);
    QCOMPARE(name(u"morgan"_s), u"Morgan Lee, Chief Executive Officer, manager, 3 direct reports, 8 in all"_s);
    QCOMPARE(name(u"alex"_s), u"Alex Kim, VP Sales, peer"_s);
    QCOMPARE(name(u"dana"_s), u"Dana Ruiz, Staff Engineer, inactive"_s);
    QCOMPARE(name(u"chen"_s), u"Chen Wei, Director, Platform, 2 direct reports, 2 in all, collapsed"_s);

    Directory missing;
    fillMissing(&missing);
    spec.focusRow = missing.rowOf(u"ola"_s);
    const ChartLayout top = ChartLayout::build(missing, spec);
    QCOMPARE(ChartText::accessibleName(top, top.rootNode(), missing), u"Manager not in directory (id ghost-17)"_s);
    Directory cycle;
    fillCycle(&cycle);
    spec.focusRow = cycle.rowOf(u"me"_s);
    const ChartLayout loop = ChartLayout::build(cycle, spec);
    QCOMPARE(ChartText::accessibleName(loop, loop.crumbs().first(), cycle), u"Reporting cycle, back to Mia Focus"_s);
}

void TestChartRender::formatKeys()
{
    ChartExporter::Format format;
    QVERIFY(ChartExporter::fromFileName(u"/tmp/team.PDF"_s, &format));
    QCOMPARE(format, ChartExporter::Format::Pdf);
    QVERIFY(ChartExporter::fromKey(u"png"_s, &format));
    QCOMPARE(format, ChartExporter::Format::Png);
    QVERIFY(!ChartExporter::fromFileName(u"team"_s, &format));
    QVERIFY(!ChartExporter::fromKey(u"jpeg"_s, &format));
    ChartExporter::Paper paper;
    QVERIFY(ChartExporter::paperFromKey(u"Letter"_s, &paper));
    QCOMPARE(paper, ChartExporter::Paper::Letter);
    QVERIFY(!ChartExporter::paperFromKey(u"a3"_s, &paper));
}

QTEST_MAIN(TestChartRender)
#include "tst_chartrender.moc"
