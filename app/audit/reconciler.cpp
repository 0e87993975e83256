// SPDX-License-Identifier: MIT
#include "reconciler.h"

#include "directory/directory.h"
#include "directory/textfold.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
// In Status order: the record's key and the window's word.
struct StatusName
{
    const char* key;
    const char* title;
};
constexpr StatusName statusNames[] = {
    {"active", QT_TRANSLATE_NOOP("Reconciler", "Active")},
    {"inactive", QT_TRANSLATE_NOOP("Reconciler", "Inactive")},
    {"not-found", QT_TRANSLATE_NOOP("Reconciler", "Not found")},
    {"ambiguous", QT_TRANSLATE_NOOP("Reconciler", "Ambiguous")},
};
static_assert(std::size(statusNames) == Reconciler::StatusCount);

// In MatchedBy order: the API's field names.
constexpr const char* matchedByKeys[] = {"", "emailAddress", "emailAliases", "trustedEmailAddress", "id", "name"};

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && isBlank(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isBlank(text.back()))
        text.remove_suffix(1);
    return text;
}

// The value as the e-mail fields are compared: spaces around it and a leading "mailto:" removed.
QString addressPart(const QString& value)
{
    QString v = value.trimmed();
    if (v.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        v = v.mid(7).trimmed();
    return v;
}

bool equalAddress(const QString& field, const QString& value)
{
    return QStringView(field).trimmed().compare(value, Qt::CaseInsensitive) == 0;
}
} // namespace

Reconciler::Reconciler(const Directory& directory)
    : m_directory(directory)
{
    const UserSearchIndex& index = directory.searchIndex();
    const int n = directory.count();
    m_entries.reserve(size_t(n) * 2 + 16);
    m_addresses.reserve(size_t(n) + size_t(n) / 4);
    m_names.reserve(size_t(n));
    for (int row = 0; row < n; ++row) {
        add(index.field(row, UserSearchIndex::Email), row, MatchedBy::EmailAddress);
        std::string_view aliases = index.field(row, UserSearchIndex::Aliases);
        while (!aliases.empty()) {
            const size_t sep = aliases.find(UserSearchIndex::separator);
            add(aliases.substr(0, sep), row, MatchedBy::EmailAliases);
            if (sep == std::string_view::npos)
                break;
            aliases.remove_prefix(sep + 1);
        }
        // Empty when it is the primary address again: that match is the primary's.
        add(index.field(row, UserSearchIndex::Trusted), row, MatchedBy::TrustedEmailAddress);
        add(index.field(row, UserSearchIndex::Name), row, MatchedBy::Name);
    }
}

void Reconciler::add(std::string_view key, int row, MatchedBy field)
{
    key = trimmed(key);
    if (key.empty())
        return;
    if (field == MatchedBy::Name &&
        (key.find("  ") != std::string_view::npos || key.find('\t') != std::string_view::npos)) {
        // Names are compared with single spaces (as QString::simplified() leaves a typed value).
        std::string simple;
        for (const char c : key) {
            if (!isBlank(c))
                simple += c;
            else if (simple.empty() || simple.back() != ' ')
                simple += ' ';
        }
        key = m_ownKeys.emplace_back(std::move(simple));
    }
    auto& map = field == MatchedBy::Name ? m_names : m_addresses;
    const auto [it, inserted] = map.try_emplace(key, std::uint32_t(m_entries.size()));
    m_entries.push_back({row, field, inserted ? none : it->second});
    if (!inserted)
        it->second = std::uint32_t(m_entries.size() - 1);
}

bool Reconciler::sameAddress(int row, MatchedBy field, const QString& value) const
{
    // The index folds accents too; an address only matches with the same letters (case aside).
    const User& u = m_directory.user(row);
    switch (field) {
    case MatchedBy::EmailAddress:
        return equalAddress(u.emailAddress, value);
    case MatchedBy::EmailAliases:
        return std::any_of(u.emailAliases.begin(), u.emailAliases.end(),
                           [&](const QString& alias) { return equalAddress(alias, value); });
    case MatchedBy::TrustedEmailAddress:
        return equalAddress(u.trustedEmailAddress, value);
    default:
        return false;
    }
}

Reconciler::Result Reconciler::match(const QString& value) const
{
    Result result;
    result.input = value;
    const QString address = addressPart(value);
    if (address.isEmpty())
        return result;

    QList<QPair<int, MatchedBy>> hits;
    const auto collect = [&](const std::unordered_map<std::string_view, std::uint32_t>& map, const std::string& key,
                             bool verify) {
        const auto it = map.find(key);
        for (std::uint32_t e = it == map.end() ? none : it->second; e != none; e = m_entries[e].next) {
            const Entry& entry = m_entries[e];
            if (!verify || sameAddress(entry.row, entry.field, address))
                hits.append({entry.row, entry.field});
        }
    };
    collect(m_addresses, TextFold::foldUtf8(address), true);
    const int idRow = m_directory.rowOf(address);
    if (idRow >= 0)
        hits.append({idRow, MatchedBy::Id});
    if (hits.isEmpty())
        collect(m_names, TextFold::foldUtf8(value.simplified()), false);
    if (hits.isEmpty())
        return result;

    for (const auto& [row, field] : std::as_const(hits)) {
        if (!result.rows.contains(row))
            result.rows.append(row);
        if (result.matchedBy == MatchedBy::None || field < result.matchedBy)
            result.matchedBy = field;
    }
    std::sort(result.rows.begin(), result.rows.end());
    if (result.rows.size() > 1)
        result.status = Status::Ambiguous;
    else
        result.status = m_directory.user(result.rows.first()).isActive() ? Status::Active : Status::Inactive;
    return result;
}

QList<Reconciler::Result> Reconciler::matchAll(const QStringList& values) const
{
    QList<Result> results;
    results.reserve(values.size());
    for (const QString& v : values)
        results.append(match(v));
    return results;
}

Reconciler::Counts Reconciler::count(const QList<Result>& results)
{
    Counts c;
    for (const Result& r : results)
        ++c.byStatus[size_t(r.status)];
    return c;
}

QString Reconciler::statusKey(Status status)
{
    return QLatin1String(statusNames[size_t(status)].key);
}

QString Reconciler::statusTitle(Status status)
{
    return QCoreApplication::translate("Reconciler", statusNames[size_t(status)].title);
}

QString Reconciler::matchedByKey(MatchedBy field)
{
    return QLatin1String(matchedByKeys[size_t(field)]);
}

QStringList Reconciler::tableHeader()
{
    return {QStringLiteral("input"), QStringLiteral("status"),   QStringLiteral("matchedBy"),
            QStringLiteral("id"),    QStringLiteral("fullName"), QStringLiteral("emailAddress")};
}

QStringList Reconciler::tableRow(const Directory& directory, const Result& result)
{
    QStringList row{result.input, statusKey(result.status), matchedByKey(result.matchedBy)};
    if (result.row() >= 0) {
        const User& u = directory.user(result.row());
        row << u.id << u.fullName() << u.emailAddress;
    } else {
        row << QString() << QString() << QString();
    }
    return row;
}

QList<QStringList> Reconciler::tableRows(const Directory& directory, const QList<Result>& results)
{
    QList<QStringList> rows;
    rows.reserve(results.size());
    for (const Result& r : results)
        rows.append(tableRow(directory, r));
    return rows;
}
