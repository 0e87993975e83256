// SPDX-License-Identifier: MIT
#include "appearance.h"
#include "appoptions.h"
#include "cli/commandline.h"
#include "cli/corecommands.h"
#include "connectionmanager.h"
#include "credentials/credentialstore.h"
#include "credentials/processhardening.h"
#include "demo/demosession.h"
#include "icons.h"
#include "mainwindow.h"
#include "startupprobe.h"
#include "store/requestlog.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    // Secrets live in this process's memory: a crash must not write them to a core file, and no other process of
    // the user may read them out of /proc/PID/mem.
    ProcessHardening::disableCoreDumps();
    ProcessHardening::denyMemoryAccess();
    // Decided before any QApplication could try to open a display: a subcommand (export, …), help, the version, a
    // usage error, or the window without a display run on a QCoreApplication.
    CoreCommands::registerAll();
    CommandLine::setWindow(&AppOptions::describe, [](const QStringList& arguments, QString* error) {
        AppOptions options;
        return AppOptions::parse(arguments, &options, error);
    });
    if (!CommandLine::wantsWindow(argc, argv))
        return CommandLine::runHeadless(argc, argv);

    QApplication app(argc, argv);
    CommandLine::setApplicationInfo();
    QApplication::setApplicationDisplayName(QStringLiteral("Gong Directory"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.gongdirectory.GongDirectory"));
    QApplication::setWindowIcon(Icons::get("gong-directory"));
    AppOptions options;
    QString error;
    if (!AppOptions::parse(QCoreApplication::arguments(), &options, &error)) {
        CommandLine::printUsageError(QString(), error); // checked before; the environment may have changed since
        return CommandLine::UsageError;
    }
    CommandLine::setVerbose(options.verbose);
    if (options.demo) // generated on a worker thread while the window is built
        DemoSession::prepare(options.demoUsers);

    // Every request the app sends counts against the company's daily quota: counted per base URL per UTC day in the
    // store (with `gong-directory export`'s), written on the log's own thread.
    RequestLog requests;
    RequestCounter::setDefault(&requests);
    Appearance appearance; // the saved light/dark choice, before the first window is polished
    appearance.restore();
    MainWindow window;
    window.enableOfflineCopy(&requests);
    window.setAppearance(&appearance);
    window.setRequestsPerSecond(options.requestsPerSecond);
    window.setIncludeAvatars(options.includeAvatars);
    CredentialStore store;
    ConnectionManager connections(&window, &store);
    connections.setEnvironment(options.environment);
    StartupProbe::installIfRequested(&window);
    window.show();
    if (options.demo) {
        // The company is still being generated: paint the window meanwhile, and open the demo when it is ready
        // (unless a connection was chosen in the meantime: a large company takes seconds).
        DemoSession::whenPrepared(&window, [&window, users = options.demoUsers] {
            if (window.connectionName().isEmpty())
                window.openDemo(users);
        });
    } else if (!options.baseUrl.isEmpty()) {
        // GONG_BASE_URL or --base-url: the environment's connection takes precedence over saved ones.
        window.connectTo(options.baseUrl, options.credentials, options.baseUrl.host());
    } else {
        connections.start(); // the active saved connection, or the settings dialog on first run
    }
    return QApplication::exec();
}
