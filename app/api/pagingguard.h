// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QSet>
#include <QString>

struct UsersPage;

// Notices a server that would keep a load going forever: a cursor it already gave, pages that keep coming empty,
// more pages than the total it announced can fill, a cursor too long to send back. Followed cursors are
// remembered by hash, so a server's 10 MB cursors cost nothing to remember. Knows nothing of the network.
class PagingGuard
{
public:
    static constexpr int MaxEmptyPagesInARow = 5;
    static constexpr qsizetype MaxCursorLength = 16 * 1024; // Gong's are a few hundred characters
    // Pages beyond what the announced total needs (at the largest page size seen) before paging stops:
    // ten, or a tenth more, whichever is larger (people are added while a load runs).
    static constexpr int MinExtraPages = 10;

    void reset();
    // The page fetched with `cursor` ("" for the first) has arrived, and its users are kept. Returns the error to
    // stop with when the page's own cursor must not be followed; kind None to go on (or when it has none).
    ApiError check(const QString& cursor, const UsersPage& page);

private:
    static QByteArray hashOf(const QString& cursor);

    QSet<QByteArray> m_followed; // SHA-256 of each cursor followed in this load
    int m_pages = 0;
    int m_emptyInARow = 0;
    qsizetype m_largestPage = 0;
};
