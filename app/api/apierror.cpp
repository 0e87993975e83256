// SPDX-License-Identifier: MIT
#include "apierror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSslError>
#include <QUrl>

namespace {
// lupdate reads the context from here; the same one the code uses at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
};

constexpr int MaxServerMessages = 5;
constexpr qsizetype MaxServerMessageLength = 300;
constexpr qsizetype MaxRequestIdLength = 100;

QString elided(const QString& text, qsizetype max)
{
    if (text.size() <= max)
        return text;
    qsizetype keep = max - 1;
    if (text.at(keep - 1).isHighSurrogate())
        --keep;                             // never split a character
    return text.left(keep) + QChar(0x2026); // …
}
} // namespace

bool ApiError::parseErrorBody(const QByteArray& body, ApiError* error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    const QJsonValue errors = o.value(QLatin1String("errors"));
    const QJsonValue requestId = o.value(QLatin1String("requestId"));
    if (!errors.isArray() && !requestId.isString())
        return false;
    // A misbehaving gateway can send megabytes of "errors": keep what fits in a banner, and say what was cut.
    error->requestId = elided(requestId.toString(), MaxRequestIdLength);
    error->serverMessages.clear();
    const QJsonArray list = errors.toArray();
    for (const QJsonValue& e : list) {
        if (error->serverMessages.size() == MaxServerMessages) {
            error->serverMessages.append(Tr::tr("(%n more)", nullptr, int(list.size()) - MaxServerMessages));
            break;
        }
        if (e.isString())
            error->serverMessages.append(elided(e.toString(), MaxServerMessageLength));
        else if (!e.isNull() && !e.isUndefined())
            error->serverMessages.append(
                elided(QString::fromUtf8(QJsonDocument(QJsonArray{e}).toJson(QJsonDocument::Compact)),
                       MaxServerMessageLength));
    }
    return true;
}

ApiError ApiError::fromHttpStatus(int status, const QByteArray& body)
{
    ApiError e;
    e.httpStatus = status;
    parseErrorBody(body, &e);
    switch (status) {
    case 400:
        e.kind = Kind::BadRequest;
        e.detail = Tr::tr("Gong rejected the request as malformed (HTTP 400).");
        break;
    case 401:
        e.kind = Kind::Unauthorized;
        e.detail = Tr::tr("Gong did not accept the credentials (HTTP 401). Check the access key and secret, or the "
                          "access token, in Connection settings.");
        break;
    case 403:
        e.kind = Kind::Forbidden;
        e.detail = Tr::tr("Access denied (HTTP 403): the API key lacks the api:users:read scope. Ask a Gong technical "
                          "admin to grant it.");
        break;
    case 429:
        e.kind = Kind::RateLimited;
        e.detail = Tr::tr("Gong's rate limit was reached (HTTP 429).");
        break;
    default:
        if (status >= 500) {
            e.kind = Kind::Server;
            e.detail = Tr::tr("Gong's server answered with an error (HTTP %1).").arg(status);
        } else {
            e.kind = Kind::BadResponse;
            e.detail = Tr::tr("Unexpected answer from Gong (HTTP %1).").arg(status);
        }
    }
    return e;
}

QString ApiError::message() const
{
    QString text = detail;
    if (!serverMessages.isEmpty())
        text += QLatin1Char(' ') + Tr::tr("Server said: %1").arg(serverMessages.join(QLatin1String("; ")));
    if (!requestId.isEmpty())
        text += QLatin1Char(' ') + Tr::tr("(request id %1)").arg(requestId);
    return text;
}

ApiError ApiError::fromNetworkReply(const QNetworkReply* reply, const QUrl& baseUrl, int timeoutMs,
                                    const QList<QSslError>& sslErrors)
{
    ApiError e;
    e.kind = Kind::Network;
    const QString host = baseUrl.host();
    const auto tlsFailure = [&](const QString& fallback) {
        QStringList reasons;
        for (const QSslError& error : sslErrors)
            reasons.append(error.errorString());
        reasons.removeDuplicates();
        e.kind = Kind::Tls;
        e.detail = Tr::tr("The secure (TLS) connection to %1 failed: %2. Your credentials were "
                          "not sent.")
                       .arg(host, reasons.isEmpty() ? fallback : reasons.join(QLatin1String("; ")));
    };
    switch (reply->error()) {
    case QNetworkReply::HostNotFoundError:
        e.detail = Tr::tr("The host name %1 could not be found (DNS lookup failed). "
                          "Check the base URL and your network connection.")
                       .arg(host);
        break;
    case QNetworkReply::ConnectionRefusedError:
        e.detail = Tr::tr("%1 refused the connection on port %2. Check the base URL.")
                       .arg(host)
                       .arg(baseUrl.port(baseUrl.scheme() == QLatin1String("https") ? 443 : 80));
        break;
    case QNetworkReply::SslHandshakeFailedError:
        tlsFailure(reply->errorString());
        break;
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        e.kind = Kind::Redirect;
        e.detail = Tr::tr("The server redirected to another address, which was "
                          "refused so that your credentials stay with %1 (%2).")
                       .arg(host, reply->errorString());
        break;
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        e.detail = Tr::tr("%1 did not answer within %n second(s).", nullptr, (timeoutMs + 999) / 1000).arg(host);
        break;
    default:
        if (!sslErrors.isEmpty()) { // some TLS failures surface as a closed connection
            tlsFailure(reply->errorString());
            break;
        }
        e.detail = Tr::tr("Could not reach %1: %2").arg(host, reply->errorString());
        break;
    }
    return e;
}
