// SPDX-License-Identifier: MIT
#include "apierror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
