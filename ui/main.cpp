// SPDX-License-Identifier: MIT
#include "appoptions.h"
#include "connectionmanager.h"
#include "credentials/credentialstore.h"
#include "credentials/processhardening.h"
#include "mainwindow.h"

#include <QApplication>
#include <QLocale>

#include <cstdio>

int main(int argc, char* argv[])
{
    // Secrets live in this process's memory: a crash must not write them to a core file.
    ProcessHardening::disableCoreDumps();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("gong-directory"));
    QApplication::setApplicationDisplayName(QStringLiteral("Gong Directory"));
    QApplication::setOrganizationName(QStringLiteral("GongDirectory"));
    QApplication::setApplicationVersion(QStringLiteral(GONGDIR_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.gongdirectory.GongDirectory"));
    // The "C" locale prints 5000 as "5000"; people read "5,000".
    if (QLocale().language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    AppOptions options;
    QString error;
    bool exitNow = false;
    if (!AppOptions::parse(QApplication::arguments(), &options, &error, &exitNow)) {
        std::fprintf(stderr, "gong-directory: %s\n", qPrintable(error));
        return 2;
    }
    if (exitNow)
        return 0;

    MainWindow window;
    window.setRequestsPerSecond(options.requestsPerSecond);
    window.setIncludeAvatars(options.includeAvatars);
    CredentialStore store;
    ConnectionManager connections(&window, &store);
    connections.setEnvironment(options.environment);
    window.show();
    if (options.demo) {
        window.openDemo(options.demoUsers);
    } else if (!options.baseUrl.isEmpty()) {
        // GONG_BASE_URL or --base-url: the environment's connection takes precedence over saved ones.
        window.connectTo(options.baseUrl, options.credentials, options.baseUrl.host());
    } else {
        connections.start(); // the active saved connection, or the settings dialog on first run
    }
    return QApplication::exec();
}
