// SPDX-License-Identifier: MIT
// UserQuery::parse on arbitrary text, then a UserMatcher over a small fixed Directory. The first byte picks how the
// rest becomes text: even → UTF-8 (invalid sequences become U+FFFD, as the search box would see a paste), odd →
// raw UTF-16 code units (lone surrogates, nulls and all). Invariants: never crashes; every error and term lies
// within the text; parsing the same text twice gives the same result; the limits on terms and errors hold;
// matchAll() agrees with matches() row by row.
#include "directory/directory.h"
#include "fuzzcheck.h"
#include "search/usermatcher.h"
#include "search/userquery.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

namespace {
QJsonObject person(const char* id, const QString& first, const QString& last, const char* manager = nullptr)
{
    QJsonObject o{{QStringLiteral("id"), QString::fromLatin1(id)},
                  {QStringLiteral("firstName"), first},
                  {QStringLiteral("lastName"), last},
                  {QStringLiteral("emailAddress"), first.toLower() + QStringLiteral("@example.com")},
                  {QStringLiteral("active"), true}};
    if (manager)
        o.insert(QStringLiteral("managerId"), QString::fromLatin1(manager));
    return o;
}

// Built once: a manager chain, a cycle, a self-manager, a missing manager, odd text and every kind of field set.
const Directory& fixedDirectory()
{
    static Directory* directory = [] {
        auto* d = new Directory;
        QList<QJsonObject> objects;
        QJsonObject ceo = person("1", QStringLiteral("Ada"), QStringLiteral("Boss"));
        ceo.insert(QStringLiteral("title"), QStringLiteral("Chief Executive Officer"));
        ceo.insert(QStringLiteral("phoneNumber"), QStringLiteral("+1 555 0100"));
        ceo.insert(QStringLiteral("created"), QStringLiteral("2020-01-15T10:00:00Z"));
        ceo.insert(QStringLiteral("emailAliases"), QJsonArray{QStringLiteral("ceo@example.com")});
        ceo.insert(QStringLiteral("spokenLanguages"),
                   QJsonArray{QJsonObject{{QStringLiteral("language"), QStringLiteral("de-DE")},
                                          {QStringLiteral("primary"), true}},
                              QJsonObject{{QStringLiteral("language"), QStringLiteral("en-US")},
                                          {QStringLiteral("primary"), false}}});
        ceo.insert(QStringLiteral("settings"), QJsonObject{{QStringLiteral("webConferencesRecorded"), true},
                                                           {QStringLiteral("emailsImported"), false},
                                                           {QStringLiteral("telephonyCallsImported"), QJsonValue()}});
        objects << ceo;
        objects << person("2", QStringLiteral("Björn"), QStringLiteral("Ødegård"), "1");
        QJsonObject inactive = person("3", QStringLiteral("Ünïcödé"), QStringLiteral("山田 花子"), "2");
        inactive.insert(QStringLiteral("active"), false);
        inactive.insert(QStringLiteral("title"), QStringLiteral("Sales \"Engineer\", EMEA"));
        inactive.insert(QStringLiteral("created"), QStringLiteral("not a date"));
        objects << inactive;
        objects << person("4", QStringLiteral("Cy"), QStringLiteral("Cle"), "5"); // 4 → 5 → 4
        objects << person("5", QStringLiteral("Cyc"), QStringLiteral("Le"), "4");
        objects << person("6", QStringLiteral("Self"), QStringLiteral("Managed"), "6");
        objects << person("7", QStringLiteral("Orphan"), QStringLiteral("Lost"), "999");
        objects << QJsonObject{{QStringLiteral("id"), QStringLiteral("8")}}; // nothing but an id
        objects << person("9", QString(), QStringLiteral("😀 zero\u200Bwidth"), "3");
        QList<User> users;
        for (const QJsonObject& o : std::as_const(objects))
            users.append(User::fromJson(o));
        d->upsert(users);
        return d;
    }();
    return *directory;
}

bool sameErrors(const UserQuery& a, const UserQuery& b)
{
    if (a.errors().size() != b.errors().size())
        return false;
    for (qsizetype i = 0; i < a.errors().size(); ++i) {
        const UserQueryError& x = a.errors()[i];
        const UserQueryError& y = b.errors()[i];
        if (x.position != y.position || x.length != y.length || x.message != y.message)
            return false;
    }
    return true;
}

bool sameTerms(const UserQuery& a, const UserQuery& b)
{
    if (a.terms().size() != b.terms().size())
        return false;
    for (qsizetype i = 0; i < a.terms().size(); ++i) {
        const UserQueryTerm& x = a.terms()[i];
        const UserQueryTerm& y = b.terms()[i];
        if (x.field != y.field || x.negated != y.negated || x.exact != y.exact ||
            x.primaryLanguage != y.primaryLanguage || x.values != y.values || x.folded != y.folded ||
            x.flags != y.flags || x.setting != y.setting || x.settingStates != y.settingStates ||
            x.createdFrom != y.createdFrom || x.createdTo != y.createdTo || x.healthChecks != y.healthChecks ||
            x.position != y.position || x.length != y.length)
            return false;
    }
    return true;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    QString text;
    if (data[0] % 2 == 0) {
        text = QString::fromUtf8(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    } else {
        const std::size_t units = (size - 1) / 2;
        text.resize(qsizetype(units));
        std::memcpy(text.data(), data + 1, units * 2);
    }

    const UserQuery query = UserQuery::parse(text);
    FUZZ_CHECK(query.text() == text);
    FUZZ_CHECK(query.errors().size() <= UserQuery::maxErrors);
    FUZZ_CHECK(query.terms().size() <= UserQuery::maxTerms);
    for (const UserQueryError& e : query.errors()) {
        FUZZ_CHECK(e.position >= 0 && e.length >= 0);
        FUZZ_CHECK(e.position <= text.size() && e.length <= text.size() - e.position);
        FUZZ_CHECK(!e.message.isEmpty());
    }
    for (const UserQueryTerm& t : query.terms()) {
        FUZZ_CHECK(t.position >= 0 && t.length >= 0);
        FUZZ_CHECK(t.position <= text.size() && t.length <= text.size() - t.position);
    }
    if (query.hasErrors())
        FUZZ_CHECK(!query.errorText().isEmpty());

    // Deterministic: the same text (in a fresh copy) parses the same way.
    const UserQuery again = UserQuery::parse(QString(text.constData(), text.size()));
    FUZZ_CHECK(sameErrors(query, again));
    FUZZ_CHECK(sameTerms(query, again));
    FUZZ_CHECK(query.dependsOnRelations() == again.dependsOnRelations());

    const Directory& directory = fixedDirectory();
    const UserMatcher matcher(query, directory);
    FUZZ_CHECK(matcher.rowCount() == directory.count());
    std::vector<char> all;
    matcher.matchAll(all);
    FUZZ_CHECK(all.size() == std::size_t(directory.count()));
    for (int row = 0; row < directory.count(); ++row)
        FUZZ_CHECK(bool(all[std::size_t(row)]) == matcher.matches(row));
    (void)matcher.rowsToRecheck(UserMatcher(query, directory), 0, directory.count() - 1);
    return 0;
}
