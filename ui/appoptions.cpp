// SPDX-License-Identifier: MIT
#include "appoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace {
// QCommandLineParser has no optional values: "--demo" alone means the default size.
QStringList expandOptionalDemo(const QStringList& arguments)
{
    QStringList out;
    out.reserve(arguments.size());
    for (const QString& a : arguments) {
        if (a == QLatin1String("--demo") || a == QLatin1String("-demo"))
            out.append(QStringLiteral("--demo=5000"));
        else
            out.append(a);
    }
    return out;
}
} // namespace

bool AppOptions::parse(const QStringList& arguments, AppOptions* out, QString* error, bool* exitNow)
{
    *exitNow = false;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("AppOptions", "Browse, search and export the people in a Gong account.") +
        QLatin1String("\n\n") + EnvironmentConnection::helpText());
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("AppOptions", "Open the built-in demo company of N users (default 5000)."),
        QStringLiteral("N"));
    const QCommandLineOption baseUrl(
        QStringLiteral("base-url"),
        QCoreApplication::translate("AppOptions", "Gong API base URL, e.g. https://us-12345.api.gong.io."),
        QStringLiteral("url"));
    const QCommandLineOption avatars(QStringLiteral("include-avatars"),
                                     QCoreApplication::translate("AppOptions", "Also list Gong staff (avatars)."));
    const QCommandLineOption rate(
        QStringLiteral("rate"),
        QCoreApplication::translate("AppOptions", "Requests per second (default 3, Gong's limit)."),
        QStringLiteral("n"));
    parser.addOptions({demo, baseUrl, avatars, rate});

    if (!parser.parse(expandOptionalDemo(arguments))) {
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
    if (parser.isSet(demo)) {
        bool ok = false;
        const int n = parser.value(demo).toInt(&ok);
        if (!ok || n < 0 || n > 2000000) {
            *error = QCoreApplication::translate("AppOptions", "--demo expects a number of users from 0 to 2000000.");
            return false;
        }
        o.demo = true;
        o.demoUsers = n;
    }
    if (parser.isSet(rate)) {
        bool ok = false;
        const double r = parser.value(rate).toDouble(&ok);
        if (!ok || r <= 0 || r > 100) {
            *error = QCoreApplication::translate("AppOptions", "--rate expects a number of requests per second.");
            return false;
        }
        o.requestsPerSecond = r;
    }
    o.includeAvatars = parser.isSet(avatars);

    o.environment = EnvironmentConnection::read();
    const QString url = parser.isSet(baseUrl) ? parser.value(baseUrl) : o.environment.baseUrlText;
    if (!o.demo && !url.trimmed().isEmpty()) {
        o.baseUrl = BaseUrl::normalize(url);
        QString why;
        if (!BaseUrl::validate(o.baseUrl, &why)) {
            *error = why;
            return false;
        }
    }
    o.credentials = o.environment.credentials;
    *out = o;
    return true;
}
