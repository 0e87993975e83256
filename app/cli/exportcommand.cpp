// SPDX-License-Identifier: MIT
#include "exportcommand.h"

#include "search/usermatcher.h"
#include "search/userquery.h"

#include "directory/directory.h"
#include "directory/usercolumns.h"
#include "export/exportfile.h"
#include "i18n/translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QLoggingCategory>

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
    QCoreApplication::setApplicationName(QStringLiteral("gong-directory"));
    QCoreApplication::setOrganizationName(QStringLiteral("GongDirectory"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GONGDIR_VERSION));
    Translations::install();

    Options options;
    QString output;
    const int code = parse(QCoreApplication::arguments(), QProcessEnvironment::systemEnvironment(), &options, &output);
    if (code == Success) {
        std::fputs(output.toLocal8Bit().constData(), stdout);
        return code;
    }
    if (code > 0) {
        DirectorySource::writeStderr(QStringLiteral("gong-directory export: %1\n%2\n")
                                         .arg(output, ExportCommand::tr("Try 'gong-directory export --help'.")));
        return code;
    }
    if (!options.verbose) {
        // stderr is for progress and errors; the library's info lines would drown them.
        // (QT_LOGGING_RULES still wins for the rules it names.)
        QLoggingCategory::setFilterRules(QStringLiteral("gongdir.*.debug=false\ngongdir.*.info=false"));
    }
    ExportCommand command;
    return command.run(options);
}

int ExportCommand::parse(const QStringList& arguments, const QProcessEnvironment& environment, Options* options,
                         QString* output)
{
    QStringList args = ConnectionOptions::expandOptionalDemo(arguments);
    // "gong-directory export …": the parser sees "gong-directory …".
    if (args.size() > 1 && args.at(1) == QLatin1String("export"))
        args.removeAt(1);

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

    if (!parser.parse(args)) {
        *output = parser.errorText();
        return UsageError;
    }
    if (parser.isSet(help)) {
        *output = DirectorySource::helpFor(parser, QStringLiteral("export"));
        return Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *output = ExportCommand::tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return UsageError;
    }

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
    m_source.setQuiet(given.quiet);
    m_source.setCredentialStore(m_store);
    const bool toStdout = given.output == QLatin1String("-");
    QString why;
    if (!toStdout && !ExportFile::canWrite(given.output, &why)) {
        m_source.error(why); // before a long load
        return OutputError;
    }
    Options options = given;
    if (!options.demo && !options.profile.isEmpty()) {
        const int code = m_source.useProfile(&options);
        if (code != Success)
            return code;
    }

    Directory directory;
    const int loaded = m_source.load(options, &directory);
    if (loaded != Success)
        return loaded;

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
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || !writer->write(directory, rows, &out) || !out.flush()) {
            const QString why = writer->errorString().isEmpty() ? out.errorString() : writer->errorString();
            m_source.error(ExportCommand::tr("Could not write to stdout: %1").arg(why));
            return OutputError;
        }
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
