// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"
#include "directory/user.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <optional>

// What was odd about the records of a page, or of a whole load: counted, with one example, never a line each.
struct RecordWarnings
{
    qint64 wrongTypes = 0; // records kept, with at least one field of the wrong type (kept as sent)
    qint64 skipped = 0;    // records dropped: not an object, or no id
    QString example;       // the first wrong-typed field, e.g. "id 123: title is a number"

    bool isEmpty() const { return wrongTypes == 0 && skipped == 0; }
    void add(const RecordWarnings& other);
    // "1,204 records had fields of the wrong type, e.g. id 123: title is a number; their other fields were kept."
    // (and how many were skipped); empty when there is nothing to say.
    QString summary() const;
};

// One parsed page of GET /v2/users.
struct UsersPage
{
    QString requestId;        // escaped and cut for display (SafeText::shown)
    qint64 totalRecords = -1; // -1 when the server did not say; clamped to [0, 2^53]
    int pageSize = 0;
    int pageNumber = -1;
    std::optional<QString> cursor; // present only when more records remain
    QList<User> users;
    QStringList warnings; // odd fields in individual records, one line each (for the debug log)
    RecordWarnings recordWarnings;
};

// Turns a page body into users. A bad record never loses the page; a body that is not a
// users page at all is an ApiError::BadResponse, a page with more users than any real page
// (MaxUsersPerPage) an ApiError::Refused.
class UsersPageParser
{
public:
    static constexpr int MaxUsersPerPage = 1000; // Gong sends at most 100

    static bool parse(const QByteArray& body, UsersPage* page, ApiError* error);
    // records.totalRecords as a count: a number above 2^53 (beyond exact doubles) is clamped there, a fraction is
    // dropped, anything negative or not a number is "not said" (-1).
    static qint64 totalRecordsFrom(const QJsonValue& value);
};
