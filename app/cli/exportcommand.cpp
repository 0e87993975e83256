// SPDX-License-Identifier: MIT
#include "exportcommand.h"

#include "search/usermatcher.h"
#include "search/userquery.h"

#include "directory/directory.h"
#include "directory/usercolumns.h"
#include "export/exportfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLocale>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

QString columnsHelp()
{
    QString text = ExportCommand::tr("Columns (use the keys with --columns, separated by commas):") + QLatin1Char('\n');
    int width = 0;
    for (const UserColumn& c : UserColumns::all())
        width = qMax(width, int(c.key.size()));
    for (int i = 0; i < UserColumns::count(); ++i) {
        const UserColumn& c = UserColumns::at(i);
        QString line = QStringLiteral("  ") + c.key.leftJustified(width + 2) + UserColumns::title(i);
        if (c.derived)
            line += QStringLiteral(" ") + ExportCommand::tr("(derived)");
        if (c.visibleByDefault)
            line += QStringLiteral(" ") + ExportCommand::tr("[default]");
        text += line + QLatin1Char('\n');
    }
    return text;
}

} // namespace

ExportCommand::ExportCommand(QObject* parent)
    : QObject(parent)
{}

ExportCommand::~ExportCommand() = default;

bool ExportCommand::isExportCommand(int argc, char* argv[])
{
    return argc > 1 && std::strcmp(argv[1], "export") == 0;
}

int ExportCommand::main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    return DirectorySource::runMain<ExportCommand>(QStringLiteral("export"));
}

int ExportCommand::parse(const QStringList& arguments, const QProcessEnvironment& environment, Options* options,
                         QString* output)
{
    const QStringList args = SourceOptions::commandArguments(arguments, QStringLiteral("export"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        ExportCommand::tr("Export the people in a Gong account to CSV, JSON or vCard, without a display.") +
        QStringLiteral("\n\n") + SourceOptions::helpText());
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  ExportCommand::tr("Show this help."));
    parser.addOption(help);
    SourceOptions::addOptions(&parser,
                              ExportCommand::tr("Export the built-in demo company of N users (--demo alone: 5000)."),
                              ExportCommand::tr("Also export Gong staff (avatars)."));
    const QCommandLineOption query(QStringLiteral("query"),
                                   ExportCommand::tr("Only people matching Q, in the search box's language (e.g. "
                                                     "'title:engineer -is:inactive under:\"Ana Ortiz\"')."),
                                   QStringLiteral("Q"));
    const QCommandLineOption format(QStringLiteral("format"), ExportCommand::tr("csv (default), json or vcard."),
                                    QStringLiteral("format"));
    const QCommandLineOption columns(QStringLiteral("columns"),
                                     ExportCommand::tr("CSV columns, comma-separated keys; 'help' lists them."),
                                     QStringLiteral("keys"));
    const QCommandLineOption noBom(QStringLiteral("no-bom"),
                                   ExportCommand::tr("CSV without the UTF-8 byte-order mark."));
    const QCommandLineOption compact(QStringLiteral("compact"),
                                     ExportCommand::tr("JSON on one line instead of indented."));
    const QCommandLineOption out(
        QStringList{QStringLiteral("o"), QStringLiteral("output")},
        ExportCommand::tr("Write to FILE (replaced only when the export succeeds); '-' is stdout "
                          "(the default)."),
        QStringLiteral("FILE"));
    parser.addOptions({query, format, columns, noBom, compact, out});

    const int parsed = DirectorySource::parseArguments(&parser, args, QStringLiteral("export"), output);
    if (parsed >= 0)
        return parsed;

    Options o;
    if (parser.isSet(columns)) {
        const QString value = parser.value(columns).trimmed();
        if (value.compare(QLatin1String("help"), Qt::CaseInsensitive) == 0) {
            *output = columnsHelp();
            return Success;
        }
        for (const QString& key : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const int c = UserColumns::indexOf(key.trimmed());
            if (c < 0) {
                *output = ExportCommand::tr("Unknown column “%1”; '--columns help' lists them.").arg(key.trimmed());
                return UsageError;
            }
            o.columns.append(UserColumns::at(c).key);
        }
        if (o.columns.isEmpty()) {
            *output = ExportCommand::tr("--columns needs at least one column key.");
            return UsageError;
        }
    }
    if (parser.isSet(out)) {
        o.output = parser.value(out);
        if (o.output.isEmpty()) {
            *output = ExportCommand::tr("--output needs a file name, or '-' for stdout.");
            return UsageError;
        }
    }
    if (parser.isSet(format)) {
        if (!ExportFormats::fromKey(parser.value(format), &o.format)) {
            *output = ExportCommand::tr("Unknown format “%1”; use csv, json or vcard.").arg(parser.value(format));
            return UsageError;
        }
    } else if (o.output != QLatin1String("-")) {
        ExportFormats::fromFileName(o.output, &o.format); // "people.vcf" means vCard
    }
    if (!o.columns.isEmpty() && !ExportFormats::usesColumns(o.format)) {
        *output =
            ExportCommand::tr("--columns applies to CSV only; %1 has a fixed shape.").arg(ExportFormats::key(o.format));
        return UsageError;
    }
    o.query = parser.value(query);
    o.writerOptions.byteOrderMark = !parser.isSet(noBom);
    o.writerOptions.prettyJson = !parser.isSet(compact);

    RowMatcher matcher;
    QString queryError;
    if (!compileQuery(o.query, &matcher, &queryError)) {
        *output = queryError;
        return UsageError;
    }

    if (!o.SourceOptions::read(parser, environment, output))
        return UsageError;
    *options = o;
    return -1;
}

bool ExportCommand::compileQuery(const QString& query, RowMatcher* matcher, QString* error)
{
    // The same language as the search box (UserQuery), so the CLI and the GUI agree on who matches.
    const UserQuery parsed = UserQuery::parse(query);
    if (parsed.hasErrors()) {
        if (error)
            *error = ExportCommand::tr("Bad --query: %1").arg(parsed.errorText());
        return false;
    }
    if (parsed.isEmpty()) {
        *matcher = [](const Directory&, int) { return true; };
        return true;
    }
    // manager:/under: terms are resolved against the directory once, on the first row asked.
    auto cache = std::make_shared<std::unique_ptr<UserMatcher>>();
    *matcher = [parsed, cache](const Directory& directory, int row) {
        if (!*cache || (*cache)->rowCount() != directory.count())
            *cache = std::make_unique<UserMatcher>(parsed, directory);
        return (*cache)->matches(row);
    };
    return true;
}

int ExportCommand::run(const Options& given)
{
    m_source.setCredentialStore(m_store);
    Options options = given;
    Directory directory;
    const int loaded = m_source.loadFor(options.output, &options, &directory);
    if (loaded != Success)
        return loaded;

    QString why;
    RowMatcher matcher;
    if (!compileQuery(options.query, &matcher, &why)) {
        m_source.error(why);
        return UsageError;
    }
    QList<int> rows;
    rows.reserve(directory.count());
    for (int r = 0; r < directory.count(); ++r) {
        if (matcher(directory, r))
            rows.append(r);
    }
    return write(options, directory, rows);
}

int ExportCommand::write(const Options& options, const Directory& directory, const QList<int>& rows)
{
    const QLocale locale = DirectorySource::numberLocale();
    std::unique_ptr<ExportWriter> writer = ExportWriter::create(options.format, options.writerOptions);
    writer->setColumns(options.columns.isEmpty() ? UserColumns::defaultVisibleKeys() : options.columns);
    writer->setProgressHandler([&](qint64 written, qint64 total) {
        m_source.progressLine(ExportCommand::tr("written %1/%2").arg(locale.toString(written), locale.toString(total)),
                              false);
    });

    const bool toStdout = options.output == QLatin1String("-");
    if (toStdout) {
        const bool written = m_source.writeToStdout([&](QIODevice* device, QString* why) {
            if (writer->write(directory, rows, device))
                return true;
            *why = writer->errorString();
            return false;
        });
        if (!written)
            return OutputError;
    } else {
        QString error;
        if (ExportFile::save(options.output, *writer, directory, rows, &error) != ExportFile::Result::Written) {
            m_source.error(error);
            return OutputError;
        }
    }
    m_source.message(ExportCommand::tr("exported %1 of %2 users as %3 to %4")
                         .arg(locale.toString(rows.size()), locale.toString(directory.count()),
                              ExportFormats::key(options.format),
                              toStdout ? ExportCommand::tr("stdout") : QDir::toNativeSeparators(options.output)));
    return Success;
}
