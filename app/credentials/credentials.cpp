// SPDX-License-Identifier: MIT
#include "credentials.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace {
// Invisible characters that come along with a paste (from web pages, chat apps, Word) but are never part of a key:
// zero-width space, non-joiner and joiner, word joiner, and the byte order mark / zero-width no-break space.
bool isInvisible(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x200B && u <= 0x200D) || u == 0x2060 || u == 0xFEFF;
}

QString stripAllWhitespace(const QString& s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (!c.isSpace() && !isInvisible(c))
            out.append(c);
    }
    return out;
}
} // namespace

QString Credentials::methodKey(Method method)
{
    return method == Method::BearerToken ? QStringLiteral("bearerToken") : QStringLiteral("accessKey");
}

Credentials::Method Credentials::methodFromKey(const QString& key)
{
    return key == QLatin1String("bearerToken") ? Method::BearerToken : Method::AccessKey;
}

bool Credentials::isComplete() const
{
    if (method == Method::BearerToken)
        return !stripAllWhitespace(bearerToken).isEmpty();
    return !stripAllWhitespace(accessKey).isEmpty() && !stripAllWhitespace(accessKeySecret).isEmpty();
}

Credentials Credentials::trimmed() const
{
    Credentials c = *this;
    c.accessKey = stripAllWhitespace(accessKey);
    c.accessKeySecret = stripAllWhitespace(accessKeySecret);
    c.bearerToken = stripAllWhitespace(bearerToken);
    return c;
}

QByteArray Credentials::authorizationHeader() const
{
    const Credentials c = trimmed();
    if (c.method == Method::BearerToken)
        return QByteArrayLiteral("Bearer ") + c.bearerToken.toUtf8();
    return QByteArrayLiteral("Basic ") + (c.accessKey + QLatin1Char(':') + c.accessKeySecret).toUtf8().toBase64();
}

namespace BaseUrl {

QUrl normalize(const QString& input)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("https://"));
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return url;
    url.setQuery(QString());
    url.setFragment(QString());
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    for (const QLatin1String suffix : {QLatin1String("/v2/users"), QLatin1String("/v2")}) {
        if (path.endsWith(suffix, Qt::CaseInsensitive)) {
            path.chop(suffix.size());
            break;
        }
    }
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    url.setScheme(url.scheme().toLower());
    url.setHost(url.host().toLower());
    return url;
}

bool isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    if (!address.setAddress(host))
        return false;
    return address.isLoopback();
}

bool validate(const QUrl& url, QString* why)
{
    auto fail = [why](const char* text) {
        if (why)
            *why = QCoreApplication::translate("BaseUrl", text);
        return false;
    };
    if (!url.isValid() || url.host().isEmpty())
        return fail("Enter the base URL of your Gong API, e.g. https://us-12345.api.gong.io");
    if (!url.userInfo().isEmpty())
        return fail("The base URL must not contain a user name or password.");
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return true;
        return fail("Plain http:// is only allowed for this computer (localhost, 127.0.0.1, ::1); use https:// "
                    "so your credentials are encrypted.");
    }
    return fail("The base URL must start with https://");
}

} // namespace BaseUrl
