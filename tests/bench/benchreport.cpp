// SPDX-License-Identifier: MIT
#include "benchreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace {
const char* verdictText(BenchFigure::Verdict v)
{
    switch (v) {
    case BenchFigure::Verdict::Pass:
        return "pass";
    case BenchFigure::Verdict::Miss:
        return "MISS";
    case BenchFigure::Verdict::Info:
        break;
    }
    return "info";
}

QJsonValue finiteOrNull(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

// Display width in characters (the table uses a few non-ASCII symbols such as ≤ and ×).
int width(const QString& s)
{
    return int(s.size());
}
} // namespace

int BenchReport::missCount() const
{
    return int(std::count_if(m_figures.begin(), m_figures.end(),
                             [](const BenchFigure& f) { return f.verdict == BenchFigure::Verdict::Miss; }));
}

BenchFigure BenchReport::figure(const QString& key, const QString& name, double value, const QString& unit)
{
    BenchFigure f;
    f.key = key;
    f.name = name;
    f.value = value;
    f.unit = unit;
    return f;
}

QString BenchReport::number(double v, int decimals)
{
    if (!std::isfinite(v))
        return QStringLiteral("–");
    QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale.toString(v, 'f', decimals);
}

QByteArray BenchReport::table() const
{
    const QStringList header = {
        QStringLiteral("Figure"), QStringLiteral("Ours"),   QStringLiteral("Reference (same run)"),
        QStringLiteral("Ratio"),  QStringLiteral("Target"), QStringLiteral("")};
    QList<QStringList> rows;
    for (const BenchFigure& f : m_figures) {
        int decimals = 0;
        if (f.unit == QLatin1String("s") || (f.unit == QLatin1String("ms") && f.value < 100))
            decimals = f.unit == QLatin1String("s") ? 2 : 1;
        const QString value =
            f.unit.isEmpty() ? number(f.value, decimals) : number(f.value, decimals) + QLatin1Char(' ') + f.unit;
        rows.append(
            {f.name, value, f.referenceText, f.ratioText, f.target, QString::fromLatin1(verdictText(f.verdict))});
    }
    QList<int> widths;
    for (int c = 0; c < header.size(); ++c) {
        int w = width(header[c]);
        for (const QStringList& r : rows)
            w = std::max(w, width(r[c]));
        widths.append(w);
    }
    const auto line = [&](const QStringList& cells) {
        QString out = QStringLiteral("|");
        for (int c = 0; c < cells.size(); ++c) {
            const bool right = c == 1 || c == 3;
            const QString cell = right ? cells[c].rightJustified(widths[c]) : cells[c].leftJustified(widths[c]);
            out += QLatin1Char(' ') + cell + QStringLiteral(" |");
        }
        return out + QLatin1Char('\n');
    };
    QString out = line(header);
    QString rule = QStringLiteral("|");
    for (int c = 0; c < header.size(); ++c) {
        const bool right = c == 1 || c == 3;
        rule += QLatin1Char(' ') + QString(widths[c] - (right ? 1 : 0), QLatin1Char('-')) +
                (right ? QStringLiteral(":") : QString()) + QStringLiteral(" |");
    }
    out += rule + QLatin1Char('\n');
    for (const QStringList& r : rows)
        out += line(r);
    if (!m_machine.isEmpty())
        out += QLatin1Char('\n') + m_machine + QLatin1Char('\n');
    return out.toUtf8();
}

QByteArray BenchReport::json() const
{
    QJsonArray figures;
    for (const BenchFigure& f : m_figures) {
        figures.append(QJsonObject{
            {QStringLiteral("key"), f.key},
            {QStringLiteral("name"), f.name},
            {QStringLiteral("value"), finiteOrNull(f.value)},
            {QStringLiteral("unit"), f.unit},
            {QStringLiteral("reference"), finiteOrNull(f.reference)},
            {QStringLiteral("referenceText"), f.referenceText},
            {QStringLiteral("ratio"), finiteOrNull(f.ratio)},
            {QStringLiteral("ratioText"), f.ratioText},
            {QStringLiteral("target"), f.target},
            {QStringLiteral("verdict"), QString::fromLatin1(verdictText(f.verdict))},
        });
    }
    const QJsonObject root{{QStringLiteral("machine"), m_machine}, {QStringLiteral("figures"), figures}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}
