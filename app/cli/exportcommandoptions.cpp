// SPDX-License-Identifier: MIT
#include "exportcommandoptions.h"

#include "runtimeout.h"

#include "commandline.h"
#include "exportcommand.h"

#include "credentials/environmentconnection.h"
#include "directory/directory.h"
#include "directory/duration.h"
#include "directory/usercolumns.h"
#include "search/usermatcher.h"
#include "search/userquery.h"

#include <QCommandLineParser>

#include <initializer_list>
#include <memory>
#include <utility>

namespace {
// The options' names, for describe() and parse() alike.
const QString queryName = QStringLiteral("query");
const QString formatName = QStringLiteral("format");
const QString columnsName = QStringLiteral("columns");
const QString noBomName = QStringLiteral("no-bom");
const QString compactName = QStringLiteral("compact");
const QString outputName = QStringLiteral("output");
const QString quietName = QStringLiteral("quiet");
const QString verboseName = QStringLiteral("verbose");
const QString timeoutName = QStringLiteral("timeout");
const QString noStoreName = QStringLiteral("no-store");
const QString offlineName = QStringLiteral("offline");
const QString maxAgeName = QStringLiteral("max-age");
const QString formulaGuardName = QStringLiteral("formula-guard");
const QString headerName = QStringLiteral("header");

// An option that takes one of a few words, spelled exactly so: its choice in *out (unchanged when the option is not
// given), or false with *output naming the words.
template <typename T>
bool readChoice(const QCommandLineParser& parser, const QString& name,
                std::initializer_list<std::pair<const char*, T>> choices, T* out, QString* output)
{
    if (!parser.isSet(name))
        return true;
    const QString value = parser.value(name);
    QStringList words;
    for (const auto& [word, choice] : choices) {
        if (value == QLatin1String(word)) {
            *out = choice;
            return true;
        }
        words.append(QLatin1String(word));
    }
    const QString last = words.takeLast();
    *output =
        ExportCommand::tr("Unknown --%1 “%2”; use %3 or %4.").arg(name, value, words.join(QStringLiteral(", ")), last);
    return false;
}

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

void ExportCommandOptions::describe(QCommandLineParser* parser)
{
    parser->setApplicationDescription(
        ExportCommand::tr("Export the people in a Gong account to CSV, JSON or vCard, without a display.") +
        QStringLiteral("\n\n") + EnvironmentConnection::helpText() + QStringLiteral("\n\n") +
        ExportCommand::tr(
            "Saved connections: --profile NAME uses a connection saved in the app: its base URL, and its\n"
            "secrets from the system keychain. --base-url and the environment still take precedence.\n\n"
            "Exit codes: 0 success, 2 usage or query error, or missing configuration (no credentials,\n"
            "unknown --profile, keychain unavailable), 3 authentication failure (401/403), 4 API or\n"
            "network failure after retries, an answer refused by the client's limits, or --timeout passed,\n"
            "5 output could not be written (also: a symbolic link that another user owns, or one in a\n"
            "sticky folder anyone can write to such as /tmp, is never followed).") +
        QStringLiteral("\n\n") +
        ExportCommand::tr("Offline copy: every export that completes a load stores it as a snapshot of the connection\n"
                          "('gong-directory snapshots' lists them, 'gong-directory changes' compares them), unless\n"
                          "--no-store. --offline exports the newest snapshot without any request and without\n"
                          "credentials (exit 2 when there is none yet); --max-age uses it when it is young enough."));
    ConnectionOptions::addOptions(
        parser, ExportCommand::tr("Export the built-in demo company of N users (--demo alone: 5000)."),
        ExportCommand::tr("Also export Gong staff (avatars)."));
    parser->addOptions({
        ConnectionOptions::profileOption(),
        QCommandLineOption(queryName,
                           ExportCommand::tr("Only people matching Q, in the search box's language (e.g. "
                                             "'title:engineer -is:inactive under:\"Ana Ortiz\"')."),
                           QStringLiteral("Q")),
        QCommandLineOption(formatName, ExportCommand::tr("csv (default), json or vcard."), QStringLiteral("format")),
        QCommandLineOption(columnsName, ExportCommand::tr("CSV columns, comma-separated keys; 'help' lists them."),
                           QStringLiteral("keys")),
        QCommandLineOption(noBomName, ExportCommand::tr("CSV without the UTF-8 byte-order mark.")),
        QCommandLineOption(formulaGuardName,
                           ExportCommand::tr("CSV: put a ' before cells a spreadsheet would run as a formula: auto "
                                             "(default; numbers and phone numbers pass), always (every cell starting "
                                             "with = + - @ tab or CR) or never."),
                           QStringLiteral("auto|always|never")),
        QCommandLineOption(headerName,
                           ExportCommand::tr("CSV header line: keys (default, the --columns keys) or titles (the "
                                             "app's column titles)."),
                           QStringLiteral("keys|titles")),
        QCommandLineOption(compactName, ExportCommand::tr("JSON on one line instead of indented.")),
        QCommandLineOption({QStringLiteral("o"), outputName},
                           ExportCommand::tr("Write to FILE (replaced only when the export succeeds); '-' is stdout "
                                             "(the default)."),
                           QStringLiteral("FILE")),
        QCommandLineOption({QStringLiteral("q"), quietName}, ExportCommand::tr("No progress on stderr, only errors.")),
        QCommandLineOption(verboseName, ExportCommand::tr("Also show the client's log on stderr.")),
        QCommandLineOption(timeoutName,
                           ExportCommand::tr("Stop with exit code 4 when the whole run takes longer than DURATION "
                                             "(90s, 5m, 2h; default: no limit)."),
                           QStringLiteral("DURATION")),
        QCommandLineOption(noStoreName, ExportCommand::tr("Do not store the load in the offline copy.")),
        QCommandLineOption(offlineName, ExportCommand::tr("Make no request: export the newest snapshot of the offline "
                                                          "copy (no credentials needed).")),
        QCommandLineOption(maxAgeName,
                           ExportCommand::tr("Export the offline copy when it is younger than DURATION (90m, 12h, "
                                             "7d), else load and store a new one."),
                           QStringLiteral("DURATION")),
    });
}

int ExportCommandOptions::parse(const QStringList& arguments, const QProcessEnvironment& environment,
                                ExportCommandOptions* options, QString* output)
{
    QCommandLineParser parser;
    const int code = CommandLine::parse(&parser, ExportCommand::command(), arguments, output);
    if (code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        *output = ExportCommand::tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return ExportCommand::UsageError;
    }

    ExportCommandOptions o;
    if (parser.isSet(columnsName)) {
        const QString value = parser.value(columnsName).trimmed();
        if (value.compare(QLatin1String("help"), Qt::CaseInsensitive) == 0) {
            *output = columnsHelp();
            return ExportCommand::Success;
        }
        for (const QString& key : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const int c = UserColumns::indexOf(key.trimmed());
            if (c < 0) {
                *output = ExportCommand::tr("Unknown column “%1”; '--columns help' lists them.").arg(key.trimmed());
                return ExportCommand::UsageError;
            }
            o.columns.append(UserColumns::at(c).key);
        }
        if (o.columns.isEmpty()) {
            *output = ExportCommand::tr("--columns needs at least one column key.");
            return ExportCommand::UsageError;
        }
    }
    if (parser.isSet(outputName)) {
        o.output = parser.value(outputName);
        if (o.output.isEmpty()) {
            *output = ExportCommand::tr("--output needs a file name, or '-' for stdout.");
            return ExportCommand::UsageError;
        }
    }
    if (parser.isSet(formatName)) {
        if (!ExportFormats::fromKey(parser.value(formatName), &o.format)) {
            *output = ExportCommand::tr("Unknown format “%1”; use csv, json or vcard.").arg(parser.value(formatName));
            return ExportCommand::UsageError;
        }
    } else if (o.output != QLatin1String("-")) {
        ExportFormats::fromFileName(o.output, &o.format); // "people.vcf" means vCard
    }
    if (!o.columns.isEmpty() && !ExportFormats::usesColumns(o.format)) {
        *output =
            ExportCommand::tr("--columns applies to CSV only; %1 has a fixed shape.").arg(ExportFormats::key(o.format));
        return ExportCommand::UsageError;
    }
    if (!o.read(parser, output))
        return ExportCommand::UsageError;
    if (!readChoice(parser, formulaGuardName,
                    {{"auto", FormulaGuard::Auto}, {"always", FormulaGuard::Always}, {"never", FormulaGuard::Never}},
                    &o.writerOptions.formulaGuard, output) ||
        !readChoice(parser, headerName, {{"keys", CsvHeader::Keys}, {"titles", CsvHeader::Titles}},
                    &o.writerOptions.csvHeader, output))
        return ExportCommand::UsageError;
    if ((parser.isSet(formulaGuardName) || parser.isSet(headerName)) && !ExportFormats::usesColumns(o.format)) {
        *output = ExportCommand::tr("--formula-guard and --header apply to CSV only.");
        return ExportCommand::UsageError;
    }
    o.query = parser.value(queryName);
    o.writerOptions.byteOrderMark = !parser.isSet(noBomName);
    o.writerOptions.prettyJson = !parser.isSet(compactName);
    o.quiet = parser.isSet(quietName);
    o.verbose = parser.isSet(verboseName);
    if (parser.isSet(timeoutName)) {
        const std::optional<qint64> ms = RunTimeout::parse(parser.value(timeoutName));
        if (!ms) {
            *output = ExportCommand::tr("--timeout expects a duration such as 90s, 5m or 2h.");
            return ExportCommand::UsageError;
        }
        o.timeoutMs = *ms;
        o.timeoutText = parser.value(timeoutName).trimmed();
    }

    RowMatcher matcher;
    QString queryError;
    if (!compileQuery(o.query, &matcher, &queryError)) {
        *output = queryError;
        return ExportCommand::UsageError;
    }

    o.noStore = parser.isSet(noStoreName);
    o.offline = parser.isSet(offlineName);
    if (parser.isSet(maxAgeName) && !Duration::parse(parser.value(maxAgeName), &o.maxAgeMsecs)) {
        *output = ExportCommand::tr("--max-age expects a span of time such as 90m, 12h or 7d.");
        return ExportCommand::UsageError;
    }
    // An offline export needs no credentials; one with --max-age only if the copy turns out too old.
    const int connection =
        DirectorySource::resolveConnection(parser, environment, &o, !o.offline && o.maxAgeMsecs < 0, output);
    if (connection >= 0)
        return connection;
    *options = o;
    return -1;
}

bool ExportCommandOptions::compileQuery(const QString& query, RowMatcher* matcher, QString* error)
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
