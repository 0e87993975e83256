// SPDX-License-Identifier: MIT
#include "chartcommand.h"

#include "chart/chartlayout.h"
#include "chart/chartstyle.h"
#include "directory/directory.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>

ChartCommand::ChartCommand(QObject* parent)
    : QObject(parent)
{}

ChartCommand::~ChartCommand() = default;

bool ChartCommand::isChartCommand(int argc, char* argv[])
{
    return argc > 1 && std::strcmp(argv[1], "chart") == 0;
}

namespace {
QtMessageHandler qtHandler = nullptr;

// QGuiApplication warns when XDG_RUNTIME_DIR is unset, as it is under cron and in containers: nothing a chart needs,
// and a cron job would mail it every time.
void quietHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    qtHandler(type, context, message);
}
} // namespace

int ChartCommand::main(int argc, char* argv[])
{
    // Fonts and painting need a QGuiApplication; the offscreen platform gives it one without a display, whatever
    // the environment asks for (the command never opens a window).
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qtHandler = qInstallMessageHandler(quietHandler);
    QGuiApplication app(argc, argv);
    return DirectorySource::runMain<ChartCommand>(QStringLiteral("chart"));
}

int ChartCommand::parse(const QStringList& arguments, const QProcessEnvironment& environment, Options* options,
                        QString* output)
{
    const QStringList args = SourceOptions::commandArguments(arguments, QStringLiteral("chart"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Draw an organisation chart as SVG, PNG or PDF, without a display: the person --root names, their\n"
           "reports down to --depth levels, and their chain of managers above them.") +
        QStringLiteral("\n\n") + SourceOptions::helpText());
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    SourceOptions::addOptions(&parser, tr("Chart the built-in demo company of N users (--demo alone: 5000)."),
                              tr("Also load Gong staff (avatars)."));
    const QCommandLineOption offline(QStringLiteral("offline"),
                                     tr("Use the offline copy of the directory instead of loading it (not available "
                                        "yet)."));
    const QCommandLineOption root(QStringLiteral("root"), tr("The person at the top of the chart: an id or an e-mail."),
                                  QStringLiteral("EMAIL|ID"));
    const QCommandLineOption depth(QStringLiteral("depth"),
                                   tr("Levels of reports below the root (default 2; 0 is the root alone)."),
                                   QStringLiteral("N"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("svg, png or pdf; without it, the output file's suffix decides (else svg)."),
                                    QStringLiteral("format"));
    const QCommandLineOption out(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                 tr("Write to FILE (replaced only when the chart is complete); '-' is stdout."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption scale(QStringLiteral("scale"),
                                   tr("PNG pixels per point of the chart: 1 (default), 2 or 4."), QStringLiteral("N"));
    const QCommandLineOption paper(QStringLiteral("paper"),
                                   tr("PDF paper, landscape: a4 (default) or letter. A large chart is split over "
                                      "pages."),
                                   QStringLiteral("size"));
    const QCommandLineOption theme(QStringLiteral("theme"), tr("light (default) or dark."), QStringLiteral("theme"));
    parser.addOptions({offline, root, depth, format, out, scale, paper, theme});

    const int parsed = DirectorySource::parseArguments(&parser, args, QStringLiteral("chart"), output);
    if (parsed >= 0)
        return parsed;

    Options o;
    o.root = parser.value(root).trimmed();
    if (o.root.isEmpty()) {
        *output = tr("--root needs the id or e-mail of the person at the top of the chart.");
        return UsageError;
    }
    if (parser.isSet(depth)) {
        bool ok = false;
        o.depth = parser.value(depth).toInt(&ok);
        if (!ok || o.depth < 0 || o.depth > MaxDepth) {
            *output = tr("--depth expects a number of levels from 0 to %1.").arg(MaxDepth);
            return UsageError;
        }
    }
    o.output = parser.value(out);
    if (o.output.isEmpty()) {
        *output = tr("-o needs a file to write the chart to, or '-' for stdout.");
        return UsageError;
    }
    if (parser.isSet(format)) {
        if (!ChartExporter::fromKey(parser.value(format), &o.format)) {
            *output = tr("Unknown format “%1”; use svg, png or pdf.").arg(parser.value(format));
            return UsageError;
        }
    } else if (o.output != QLatin1String("-")) {
        ChartExporter::fromFileName(o.output, &o.format); // "team.pdf" means PDF
    }
    if (parser.isSet(scale)) {
        const QString value = parser.value(scale);
        if (value != QLatin1String("1") && value != QLatin1String("2") && value != QLatin1String("4")) {
            *output = tr("--scale expects 1, 2 or 4.");
            return UsageError;
        }
        if (o.format != ChartExporter::Format::Png) {
            *output = tr("--scale applies to PNG only.");
            return UsageError;
        }
        o.scale = value.toInt();
    }
    if (parser.isSet(paper)) {
        if (!ChartExporter::paperFromKey(parser.value(paper), &o.paper)) {
            *output = tr("Unknown paper “%1”; use a4 or letter.").arg(parser.value(paper));
            return UsageError;
        }
        if (o.format != ChartExporter::Format::Pdf) {
            *output = tr("--paper applies to PDF only.");
            return UsageError;
        }
    }
    if (parser.isSet(theme)) {
        const QString value = parser.value(theme).toLower();
        if (value != QLatin1String("light") && value != QLatin1String("dark")) {
            *output = tr("Unknown theme “%1”; use light or dark.").arg(parser.value(theme));
            return UsageError;
        }
        o.dark = value == QLatin1String("dark");
    }
    if (parser.isSet(offline)) {
        // Issue 18 adds the offline copy; until it is there, say so instead of loading behind the user's back.
        *output = tr("--offline is not available yet: this version keeps no offline copy of the directory.");
        return UsageError;
    }
    if (!o.read(parser, environment, output))
        return UsageError;
    *options = o;
    return -1;
}

int ChartCommand::findRoot(const Directory& directory, const QString& root)
{
    const int byId = directory.rowOf(root);
    if (byId >= 0)
        return byId;
    if (!root.contains(QLatin1Char('@')))
        return -1;
    for (int row = 0; row < directory.count(); ++row) {
        const User& user = directory.user(row);
        if (user.emailAddress.compare(root, Qt::CaseInsensitive) == 0)
            return row;
    }
    for (int row = 0; row < directory.count(); ++row) {
        for (const QString& alias : directory.user(row).emailAliases) {
            if (alias.compare(root, Qt::CaseInsensitive) == 0)
                return row;
        }
    }
    return -1;
}

int ChartCommand::run(const Options& given)
{
    Options options = given;
    Directory directory;
    const int loaded = m_source.loadFor(options.output, &options, &directory);
    if (loaded != Success)
        return loaded;

    const QLocale locale = DirectorySource::numberLocale();
    const int root = findRoot(directory, options.root);
    if (root < 0) {
        m_source.error(tr("Nobody in the directory has the id or e-mail “%1” (%2 people loaded).")
                           .arg(options.root, locale.toString(directory.count())));
        return UsageError;
    }
    QFont font = QGuiApplication::font();
    font.setPixelSize(13);
    const ChartStyle style(font, options.dark ? ChartPalette::dark() : ChartPalette::light());
    ChartSpec spec;
    spec.mode = ChartSpec::Mode::Team;
    spec.focusRow = root;
    spec.depth = options.depth;
    const ChartLayout layout = ChartLayout::build(directory, spec, style.metrics());
    const int people = int(layout.rows().size());
    if (people > MaxPeople) {
        m_source.error(tr("The chart would show %1 people, more than %2; choose a smaller --depth.")
                           .arg(locale.toString(people), locale.toString(MaxPeople)));
        return UsageError;
    }

    ChartExporter::Options exportOptions;
    exportOptions.format = options.format;
    exportOptions.scale = options.scale;
    exportOptions.paper = options.paper;
    const ChartExporter exporter(layout, directory, style);
    const bool toStdout = options.output == QLatin1String("-");
    QString why;
    if (toStdout) {
        if (!m_source.writeToStdout(
                [&](QIODevice* device, QString* reason) { return exporter.write(device, exportOptions, reason); }))
            return OutputError;
    } else if (!exporter.save(options.output, exportOptions, &why)) {
        m_source.error(why);
        return OutputError;
    }
    m_source.message(tr("charted %1 people under %2 as %3 to %4")
                         .arg(locale.toString(people), directory.user(root).displayName(),
                              ChartExporter::key(options.format),
                              toStdout ? tr("stdout") : QDir::toNativeSeparators(options.output)));
    return Success;
}
