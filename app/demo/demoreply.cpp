// SPDX-License-Identifier: MIT
#include "demoreply.h"

#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

DemoReply DemoReply::error(int status, const QString& message, const QString& requestId, const QByteArray& extraHeader,
                           const QByteArray& extraValue)
{
    QJsonObject error;
    error.insert(QLatin1String("requestId"), requestId);
    error.insert(QLatin1String("errors"), QJsonArray{message});
    DemoReply reply;
    reply.status = status;
    reply.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8")}};
    if (!extraHeader.isEmpty())
        reply.headers.append({extraHeader, extraValue});
    reply.body = QJsonDocument(error).toJson(QJsonDocument::Compact);
    return reply;
}

DemoReply DemoReply::gatewayPage(int status, const char* reason)
{
    const QByteArray title = QByteArray::number(status) + ' ' + reason;
    DemoReply reply;
    reply.status = status;
    reply.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html")}};
    reply.body = "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title +
                 "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    return reply;
}

bool DemoReply::send(QHttpServerResponder& responder) const
{
    QTcpSocket* socket = responder.socket();
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return false; // the client went away; 6.4's responder would write into a closed socket

    switch (kind) {
    case Kind::Stall:
        socket->disconnectFromHost();
        return false;
    case Kind::Reset:
#ifdef Q_OS_UNIX
        // SO_LINGER with a zero timeout turns close() into a TCP RST instead of an orderly FIN.
        if (const qintptr fd = socket->socketDescriptor(); fd >= 0) {
            const linger resetOnClose{1, 0};
            ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &resetOnClose, sizeof resetOnClose);
        }
#endif
        socket->abort();
        return false;
    case Kind::Respond:
    case Kind::Truncate:
        break;
    }

    responder.writeStatusLine(QHttpServerResponder::StatusCode(status));
    for (const auto& [name, value] : headers)
        responder.writeHeader(name, value);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
    if (kind == Kind::Truncate) {
        // Content-Length promises the whole page; closing after half of it is what a dropped proxy
        // connection looks like to the client.
        responder.writeBody(body.left(body.size() / 2));
        socket->disconnectFromHost();
        return false;
    }
    responder.writeBody(body);
    return servesPage;
}
