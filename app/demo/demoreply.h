// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

class QHttpServerResponder;

// One answer of the demo server, decided before it is sent (latency and stalls hold it for a while), and how it
// goes onto the wire: a normal response, a body cut off halfway, no answer at all, or a reset connection.
struct DemoReply
{
    enum class Kind
    {
        Respond,  // status line, headers, Content-Length, body
        Truncate, // as Respond, but only half the body is sent before the connection closes
        Stall,    // nothing is sent; the connection is closed when the reply is sent
        Reset,    // the connection is reset (RST), nothing is sent
    };
    Kind kind = Kind::Respond;
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool servesPage = false; // a page of users, counted once written

    // Gong's error shape: {"requestId": …, "errors": [message]}, JSON, with one extra header when given.
    static DemoReply error(int status, const QString& message, const QString& requestId,
                           const QByteArray& extraHeader = {}, const QByteArray& extraValue = {});
    // The HTML page a gateway (nginx) answers with when the service behind it fails.
    static DemoReply gatewayPage(int status, const char* reason);

    // Writes the reply to the client, if it is still connected; true when a page of users went out whole.
    bool send(QHttpServerResponder& responder) const;
};
