// SPDX-License-Identifier: MIT
// What a parsed query asks (its errors, whether it depends on relations or history, whether it narrows another),
// the words of the language, and quoting a value.
#include "userquery.h"
#include "userquerywords.h"

#include "audit/healthcheck.h"

#include <QCoreApplication>

using namespace UserQueryWords;

QString UserQuery::errorText() const
{
    QStringList lines;
    for (const UserQueryError& e : m_errors)
        lines.append(QCoreApplication::translate("UserQuery", "col %1: %2").arg(e.position + 1).arg(e.message));
    return lines.join(QLatin1Char('\n'));
}

bool UserQuery::dependsOnRelations() const
{
    for (const UserQueryTerm& t : m_terms) {
        if (t.field == Field::Manager || t.field == Field::Under || t.field == Field::Health ||
            t.flags.contains(Flag::Manager))
            return true;
    }
    return false;
}

bool UserQuery::narrows(const UserQuery& before) const
{
    const QList<UserQueryTerm>& a = before.m_terms;
    const QList<UserQueryTerm>& b = m_terms;
    if (a.isEmpty() || a.size() > b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        const UserQueryTerm& x = a[i];
        const UserQueryTerm& y = b[i];
        const bool last = i == a.size() - 1;
        if (x.field != y.field || x.negated != y.negated || x.exact != y.exact ||
            x.primaryLanguage != y.primaryLanguage)
            return false;
        if (x.values == y.values && x.flags == y.flags && x.settingStates == y.settingStates &&
            x.setting == y.setting && x.createdFrom == y.createdFrom && x.createdTo == y.createdTo)
            continue;
        // Only a growing substring of a positive text term narrows.
        if (!last || x.negated || x.exact || x.folded.size() != 1 || y.folded.size() != 1 ||
            (x.field != Field::Any && x.field != Field::Name && x.field != Field::Email && x.field != Field::Title) ||
            y.folded.front().find(x.folded.front()) == std::string::npos)
            return false;
    }
    return true; // extra terms can only remove rows
}

bool UserQuery::dependsOnHistory() const
{
    for (const UserQueryTerm& t : m_terms) {
        if (t.field == Field::Changed || t.field == Field::Joined)
            return true;
    }
    return false;
}

QStringList UserQuery::healthNames()
{
    return HealthCheck::keys() << QStringLiteral("any");
}

QStringList UserQuery::fieldNames()
{
    QStringList names;
    for (const FieldName& f : fieldTable)
        names.append(QLatin1String(f.name));
    return names;
}

QStringList UserQuery::flagNames(UserQueryTerm::Field field)
{
    QStringList names;
    for (const FlagName& f : flagTable) {
        if (f.field == field)
            names.append(QLatin1String(f.name));
    }
    return names;
}

QString UserQuery::quoted(const QString& value)
{
    bool needs = value.isEmpty();
    for (QChar c : value) {
        if (isSpace(c) || c == QLatin1Char(',') || c == QLatin1Char('"'))
            needs = true;
    }
    if (!needs)
        return value;
    QString v = value;
    v.remove(QLatin1Char('"')); // the language has no escape; a quote cannot be part of a value
    return QLatin1Char('"') + v + QLatin1Char('"');
}
