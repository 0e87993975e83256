// SPDX-License-Identifier: MIT
#include "appoptions.h"

#include "cli/commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {
const QString verboseName = QStringLiteral("verbose");
} // namespace

void AppOptions::describe(QCommandLineParser* parser)
{
    parser->setApplicationDescription(
        QCoreApplication::translate("AppOptions", "Browse, search and export the people in a Gong account.") +
        QLatin1String("\n\n") + EnvironmentConnection::helpText());
    ConnectionOptions::addOptions(
        parser, QCoreApplication::translate("AppOptions", "Open the built-in demo company of N users (default 5000)."),
        QCoreApplication::translate("AppOptions", "Also list Gong staff (avatars)."));
    parser->addOption(QCommandLineOption(
        verboseName,
        QCoreApplication::translate("AppOptions", "Show the app's log on stderr (requests, keychain, retries).")));
}

bool AppOptions::parse(const QStringList& arguments, AppOptions* out, QString* error)
{
    QCommandLineParser parser;
    CommandLine::prepare(&parser, CliCommand{QString(), nullptr, &AppOptions::describe, {}, {}});
    if (!parser.parse(ConnectionOptions::expandOptionalDemo(arguments))) {
        *error = parser.errorText();
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = QCoreApplication::translate("AppOptions", "Unexpected argument: %1")
                     .arg(parser.positionalArguments().constFirst());
        return false;
    }

    AppOptions o;
    if (!o.read(parser, error))
        return false;
    o.verbose = parser.isSet(verboseName);
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
