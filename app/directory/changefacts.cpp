// SPDX-License-Identifier: MIT
#include "changefacts.h"

void ChangeFacts::setComparison(qint64 fromMsecs, qint64 toMsecs)
{
    m_fromMsecs = fromMsecs;
    m_toMsecs = toMsecs;
}

void ChangeFacts::addChanges(const QList<UserChange>& changes)
{
    for (const UserChange& c : changes) {
        switch (c.kind) {
        case UserChange::Kind::Changed:
            addChangedField(c.id, c.field);
            break;
        case UserChange::Kind::Activated:
        case UserChange::Kind::Deactivated:
            addChangedField(c.id, QStringLiteral("active"));
            break;
        case UserChange::Kind::Joined:
        case UserChange::Kind::Left:
            break;
        }
    }
}

void ChangeFacts::addChangedField(const QString& userId, const QString& field)
{
    QStringList& fields = m_people[userId].fields;
    if (!fields.contains(field))
        fields.append(field);
}

void ChangeFacts::setJoined(const QString& userId, qint64 msecs)
{
    m_people[userId].joinedMsecs = msecs;
}

bool ChangeFacts::hasChanged(const QString& userId, const QString& field) const
{
    const auto it = m_people.constFind(userId);
    if (it == m_people.constEnd())
        return false;
    if (field == QLatin1String("*"))
        return !it->fields.isEmpty();
    const bool anySetting = field.compare(QLatin1String("settings"), Qt::CaseInsensitive) == 0;
    for (const QString& f : it->fields) {
        if (f.compare(field, Qt::CaseInsensitive) == 0)
            return true;
        if (anySetting && f.startsWith(QLatin1String("settings."), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QStringList ChangeFacts::changedFields(const QString& userId) const
{
    return m_people.value(userId).fields;
}

qint64 ChangeFacts::joinedMsecs(const QString& userId) const
{
    const auto it = m_people.constFind(userId);
    return it == m_people.constEnd() ? 0 : it->joinedMsecs;
}

bool ChangeFacts::operator==(const ChangeFacts& o) const
{
    return m_people == o.m_people && m_fromMsecs == o.m_fromMsecs && m_toMsecs == o.m_toMsecs;
}
