// SPDX-License-Identifier: MIT
#include "appearance.h"
#include "appoptions.h"
#include "cli/chartcommand.h"
#include "cli/exportcommand.h"
#include "connectionmanager.h"
#include "credentials/credentialstore.h"
#include "credentials/processhardening.h"
#include "demo/demosession.h"
#include "i18n/translations.h"
#include "icons.h"
#include "mainwindow.h"
#include "startupprobe.h"

#include <QApplication>
#include <QLocale>

#include <cstdio>

namespace {
void setApplicationInfo()
{
    QCoreApplication::setApplicationName(QStringLiteral("gong-directory"));
    QCoreApplication::setOrganizationName(QStringLiteral("GongDirectory"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GONGDIR_VERSION));
    // The "C" locale prints 5000 as "5000"; people read "5,000".
    if (QLocale().language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Translations::install();
}

// --help and --version answer without a display (scripts, packaging checks, ssh sessions).
bool wantsInfoOnly(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "-h" || a == "--help" || a == "--help-all" || a == "-v" || a == "--version" || a == "-?")
            return true;
    }
    return false;
}

bool parseOptions(AppOptions* options, int* exitCode)
{
    QString error;
    bool exitNow = false;
    if (!AppOptions::parse(QCoreApplication::arguments(), options, &error, &exitNow)) {
        std::fprintf(stderr, "gong-directory: %s\n", qPrintable(error));
        *exitCode = 2;
        return false;
    }
    *exitCode = 0;
    return !exitNow;
}
} // namespace

int main(int argc, char* argv[])
{
    // Secrets live in this process's memory: a crash must not write them to a core file.
    ProcessHardening::disableCoreDumps();
    // The headless export needs no display: it runs on a QCoreApplication, decided before any
    // QApplication could try to open one.
    if (ExportCommand::isExportCommand(argc, argv))
        return ExportCommand::main(argc, argv);
    if (ChartCommand::isChartCommand(argc, argv)) // draws offscreen, also without a display
        return ChartCommand::main(argc, argv);
    if (wantsInfoOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationInfo();
        AppOptions options;
        int exitCode = 0;
        parseOptions(&options, &exitCode);
        return exitCode;
    }

    QApplication app(argc, argv);
    setApplicationInfo();
    QApplication::setApplicationDisplayName(QStringLiteral("Gong Directory"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.gongdirectory.GongDirectory"));
    QApplication::setWindowIcon(Icons::get("gong-directory"));
    AppOptions options;
    int exitCode = 0;
    if (!parseOptions(&options, &exitCode))
        return exitCode;
    if (options.demo) // generated on a worker thread while the window is built
        DemoSession::prepare(options.demoUsers);

    Appearance appearance; // the saved light/dark choice, before the first window is polished
    appearance.restore();
    MainWindow window;
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
