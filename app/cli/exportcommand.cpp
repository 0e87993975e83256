// SPDX-License-Identifier: MIT
#include "exportcommand.h"

#include "search/usermatcher.h"
#include "search/userquery.h"

#include "api/directoryloader.h"
#include "api/gongclient.h"
#include "base/safetext.h"
#include "credentials/credentialstore.h"
#include "credentials/environmentconnection.h"
#include "demo/demosession.h"
#include "directory/directory.h"
#include "directory/usercolumns.h"
#include "export/exportfile.h"
#include "i18n/translations.h"
#include "terminaloutput.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
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

void writeStderr(const QString& text)
{
    // Whatever a message quotes (a server's words, a file name) cannot drive the terminal or forge a line.
    std::fputs(SafeText::escaped(text, SafeText::LineBreaks::Keep).toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

QLocale numberLocale()
{
    // The "C" locale prints 5000 as "5000"; people read "5,000".
    const QLocale system;
    return system.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : system;
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
    // Numbers in messages read "1,204" (the "C" locale would print "1204"), and the English catalog gives "1 record".
    QLocale::setDefault(numberLocale());
    Translations::install();

    Options options;
    QString output;
    const int code = parse(QCoreApplication::arguments(), QProcessEnvironment::systemEnvironment(), &options, &output);
    if (code == Success) {
        std::fputs(output.toLocal8Bit().constData(), stdout);
        return code;
    }
    if (code > 0) {
        writeStderr(QStringLiteral("gong-directory export: %1\n%2\n")
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
        QStringLiteral("\n\n") + EnvironmentConnection::helpText() + QStringLiteral("\n\n") +
        ExportCommand::tr(
            "Saved connections: --profile NAME uses a connection saved in the app: its base URL, and its\n"
            "secrets from the system keychain. --base-url and the environment still take precedence.\n\n"
            "Exit codes: 0 success, 2 usage or query error, or missing configuration (no credentials,\n"
            "unknown --profile, keychain unavailable), 3 authentication failure (401/403), 4 API or\n"
            "network failure after retries, an answer refused by the client's limits, or --timeout passed,\n"
            "5 output could not be written (also: a symbolic link that another user owns, or one in a\n"
            "sticky folder anyone can write to such as /tmp, is never followed)."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  ExportCommand::tr("Show this help."));
    parser.addOption(help);
    ConnectionOptions::addOptions(
        &parser, ExportCommand::tr("Export the built-in demo company of N users (--demo alone: 5000)."),
        ExportCommand::tr("Also export Gong staff (avatars)."));
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        ExportCommand::tr("Use the connection saved in the app under NAME (secrets from the system "
                          "keychain)."),
        QStringLiteral("NAME"));
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
    const QCommandLineOption quiet(QStringList{QStringLiteral("q"), QStringLiteral("quiet")},
                                   ExportCommand::tr("No progress on stderr, only errors."));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     ExportCommand::tr("Also show the client's log on stderr."));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"),
        ExportCommand::tr("Stop with exit code 4 when the whole run takes longer than DURATION (90s, 5m, 2h; "
                          "default: no limit)."),
        QStringLiteral("DURATION"));
    parser.addOptions({profile, query, format, columns, noBom, compact, out, quiet, verbose, timeout});

    if (!parser.parse(args)) {
        *output = parser.errorText();
        return UsageError;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // The first line names the program as it was started; Qt translates the "Usage:" around it.
        const QString program = QCoreApplication::arguments().value(0);
        const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
        if (at >= 0 && at < text.indexOf(QLatin1Char('\n')))
            text.replace(at, program.size(), QStringLiteral("gong-directory export"));
        *output = text;
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
    if (!o.read(parser, output))
        return UsageError;
    o.query = parser.value(query);
    o.writerOptions.byteOrderMark = !parser.isSet(noBom);
    o.writerOptions.prettyJson = !parser.isSet(compact);
    o.quiet = parser.isSet(quiet);
    o.verbose = parser.isSet(verbose);
    if (parser.isSet(timeout)) {
        const std::optional<qint64> ms = RunTimeout::parse(parser.value(timeout));
        if (!ms) {
            *output = ExportCommand::tr("--timeout expects a duration such as 90s, 5m or 2h.");
            return UsageError;
        }
        o.timeoutMs = *ms;
        o.timeoutText = parser.value(timeout).trimmed();
    }

    RowMatcher matcher;
    QString queryError;
    if (!compileQuery(o.query, &matcher, &queryError)) {
        *output = queryError;
        return UsageError;
    }

    if (parser.isSet(profile)) {
        o.profile = parser.value(profile).trimmed();
        if (o.profile.isEmpty()) {
            *output = ExportCommand::tr("--profile needs the name of a connection saved in the app.");
            return UsageError;
        }
        if (o.demo) {
            *output = ExportCommand::tr("--demo and --profile cannot be used together.");
            return UsageError;
        }
    }

    if (!o.demo) {
        // The rules for the environment (trimming, token over key pair, --base-url over GONG_BASE_URL) are
        // the GUI's too: they live in EnvironmentConnection.
        const EnvironmentConnection env = EnvironmentConnection::read(environment);
        QString why;
        if (!env.chooseBaseUrl(o.baseUrlText, &o.baseUrl, &why)) {
            *output = why;
            return UsageError;
        }
        if (env.hasCredentials())
            o.credentials = env.credentials;
        // With --profile, whatever is still missing comes from the saved connection when the command runs.
        if (o.profile.isEmpty()) {
            if (o.baseUrl.isEmpty()) {
                *output = ExportCommand::tr(
                              "Nothing to export from: use --demo, --profile NAME, or --base-url / GONG_BASE_URL "
                              "with credentials in %1.")
                              .arg(EnvironmentConnection::credentialVariables());
                return UsageError;
            }
            if (!env.hasCredentials()) {
                *output = EnvironmentConnection::missingCredentialsText() + QLatin1Char(' ') +
                          ExportCommand::tr("Or use --profile NAME for a connection saved in the app.");
                return UsageError;
            }
        }
    }
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

void ExportCommand::message(const QString& text) const
{
    if (!m_quiet)
        writeStderr(text + QLatin1Char('\n'));
}

void ExportCommand::progressLine(const QString& text, bool force)
{
    // At most about one line a second, so a pipe's log stays readable.
    if (!m_clock.isValid())
        m_clock.start();
    const qint64 now = m_clock.elapsed();
    if (!force && m_lastProgressMs >= 0 && now - m_lastProgressMs < 1000)
        return;
    m_lastProgressMs = now;
    message(text);
}

int ExportCommand::run(const Options& given)
{
    m_quiet = given.quiet;
    if (given.timeoutMs > 0)
        m_timeout.start(given.timeoutMs, given.timeoutText);
    const bool toStdout = given.output == QLatin1String("-");
    QString why;
    if (!toStdout && !ExportFile::canWrite(given.output, &why)) {
        writeStderr(QStringLiteral("gong-directory export: %1\n").arg(why)); // before a long load
        return OutputError;
    }
    Options options = given;
    if (!options.demo && !options.profile.isEmpty()) {
        const int code = useProfile(&options);
        if (code != Success)
            return code;
    }

    Directory directory;
    const int loaded = load(options, &directory);
    if (loaded != Success)
        return loaded;

    RowMatcher matcher;
    if (!compileQuery(options.query, &matcher, &why)) {
        writeStderr(QStringLiteral("gong-directory export: %1\n").arg(why));
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

int ExportCommand::useProfile(Options* options)
{
    std::unique_ptr<CredentialStore> ownStore;
    CredentialStore* store = m_store;
    if (!store) {
        ownStore = std::make_unique<CredentialStore>(); // the app's own settings and keychain service
        store = ownStore.get();
    }
    auto fail = [](const QString& text) {
        writeStderr(QStringLiteral("gong-directory export: %1\n").arg(text));
        return UsageError;
    };

    const std::optional<ConnectionProfile> profile = store->profileNamed(options->profile);
    if (!profile) {
        QStringList names;
        for (const ConnectionProfile& p : store->profiles())
            names.append(QStringLiteral("“%1”").arg(p.name));
        if (names.isEmpty())
            return fail(
                ExportCommand::tr("No saved connection is named “%1”: none are saved. Add one in the app's Connection "
                                  "Settings.")
                    .arg(options->profile));
        return fail(ExportCommand::tr("No saved connection is named “%1”. Saved connections: %2.")
                        .arg(options->profile, names.join(QLatin1String(", "))));
    }
    m_connectionName = profile->name;
    if (options->baseUrl.isEmpty()) {
        options->baseUrl = profile->baseUrl;
        QString why;
        if (!BaseUrl::validate(options->baseUrl, &why))
            return fail(
                ExportCommand::tr("The saved connection “%1” has no usable base URL: %2").arg(profile->name, why));
    }
    options->includeAvatars = options->includeAvatars || profile->includeAvatars;
    if (options->credentials.isComplete())
        return Success; // the environment takes precedence over the keychain

    const QString remedy =
        ExportCommand::tr("Save them in the app's Connection Settings, or set them in the environment (%1).")
            .arg(EnvironmentConnection::credentialVariables());
    if (!profile->rememberSecrets)
        return fail(
            ExportCommand::tr("The saved connection “%1” does not keep its credentials in the system keychain. %2")
                .arg(profile->name, remedy));

    // The store answers exactly once, asynchronously: from the keychain, or from its watchdog when the keychain
    // stays silent.
    KeychainResult result;
    QEventLoop loop;
    connect(store, &CredentialStore::credentialsRead, &loop, [&](const QString& id, const KeychainResult& r) {
        if (id != profile->id)
            return;
        result = r;
        loop.exit();
    });
    store->readCredentials(profile->id);
    loop.exec();
    if (result.isOk() && result.credentials.isComplete()) {
        options->credentials = result.credentials;
        return Success;
    }
    QString detail;
    switch (result.status) {
    case KeychainResult::Status::Unavailable: {
        const QString reason = store->unavailableReason();
        detail = reason.isEmpty() ? ExportCommand::tr("The system keychain is unavailable.")
                                  : ExportCommand::tr("The system keychain is unavailable (%1).").arg(reason);
        break;
    }
    case KeychainResult::Status::NotFound:
        detail = ExportCommand::tr("None are saved in the system keychain.");
        break;
    case KeychainResult::Status::Failed:
        detail = result.message; // a sentence, never a secret
        break;
    case KeychainResult::Status::Ok:
        detail = ExportCommand::tr("The saved credentials are incomplete.");
        break;
    }
    return fail(ExportCommand::tr("Cannot read the credentials of the saved connection “%1”: %2 %3")
                    .arg(profile->name, detail, remedy));
}

int ExportCommand::load(const Options& options, Directory* directory)
{
    const QLocale locale = numberLocale();
    GongClient client;
    DemoSession* demo = nullptr;
    if (options.demo) {
        demo = new DemoSession(this);
        QString error;
        if (!demo->start(options.demoUsers, 42, &error)) {
            writeStderr(QStringLiteral("gong-directory export: %1\n").arg(error));
            return ApiFailure;
        }
        client.setBaseUrl(demo->baseUrl());
        client.setCredentials(demo->credentials());
        message(ExportCommand::tr("Demo company of %1 users").arg(locale.toString(options.demoUsers)));
    } else {
        client.setBaseUrl(options.baseUrl);
        client.setCredentials(options.credentials);
        // Never the credentials.
        if (m_connectionName.isEmpty())
            message(ExportCommand::tr("Connecting to %1").arg(options.baseUrl.host()));
        else
            message(ExportCommand::tr("Connecting to %1 (saved connection “%2”)")
                        .arg(options.baseUrl.host(), m_connectionName));
    }
    client.setIncludeAvatars(options.includeAvatars);
    QString why;
    if (!client.isConfigured(&why)) {
        writeStderr(QStringLiteral("gong-directory export: %1\n").arg(why));
        delete demo;
        return UsageError;
    }

    DirectoryLoader loader(&client, directory);
    UserPager* pager = loader.pager();
    pager->setRequestsPerSecond(options.requestsPerSecond);
    if (m_retryPolicy)
        pager->setRetryPolicy(*m_retryPolicy);
    connect(pager, &UserPager::progress, this, [&](qint64 received, qint64 total) {
        const bool last = total >= 0 && received >= total;
        if (total >= 0)
            progressLine(ExportCommand::tr("loaded %1/%2").arg(locale.toString(received), locale.toString(total)),
                         last);
        else
            progressLine(ExportCommand::tr("loaded %1").arg(locale.toString(received)));
    });
    connect(pager, &UserPager::rateLimited, this,
            [&](int seconds) { progressLine(ExportCommand::tr("waiting %1 s (rate limit)").arg(seconds), true); });
    connect(pager, &UserPager::retrying, this, [&](int attempt, int maxRetries, int delayMs, const ApiError& error) {
        progressLine(ExportCommand::tr("retrying in %1 s (%2/%3): %4")
                         .arg(QString::number((delayMs + 999) / 1000), QString::number(attempt),
                              QString::number(maxRetries), error.detail),
                     true);
    });

    QEventLoop loop;
    int code = Success;
    // --timeout: the load is stopped where it is, and nothing is written.
    bool timedOut = false;
    m_timeout.whenExpired(&loop, [&] {
        timedOut = true;
        loader.cancel();
    });
    connect(&loader, &DirectoryLoader::finished, &loop, [&] { loop.exit(); });
    connect(&loader, &DirectoryLoader::failed, &loop, [&](const ApiError& error) {
        writeStderr(QStringLiteral("gong-directory export: %1\n").arg(error.message()));
        if (error.isAuthError())
            code = AuthError;
        else if (error.kind == ApiError::Kind::InvalidUrl)
            code = UsageError;
        else
            code = ApiFailure;
        loop.exit();
    });
    connect(&loader, &DirectoryLoader::cancelled, &loop, [&] {
        if (timedOut)
            writeStderr(QStringLiteral("gong-directory export: %1\n")
                            .arg(m_timeout.stoppedLoading(locale.toString(directory->count()))));
        code = ApiFailure;
        loop.exit();
    });
    QMetaObject::invokeMethod(&loader, &DirectoryLoader::load, Qt::QueuedConnection);
    loop.exec();
    loader.cancel();
    delete demo;
    if (code != Success)
        return code;
    // One line for all of them, not one a record (100,000 odd records are not 100,000 lines); -q silences it.
    if (!loader.recordWarnings().isEmpty())
        message(loader.recordWarnings().summary());
    return Success;
}

int ExportCommand::write(const Options& options, const Directory& directory, const QList<int>& rows)
{
    const QLocale locale = numberLocale();
    std::unique_ptr<ExportWriter> writer = ExportWriter::create(options.format, options.writerOptions);
    writer->setColumns(options.columns.isEmpty() ? UserColumns::defaultVisibleKeys() : options.columns);
    writer->setProgressHandler([&](qint64 written, qint64 total) {
        if (m_timeout.hasExpired())
            writer->cancel(); // --timeout: a file is then not written at all
        progressLine(ExportCommand::tr("written %1/%2").arg(locale.toString(written), locale.toString(total)), false);
    });

    const bool toStdout = options.output == QLatin1String("-");
    if (toStdout) {
        QFile out;
        // A terminal gets the data with its control characters escaped; a pipe or a file gets the exact bytes.
        TerminalOutput terminal(&out);
        QIODevice* device = &out;
        if (TerminalOutput::stdoutIsTerminal() && terminal.open(QIODevice::WriteOnly))
            device = &terminal;
        const bool opened = out.open(stdout, QIODevice::WriteOnly);
        const bool written = opened && writer->write(directory, rows, device);
        terminal.close();
        if (!written || !out.flush()) {
            if (writer->isCancelled()) {
                writeStderr(QStringLiteral("gong-directory export: %1\n").arg(m_timeout.stoppedWritingStdout()));
                return ApiFailure;
            }
            const QString why = writer->errorString().isEmpty() ? out.errorString() : writer->errorString();
            writeStderr(QStringLiteral("gong-directory export: %1\n")
                            .arg(ExportCommand::tr("Could not write to stdout: %1").arg(why)));
            return OutputError;
        }
    } else {
        QString error;
        const ExportFile::Result result = ExportFile::save(options.output, *writer, directory, rows, &error);
        if (result == ExportFile::Result::Cancelled) {
            writeStderr(QStringLiteral("gong-directory export: %1\n").arg(m_timeout.stoppedWriting(options.output)));
            return ApiFailure;
        }
        if (result != ExportFile::Result::Written) {
            writeStderr(QStringLiteral("gong-directory export: %1\n").arg(error));
            return OutputError;
        }
    }
    message(ExportCommand::tr("exported %1 of %2 users as %3 to %4")
                .arg(locale.toString(rows.size()), locale.toString(directory.count()),
                     ExportFormats::key(options.format),
                     toStdout ? ExportCommand::tr("stdout") : QDir::toNativeSeparators(options.output)));
    return Success;
}
