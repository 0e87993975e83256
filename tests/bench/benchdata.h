// SPDX-License-Identifier: MIT
#pragma once

#include "benchreport.h"
#include "directory/user.h"

#include <QByteArray>
#include <QEvent>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include "directory/user.h"

#include <algorithm>

// Demo users and GET /v2/users page bodies for the benchmarks, plus process measurements.
namespace BenchData {

struct Pages
{
    QList<QByteArray> bodies;
    qint64 userCount = 0;
    qint64 userBytes = 0; // bytes of the user objects alone (the "users" arrays without brackets and commas)
};

QList<QJsonObject> demoUsers(int count, quint32 seed = 42);

// One page body in DemoServer's layout: requestId, records (with a cursor when more remain), users.
QByteArray pageBody(const QList<QJsonObject>& users, qint64 offset, int pageSize, qint64 total,
                    qint64* userBytes = nullptr);
Pages pages(const QList<QJsonObject>& users, int pageSize = 100);

// Resident set size of this process in bytes (/proc/self/statm), after giving freed heap back to the system.
qint64 residentBytes();

// Monotonic microseconds, comparable across processes on Linux (CLOCK_MONOTONIC).
qint64 monotonicMicros();

// Median of a non-empty list.
double median(QList<double> values);

// Timings of repeated steps, sorted: quantiles, median, max.
struct Stats
{
    QList<double> ms; // sorted
    explicit Stats(QList<double> values);
    double at(double quantile) const
    {
        return ms.isEmpty() ? 0 : ms[std::min(ms.size() - 1, qsizetype(ms.size() * quantile))];
    }
    double median() const { return at(0.5); }
    double p95() const { return at(0.95); }
    double max() const { return ms.isEmpty() ? 0 : ms.last(); }
};

// The users as parsed pages of `pageSize`, so that timings exclude JSON parsing.
QList<QList<User>> parsedPages(const QList<QJsonObject>& users, int pageSize);

// A figure with its key, name, value and unit; the caller adds the reference, ratio, target and verdict.
BenchFigure figure(const QString& key, const QString& name, double value, const QString& unit);
// Milliseconds for the table: two decimals under 100.
QString ms(double v);

// Counts the paint events of the object it filters (a view's viewport): one paint per measured step.
class PaintCounter : public QObject
{
public:
    int paints = 0;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace BenchData
