// SPDX-License-Identifier: MIT
#pragma once

#include "exportformat.h"
#include "exportwriter.h"

#include "directory/userchange.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QStringList>

class QIODevice;

// The changes between two snapshots as CSV or JSON (`gong-directory changes`, the Changes view's export): one record
// per change with exactly these fields, in this order: kind, id, name, field, before, after, from, to. `before` and
// `after` are the JSON values the API sent (null where absent) for kind "changed", null otherwise; `from` and `to`
// are ISO-8601 UTC times. CSV follows the export's rules (RFC 4180, optional BOM, formulas neutralised); its cells
// hold strings as plain text and other values as compact JSON ("null", "true", "[\"a\",\"b\"]"), and are empty
// where JSON has null for a kind other than "changed".
class ChangesWriter
{
public:
    static QStringList fields();
    // True for CSV and JSON (vCard has no shape for changes).
    static bool supports(ExportFormat format);
    static QByteArray csv(const QList<UserChange>& changes, const ExportOptions& options = {});
    static QByteArray json(const QList<UserChange>& changes, const ExportOptions& options = {});
    static QByteArray write(ExportFormat format, const QList<UserChange>& changes, const ExportOptions& options = {});
    // A before/after value in a CSV cell.
    static QString cellText(const QJsonValue& value);
};
