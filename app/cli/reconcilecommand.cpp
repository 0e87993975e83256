// SPDX-License-Identifier: MIT
#include "reconcilecommand.h"

#include "console.h"
#include "offlinecopy.h"
#include "terminaloutput.h"

#include "audit/reconcileinput.h"
#include "audit/reconciler.h"
#include "credentials/environmentconnection.h"
#include "directory/directory.h"
#include "export/exportfile.h"
#include "export/tableexport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>

namespace {
const QString commandName = QStringLiteral("reconcile");
} // namespace

ReconcileCommand::ReconcileCommand(QObject* parent)
    : QObject(parent)
{}

CliCommand ReconcileCommand::command()
{
    return Console::command<ReconcileCommand>(
        commandName, QT_TRANSLATE_NOOP("CliCommand", "Match a list of e-mails, ids or names against the directory."));
}

void ReconcileCommand::describe(QCommandLineParser* parser)
{
    parser->setApplicationDescription(
        tr("Match a list of e-mail addresses, ids or names from another system against the people in a Gong "
           "account, without a display. Each value is looked for in the primary e-mail, the aliases and the "
           "trusted e-mail (case-insensitive, spaces and mailto: removed), then the id; only when none match, in "
           "the full name (case- and accent-insensitive). One record per value, in input order: input, status "
           "(active, inactive, not-found, ambiguous), matchedBy, id, fullName, emailAddress.") +
        QStringLiteral("\n\n") + EnvironmentConnection::helpText() + QStringLiteral("\n\n") +
        tr("Saved connections: --profile NAME uses a connection saved in the app: its base URL, and its\n"
           "secrets from the system keychain. --base-url and the environment still take precedence.") +
        QStringLiteral("\n\n") +
        tr("Exit codes: 0 success, 2 usage error, an input that cannot be read or missing configuration (no\n"
           "credentials, unknown --profile, keychain unavailable), 3 authentication failure (401/403), 4 API or\n"
           "network failure after retries, 5 output could not be written."));
    ConnectionOptions::addOptions(parser,
                                  tr("Reconcile against the built-in demo company of N users (--demo alone: 5000)."),
                                  tr("Also match Gong staff (avatars)."));
    parser->addOptions(
        DirectorySource::sourceOptions(tr("Make no request: match against the newest snapshot of the offline copy (no "
                                          "credentials needed).")));
    parser->addOptions({
        QCommandLineOption(QStringLiteral("input"),
                           tr("The list: a text file with one value per line, or a CSV file with --column; '-' reads "
                              "stdin. Blank lines are skipped."),
                           QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("column"),
                           tr("Read the input as CSV and take the values from the column with this header "
                              "(case-insensitive; comma, semicolon or tab separated)."),
                           QStringLiteral("NAME")),
        QCommandLineOption(QStringLiteral("format"), tr("csv (default) or json."), QStringLiteral("format")),
        QCommandLineOption(QStringLiteral("no-bom"), tr("CSV without the UTF-8 byte-order mark.")),
        QCommandLineOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                           tr("Write to FILE (replaced only when everything succeeded); '-' is stdout (the "
                              "default)."),
                           QStringLiteral("FILE")),
    });
}

int ReconcileCommand::parse(const QStringList& arguments, const QProcessEnvironment& environment, Options* options,
                            QString* output)
{
    QCommandLineParser parser;
    if (const int code = Console::parse(&parser, command(), arguments, output); code >= 0)
        return code;
    const QString input = QStringLiteral("input");
    const QString column = QStringLiteral("column");
    const QString format = QStringLiteral("format");
    const QString noBom = QStringLiteral("no-bom");
    const QString out = QStringLiteral("output");
    Options o;
    o.input = parser.value(input);
    if (!parser.isSet(input) || o.input.isEmpty()) {
        *output = tr("--input is required: a file with the values, or '-' for stdin.");
        return DirectorySource::UsageError;
    }
    if (parser.isSet(column)) {
        o.column = parser.value(column).trimmed();
        if (o.column.isEmpty()) {
            *output = tr("--column needs the name of a column of the CSV's header.");
            return DirectorySource::UsageError;
        }
    }
    if (parser.isSet(out)) {
        o.output = parser.value(out);
        if (o.output.isEmpty()) {
            *output = tr("--output needs a file name, or '-' for stdout.");
            return DirectorySource::UsageError;
        }
    }
    if (parser.isSet(format)) {
        const QString f = parser.value(format).trimmed().toLower();
        if (f == QLatin1String("csv")) {
            o.format = Format::Csv;
        } else if (f == QLatin1String("json")) {
            o.format = Format::Json;
        } else {
            *output = tr("Unknown format “%1”; use csv or json.").arg(parser.value(format));
            return DirectorySource::UsageError;
        }
    } else if (o.output.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        o.format = Format::Json;
    }
    o.byteOrderMark = !parser.isSet(noBom);
    const int source = DirectorySource::readSourceOptions(
        parser, environment, &o, output,
        tr("Nothing to reconcile against: use --demo, --profile NAME, or --base-url / GONG_BASE_URL with "
           "credentials in %1.")
            .arg(EnvironmentConnection::credentialVariables()));
    if (source >= 0)
        return source;
    *options = o;
    return -1;
}

bool ReconcileCommand::readValues(const Options& options, QStringList* values, QString* error)
{
    const bool fromStdin = options.input == QLatin1String("-");
    const QString shown = fromStdin ? tr("stdin") : QDir::toNativeSeparators(options.input);
    QString text;
    if (fromStdin) {
        QFile file;
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            *error = tr("Could not read stdin: %1").arg(file.errorString());
            return false;
        }
        if (!ReconcileInput::read(&file, shown, &text, error))
            return false;
    } else if (!ReconcileInput::readFile(options.input, &text, error)) {
        return false;
    }
    if (options.column.isEmpty()) {
        *values = ReconcileInput::lines(text);
        return true;
    }
    const ReconcileInput::Table table = ReconcileInput::parseCsv(text);
    const int column = ReconcileInput::columnNamed(table, options.column);
    if (column < 0) {
        QStringList names;
        for (const QString& name : table.header())
            names.append(QStringLiteral("“%1”").arg(name.trimmed()));
        *error = names.isEmpty() ? tr("“%1” has no header row with a column “%2”.").arg(shown, options.column)
                                 : tr("“%1” has no column “%2”; its columns are %3.")
                                       .arg(shown, options.column, names.join(QStringLiteral(", ")));
        return false;
    }
    *values = ReconcileInput::column(table, column, true);
    return true;
}

int ReconcileCommand::run(const Options& options)
{
    m_source.setQuiet(options.quiet);
    QString why;
    QStringList values;
    // The input and the output before a long load: a typo costs a second, not a minute.
    if (!readValues(options, &values, &why)) {
        m_source.error(why);
        return DirectorySource::UsageError;
    }
    const bool toStdout = options.output == QLatin1String("-");
    if (!toStdout && !ExportFile::canWrite(options.output, &why)) {
        m_source.error(why);
        return DirectorySource::OutputError;
    }

    Options given = options;
    Directory directory;
    SnapshotInfo snapshot;
    const int loaded = m_source.get(&given, &directory, &snapshot);
    if (loaded != DirectorySource::Success)
        return loaded;

    const Reconciler reconciler(directory);
    const QList<Reconciler::Result> results = reconciler.matchAll(values);
    const QList<QStringList> rows = Reconciler::tableRows(directory, results);
    const QByteArray data = options.format == Format::Json
                                ? TableExport::json(Reconciler::tableHeader(), rows)
                                : TableExport::csv(Reconciler::tableHeader(), rows, options.byteOrderMark);
    if (toStdout) {
        QFile out;
        // A terminal gets the data with its control characters escaped; a pipe or a file gets the exact bytes.
        TerminalOutput terminal(&out);
        QIODevice* device = &out;
        const bool opened = out.open(stdout, QIODevice::WriteOnly);
        if (opened && TerminalOutput::stdoutIsTerminal() && terminal.open(QIODevice::WriteOnly))
            device = &terminal;
        const bool written = opened && device->write(data) == data.size();
        terminal.close();
        if (!written || !out.flush()) {
            m_source.error(tr("Could not write to stdout: %1").arg(out.errorString()));
            return DirectorySource::OutputError;
        }
    } else if (ExportFile::save(options.output, data, &why) != ExportFile::Result::Written) {
        m_source.error(why);
        return DirectorySource::OutputError;
    }
    const QLocale locale = Console::numberLocale();
    const Reconciler::Counts c = Reconciler::count(results);
    using Status = Reconciler::Status;
    m_source.message(tr("reconciled %1 values against %2 users: %3 active, %4 inactive, %5 not found, %6 ambiguous")
                         .arg(locale.toString(c.total()), locale.toString(directory.count()),
                              locale.toString(c.of(Status::Active)), locale.toString(c.of(Status::Inactive)),
                              locale.toString(c.of(Status::NotFound)), locale.toString(c.of(Status::Ambiguous))));
    return DirectorySource::Success;
}
