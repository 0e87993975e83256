// SPDX-License-Identifier: MIT
#include "benchchart.h"

#include "benchdata.h"
#include "benchreport.h"

#include "chart/chartexporter.h"
#include "chart/chartlayout.h"
#include "chart/chartpainter.h"
#include "chart/chartstyle.h"
#include "chartcanvas.h"
#include "directory/directory.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

#include <algorithm>
#include <ctime>

namespace {

constexpr double frameMs = 1000.0 / 60;
const QSize viewport(1600, 1000); // the chart tab of a large window

double ms(const QElapsedTimer& timer)
{
    return timer.nsecsElapsed() / 1e6;
}

// This thread's CPU time: on a shared machine it says what the work costs when wall time says how busy the others are.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

double quantile(QList<double> values, double q)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[std::min(values.size() - 1, qsizetype(values.size() * q))];
}

// What the chart tab paints first: the viewport, at 100 %, with `node` in its middle.
void paintViewport(QImage* image, const ChartLayout& layout, const Directory& directory, const ChartStyle& style,
                   int node)
{
    image->fill(style.palette().background);
    QPainter painter(image);
    const QPointF centre = layout.node(node).rect.center();
    painter.translate(QPointF(viewport.width() / 2.0, viewport.height() / 2.0) - centre);
    ChartPaintOptions options;
    options.interactive = true;
    options.exposed = QRectF(centre - QPointF(viewport.width() / 2.0, viewport.height() / 2.0), QSizeF(viewport));
    ChartPainter(layout, directory, style).paint(&painter, options);
}

// The floor for drawing those boxes: the same rectangles and names with bare QPainter calls, no layout, no avatars.
void paintBare(QImage* image, const ChartLayout& layout, const Directory& directory, const ChartStyle& style, int node)
{
    image->fill(style.palette().background);
    QPainter painter(image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPointF centre = layout.node(node).rect.center();
    painter.translate(QPointF(viewport.width() / 2.0, viewport.height() / 2.0) - centre);
    painter.setFont(style.nameFont());
    const QRectF exposed(centre - QPointF(viewport.width() / 2.0, viewport.height() / 2.0), QSizeF(viewport));
    for (const ChartNode& n : layout.nodes()) {
        if (!n.rect.intersects(exposed))
            continue;
        painter.drawRoundedRect(n.rect, 8, 8);
        if (n.row >= 0)
            painter.drawText(n.rect.topLeft() + QPointF(60, 24), directory.user(n.row).displayName());
    }
}

} // namespace

namespace BenchChart {

bool run(BenchReport* report, int userCount, int teamSize, int recentres)
{
    QList<User> users;
    users.reserve(userCount);
    for (const QJsonObject& o : BenchData::demoUsers(userCount))
        users.append(User::fromJson(o));
    Directory directory;
    directory.upsert(users);
    users.clear();
    directory.totalReports(0); // the report counts, computed once after a load as the app does

    int team = -1;
    for (int row = 0; row < directory.count(); ++row) {
        if (team < 0 || std::abs(directory.totalReports(row) + 1 - teamSize) <
                            std::abs(directory.totalReports(team) + 1 - teamSize))
            team = row;
    }
    const int members = directory.totalReports(team) + 1;
    QFont font = QGuiApplication::font();
    font.setPixelSize(13);
    const ChartStyle style(font);
    ChartSpec spec;
    spec.mode = ChartSpec::Mode::Team;
    spec.focusRow = team;
    spec.depth = 50; // everyone below
    QImage image(viewport, QImage::Format_ARGB32_Premultiplied);

    // Layout + first paint of the team, and the bare floor; medians of five.
    QList<double> ours;
    QList<double> layoutOnly;
    QList<double> bare;
    int shown = 0;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        const ChartLayout layout = ChartLayout::build(directory, spec, style.metrics());
        layoutOnly.append(ms(timer));
        paintViewport(&image, layout, directory, style, layout.focusNode());
        ours.append(ms(timer));
        shown = int(layout.rows().size());
        timer.start();
        paintBare(&image, layout, directory, style, layout.focusNode());
        bare.append(ms(timer));
    }
    BenchFigure first =
        BenchData::figure(QStringLiteral("chart.team%1.firstPaint").arg(teamSize),
                          QStringLiteral("Chart of a %1-person team: layout + first paint (1600×1000, 100 %)")
                              .arg(BenchReport::number(members)),
                          BenchData::median(ours), QStringLiteral("ms"));
    first.reference = BenchData::median(bare);
    first.referenceText = QStringLiteral("bare QPainter boxes + names %1 ms; layout alone %2 ms; %3 boxes")
                              .arg(BenchData::ms(first.reference), BenchData::ms(BenchData::median(layoutOnly)),
                                   BenchReport::number(shown));
    first.ratio = first.value / 50;
    first.ratioText = QStringLiteral("%1× target").arg(BenchReport::number(first.ratio, 2));
    first.target = QStringLiteral("≤ 50 ms");
    first.verdict = first.value <= 50 ? BenchFigure::Verdict::Pass : BenchFigure::Verdict::Miss;
    report->add(first);

    // Re-centring on random people of the whole directory: layout + the frame that shows it.
    QRandomGenerator rng(2020);
    QList<int> people;
    for (int i = 0; i < recentres; ++i)
        people.append(int(rng.bounded(directory.count())));
    QList<double> recentre;
    QList<double> recentreLayout;
    QList<double> recentreCpu;
    QList<double> lookups;
    qsizetype sink = 0;
    for (int row : std::as_const(people)) {
        QElapsedTimer timer;
        timer.start();
        const double cpu = threadCpuMs();
        ChartSpec explore;
        explore.focusRow = row;
        const ChartLayout layout = ChartLayout::build(directory, explore, style.metrics());
        recentreLayout.append(ms(timer));
        paintViewport(&image, layout, directory, style, layout.focusNode());
        recentre.append(ms(timer));
        recentreCpu.append(threadCpuMs() - cpu);
        // The reference: only the directory's answers the chart needs (chain, peers, reports, their counts).
        timer.start();
        const Directory::Chain chain = directory.managerChain(row);
        const int manager = chain.rows.isEmpty() ? -1 : chain.rows.last();
        QList<int> group = manager >= 0 ? directory.directReports(manager) : QList<int>{row};
        group += directory.directReports(row);
        for (int r : std::as_const(group))
            sink +=
                directory.user(r).displayName().size() + directory.directReports(r).size() + directory.totalReports(r);
        lookups.append(ms(timer));
    }
    if (qEnvironmentVariableIsSet("GONGDIR_BENCH_VERBOSE"))
        std::fprintf(stderr, "bench: re-centre median %.2f ms (CPU %.2f ms), of which layout %.2f ms\n",
                     quantile(recentre, 0.5), quantile(recentreCpu, 0.5), quantile(recentreLayout, 0.5));
    BenchFigure centre =
        BenchData::figure(QStringLiteral("chart.%1.recentre").arg(userCount),
                          QStringLiteral("Chart in %1 users: re-centre (layout + frame), p95 (%2 people)")
                              .arg(BenchReport::number(userCount), BenchReport::number(recentres)),
                          quantile(recentre, 0.95), QStringLiteral("ms"));
    centre.reference = quantile(lookups, 0.95);
    centre.referenceText = QStringLiteral("directory lookups alone p95 %1 ms; ours median %2, worst %3 ms")
                               .arg(BenchData::ms(centre.reference), BenchData::ms(quantile(recentre, 0.5)),
                                    BenchData::ms(quantile(recentre, 1.0)));
    centre.ratio = centre.value / frameMs;
    centre.ratioText = QStringLiteral("%1 frame").arg(BenchReport::number(centre.ratio, 2));
    centre.target = QStringLiteral("≤ 16 ms");
    centre.verdict = centre.value <= 16 ? BenchFigure::Verdict::Pass : BenchFigure::Verdict::Miss;
    report->add(centre);

    // The same re-centres through the Chart tab's widget: its layout (by id, with the search's marks to find) and
    // its paint event, rendered into an image of the same size. The core path above is its reference.
    ChartCanvas canvas(&directory);
    canvas.resize(viewport);
    canvas.setMatcher([](int row) { return row % 7 == 0; }); // a search is active
    QImage widgetImage(viewport, QImage::Format_ARGB32_Premultiplied);
    QList<double> widgetRecentre;
    for (int row : std::as_const(people)) {
        QElapsedTimer timer;
        timer.start();
        canvas.centreOn(row, false);
        canvas.render(&widgetImage);
        widgetRecentre.append(ms(timer));
    }
    BenchFigure widget =
        BenchData::figure(QStringLiteral("chart.%1.widgetRecentre").arg(userCount),
                          QStringLiteral("Chart tab in %1 users: re-centre (widget layout + paint event), p95")
                              .arg(BenchReport::number(userCount)),
                          quantile(widgetRecentre, 0.95), QStringLiteral("ms"));
    widget.reference = centre.value;
    widget.referenceText = QStringLiteral("the core path (layout + frame) p95 %1 ms; widget median %2 ms")
                               .arg(BenchData::ms(centre.value), BenchData::ms(quantile(widgetRecentre, 0.5)));
    widget.ratio = widget.value / frameMs;
    widget.ratioText = QStringLiteral("%1 frame").arg(BenchReport::number(widget.ratio, 2));
    widget.target = QStringLiteral("≤ 16 ms");
    widget.verdict = widget.value <= 16 ? BenchFigure::Verdict::Pass : BenchFigure::Verdict::Miss;
    report->add(widget);

    // The team as SVG, beside the same chart as a PNG at 1×: medians of three.
    const ChartLayout layout = ChartLayout::build(directory, spec, style.metrics());
    const ChartExporter exporter(layout, directory, style);
    QList<double> svg;
    QList<double> png;
    qint64 svgBytes = 0;
    for (int i = 0; i < 3; ++i) {
        for (ChartExporter::Format format : {ChartExporter::Format::Svg, ChartExporter::Format::Png}) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            ChartExporter::Options options;
            options.format = format;
            QString error;
            QElapsedTimer timer;
            timer.start();
            if (!exporter.write(&buffer, options, &error)) {
                std::fprintf(stderr, "bench: chart export failed: %s\n", qPrintable(error));
                return false;
            }
            (format == ChartExporter::Format::Svg ? svg : png).append(ms(timer));
            if (format == ChartExporter::Format::Svg)
                svgBytes = buffer.size();
        }
    }
    BenchFigure out =
        BenchData::figure(QStringLiteral("chart.team%1.svg").arg(teamSize),
                          QStringLiteral("Chart of a %1-person team: export as SVG").arg(BenchReport::number(members)),
                          BenchData::median(svg), QStringLiteral("ms"));
    out.reference = BenchData::median(png);
    out.referenceText = QStringLiteral("PNG of the same chart at 1× %1 ms (%2 × %3 px); SVG %4 KiB")
                            .arg(BenchData::ms(out.reference))
                            .arg(exporter.area().width(), 0, 'f', 0)
                            .arg(exporter.area().height(), 0, 'f', 0)
                            .arg(BenchReport::number(svgBytes / 1024.0));
    out.ratio = out.value / 1000;
    out.ratioText = QStringLiteral("%1× target").arg(BenchReport::number(out.ratio, 2));
    out.target = QStringLiteral("≤ 1 s");
    out.verdict = out.value <= 1000 ? BenchFigure::Verdict::Pass : BenchFigure::Verdict::Miss;
    report->add(out);
    return sink >= 0;
}

} // namespace BenchChart
