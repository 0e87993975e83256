// SPDX-License-Identifier: MIT
#include "appoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

bool AppOptions::parse(const QStringList& arguments, AppOptions* out, QString* error, bool* exitNow)
{
    *exitNow = false;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("AppOptions", "Browse, search and export the people in a Gong account.") +
        QLatin1String("\n\n") + EnvironmentConnection::helpText());
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    ConnectionOptions::addOptions(
        &parser, QCoreApplication::translate("AppOptions", "Open the built-in demo company of N users (default 5000)."),
        QCoreApplication::translate("AppOptions", "Also list Gong staff (avatars)."));

    if (!parser.parse(ConnectionOptions::expandOptionalDemo(arguments))) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        *exitNow = true;
        return true;
    }
    if (parser.isSet(version)) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        *exitNow = true;
        return true;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = QCoreApplication::translate("AppOptions", "Unexpected argument: %1")
                     .arg(parser.positionalArguments().constFirst());
        return false;
    }

    AppOptions o;
    if (!o.read(parser, error))
        return false;
    o.environment = EnvironmentConnection::read();
    QString why;
    if (!o.demo && !o.environment.chooseBaseUrl(o.baseUrlText, &o.baseUrl, &why)) {
        *error = why;
        return false;
    }
    o.credentials = o.environment.credentials;
    *out = o;
    return true;
}
