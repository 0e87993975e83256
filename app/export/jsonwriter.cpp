// SPDX-License-Identifier: MIT
#include "jsonwriter.h"

#include "directory/directory.h"

#include <QJsonDocument>

void JsonWriter::writeBegin(const Directory& directory, qint64 rowCount)
{
    Q_UNUSED(directory);
    m_empty = rowCount == 0;
    out() += m_pretty && !m_empty ? QByteArrayLiteral("[\n") : QByteArrayLiteral("[");
}

void JsonWriter::writeRow(const Directory& directory, int row, qint64 index)
{
    const QJsonDocument doc(directory.user(row).toJson());
    if (!m_pretty) {
        if (index > 0)
            out() += ',';
        out() += doc.toJson(QJsonDocument::Compact);
        return;
    }
    if (index > 0)
        out() += ",\n";
    // Indent the object one level, as a pretty-printed array would.
    QByteArray object = doc.toJson(QJsonDocument::Indented);
    if (object.endsWith('\n'))
        object.chop(1);
    out() += "    ";
    out() += object.replace("\n", "\n    ");
}

void JsonWriter::writeEnd(const Directory& directory)
{
    Q_UNUSED(directory);
    out() += m_pretty && !m_empty ? QByteArrayLiteral("\n]\n") : QByteArrayLiteral("]\n");
}
