// SPDX-License-Identifier: MIT
#include "apierror.h"

#include "base/safetext.h"

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
    // A misbehaving gateway can send megabytes of "errors", or control characters that drive a terminal: keep
    // what fits in a banner, escaped, and say what was cut.
    error->requestId = SafeText::shown(requestId.toString());
    error->serverMessages.clear();
    const QJsonArray list = errors.toArray();
    for (const QJsonValue& e : list) {
        if (error->serverMessages.size() == MaxServerMessages) {
            error->serverMessages.append(Tr::tr("(%n more)", nullptr, int(list.size()) - MaxServerMessages));
            break;
        }
        if (e.isString())
            error->serverMessages.append(SafeText::shown(e.toString()));
        else if (!e.isNull() && !e.isUndefined())
            error->serverMessages.append(
                SafeText::shown(QString::fromUtf8(QJsonDocument(QJsonArray{e}).toJson(QJsonDocument::Compact))));
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
    // The server's parts were escaped where they came in; this also covers any that were set by hand.
    return SafeText::escaped(text);
}

ApiError ApiError::fromNetworkReply(const QNetworkReply* reply, const QUrl& baseUrl, int timeoutMs,
                                    const QList<QSslError>& sslErrors)
{
    ApiError e;
    e.kind = Kind::Network;
    const QString host = baseUrl.host();
    // Qt's error strings can quote the server (a reason phrase, a certificate's names).
    const QString qtReason = SafeText::shown(reply->errorString());
    const auto tlsFailure = [&](const QString& fallback) {
        QStringList reasons;
        for (const QSslError& error : sslErrors)
            reasons.append(SafeText::shown(error.errorString()));
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
        tlsFailure(qtReason);
        break;
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        e = fromRefusedRedirect(reply, baseUrl);
        break;
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        e = noAnswer(host, timeoutMs);
        break;
    default:
        if (!sslErrors.isEmpty()) { // some TLS failures surface as a closed connection
            tlsFailure(qtReason);
            break;
        }
        if (!reply->rawHeader("Content-Encoding").isEmpty() &&
            reply->errorString().startsWith(QLatin1String("Decompression failed"))) {
            // The connection was fine; the compressed body was not (Qt's message names no reason).
            e.kind = Kind::BadResponse;
            e.detail = Tr::tr("%1 sent a compressed (%2) answer that could not be unpacked.")
                           .arg(host, SafeText::shown(QString::fromLatin1(reply->rawHeader("Content-Encoding"))));
            break;
        }
        e.detail = Tr::tr("Could not reach %1: %2").arg(host, qtReason);
        break;
    }
    return e;
}

ApiError ApiError::noAnswer(const QString& host, int timeoutMs)
{
    ApiError e;
    e.kind = Kind::Network;
    e.detail = Tr::tr("%1 did not answer within %n second(s).", nullptr, (timeoutMs + 999) / 1000).arg(host);
    return e;
}

QString ApiError::redirectTarget(const QNetworkReply* reply)
{
    QUrl target = QUrl::fromEncoded(reply->rawHeader("Location"));
    if (target.isEmpty())
        target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    // "//host/path" (protocol-relative) and "/path" mean nothing without the address they came from.
    target = reply->url().resolved(target);
    return SafeText::shown(target.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo));
}

ApiError ApiError::fromRefusedRedirect(const QNetworkReply* reply, const QUrl& baseUrl)
{
    ApiError e;
    e.kind = Kind::Redirect;
    e.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::TooManyRedirectsError) // followed (same origin) until Qt gave up
        e.detail = Tr::tr("%1 sent too many redirects (a redirect loop), the last to %2.")
                       .arg(baseUrl.host(), redirectTarget(reply));
    else
        e.detail = Tr::tr("The server redirected to %1, which was refused so that your credentials stay with %2.")
                       .arg(redirectTarget(reply), baseUrl.host());
    return e;
}
