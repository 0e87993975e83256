// SPDX-License-Identifier: MIT
#include "democursor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMessageAuthenticationCode>

namespace {
// "eyJhbGciOiJIUzI1NiJ9" is base64 of {"alg":"HS256"}.
constexpr char cursorHeader[] = "eyJhbGciOiJIUzI1NiJ9";
constexpr char cursorKey[] = "gong-directory-demo-cursor-signing-key";

QByteArray signatureOf(const QByteArray& signingInput)
{
    return QMessageAuthenticationCode::hash(signingInput, cursorKey, QCryptographicHash::Sha256).left(23).toBase64();
}
} // namespace

QByteArray DemoCursor::make(qint64 offset)
{
    for (;;) {
        const QByteArray payload =
            "{\"o\":" + QByteArray::number(offset) + ",\"n\":" + QByteArray::number(++m_nonce) + '}';
        const QByteArray signingInput = QByteArray(cursorHeader) + '.' + payload.toBase64();
        const QByteArray cursor = signingInput + '.' + signatureOf(signingInput);
        if (cursor.contains('+') && cursor.contains('/'))
            return cursor;
    }
}

bool DemoCursor::parse(const QString& cursor, qint64* offset)
{
    const QList<QByteArray> parts = cursor.toLatin1().split('.');
    if (parts.size() != 3 || parts.at(0) != cursorHeader)
        return false;
    if (parts.at(2) != signatureOf(parts.at(0) + '.' + parts.at(1)))
        return false;
    const auto payload = QByteArray::fromBase64Encoding(parts.at(1), QByteArray::AbortOnBase64DecodingErrors);
    if (!payload)
        return false;
    const qint64 value = QJsonDocument::fromJson(*payload).object().value(QLatin1String("o")).toInteger(-1);
    if (value < 0)
        return false;
    *offset = value;
    return true;
}
