// SPDX-License-Identifier: MIT
#include "directorysource.h"

#include "api/directoryloader.h"
#include "api/gongclient.h"
#include "credentials/credentialstore.h"
#include "credentials/environmentconnection.h"
#include "demo/demosession.h"
#include "directory/directory.h"
#include "i18n/translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>

#include <cstdio>
#include <memory>

namespace {
const QString profileName = QStringLiteral("profile");
const QString quietName = QStringLiteral("quiet");
const QString verboseName = QStringLiteral("verbose");
} // namespace

void SourceOptions::addOptions(QCommandLineParser* parser, const QString& demoDescription,
                               const QString& avatarsDescription)
{
    ConnectionOptions::addOptions(parser, demoDescription, avatarsDescription);
    parser->addOptions({
        QCommandLineOption(profileName,
                           DirectorySource::tr("Use the connection saved in the app under NAME (secrets from the "
                                               "system keychain)."),
                           QStringLiteral("NAME")),
        QCommandLineOption(QStringList{QStringLiteral("q"), quietName},
                           DirectorySource::tr("No progress on stderr, only errors.")),
        QCommandLineOption(verboseName, DirectorySource::tr("Also show the client's log on stderr.")),
    });
}

bool SourceOptions::read(const QCommandLineParser& parser, const QProcessEnvironment& environment, QString* error)
{
    SourceOptions o;
    if (!o.ConnectionOptions::read(parser, error))
        return false;
    o.quiet = parser.isSet(quietName);
    o.verbose = parser.isSet(verboseName);
    if (parser.isSet(profileName)) {
        o.profile = parser.value(profileName).trimmed();
        if (o.profile.isEmpty()) {
            *error = DirectorySource::tr("--profile needs the name of a connection saved in the app.");
            return false;
        }
        if (o.demo) {
            *error = DirectorySource::tr("--demo and --profile cannot be used together.");
            return false;
        }
    }
    if (!o.demo) {
        // The rules for the environment (trimming, token over key pair, --base-url over GONG_BASE_URL) are
        // the GUI's too: they live in EnvironmentConnection.
        const EnvironmentConnection env = EnvironmentConnection::read(environment);
        if (!env.chooseBaseUrl(o.baseUrlText, &o.baseUrl, error))
            return false;
        if (env.hasCredentials())
            o.credentials = env.credentials;
        // With --profile, whatever is still missing comes from the saved connection when the command runs.
        if (o.profile.isEmpty()) {
            if (o.baseUrl.isEmpty()) {
                *error = DirectorySource::tr("Nowhere to load the people from: use --demo, --profile NAME, or "
                                             "--base-url / GONG_BASE_URL with credentials in %1.")
                             .arg(EnvironmentConnection::credentialVariables());
                return false;
            }
            if (!env.hasCredentials()) {
                *error = EnvironmentConnection::missingCredentialsText() + QLatin1Char(' ') +
                         DirectorySource::tr("Or use --profile NAME for a connection saved in the app.");
                return false;
            }
        }
    }
    *this = o;
    return true;
}

QStringList SourceOptions::commandArguments(const QStringList& arguments, const QString& command)
{
    QStringList args = expandOptionalDemo(arguments);
    if (args.size() > 1 && args.at(1) == command)
        args.removeAt(1);
    return args;
}

QString SourceOptions::helpText()
{
    return EnvironmentConnection::helpText() + QStringLiteral("\n\n") +
           DirectorySource::tr(
               "Saved connections: --profile NAME uses a connection saved in the app: its base URL, and its\n"
               "secrets from the system keychain. --base-url and the environment still take precedence.\n\n"
               "Exit codes: 0 success, 2 usage or query error, or missing configuration (no credentials,\n"
               "unknown --profile, keychain unavailable), 3 authentication failure (401/403), 4 API or\n"
               "network failure after retries, 5 output could not be written.");
}

DirectorySource::DirectorySource(const QString& command, QObject* parent)
    : QObject(parent)
    , m_command(command)
{}

DirectorySource::~DirectorySource() = default;

void DirectorySource::writeStderr(const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

QLocale DirectorySource::numberLocale()
{
    const QLocale system;
    return system.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : system;
}

QString DirectorySource::helpFor(const QCommandLineParser& parser, const QString& command)
{
    QString text = parser.helpText();
    // The first line names the program as it was started; Qt translates the "Usage:" around it.
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
    if (at >= 0 && at < text.indexOf(QLatin1Char('\n')))
        text.replace(at, program.size(), QStringLiteral("gong-directory ") + command);
    return text;
}

int DirectorySource::parseArguments(QCommandLineParser* parser, const QStringList& arguments, const QString& command,
                                    QString* output)
{
    if (!parser->parse(arguments)) {
        *output = parser->errorText();
        return UsageError;
    }
    if (parser->isSet(QStringLiteral("help"))) {
        *output = helpFor(*parser, command);
        return Success;
    }
    if (!parser->positionalArguments().isEmpty()) {
        *output = tr("Unexpected argument: %1").arg(parser->positionalArguments().constFirst());
        return UsageError;
    }
    return -1;
}

void DirectorySource::prepareApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("gong-directory"));
    QCoreApplication::setOrganizationName(QStringLiteral("GongDirectory"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GONGDIR_VERSION));
    Translations::install();
}

int DirectorySource::afterParse(const QString& command, int code, const QString& output, bool verbose)
{
    if (code == Success) {
        std::fputs(output.toLocal8Bit().constData(), stdout);
        return code;
    }
    if (code > 0) {
        writeStderr(QStringLiteral("gong-directory %1: %2\n%3\n")
                        .arg(command, output, tr("Try 'gong-directory %1 --help'.").arg(command)));
        return code;
    }
    if (!verbose) {
        // stderr is for progress and errors; the library's info lines would drown them.
        // (QT_LOGGING_RULES still wins for the rules it names.)
        QLoggingCategory::setFilterRules(QStringLiteral("gongdir.*.debug=false\ngongdir.*.info=false"));
    }
    return -1;
}

void DirectorySource::message(const QString& text) const
{
    if (!m_quiet)
        writeStderr(text + QLatin1Char('\n'));
}

void DirectorySource::error(const QString& text) const
{
    writeStderr(QStringLiteral("gong-directory %1: %2\n").arg(m_command, text));
}

void DirectorySource::progressLine(const QString& text, bool force)
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

int DirectorySource::useProfile(SourceOptions* options)
{
    std::unique_ptr<CredentialStore> ownStore;
    CredentialStore* store = m_store;
    if (!store) {
        ownStore = std::make_unique<CredentialStore>(); // the app's own settings and keychain service
        store = ownStore.get();
    }
    auto fail = [this](const QString& text) {
        error(text);
        return UsageError;
    };

    const std::optional<ConnectionProfile> profile = store->profileNamed(options->profile);
    if (!profile) {
        QStringList names;
        for (const ConnectionProfile& p : store->profiles())
            names.append(QStringLiteral("“%1”").arg(p.name));
        if (names.isEmpty())
            return fail(tr("No saved connection is named “%1”: none are saved. Add one in the app's Connection "
                           "Settings.")
                            .arg(options->profile));
        return fail(tr("No saved connection is named “%1”. Saved connections: %2.")
                        .arg(options->profile, names.join(QLatin1String(", "))));
    }
    m_connectionName = profile->name;
    if (options->baseUrl.isEmpty()) {
        options->baseUrl = profile->baseUrl;
        QString why;
        if (!BaseUrl::validate(options->baseUrl, &why))
            return fail(tr("The saved connection “%1” has no usable base URL: %2").arg(profile->name, why));
    }
    options->includeAvatars = options->includeAvatars || profile->includeAvatars;
    if (options->credentials.isComplete())
        return Success; // the environment takes precedence over the keychain

    const QString remedy = tr("Save them in the app's Connection Settings, or set them in the environment (%1).")
                               .arg(EnvironmentConnection::credentialVariables());
    if (!profile->rememberSecrets)
        return fail(tr("The saved connection “%1” does not keep its credentials in the system keychain. %2")
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
        detail = reason.isEmpty() ? tr("The system keychain is unavailable.")
                                  : tr("The system keychain is unavailable (%1).").arg(reason);
        break;
    }
    case KeychainResult::Status::NotFound:
        detail = tr("None are saved in the system keychain.");
        break;
    case KeychainResult::Status::Failed:
        detail = result.message; // a sentence, never a secret
        break;
    case KeychainResult::Status::Ok:
        detail = tr("The saved credentials are incomplete.");
        break;
    }
    return fail(
        tr("Cannot read the credentials of the saved connection “%1”: %2 %3").arg(profile->name, detail, remedy));
}

int DirectorySource::loadFor(const QString& output, SourceOptions* options, Directory* directory)
{
    setQuiet(options->quiet);
    QString why;
    if (output != QLatin1String("-") && !ExportFile::canWrite(output, &why)) {
        error(why);
        return OutputError;
    }
    if (!options->demo && !options->profile.isEmpty()) {
        const int code = useProfile(options);
        if (code != Success)
            return code;
    }
    return load(*options, directory);
}

bool DirectorySource::writeToStdout(const ExportFile::DeviceWriter& write)
{
    QFile out;
    QString why;
    if (!out.open(stdout, QIODevice::WriteOnly) || !write(&out, &why) || !out.flush()) {
        error(tr("Could not write to stdout: %1").arg(why.isEmpty() ? out.errorString() : why));
        return false;
    }
    return true;
}

int DirectorySource::load(const SourceOptions& options, Directory* directory)
{
    const QLocale locale = numberLocale();
    GongClient client;
    std::unique_ptr<DemoSession> demo;
    if (options.demo) {
        demo = std::make_unique<DemoSession>();
        QString why;
        if (!demo->start(options.demoUsers, 42, &why)) {
            error(why);
            return ApiFailure;
        }
        client.setBaseUrl(demo->baseUrl());
        client.setCredentials(demo->credentials());
        message(tr("Demo company of %1 users").arg(locale.toString(options.demoUsers)));
    } else {
        client.setBaseUrl(options.baseUrl);
        client.setCredentials(options.credentials);
        // Never the credentials.
        if (m_connectionName.isEmpty())
            message(tr("Connecting to %1").arg(options.baseUrl.host()));
        else
            message(tr("Connecting to %1 (saved connection “%2”)").arg(options.baseUrl.host(), m_connectionName));
    }
    client.setIncludeAvatars(options.includeAvatars);
    QString why;
    if (!client.isConfigured(&why)) {
        error(why);
        return UsageError;
    }

    DirectoryLoader loader(&client, directory);
    UserPager* pager = loader.pager();
    pager->setRequestsPerSecond(options.requestsPerSecond);
    connect(pager, &UserPager::progress, this, [&](qint64 received, qint64 total) {
        const bool last = total >= 0 && received >= total;
        if (total >= 0)
            progressLine(tr("loaded %1/%2").arg(locale.toString(received), locale.toString(total)), last);
        else
            progressLine(tr("loaded %1").arg(locale.toString(received)));
    });
    connect(pager, &UserPager::rateLimited, this,
            [&](int seconds) { progressLine(tr("waiting %1 s (rate limit)").arg(seconds), true); });
    connect(pager, &UserPager::retrying, this, [&](int attempt, int maxRetries, int delayMs, const ApiError& failure) {
        progressLine(tr("retrying in %1 s (%2/%3): %4")
                         .arg(QString::number((delayMs + 999) / 1000), QString::number(attempt),
                              QString::number(maxRetries), failure.detail),
                     true);
    });

    QEventLoop loop;
    int code = Success;
    connect(&loader, &DirectoryLoader::finished, &loop, [&] { loop.exit(); });
    connect(&loader, &DirectoryLoader::failed, &loop, [&](const ApiError& failure) {
        error(failure.message());
        if (failure.isAuthError())
            code = AuthError;
        else if (failure.kind == ApiError::Kind::InvalidUrl)
            code = UsageError;
        else
            code = ApiFailure;
        loop.exit();
    });
    connect(&loader, &DirectoryLoader::cancelled, &loop, [&] {
        code = ApiFailure;
        loop.exit();
    });
    QMetaObject::invokeMethod(&loader, &DirectoryLoader::load, Qt::QueuedConnection);
    loop.exec();
    loader.cancel();
    demo.reset();
    if (code != Success)
        return code;
    if (!loader.warnings().isEmpty())
        message(tr("%1 records had fields of an unexpected type; their other fields were kept.")
                    .arg(locale.toString(loader.warnings().size())));
    return Success;
}
