// SPDX-License-Identifier: MIT
#include "apierror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ApiError", text);
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
    error->requestId = requestId.toString();
    error->serverMessages.clear();
    for (const QJsonValue& e : errors.toArray()) {
        if (e.isString())
            error->serverMessages.append(e.toString());
        else if (!e.isNull() && !e.isUndefined())
            error->serverMessages.append(
                QString::fromUtf8(QJsonDocument(QJsonArray{e}).toJson(QJsonDocument::Compact)));
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
        e.detail = tr("Gong rejected the request as malformed (HTTP 400).");
        break;
    case 401:
        e.kind = Kind::Unauthorized;
        e.detail = tr("Gong did not accept the credentials (HTTP 401). Check the access key and secret, or the "
                      "access token, in Connection settings.");
        break;
    case 403:
        e.kind = Kind::Forbidden;
        e.detail = tr("Access denied (HTTP 403): the API key lacks the api:users:read scope. Ask a Gong technical "
                      "admin to grant it.");
        break;
    case 429:
        e.kind = Kind::RateLimited;
        e.detail = tr("Gong's rate limit was reached (HTTP 429).");
        break;
    default:
        if (status >= 500) {
            e.kind = Kind::Server;
            e.detail = tr("Gong's server answered with an error (HTTP %1).").arg(status);
        } else {
            e.kind = Kind::BadResponse;
            e.detail = tr("Unexpected answer from Gong (HTTP %1).").arg(status);
        }
    }
    return e;
}

QString ApiError::message() const
{
    QString text = detail;
    if (!serverMessages.isEmpty())
        text += QLatin1Char(' ') + tr("Server said: %1").arg(serverMessages.join(QLatin1String("; ")));
    if (!requestId.isEmpty())
        text += QLatin1Char(' ') + tr("(request id %1)").arg(requestId);
    return text;
}
