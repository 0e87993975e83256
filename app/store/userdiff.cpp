// SPDX-License-Identifier: MIT
#include "userdiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace {
QJsonValue nullIfAbsent(const QJsonValue& v)
{
    return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
}

QByteArray compactText(const QJsonValue& v)
{
    return QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
}

QList<QByteArray> sortedTexts(const QJsonArray& a)
{
    QList<QByteArray> texts;
    texts.reserve(a.size());
    for (const QJsonValue& e : a)
        texts.append(compactText(e));
    std::sort(texts.begin(), texts.end());
    return texts;
}

bool objectOrNothing(const QJsonValue& v)
{
    return v.isObject() || v.isNull() || v.isUndefined();
}

QStringList unionOfKeys(const QJsonObject& a, const QJsonObject& b)
{
    QStringList keys = a.keys();
    for (const QString& k : b.keys()) {
        if (!a.contains(k))
            keys.append(k);
    }
    std::sort(keys.begin(), keys.end());
    return keys;
}
} // namespace

bool UserDiff::sameValue(const QJsonValue& a, const QJsonValue& b)
{
    const QJsonValue x = nullIfAbsent(a);
    const QJsonValue y = nullIfAbsent(b);
    if (x.isArray() && y.isArray()) {
        const QJsonArray ax = x.toArray();
        const QJsonArray ay = y.toArray();
        return ax.size() == ay.size() && (ax == ay || sortedTexts(ax) == sortedTexts(ay));
    }
    return x == y;
}

QList<UserChange> UserDiff::compare(const User& before, const User& after)
{
    return compare(before.toJson(), after.toJson(), after.id, after.fullName());
}

QList<UserChange> UserDiff::compare(const QJsonObject& before, const QJsonObject& after, const QString& id,
                                    const QString& name)
{
    QList<UserChange> out;
    const auto changed = [&](const QString& field, const QJsonValue& b, const QJsonValue& a) {
        UserChange c;
        c.kind = UserChange::Kind::Changed;
        c.id = id;
        c.name = name;
        c.field = field;
        c.before = nullIfAbsent(b);
        c.after = nullIfAbsent(a);
        out.append(c);
    };
    for (const QString& key : unionOfKeys(before, after)) {
        const QJsonValue b = before.value(key);
        const QJsonValue a = after.value(key);
        if (key == QLatin1String("id") || sameValue(b, a))
            continue;
        if (key == QLatin1String("active")) {
            const bool wasActive = b.isBool() && b.toBool();
            const bool isActive = a.isBool() && a.toBool();
            if (wasActive != isActive) {
                UserChange c;
                c.kind = isActive ? UserChange::Kind::Activated : UserChange::Kind::Deactivated;
                c.id = id;
                c.name = name;
                out.append(c);
            } else {
                changed(key, b, a);
            }
            continue;
        }
        if (key == QLatin1String("settings") && objectOrNothing(b) && objectOrNothing(a)) {
            const QJsonObject sb = b.toObject();
            const QJsonObject sa = a.toObject();
            for (const QString& setting : unionOfKeys(sb, sa)) {
                if (!sameValue(sb.value(setting), sa.value(setting)))
                    changed(key + QLatin1Char('.') + setting, sb.value(setting), sa.value(setting));
            }
            continue;
        }
        changed(key, b, a);
    }
    return out;
}
