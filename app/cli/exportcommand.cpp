// SPDX-License-Identifier: MIT
#include "exportcommand.h"

#include "commandline.h"

#include "api/directoryloader.h"
#include "api/gongclient.h"
#include "base/safetext.h"
#include "credentials/credentialstore.h"
#include "credentials/environmentconnection.h"
#include "demo/demosession.h"
#include "directory/directory.h"
#include "directory/usercolumns.h"
#include "export/exportfile.h"
#include "terminaloutput.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLocale>

#include <cstdio>
#include <memory>

namespace {

// One line on stderr, "gong-directory export: …".
void printError(const QString& text)
{
    CommandLine::printError(QStringLiteral("export"), text);
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

CliCommand ExportCommand::command()
{
    CliCommand c;
    c.name = QStringLiteral("export");
    c.summary = QT_TRANSLATE_NOOP("CliCommand", "Export the people to CSV, JSON or vCard, without a display.");
    c.describe = &ExportCommandOptions::describe;
    c.run = &ExportCommand::main;
    return c;
}

int ExportCommand::main(const QStringList& arguments)
{
    Options options;
    QString output;
    const int code = parse(arguments, QProcessEnvironment::systemEnvironment(), &options, &output);
    if (code == Success) {
        std::fputs(output.toLocal8Bit().constData(), stdout);
        return code;
    }
    if (code > 0) {
        CommandLine::printUsageError(command().name, output);
        return code;
    }
    CommandLine::setVerbose(options.verbose);
    ExportCommand command;
    return command.run(options);
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
        printError(why); // before a long load
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
        printError(why);
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
        printError(text);
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
            printError(error);
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
        printError(why);
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
        printError(error.message());
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
            printError(m_timeout.stoppedLoading(locale.toString(directory->count())));
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
                printError(m_timeout.stoppedWritingStdout());
                return ApiFailure;
            }
            const QString why = writer->errorString().isEmpty() ? out.errorString() : writer->errorString();
            printError(ExportCommand::tr("Could not write to stdout: %1").arg(why));
            return OutputError;
        }
    } else {
        QString error;
        const ExportFile::Result result = ExportFile::save(options.output, *writer, directory, rows, &error);
        if (result == ExportFile::Result::Cancelled) {
            printError(m_timeout.stoppedWriting(options.output));
            return ApiFailure;
        }
        if (result != ExportFile::Result::Written) {
            printError(error);
            return OutputError;
        }
    }
    message(ExportCommand::tr("exported %1 of %2 users as %3 to %4")
                .arg(locale.toString(rows.size()), locale.toString(directory.count()),
                     ExportFormats::key(options.format),
                     toStdout ? ExportCommand::tr("stdout") : QDir::toNativeSeparators(options.output)));
    return Success;
}
