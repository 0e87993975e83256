// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

// What it takes to talk to one Gong account. Lives in memory only; the secret parts are
// persisted by CredentialStore in the OS keychain, never anywhere else.
struct Credentials
{
    enum class Method
    {
        AccessKey,
        BearerToken
    };

    Method method = Method::AccessKey;
    QString accessKey;
    QString accessKeySecret;
    QString bearerToken;

    bool isComplete() const;
    // The value of the Authorization header. Built on demand, never logged.
    QByteArray authorizationHeader() const;
    // Whitespace and line breaks pasted with a key are never part of it.
    Credentials trimmed() const;
    bool operator==(const Credentials& o) const
    {
        return method == o.method && accessKey == o.accessKey && accessKeySecret == o.accessKeySecret &&
               bearerToken == o.bearerToken;
    }
};

// Base URL handling shared by the dialog, the CLI and the client.
namespace BaseUrl {
// Trims, adds https:// when no scheme was typed, drops trailing slashes and a pasted
// /v2/users (or /v2) path, query and fragment.
QUrl normalize(const QString& input);
// https:// anywhere, http:// only for loopback hosts. *why gets a sentence for the user.
bool validate(const QUrl& url, QString* why);
bool isLoopbackHost(const QString& host);
} // namespace BaseUrl
