// SPDX-License-Identifier: MIT
#include "storekey.h"

#include "storefiles.h"

#include "credentials/credentials.h"

#include <QCoreApplication>
#include <QCryptographicHash>

StoreKey StoreKey::forDemo(int userCount)
{
    StoreKey k;
    k.m_demo = true;
    k.m_demoUsers = userCount;
    return k;
}

StoreKey StoreKey::forBaseUrl(const QUrl& baseUrl, bool includeAvatars)
{
    StoreKey k;
    k.m_baseUrl = BaseUrl::normalize(baseUrl.toString());
    k.m_avatars = includeAvatars;
    return k;
}

QString StoreKey::fileName() const
{
    if (m_demo)
        return QStringLiteral("demo-%1.sqlite").arg(m_demoUsers);
    QString host;
    for (const QChar c : m_baseUrl.host()) {
        const char16_t u = c.unicode();
        const bool safe = (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '.' || u == '-';
        host += safe ? c : QLatin1Char('_');
    }
    const QByteArray identity = (requestKey() + (m_avatars ? QStringLiteral(" avatars") : QString())).toUtf8();
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(8));
    return host.left(100) + QLatin1Char('-') + hash + QStringLiteral(".sqlite");
}

QString StoreKey::filePath() const
{
    return StoreFiles::folder() + QLatin1Char('/') + fileName();
}

QString StoreKey::requestKey() const
{
    if (m_demo)
        return QStringLiteral("demo");
    return m_baseUrl.toString();
}

QString StoreKey::displayText() const
{
    if (m_demo)
        return QCoreApplication::translate("StoreKey", "the demo company");
    const QString url = m_baseUrl.toDisplayString();
    return m_avatars ? QCoreApplication::translate("StoreKey", "%1 (with avatars)").arg(url) : url;
}
