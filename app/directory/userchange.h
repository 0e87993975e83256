// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>

// One difference in a person between two snapshots of the directory: they joined, left, were activated or
// deactivated, or one field changed (its API name, dotted for settings: "settings.webConferencesRecorded", with the
// JSON values before and after). The offline store computes them; the command line, the Changes view and the
// export writers show them.
struct UserChange
{
    // Declared in the order records are sorted in (alphabetical by key, as `sort` would order the output).
    enum class Kind
    {
        Activated,
        Changed,
        Deactivated,
        Joined,
        Left
    };

    Kind kind = Kind::Changed;
    QString id;
    QString name;  // full name: from the newer snapshot, or the older for people who left
    QString field; // for Changed: the API field name, dotted for settings; empty otherwise
    // For Changed: the values as the API sent them; null where absent. Undefined for the other kinds.
    QJsonValue before = QJsonValue::Undefined;
    QJsonValue after = QJsonValue::Undefined;
    qint64 fromMsecs = 0; // the older snapshot's time (UTC ms)
    qint64 toMsecs = 0;   // the newer snapshot's time

    // "activated", "changed", "deactivated", "joined", "left".
    static QString kindKey(Kind kind);
    static bool kindFromKey(const QString& key, Kind* kind);

    // Kind, then name, then field (by code point, so every locale and `sort` agree), then id.
    static void sort(QList<UserChange>* changes);

    bool operator==(const UserChange& o) const;
    bool operator!=(const UserChange& o) const { return !(*this == o); }
};
Q_DECLARE_METATYPE(UserChange)
