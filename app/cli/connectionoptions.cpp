// SPDX-License-Identifier: MIT
#include "connectionoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {
// lupdate reads the context from here; the same one the code uses at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionOptions)
};

const QString demoName = QStringLiteral("demo");
const QString baseUrlName = QStringLiteral("base-url");
const QString avatarsName = QStringLiteral("include-avatars");
const QString rateName = QStringLiteral("rate");
} // namespace

QStringList ConnectionOptions::expandOptionalDemo(const QStringList& arguments)
{
    QStringList out;
    out.reserve(arguments.size());
    for (const QString& a : arguments) {
        if (a == QLatin1String("--demo") || a == QLatin1String("-demo"))
            out.append(QStringLiteral("--demo=%1").arg(DemoSession::DefaultUserCount));
        else
            out.append(a);
    }
    return out;
}

void ConnectionOptions::addOptions(QCommandLineParser* parser, const QString& demoDescription,
                                   const QString& avatarsDescription)
{
    parser->addOptions({
        QCommandLineOption(demoName, demoDescription, QStringLiteral("N")),
        QCommandLineOption(baseUrlName,
                           Tr::tr("Gong API base URL, e.g. https://us-12345.api.gong.io (default: $GONG_BASE_URL)."),
                           QStringLiteral("url")),
        QCommandLineOption(avatarsName, avatarsDescription),
        QCommandLineOption(rateName, Tr::tr("Requests per second (default 3, Gong's limit)."), QStringLiteral("n")),
    });
}

QCommandLineOption ConnectionOptions::profileOption()
{
    return QCommandLineOption(QStringLiteral("profile"),
                              Tr::tr("Use the connection saved in the app under NAME (its secrets from the system "
                                     "keychain, when a load needs them)."),
                              QStringLiteral("NAME"));
}

bool ConnectionOptions::read(const QCommandLineParser& parser, QString* error)
{
    ConnectionOptions o;
    if (parser.isSet(demoName)) {
        bool ok = false;
        const int n = parser.value(demoName).toInt(&ok);
        if (!ok || n < 0 || n > MaxDemoUsers) {
            *error = Tr::tr("--demo expects a number of users from 0 to %1.").arg(MaxDemoUsers);
            return false;
        }
        o.demo = true;
        o.demoUsers = n;
    }
    if (parser.isSet(baseUrlName)) {
        o.baseUrlText = parser.value(baseUrlName).trimmed();
        if (o.baseUrlText.isEmpty()) {
            *error = Tr::tr("--base-url needs a URL.");
            return false;
        }
    }
    if (parser.isSet(rateName)) {
        bool ok = false;
        const double r = parser.value(rateName).toDouble(&ok);
        if (!ok || r <= 0 || r > 100) {
            *error = Tr::tr("--rate expects a number of requests per second.");
            return false;
        }
        o.requestsPerSecond = r;
    }
    o.includeAvatars = parser.isSet(avatarsName);
    *this = o;
    return true;
}
