// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

// The demo server's page cursors, shaped like Gong's: an HS256-signed, JWT-looking token naming the offset of the
// next page. They are standard (not URL-safe) base64 and always hold '+' and '/', so a client that forgets to
// percent-encode one gets "cursor is invalid", as it would from the real API. The signing key is fixed: a cursor
// stays valid on a restarted server with the same users, so resuming can be tested.
class DemoCursor
{
public:
    // A new cursor for `offset` (two cursors for one offset differ).
    QByteArray make(qint64 offset);
    // The offset a cursor names; false when it is not one of ours (or was altered).
    static bool parse(const QString& cursor, qint64* offset);

private:
    quint64 m_nonce = 0;
};
