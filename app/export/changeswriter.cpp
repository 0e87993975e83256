// SPDX-License-Identifier: MIT
#include "changeswriter.h"

#include "csvwriter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
QString isoTime(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODate);
}

// One JSON value as compact text (QJsonDocument only takes arrays and objects).
QByteArray compact(const QJsonValue& value)
{
    QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2);
}

QJsonValue valueOrNull(const QJsonValue& v)
{
    return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
}
} // namespace

QStringList ChangesWriter::fields()
{
    return {QStringLiteral("kind"),   QStringLiteral("id"),    QStringLiteral("name"), QStringLiteral("field"),
            QStringLiteral("before"), QStringLiteral("after"), QStringLiteral("from"), QStringLiteral("to")};
}

bool ChangesWriter::supports(ExportFormat format)
{
    return format == ExportFormat::Csv || format == ExportFormat::Json;
}

QString ChangesWriter::cellText(const QJsonValue& value)
{
    if (value.isUndefined())
        return {};
    if (value.isString())
        return value.toString();
    return QString::fromUtf8(compact(value));
}

QByteArray ChangesWriter::csv(const QList<UserChange>& changes, const ExportOptions& options)
{
    QByteArray out;
    if (options.byteOrderMark)
        out += QByteArrayLiteral("\xEF\xBB\xBF");
    const auto line = [&out](const QStringList& cells) {
        QStringList quoted;
        for (const QString& c : cells)
            quoted.append(CsvWriter::quoteField(CsvWriter::neutraliseFormula(c)));
        out += quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
    };
    line(fields());
    for (const UserChange& c : changes) {
        line({UserChange::kindKey(c.kind), c.id, c.name, c.field, cellText(c.before), cellText(c.after),
              isoTime(c.fromMsecs), isoTime(c.toMsecs)});
    }
    return out;
}

QByteArray ChangesWriter::json(const QList<UserChange>& changes, const ExportOptions& options)
{
    // Written by hand to keep the fields in their documented order (QJsonObject sorts its keys).
    const bool pretty = options.prettyJson;
    const QByteArray indent = pretty ? QByteArrayLiteral("        ") : QByteArray();
    const QByteArray colon = pretty ? QByteArrayLiteral(": ") : QByteArrayLiteral(":");
    QByteArray out = "[";
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const UserChange& c = changes[i];
        const QJsonValue values[] = {UserChange::kindKey(c.kind),
                                     c.id,
                                     c.name,
                                     c.field,
                                     valueOrNull(c.before),
                                     valueOrNull(c.after),
                                     isoTime(c.fromMsecs),
                                     isoTime(c.toMsecs)};
        out += i > 0 ? "," : "";
        out += pretty ? "\n    {" : "{";
        const QStringList keys = fields();
        for (qsizetype k = 0; k < keys.size(); ++k) {
            out += k > 0 ? "," : "";
            if (pretty)
                out += "\n" + indent;
            out += compact(keys[k]) + colon + compact(values[k]);
        }
        out += pretty ? "\n    }" : "}";
    }
    out += pretty && !changes.isEmpty() ? "\n]\n" : "]\n";
    return out;
}

QByteArray ChangesWriter::write(ExportFormat format, const QList<UserChange>& changes, const ExportOptions& options)
{
    return format == ExportFormat::Json ? json(changes, options) : csv(changes, options);
}
