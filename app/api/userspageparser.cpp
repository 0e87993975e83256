// SPDX-License-Identifier: MIT
#include "userspageparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
ApiError badResponse(const QString& detail)
{
    ApiError e;
    e.kind = ApiError::Kind::BadResponse;
    e.detail = detail;
    return e;
}
} // namespace

bool UsersPageParser::parse(const QByteArray& body, UsersPage* page, ApiError* error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = badResponse(
            QCoreApplication::translate("UsersPageParser", "The server's answer is not valid JSON (%1 at byte %2).")
                .arg(pe.errorString())
                .arg(pe.offset));
        return false;
    }
    if (!doc.isObject()) {
        *error =
            badResponse(QCoreApplication::translate("UsersPageParser", "The server's answer is not a JSON object."));
        return false;
    }
    const QJsonObject root = doc.object();
    const QJsonValue usersValue = root.value(QLatin1String("users"));
    if (!usersValue.isArray()) {
        *error = badResponse(QCoreApplication::translate("UsersPageParser", "The server's answer has no users list."));
        error->requestId = root.value(QLatin1String("requestId")).toString();
        return false;
    }

    UsersPage result;
    result.requestId = root.value(QLatin1String("requestId")).toString();
    const QJsonValue recordsValue = root.value(QLatin1String("records"));
    const QJsonObject records = recordsValue.toObject();
    const QJsonValue total = records.value(QLatin1String("totalRecords"));
    if (total.isDouble())
        result.totalRecords = qint64(total.toDouble());
    result.pageSize = records.value(QLatin1String("currentPageSize")).toInt();
    result.pageNumber = records.value(QLatin1String("currentPageNumber")).toInt(-1);
    const QJsonValue cursor = records.value(QLatin1String("cursor"));
    if (cursor.isString() && !cursor.toString().isEmpty())
        result.cursor = cursor.toString();
    else if (!cursor.isUndefined() && !cursor.isNull() && !cursor.isString())
        result.warnings.append(QStringLiteral("records.cursor has an unexpected type; paging ends here"));

    const QJsonArray users = usersValue.toArray();
    result.users.reserve(users.size());
    int index = 0;
    for (const QJsonValue& v : users) {
        if (!v.isObject()) {
            result.warnings.append(QStringLiteral("users[%1] is not an object; skipped").arg(index));
        } else {
            result.users.append(User::fromJson(v.toObject(), &result.warnings));
            if (result.users.constLast().id.isEmpty()) {
                result.warnings.append(QStringLiteral("users[%1] has no id; skipped").arg(index));
                result.users.removeLast();
            }
        }
        ++index;
    }
    *page = std::move(result);
    return true;
}
