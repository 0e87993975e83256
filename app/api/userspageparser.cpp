// SPDX-License-Identifier: MIT
#include "userspageparser.h"

#include "base/safetext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <climits>
#include <cmath>

namespace {
// lupdate reads the context from here; the same one the code uses at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UsersPageParser)
};

ApiError badResponse(const QString& detail)
{
    ApiError e;
    e.kind = ApiError::Kind::BadResponse;
    e.detail = detail;
    return e;
}

// 2^53: every integer up to here is exact as a double.
constexpr double MaxExactCount = 9007199254740992.0;
} // namespace

void RecordWarnings::add(const RecordWarnings& other)
{
    wrongTypes += other.wrongTypes;
    skipped += other.skipped;
    if (example.isEmpty())
        example = other.example;
}

QString RecordWarnings::summary() const
{
    QStringList parts;
    if (wrongTypes > 0) {
        parts.append(Tr::tr("%Ln record(s) had fields of the wrong type, e.g. %1; their other fields were kept.",
                            nullptr, int(std::min<qint64>(wrongTypes, INT_MAX)))
                         .arg(example));
    }
    if (skipped > 0)
        parts.append(Tr::tr("%Ln record(s) were skipped: not an object, or no id.", nullptr,
                            int(std::min<qint64>(skipped, INT_MAX))));
    return parts.join(QLatin1Char(' '));
}

qint64 UsersPageParser::totalRecordsFrom(const QJsonValue& value)
{
    if (!value.isDouble())
        return -1;
    const double d = value.toDouble();
    if (!(d >= 0)) // negative (NaN does not come out of JSON, but would land here too)
        return -1;
    // Clamped before the conversion: qint64(d) is undefined behaviour from 2^63 on.
    return qint64(std::floor(std::min(d, MaxExactCount)));
}

bool UsersPageParser::parse(const QByteArray& body, UsersPage* page, ApiError* error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = badResponse(
            Tr::tr("The server's answer is not valid JSON (%1 at byte %2).").arg(pe.errorString()).arg(pe.offset));
        error->kind = ApiError::Kind::Unreadable;
        return false;
    }
    if (!doc.isObject()) {
        *error = badResponse(Tr::tr("The server's answer is not a JSON object."));
        return false;
    }
    const QJsonObject root = doc.object();
    const QString requestId = SafeText::shown(root.value(QLatin1String("requestId")).toString());
    const QJsonValue usersValue = root.value(QLatin1String("users"));
    if (!usersValue.isArray()) {
        *error = badResponse(Tr::tr("The server's answer has no users list."));
        error->requestId = requestId;
        return false;
    }
    const QJsonArray users = usersValue.toArray();
    if (users.size() > MaxUsersPerPage) {
        error->kind = ApiError::Kind::Refused;
        error->detail = Tr::tr("The server sent %1 users in one page; Gong sends at most 100. The page was refused.")
                            .arg(QLocale().toString(users.size()));
        error->requestId = requestId;
        return false;
    }

    UsersPage result;
    result.requestId = requestId;
    const QJsonValue recordsValue = root.value(QLatin1String("records"));
    const QJsonObject records = recordsValue.toObject();
    result.totalRecords = totalRecordsFrom(records.value(QLatin1String("totalRecords")));
    result.pageSize = records.value(QLatin1String("currentPageSize")).toInt();
    result.pageNumber = records.value(QLatin1String("currentPageNumber")).toInt(-1);
    const QJsonValue cursor = records.value(QLatin1String("cursor"));
    if (cursor.isString() && !cursor.toString().isEmpty())
        result.cursor = cursor.toString();
    else if (!cursor.isUndefined() && !cursor.isNull() && !cursor.isString())
        result.warnings.append(QStringLiteral("records.cursor has an unexpected type; paging ends here"));

    result.users.reserve(users.size());
    int index = 0;
    RecordWarnings& counts = result.recordWarnings;
    for (const QJsonValue& v : users) {
        if (!v.isObject()) {
            result.warnings.append(QStringLiteral("users[%1] is not an object; skipped").arg(index));
            ++counts.skipped;
        } else {
            const qsizetype before = result.warnings.size();
            result.users.append(User::fromJson(v.toObject(), &result.warnings));
            if (result.users.constLast().id.isEmpty()) {
                result.warnings.append(QStringLiteral("users[%1] has no id; skipped").arg(index));
                result.users.removeLast();
                ++counts.skipped;
            } else if (result.warnings.size() > before) {
                ++counts.wrongTypes;
                if (counts.example.isEmpty())
                    counts.example = result.warnings.at(before);
            }
        }
        ++index;
    }
    *page = std::move(result);
    return true;
}
