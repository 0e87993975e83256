// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QNetworkReply;
class QSslError;
class QUrl;

// What went wrong talking to Gong, in a form the UI and the CLI can act on.
struct ApiError
{
    enum class Kind
    {
        None,
        BadRequest,   // 400
        Unauthorized, // 401: credentials wrong
        Forbidden,    // 403: missing api:users:read
        RateLimited,  // 429 whose wait is too long to sit out
        Server,       // 5xx after retries
        Network,      // DNS, refused, reset, TLS, timeout after retries
        Tls,          // certificate or handshake failure (never retried, never ignored)
        BadResponse,  // JSON, but not a page of users (no users list, not an object, ...)
        Unreadable,   // not JSON at all (a truncated or garbled body, a gateway's page sent as 200)
        CursorLoop,   // the server handed back a cursor we already followed
        Redirect,     // a redirect to another origin was refused, or redirects went round in a loop
        InvalidUrl,   // base URL unusable (e.g. http:// to a non-loopback host)
        Refused,      // the answer broke one of the client's limits (size, users per page, paging that never ends):
                      // retrying would only fetch the same again
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString requestId;
    QStringList serverMessages;
    QString detail; // our own words: what happened (anything from the server in it is escaped and cut)
    // A load stopped because Gong's rate limit kept it waiting longer in all than the client allows: resume() keeps
    // waiting, first the retryAfterSeconds the server asked for.
    bool canKeepWaiting = false;
    int retryAfterSeconds = -1;

    bool isError() const { return kind != Kind::None; }
    bool isAuthError() const { return kind == Kind::Unauthorized || kind == Kind::Forbidden; }
    // One paragraph for a banner, a dialog or stderr: what happened, what to do, and the ids support needs.
    QString message() const;

    // Parses Gong's error body {"requestId": "...", "errors": ["..."]}; returns false when the
    // body is not of that shape (an HTML gateway page, say), leaving *error untouched.
    static bool parseErrorBody(const QByteArray& body, ApiError* error);
    static ApiError fromHttpStatus(int status, const QByteArray& body);
    // A reply that ended without an HTTP status: DNS, refused, TLS (with the certificate errors seen),
    // refused redirect, redirect loop, timeout. One wording for the loader, the connection test and the CLI.
    static ApiError fromNetworkReply(const QNetworkReply* reply, const QUrl& baseUrl, int timeoutMs,
                                     const QList<QSslError>& sslErrors);
    // A 3xx that was not followed: to another origin (refused; names where it pointed, a protocol-relative
    // "//host/…" resolved), or one too many of a redirect loop.
    static ApiError fromRefusedRedirect(const QNetworkReply* reply, const QUrl& baseUrl);
    // No answer from `host` within timeoutMs: a Network error (retried).
    static ApiError noAnswer(const QString& host, int timeoutMs);
    // Where a redirect answer pointed, resolved against the request, for a message (escaped and cut).
    static QString redirectTarget(const QNetworkReply* reply);
};
