// SPDX-License-Identifier: MIT
#pragma once

#include "exportwriter.h"

#include <QUuid>

// vCard 4.0 (RFC 6350), one card per user: FN, N, EMAIL (primary, then aliases), TEL with the
// extension, TITLE, LANG (PREF=1 on the primary language), URL (meeting URLs), UID (a name-based
// UUID of the Gong id), the manager as RELATED;TYPE=colleague + X-MANAGER. Text is escaped and
// lines are folded at 75 octets, never inside a UTF-8 sequence. Columns are not read.
class VCardWriter : public ExportWriter
{
public:
    VCardWriter() = default;

    // RFC 6350 §3.4 text escaping: backslash, comma, semicolon and line breaks.
    static QString escapeText(const QString& text);
    // RFC 6350 §3.2 folding of one content line (no trailing CRLF) into CRLF-separated lines.
    static QByteArray foldLine(const QByteArray& line);
    // UID of a user: urn:uuid: of a version-5 UUID of the Gong id in the app's namespace.
    static QString uidFor(const QString& gongId);
    static QUuid uidNamespace();

protected:
    void writeBegin(const Directory& directory, qint64 rowCount) override;
    void writeRow(const Directory& directory, int row, qint64 index) override;
    void writeEnd(const Directory& directory) override;

private:
    void property(const QString& nameAndParams, const QString& value);
};
