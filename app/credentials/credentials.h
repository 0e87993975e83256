// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

// What it takes to talk to one Gong account. Lives in memory only; the secret parts are
// persisted by SecretStore in the OS keychain, never anywhere else.
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

    // "accessKey" or "bearerToken": how a method is written in the settings file and in the keychain entry.
    static QString methodKey(Method method);
    // The method a key names; anything but "bearerToken" is an access key.
    static Method methodFromKey(const QString& key);

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
