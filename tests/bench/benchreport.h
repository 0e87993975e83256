// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <cmath>

// One measured figure with the reference it is judged against, both taken in the same run.
struct BenchFigure
{
    enum class Verdict
    {
        Pass,
        Miss,
        Info // no target: shown for context
    };

    QString key;      // stable id for --json, e.g. "load.3000.total"
    QString name;     // what a person reads in the table
    double value = 0; // our figure, in `unit`
    QString unit;     // "s", "ms", "users/s", "B/user", ""
    double reference = std::nan("");
    QString referenceText; // e.g. "bound 10.00 s", "fromJson 410 ms"
    double ratio = std::nan("");
    QString ratioText; // e.g. "0.98", "RTT + 3.1 ms"
    QString target;    // e.g. "≤ 1.05"
    Verdict verdict = Verdict::Info;
};

// Collects the figures of one run and prints them as one table or as JSON.
class BenchReport
{
public:
    void add(const BenchFigure& figure) { m_figures.append(figure); }
    void setMachine(const QString& text) { m_machine = text; }
    const QList<BenchFigure>& figures() const { return m_figures; }
    int missCount() const;

    QByteArray table() const;
    QByteArray json() const;

    // Formats a number for the table: thousands separated, `decimals` places.
    static QString number(double v, int decimals = 0);
    // Milliseconds as the table shows them: two decimals below 100.
    static QString milliseconds(double v) { return number(v, v < 100 ? 2 : 0); }
    // A figure with its key, name, value and unit; the caller adds the reference, ratio, target and verdict.
    static BenchFigure figure(const QString& key, const QString& name, double value, const QString& unit);

private:
    QList<BenchFigure> m_figures;
    QString m_machine;
};
