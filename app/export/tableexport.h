// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Tables that are not rows of people — the health summary, the settings matrix, reconcile results — in the export's
// formats: CSV with the same quoting and spreadsheet-formula guard as the people export (CsvWriter), and JSON as an
// array of objects whose keys keep the header's order (QJsonObject would sort them).
namespace TableExport {
QByteArray csv(const QStringList& header, const QList<QStringList>& rows, bool byteOrderMark = true);
// Every value a string; a row shorter than the header gives empty strings.
QByteArray json(const QStringList& header, const QList<QStringList>& rows, bool pretty = true);
// A JSON string literal, quotes included.
QByteArray jsonString(const QString& text);
} // namespace TableExport
