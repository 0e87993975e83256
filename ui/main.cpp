// SPDX-License-Identifier: MIT
#include "appoptions.h"
#include "demo/demosession.h"
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
    AppOptions options;
    int exitCode = 0;
    if (!parseOptions(&options, &exitCode))
        return exitCode;
    if (options.demo) // generated on a worker thread while the window is built
        DemoSession::prepare(options.demoUsers);

    MainWindow window;
    window.setRequestsPerSecond(options.requestsPerSecond);
    window.setIncludeAvatars(options.includeAvatars);
    StartupProbe::installIfRequested(&window);
    window.show();
    if (options.demo) {
        window.openDemo(options.demoUsers);
    } else if (!options.baseUrl.isEmpty()) {
        window.connectTo(options.baseUrl, options.credentials, options.baseUrl.host());
    } else {
        window.showNotConnected(QApplication::translate(
            "main", "Not connected. Start with --demo to explore the demo company, or set GONG_BASE_URL, "
                    "GONG_ACCESS_KEY and GONG_ACCESS_KEY_SECRET (see --help)."));
    }
    return QApplication::exec();
}
