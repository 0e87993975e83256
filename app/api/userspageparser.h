// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"
#include "directory/user.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <optional>

// One parsed page of GET /v2/users.
struct UsersPage
{
    QString requestId;
    qint64 totalRecords = -1; // -1 when the server did not say
    int pageSize = 0;
    int pageNumber = -1;
    std::optional<QString> cursor; // present only when more records remain
    QList<User> users;
    QStringList warnings; // odd fields in individual records; the records are still here
};

// Turns a page body into users. A bad record never loses the page; a body that is not a
// users page at all is an ApiError::BadResponse.
class UsersPageParser
{
public:
    static bool parse(const QByteArray& body, UsersPage* page, ApiError* error);
};
