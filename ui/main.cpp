// SPDX-License-Identifier: MIT
#include "appoptions.h"
#include "export/exportcommand.h"
#include "mainwindow.h"

#include <QApplication>
#include <QLocale>
#include <QMessageBox>

#include <cstdio>

int main(int argc, char* argv[])
{
    // The headless export needs no display: it runs on a QCoreApplication, decided before any
    // QApplication could try to open one.
    if (ExportCommand::isExportCommand(argc, argv))
        return ExportCommand::main(argc, argv);

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
