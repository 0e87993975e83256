// SPDX-License-Identifier: MIT
#include "chartcommand.h"

#include "console.h"

#include "chart/chartlayout.h"
#include "chart/chartstyle.h"
#include "credentials/environmentconnection.h"
#include "directory/directory.h"
#include "export/exportfile.h"
#include "store/snapshotinfo.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QGuiApplication>

namespace {
const QString commandName = QStringLiteral("chart");

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

ChartCommand::ChartCommand(QObject* parent)
    : QObject(parent)
{}

ChartCommand::~ChartCommand() = default;

CliCommand ChartCommand::command()
{
    CliCommand c;
    c.name = commandName;
    c.summary = QT_TRANSLATE_NOOP("CliCommand", "Draw a team's org chart as SVG, PNG or PDF.");
    c.describe = &ChartCommand::describe;
    c.run = &Console::main<ChartCommand>;
    c.makeApplication = &ChartCommand::makeApplication;
    return c;
}

std::unique_ptr<QCoreApplication> ChartCommand::makeApplication(int& argc, char** argv)
{
    // The offscreen platform gives painting and fonts without a display, whatever the environment asks for (the
    // command never opens a window).
    qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!qtHandler)
        qtHandler = qInstallMessageHandler(quietHandler);
    return std::make_unique<QGuiApplication>(argc, argv);
}

void ChartCommand::describe(QCommandLineParser* parser)
{
    parser->setApplicationDescription(
        tr("Draw an organisation chart as SVG, PNG or PDF, without a display: the person --root names, their\n"
           "reports down to --depth levels, and their chain of managers above them.") +
        QStringLiteral("\n\n") + EnvironmentConnection::helpText() + QStringLiteral("\n\n") +
        tr("Saved connections: --profile NAME uses a connection saved in the app: its base URL, and its\n"
           "secrets from the system keychain. --base-url and the environment still take precedence.") +
        QStringLiteral("\n\n") +
        tr("Exit codes: 0 success, 2 usage error, nobody with the --root id or e-mail, or missing configuration\n"
           "(no credentials, unknown --profile, keychain unavailable), 3 authentication failure (401/403), 4 API\n"
           "or network failure after retries, 5 output could not be written."));
    ConnectionOptions::addOptions(parser, tr("Chart the built-in demo company of N users (--demo alone: 5000)."),
                                  tr("Also load Gong staff (avatars)."));
    parser->addOptions(DirectorySource::sourceOptions(
        tr("Make no request: chart the newest snapshot of the offline copy (no credentials "
           "needed).")));
    parser->addOptions({
        QCommandLineOption(QStringLiteral("root"), tr("The person at the top of the chart: an id or an e-mail."),
                           QStringLiteral("EMAIL|ID")),
        QCommandLineOption(QStringLiteral("depth"),
                           tr("Levels of reports below the root (default 2; 0 is the root alone)."),
                           QStringLiteral("N")),
        QCommandLineOption(QStringLiteral("format"),
                           tr("svg, png or pdf; without it, the output file's suffix decides (else svg)."),
                           QStringLiteral("format")),
        QCommandLineOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                           tr("Write to FILE (replaced only when the chart is complete); '-' is stdout."),
                           QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("scale"), tr("PNG pixels per point of the chart: 1 (default), 2 or 4."),
                           QStringLiteral("N")),
        QCommandLineOption(QStringLiteral("paper"),
                           tr("PDF paper, landscape: a4 (default) or letter. A large chart is split over pages."),
                           QStringLiteral("size")),
        QCommandLineOption(QStringLiteral("theme"), tr("light (default) or dark."), QStringLiteral("theme")),
    });
}

int ChartCommand::parse(const QStringList& arguments, const QProcessEnvironment& environment, Options* options,
                        QString* output)
{
    QCommandLineParser parser;
    if (const int code = Console::parse(&parser, command(), arguments, output); code >= 0)
        return code;
    const QString root = QStringLiteral("root");
    const QString depth = QStringLiteral("depth");
    const QString format = QStringLiteral("format");
    const QString out = QStringLiteral("output");
    const QString scale = QStringLiteral("scale");
    const QString paper = QStringLiteral("paper");
    const QString theme = QStringLiteral("theme");

    Options o;
    o.root = parser.value(root).trimmed();
    if (o.root.isEmpty()) {
        *output = tr("--root needs the id or e-mail of the person at the top of the chart.");
        return DirectorySource::UsageError;
    }
    if (parser.isSet(depth)) {
        bool ok = false;
        o.depth = parser.value(depth).toInt(&ok);
        if (!ok || o.depth < 0 || o.depth > MaxDepth) {
            *output = tr("--depth expects a number of levels from 0 to %1.").arg(MaxDepth);
            return DirectorySource::UsageError;
        }
    }
    o.output = parser.value(out);
    if (o.output.isEmpty()) {
        *output = tr("-o needs a file to write the chart to, or '-' for stdout.");
        return DirectorySource::UsageError;
    }
    if (parser.isSet(format)) {
        if (!ChartExporter::fromKey(parser.value(format), &o.format)) {
            *output = tr("Unknown format “%1”; use svg, png or pdf.").arg(parser.value(format));
            return DirectorySource::UsageError;
        }
    } else if (o.output != QLatin1String("-")) {
        ChartExporter::fromFileName(o.output, &o.format); // "team.pdf" means PDF
    }
    if (parser.isSet(scale)) {
        const QString value = parser.value(scale);
        if (value != QLatin1String("1") && value != QLatin1String("2") && value != QLatin1String("4")) {
            *output = tr("--scale expects 1, 2 or 4.");
            return DirectorySource::UsageError;
        }
        if (o.format != ChartExporter::Format::Png) {
            *output = tr("--scale applies to PNG only.");
            return DirectorySource::UsageError;
        }
        o.scale = value.toInt();
    }
    if (parser.isSet(paper)) {
        if (!ChartExporter::paperFromKey(parser.value(paper), &o.paper)) {
            *output = tr("Unknown paper “%1”; use a4 or letter.").arg(parser.value(paper));
            return DirectorySource::UsageError;
        }
        if (o.format != ChartExporter::Format::Pdf) {
            *output = tr("--paper applies to PDF only.");
            return DirectorySource::UsageError;
        }
    }
    if (parser.isSet(theme)) {
        const QString value = parser.value(theme).toLower();
        if (value != QLatin1String("light") && value != QLatin1String("dark")) {
            *output = tr("Unknown theme “%1”; use light or dark.").arg(parser.value(theme));
            return DirectorySource::UsageError;
        }
        o.dark = value == QLatin1String("dark");
    }
    const int source = DirectorySource::readSourceOptions(
        parser, environment, &o, output,
        tr("Nothing to chart: use --demo, --profile NAME, or --base-url / GONG_BASE_URL with credentials in %1.")
            .arg(EnvironmentConnection::credentialVariables()));
    if (source >= 0)
        return source;
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
    m_source.setQuiet(given.quiet);
    QString why;
    const bool toStdout = given.output == QLatin1String("-");
    // The output before a long load: a typo costs a second, not a minute.
    if (!toStdout && !ExportFile::canWrite(given.output, &why)) {
        m_source.error(why);
        return DirectorySource::OutputError;
    }
    Options options = given;
    Directory directory;
    SnapshotInfo snapshot;
    const int loaded = m_source.get(&options, &directory, &snapshot);
    if (loaded != DirectorySource::Success)
        return loaded;

    const QLocale locale = Console::numberLocale();
    const int root = findRoot(directory, options.root);
    if (root < 0) {
        m_source.error(tr("Nobody in the directory has the id or e-mail “%1” (%2 people loaded).")
                           .arg(options.root, locale.toString(directory.count())));
        return DirectorySource::UsageError;
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
        return DirectorySource::UsageError;
    }

    ChartExporter::Options exportOptions;
    exportOptions.format = options.format;
    exportOptions.scale = options.scale;
    exportOptions.paper = options.paper;
    const ChartExporter exporter(layout, directory, style);
    if (toStdout) {
        if (!writeToStdout(exporter, exportOptions))
            return DirectorySource::OutputError;
    } else if (!exporter.save(options.output, exportOptions, &why)) {
        m_source.error(why);
        return DirectorySource::OutputError;
    }
    m_source.message(tr("charted %1 people under %2 as %3 to %4")
                         .arg(locale.toString(people), directory.user(root).displayName(),
                              ChartExporter::key(options.format),
                              toStdout ? tr("stdout") : QDir::toNativeSeparators(options.output)));
    return DirectorySource::Success;
}

bool ChartCommand::writeToStdout(const ChartExporter& exporter, const ChartExporter::Options& options)
{
    // The whole chart first: a chart that fails half-way writes nothing to the pipe.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString why;
    if (!exporter.write(&buffer, options, &why)) {
        m_source.error(tr("Could not write to stdout: %1").arg(why));
        return false;
    }
    QFile out;
    const QByteArray& bytes = buffer.data();
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.flush()) {
        m_source.error(tr("Could not write to stdout: %1").arg(out.errorString()));
        return false;
    }
    return true;
}
