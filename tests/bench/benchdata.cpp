// SPDX-License-Identifier: MIT
#include "benchdata.h"

#include "api/userspageparser.h"
#include "demo/demoorggenerator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <chrono>

#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace BenchData {

QList<QJsonObject> demoUsers(int count, quint32 seed)
{
    DemoOrgOptions options;
    options.userCount = count;
    options.seed = seed;
    options.avatarCount = 0;
    return DemoOrgGenerator(options).users();
}

QByteArray pageBody(const QList<QJsonObject>& users, qint64 offset, int pageSize, qint64 total, qint64* userBytes)
{
    const qint64 end = std::min<qint64>(users.size(), offset + pageSize);
    QJsonArray array;
    for (qint64 i = offset; i < end; ++i)
        array.append(users.at(i));
    const QByteArray usersJson = QJsonDocument(array).toJson(QJsonDocument::Compact);
    if (userBytes) // minus "[", "]" and the commas between objects
        *userBytes += usersJson.size() - 2 - std::max<qint64>(0, end - offset - 1);
    QByteArray body = "{\"requestId\":\"bench" + QByteArray::number(offset) +
                      "\",\"records\":{\"totalRecords\":" + QByteArray::number(total) +
                      ",\"currentPageSize\":" + QByteArray::number(end - offset) +
                      ",\"currentPageNumber\":" + QByteArray::number(offset / pageSize);
    if (end < total)
        body += ",\"cursor\":\"eyJhbGciOiJIUzI1NiJ9.eyJvIjo" + QByteArray::number(end) + "fQ.c2lnbmF0dXJl\"";
    body += "},\"users\":" + usersJson + '}';
    return body;
}

Pages pages(const QList<QJsonObject>& users, int pageSize)
{
    Pages out;
    out.userCount = users.size();
    for (qint64 offset = 0; offset < users.size(); offset += pageSize)
        out.bodies.append(pageBody(users, offset, pageSize, users.size(), &out.userBytes));
    return out;
}

QList<QList<User>> parsedPages(const QList<QJsonObject>& users, int pageSize)
{
    QList<QList<User>> out;
    for (qint64 offset = 0; offset < users.size(); offset += pageSize) {
        UsersPage page;
        ApiError error;
        if (!UsersPageParser::parse(pageBody(users, offset, pageSize, users.size()), &page, &error))
            qFatal("bench: a page did not parse: %s", qPrintable(error.message()));
        out.append(page.users);
    }
    return out;
}

qint64 residentBytes()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    if (fields.size() < 2)
        return -1;
    return fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE);
}

qint64 monotonicMicros()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

Stats::Stats(QList<double> values)
    : ms(std::move(values))
{
    std::sort(ms.begin(), ms.end());
}

BenchFigure figure(const QString& key, const QString& name, double value, const QString& unit)
{
    return benchFigure(key, name, value, unit);
}

QString ms(double v)
{
    return BenchReport::number(v, v < 100 ? 2 : 0);
}

} // namespace BenchData
