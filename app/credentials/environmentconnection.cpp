// SPDX-License-Identifier: MIT
#include "environmentconnection.h"

#include <QCoreApplication>

EnvironmentConnection EnvironmentConnection::read(const QProcessEnvironment& env)
{
    EnvironmentConnection e;
    e.baseUrlText = env.value(QStringLiteral("GONG_BASE_URL"));
    if (e.hasBaseUrl())
        e.baseUrl = BaseUrl::normalize(e.baseUrlText);
    // A token wins over a key pair: it is the more specific choice and cannot be half set.
    const QString token = env.value(QStringLiteral("GONG_BEARER_TOKEN"));
    if (!token.trimmed().isEmpty()) {
        e.credentials.method = Credentials::Method::BearerToken;
        e.credentials.bearerToken = token;
    } else {
        e.credentials.method = Credentials::Method::AccessKey;
        e.credentials.accessKey = env.value(QStringLiteral("GONG_ACCESS_KEY"));
        e.credentials.accessKeySecret = env.value(QStringLiteral("GONG_ACCESS_KEY_SECRET"));
    }
    e.credentials = e.credentials.trimmed();
    return e;
}

bool EnvironmentConnection::chooseBaseUrl(const QString& commandLineUrl, QUrl* url, QString* why) const
{
    // The command line wins over the environment.
    const QString text = commandLineUrl.trimmed().isEmpty() ? baseUrlText : commandLineUrl;
    *url = BaseUrl::normalize(text);
    if (url->isEmpty())
        return true;
    if (BaseUrl::validate(*url, why))
        return true;
    *url = QUrl();
    return false;
}

QString EnvironmentConnection::credentialVariables()
{
    return QCoreApplication::translate("EnvironmentConnection", "%1 and %2, or %3")
        .arg(QStringLiteral("GONG_ACCESS_KEY"), QStringLiteral("GONG_ACCESS_KEY_SECRET"),
             QStringLiteral("GONG_BEARER_TOKEN"));
}

QString EnvironmentConnection::helpText()
{
    return QCoreApplication::translate("EnvironmentConnection",
                                       "Environment (takes precedence over saved connections and the keychain):\n"
                                       "  GONG_BASE_URL            e.g. https://us-12345.api.gong.io\n"
                                       "  %1")
        .arg(credentialVariables());
}

QString EnvironmentConnection::missingCredentialsText()
{
    return QCoreApplication::translate("EnvironmentConnection", "No credentials: set %1.").arg(credentialVariables());
}
