// SPDX-License-Identifier: MIT
#pragma once

#include "userchange.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// What the offline history knows about each person, for the query language (`changed:managerId`,
// `joined:30d`): which fields changed between two snapshots (by default the previous and the newest), and when
// each person last joined. The store fills it; Directory carries it so that search, which must not know the store,
// can ask it by user id. Empty when there is no history: then no one has changed or joined.
class ChangeFacts
{
public:
    bool isEmpty() const { return m_people.isEmpty(); }

    // The two snapshots the changed fields are between (UTC ms).
    void setComparison(qint64 fromMsecs, qint64 toMsecs);
    qint64 fromMsecs() const { return m_fromMsecs; }
    qint64 toMsecs() const { return m_toMsecs; }

    // Takes the changed fields of `changes` (activated and deactivated count as a change of "active"; joined and
    // left change no field).
    void addChanges(const QList<UserChange>& changes);
    void addChangedField(const QString& userId, const QString& field);
    // When the person last came into the directory (the snapshot that first had them after one that did not).
    void setJoined(const QString& userId, qint64 msecs);

    // `field` is an API name, case-insensitive: "title", "settings.webConferencesRecorded"; "settings" is any
    // setting, "*" any field.
    bool hasChanged(const QString& userId, const QString& field) const;
    QStringList changedFields(const QString& userId) const;
    qint64 joinedMsecs(const QString& userId) const; // 0: not known to have joined while history was kept

    bool operator==(const ChangeFacts& o) const;
    bool operator!=(const ChangeFacts& o) const { return !(*this == o); }

private:
    struct Person
    {
        QStringList fields;
        qint64 joinedMsecs = 0;
        bool operator==(const Person& o) const { return fields == o.fields && joinedMsecs == o.joinedMsecs; }
    };
    QHash<QString, Person> m_people;
    qint64 m_fromMsecs = 0;
    qint64 m_toMsecs = 0;
};
