// SPDX-License-Identifier: MIT
#include "pagingguard.h"

#include "userspageparser.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace {
// lupdate reads the context from here; the same one the code uses at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PagingGuard)
};

ApiError stop(ApiError::Kind kind, const UsersPage& page, const QString& detail)
{
    ApiError e;
    e.kind = kind;
    e.requestId = page.requestId;
    e.detail = detail + QLatin1Char(' ') + Tr::tr("Paging stopped.");
    return e;
}
} // namespace

void PagingGuard::reset()
{
    m_followed.clear();
    m_pages = 0;
    m_emptyInARow = 0;
    m_largestPage = 0;
}

QByteArray PagingGuard::hashOf(const QString& cursor)
{
    return QCryptographicHash::hash(cursor.toUtf8(), QCryptographicHash::Sha256);
}

ApiError PagingGuard::check(const QString& cursor, const UsersPage& page)
{
    ++m_pages;
    m_largestPage = std::max(m_largestPage, page.users.size());
    m_emptyInARow = page.users.isEmpty() ? m_emptyInARow + 1 : 0;
    if (!cursor.isEmpty())
        m_followed.insert(hashOf(cursor));
    if (!page.cursor)
        return {};
    const QString& next = *page.cursor;

    if (next == cursor || m_followed.contains(hashOf(next)))
        return stop(ApiError::Kind::CursorLoop, page,
                    Tr::tr("The server returned a cursor it had already given, which would loop forever."));
    if (next.size() > MaxCursorLength)
        return stop(ApiError::Kind::Refused, page,
                    Tr::tr("The server sent a cursor of %L1 characters; Gong's are a few hundred.").arg(next.size()));
    if (m_emptyInARow >= MaxEmptyPagesInARow)
        return stop(ApiError::Kind::Refused, page,
                    Tr::tr("The server keeps sending empty pages (%1 in a row), each with a cursor to another.")
                        .arg(m_emptyInARow));
    if (page.totalRecords >= 0 && m_largestPage > 0) {
        const qint64 needed = (page.totalRecords + m_largestPage - 1) / m_largestPage;
        const qint64 allowed = needed + std::max<qint64>(MinExtraPages, needed / 10);
        if (m_pages >= allowed)
            return stop(ApiError::Kind::Refused, page,
                        Tr::tr("The server has sent %L1 pages and offers more, though the %L2 users it announced fill "
                               "%L3.")
                            .arg(m_pages)
                            .arg(page.totalRecords)
                            .arg(needed));
    }
    return {};
}
