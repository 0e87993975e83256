// SPDX-License-Identifier: MIT
#pragma once

#include "directory/user.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <string>
#include <vector>

// One problem in a query: where it is (in QString units) and what is wrong, for the red hint and `export --query`.
struct UserQueryError
{
    qsizetype position = 0;
    qsizetype length = 0;
    QString message;
};

// One condition of a query. All terms of a query must hold; a term with several values holds when any of them does.
struct UserQueryTerm
{
    enum class Field
    {
        Any,
        Name,
        Email,
        Title,
        Phone,
        Id,
        Language,
        Manager,
        Under,
        Created,
        Is,
        Has,
        Setting,
        Changed, // changed:managerId — in the offline history's comparison (Directory::changeFacts())
        Joined,  // joined:30d — when the person last came into the directory, by the offline history
        Health,  // health:duplicate-email — the data-health checks of the audit layer
    };
    enum class Flag
    {
        Active,
        Inactive,
        Manager,
        HasManager,
        HasPhone,
        HasAliases
    };

    Field field = Field::Any;
    bool negated = false;
    bool exact = false;              // `title:=Sales Engineer`: the whole field, not a substring
    bool primaryLanguage = false;    // `lang:primary=de`
    QStringList values;              // as typed (unquoted)
    std::vector<std::string> folded; // TextFold::foldUtf8 of each value
    QList<Flag> flags;               // is: / has:
    UserSetting setting = UserSetting::WebConferencesRecorded;
    QList<TriState> settingStates;  // setting:name[=on|off|unknown]
    std::uint32_t healthChecks = 0; // health:key[,key…]: HealthCheck::bit() of each (any: all of them)
    qint64 createdFrom = 0;         // created: and joined: hold for createdFrom <= ms < createdTo (UTC)
    qint64 createdTo = 0;
    qsizetype position = 0; // where the term starts in the query text
    qsizetype length = 0;
};

// The query language shared by the search box, saved views and `export --query`. Parsing never fails: malformed
// terms are reported in errors() and left out, the rest of the query still applies. Linear in the text length.
class UserQuery
{
public:
    static constexpr int maxTerms = 64;
    static constexpr int maxErrors = 16;
    static constexpr qsizetype maxTermLength = 512;

    UserQuery() = default;
    static UserQuery parse(const QString& text);

    const QString& text() const { return m_text; }
    const QList<UserQueryTerm>& terms() const { return m_terms; }
    const QList<UserQueryError>& errors() const { return m_errors; }
    bool hasErrors() const { return !m_errors.isEmpty(); }
    bool isEmpty() const { return m_terms.isEmpty(); }
    // The errors as one line each ("col 7: unknown field "foo""), for a tooltip or stderr.
    QString errorText() const;
    // True when a term looks at other people (manager:, under:, is:manager, health:): such terms can change for rows
    // already loaded when a later page brings a manager, a report or someone sharing an address.
    bool dependsOnRelations() const;
    // True when this query can only match rows that `before` matched: the same terms with the last positive text
    // term grown (typing one more letter), plus any extra terms. The filter then checks only the rows shown.
    bool narrows(const UserQuery& before) const;
    // True when a term asks the offline history (changed:, joined:): their answers change when it does.
    bool dependsOnHistory() const;

    // Field names the language knows ("name", "email", …), for completion and help.
    static QStringList fieldNames();
    static QStringList flagNames(UserQueryTerm::Field field); // values of is: / has:
    static QStringList healthNames();                         // values of health: (the checks' keys, and any)
    // Quotes a value when it needs quoting (spaces, commas, quotes).
    static QString quoted(const QString& value);

private:
    QString m_text;
    QList<UserQueryTerm> m_terms;
    QList<UserQueryError> m_errors;

    friend class UserQueryParser;
};
