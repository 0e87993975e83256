// SPDX-License-Identifier: MIT
#include "directorysource.h"

#include "commandline.h"
#include "console.h"
#include "offlinecopy.h"
#include "runtimeout.h"

#include "api/directoryloader.h"
#include "api/gongclient.h"
#include "credentials/credentialstore.h"
#include "credentials/environmentconnection.h"
#include "demo/demosession.h"
#include "directory/directory.h"
#include "directory/duration.h"
#include "store/requestlog.h"
#include "store/snapshotrecorder.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>
#include <QLocale>

#include <memory>

DirectorySource::DirectorySource(const QString& command, QObject* parent)
    : QObject(parent)
    , m_command(command)
{}

DirectorySource::~DirectorySource() = default;

QList<QCommandLineOption> DirectorySource::sourceOptions(const QString& offlineText)
{
    return {
        ConnectionOptions::profileOption(),
        QCommandLineOption(QStringList{QStringLiteral("q"), QStringLiteral("quiet")},
                           tr("No progress on stderr, only errors.")),
        QCommandLineOption(QStringLiteral("verbose"), tr("Also show the client's log on stderr.")),
        QCommandLineOption(QStringLiteral("offline"), offlineText),
        QCommandLineOption(QStringLiteral("max-age"),
                           tr("Use the offline copy when it is younger than DURATION (90m, 12h, 7d), else load and "
                              "store a new one."),
                           QStringLiteral("DURATION")),
    };
}

int DirectorySource::readSourceOptions(const QCommandLineParser& parser, const QProcessEnvironment& environment,
                                       Options* options, QString* output, const QString& noSourceText)
{
    if (!options->read(parser, output))
        return UsageError;
    options->quiet = parser.isSet(QStringLiteral("quiet"));
    options->verbose = parser.isSet(QStringLiteral("verbose"));
    options->offline = parser.isSet(QStringLiteral("offline"));
    if (parser.isSet(QStringLiteral("max-age")) &&
        !Duration::parse(parser.value(QStringLiteral("max-age")), &options->maxAgeMsecs)) {
        *output = tr("--max-age expects a span of time such as 90m, 12h or 7d.");
        return UsageError;
    }
    return resolveConnection(parser, environment, options, !options->offline && options->maxAgeMsecs < 0, output,
                             noSourceText);
}

int DirectorySource::resolveConnection(const QCommandLineParser& parser, const QProcessEnvironment& environment,
                                       Options* o, bool needCredentials, QString* output, const QString& noSourceText)
{
    const QString profileName = ConnectionOptions::profileOption().names().constFirst();
    if (parser.isSet(profileName)) {
        o->profile = parser.value(profileName).trimmed();
        if (o->profile.isEmpty()) {
            *output = tr("--profile needs the name of a connection saved in the app.");
            return UsageError;
        }
        if (o->demo) {
            *output = tr("--demo and --profile cannot be used together.");
            return UsageError;
        }
    }
    if (o->demo)
        return -1;
    // The rules for the environment (trimming, token over key pair, --base-url over GONG_BASE_URL) are
    // the GUI's too: they live in EnvironmentConnection.
    const EnvironmentConnection env = EnvironmentConnection::read(environment);
    QString why;
    if (!env.chooseBaseUrl(o->baseUrlText, &o->baseUrl, &why)) {
        *output = why;
        return UsageError;
    }
    if (env.hasCredentials())
        o->credentials = env.credentials;
    // With --profile, whatever is still missing comes from the saved connection when the command runs.
    if (!o->profile.isEmpty())
        return -1;
    if (o->baseUrl.isEmpty()) {
        *output = needCredentials && !noSourceText.isEmpty() ? noSourceText
                  : needCredentials ? tr("Nothing to export from: use --demo, --profile NAME, or --base-url / "
                                         "GONG_BASE_URL with credentials in %1.")
                                          .arg(EnvironmentConnection::credentialVariables())
                                    : tr("No connection given: use --demo, --profile NAME, or --base-url / "
                                         "GONG_BASE_URL.");
        return UsageError;
    }
    if (needCredentials && !env.hasCredentials()) {
        *output = EnvironmentConnection::missingCredentialsText() + QLatin1Char(' ') +
                  tr("Or use --profile NAME for a connection saved in the app.");
        return UsageError;
    }
    return -1;
}

StoreKey DirectorySource::storeKey(const Options& options)
{
    return options.demo ? StoreKey::forDemo(options.demoUsers)
                        : StoreKey::forBaseUrl(options.baseUrl, options.includeAvatars);
}

void DirectorySource::message(const QString& text) const
{
    if (!m_quiet)
        Console::writeStderr(text + QLatin1Char('\n'));
}

void DirectorySource::error(const QString& text) const
{
    CommandLine::printError(m_command, text);
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

int DirectorySource::get(Options* options, Directory* directory, SnapshotInfo* snapshot)
{
    *snapshot = {};
    // With an offline copy that may do, the keychain is not asked unless a load turns out to be needed.
    const bool mayUseCopy = options->offline || options->maxAgeMsecs >= 0;
    if (!options->demo && !options->profile.isEmpty()) {
        const int code = resolveProfile(options, !mayUseCopy);
        if (code != Success)
            return code;
    }
    if (mayUseCopy) {
        const int code = fromCopy(*options, directory, snapshot);
        if (code >= 0)
            return code;
    }
    if (!options->demo && !options->credentials.isComplete()) {
        if (options->profile.isEmpty()) {
            error(EnvironmentConnection::missingCredentialsText());
            return UsageError;
        }
        const int code = resolveProfile(options, true);
        if (code != Success)
            return code;
    }
    return load(*options, directory, snapshot);
}

int DirectorySource::fromCopy(const Options& options, Directory* directory, SnapshotInfo* snapshot)
{
    const StoreKey key = storeKey(options);
    OfflineCopy copy(key);
    StoreResult result;
    const SnapshotInfo newest = copy.newest(&result);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!newest.isValid()) {
        const bool missing = result.ok() || result.error == SqliteFile::Error::Missing;
        if (!result.message.isEmpty() && result.message != SnapshotStore::noCopyText(key))
            error(result.message); // moved aside, a newer version, a folder, …
        if (!options.offline)
            return -1; // --max-age: nothing to use, so load
        if (missing)
            error(tr("no offline copy of %1 yet — run once without --offline").arg(key.displayText()));
        return UsageError;
    }
    const qint64 age = now - newest.finishedMsecs;
    if (options.maxAgeMsecs >= 0 && age > options.maxAgeMsecs) {
        if (!options.offline)
            return -1;
        error(tr("the offline copy of %1 is from %2, older than --max-age allows")
                  .arg(key.displayText(), OfflineCopy::timeAndAge(newest.finishedMsecs, now)));
        return UsageError;
    }
    result = copy.loadInto(newest.id, directory, snapshot);
    if (!result.ok()) {
        error(result.message);
        return UsageError;
    }
    if (!result.message.isEmpty())
        message(result.message);
    message(tr("as of %1").arg(OfflineCopy::timeAndAge(snapshot->finishedMsecs, now)));
    return Success;
}

int DirectorySource::resolveProfile(Options* options, bool withSecrets)
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
    if (!withSecrets || options->credentials.isComplete())
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

int DirectorySource::load(const Options& options, Directory* directory, SnapshotInfo* snapshot)
{
    const QLocale locale = Console::numberLocale();
    const StoreKey key = storeKey(options);
    // Every request counts against the company's daily quota, stored or not.
    RequestLog requests;
    RequestCounter::setDefault(&requests);
    GongClient client;
    std::unique_ptr<DemoSession> demo;
    std::unique_ptr<OfflineCopy> copy;
    if (options.demo) {
        demo = std::make_unique<DemoSession>();
        QString why;
        if (!demo->start(options.demoUsers, 42, &why)) {
            error(why);
            return ApiFailure;
        }
        // The demo company moves on a step with each load stored.
        copy = std::make_unique<OfflineCopy>(key);
        StoreResult ignored;
        demo->setLoad(int(copy->newest(&ignored).id));
        requests.setKey(demo->baseUrl(), key.requestKey());
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
    if (m_retryPolicy)
        pager->setRetryPolicy(*m_retryPolicy);
    connect(pager, &UserPager::progress, this, [&](qint64 received, qint64 total) {
        const bool last = total >= 0 && received >= total;
        if (total >= 0)
            progressLine(tr("loaded %1/%2").arg(locale.toString(received), locale.toString(total)), last);
        else
            progressLine(tr("loaded %1").arg(locale.toString(received)));
    });
    connect(pager, &UserPager::rateLimited, this,
            [&](int seconds) { progressLine(tr("waiting %1 s (rate limit)").arg(seconds), true); });
    connect(pager, &UserPager::retrying, this, [&](int attempt, int maxRetries, int delayMs, const ApiError& e) {
        progressLine(tr("retrying in %1 s (%2/%3): %4")
                         .arg(QString::number((delayMs + 999) / 1000), QString::number(attempt),
                              QString::number(maxRetries), e.detail),
                     true);
    });

    QEventLoop loop;
    int code = Success;
    // --timeout: the load is stopped where it is, and nothing is stored or written.
    bool timedOut = false;
    if (m_timeout) {
        m_timeout->whenExpired(&loop, [&] {
            timedOut = true;
            loader.cancel();
        });
    }
    connect(&loader, &DirectoryLoader::finished, &loop, [&] { loop.exit(); });
    connect(&loader, &DirectoryLoader::failed, &loop, [&](const ApiError& e) {
        error(e.message());
        if (e.isAuthError())
            code = AuthError;
        else if (e.kind == ApiError::Kind::InvalidUrl)
            code = UsageError;
        else
            code = ApiFailure;
        loop.exit();
    });
    connect(&loader, &DirectoryLoader::cancelled, &loop, [&] {
        if (timedOut)
            error(m_timeout->stoppedLoading(locale.toString(directory->count())));
        code = ApiFailure;
        loop.exit();
    });
    QMetaObject::invokeMethod(&loader, &DirectoryLoader::load, Qt::QueuedConnection);
    loop.exec();
    loader.cancel();
    if (code != Success)
        return code;
    // One line for all of them, not one a record (100,000 odd records are not 100,000 lines); -q silences it.
    if (!loader.recordWarnings().isEmpty())
        message(loader.recordWarnings().summary());
    if (options.noStore)
        return Success;

    // Stored on the store's worker, as the app does; a failure to store is a warning: the export itself worked.
    if (!copy)
        copy = std::make_unique<OfflineCopy>(key);
    const SaveResult saved = copy->save(directory->users(), SnapshotRecorder::infoFor(loader, key));
    if (!saved.ok()) {
        error(tr("warning: the load was not stored in the offline copy: %1").arg(saved.message));
        return Success;
    }
    if (!saved.message.isEmpty())
        message(saved.message);
    *snapshot = saved.snapshot;
    message(tr("stored as snapshot %1 of %2 (%n new or changed user(s))", nullptr, saved.newVersions)
                .arg(saved.snapshot.id)
                .arg(key.displayText()));
    return Success;
}
