// SPDX-License-Identifier: MIT
#include "userfacets.h"

#include "directory/directory.h"
#include "directory/textfold.h"
#include "userquery.h"

#include <QCoreApplication>

static_assert(UserFacets::groupCount() == UserFacets::SettingFirst + UserSettingCount);
static_assert(UserFacets::Status == 0 && UserFacets::Title == 1 && UserFacets::Manager == 3 &&
                  UserFacets::SettingFirst == 4 && UserSettingCount == 7,
              "status in bits 0-1 and the settings in bits 2-15 of the 16-bit values");

namespace {
const char* const triKeys[] = {"on", "off", "unknown"};

int triValue(TriState t)
{
    switch (t) {
    case TriState::On:
        return 0;
    case TriState::Off:
        return 1;
    case TriState::Unknown:
        break;
    }
    return 2;
}
} // namespace

bool FacetSelection::isEmpty() const
{
    for (const QStringList& values : chosen) {
        if (!values.isEmpty())
            return false;
    }
    return true;
}

void FacetSelection::setValues(int group, const QStringList& values)
{
    while (chosen.size() <= group)
        chosen.append(QStringList());
    chosen[group] = values;
}

void FacetSelection::toggle(int group, const QString& value)
{
    QStringList v = values(group);
    if (!v.removeOne(value))
        v.append(value);
    setValues(group, v);
}

bool FacetSelection::operator==(const FacetSelection& o) const
{
    const int n = int(std::max(chosen.size(), o.chosen.size()));
    for (int g = 0; g < n; ++g) {
        if (values(g) != o.values(g))
            return false;
    }
    return true;
}

QString FacetSelection::toQueryText() const
{
    QStringList terms;
    for (int g = 0; g < chosen.size(); ++g) {
        const QStringList& values = chosen[g];
        if (values.isEmpty())
            continue;
        QStringList quoted;
        for (const QString& v : values)
            quoted.append(UserQuery::quoted(v));
        const QString list = quoted.join(QLatin1Char(','));
        switch (g) {
        case UserFacets::Status:
            terms.append(QStringLiteral("is:") + list);
            break;
        case UserFacets::Title:
            terms.append(QStringLiteral("title:=") + list);
            break;
        case UserFacets::Language:
            terms.append(QStringLiteral("lang:primary=") + list);
            break;
        case UserFacets::Manager:
            terms.append(QStringLiteral("manager:=") + list);
            break;
        default:
            terms.append(
                QStringLiteral("setting:%1=%2").arg(userSettingKey(UserSetting(g - UserFacets::SettingFirst)), list));
            break;
        }
    }
    return terms.join(QLatin1Char(' '));
}

QString UserFacets::groupKey(int group)
{
    switch (group) {
    case Status:
        return QStringLiteral("status");
    case Title:
        return QStringLiteral("title");
    case Language:
        return QStringLiteral("lang");
    case Manager:
        return QStringLiteral("manager");
    default:
        return QStringLiteral("setting.") + userSettingKey(UserSetting(group - SettingFirst));
    }
}

QString UserFacets::groupTitle(int group)
{
    switch (group) {
    case Status:
        return QCoreApplication::translate("UserFacets", "Status");
    case Title:
        return QCoreApplication::translate("UserFacets", "Title");
    case Language:
        return QCoreApplication::translate("UserFacets", "Primary language");
    case Manager:
        return QCoreApplication::translate("UserFacets", "Manager");
    default:
        return userSettingKey(UserSetting(group - SettingFirst));
    }
}

int UserFacets::Interned::intern(const QString& match, const QString& display)
{
    if (match.isEmpty())
        return -1;
    const auto it = ids.constFind(match);
    if (it != ids.constEnd())
        return it.value();
    const int id = int(keys.size());
    ids.insert(match, id);
    keys.append(display);
    return id;
}

void UserFacets::reset(const Directory& directory)
{
    *this = UserFacets();
    m_directory = &directory;
    append(directory, 0, directory.count() - 1);
}

void UserFacets::append(const Directory& directory, int first, int last)
{
    m_directory = &directory;
    const size_t rows = size_t(std::max(last + 1, rowCount()));
    m_wide.resize(rows * wideGroups, -1);
    m_small.resize(rows, 0xffff);
    for (int row = first; row <= last; ++row)
        assign(directory, row);
}

void UserFacets::update(const Directory& directory, int row)
{
    if (row < rowCount())
        assign(directory, row);
}

void UserFacets::assign(const Directory& directory, int row)
{
    const User& u = directory.user(row);
    std::int32_t* wide = &m_wide[size_t(row) * wideGroups];
    // Titles that differ only in case or accents are one value, as `title:=` treats them.
    wide[Title - Title] = m_titles.intern(TextFold::fold(u.title), u.title);
    const QString language = u.primaryLanguage();
    wide[Language - Title] = m_languages.intern(language.toLower(), language);
    wide[Manager - Title] = m_managers.intern(u.managerId, u.managerId);
    const auto small = [](int group, int value) { return unsigned(value < 0 ? 3 : value) << smallShift(group); };
    unsigned bits = small(Status, u.active == TriState::On ? 0 : u.active == TriState::Off ? 1 : -1);
    for (int s = 0; s < UserSettingCount; ++s)
        bits |= small(SettingFirst + s, triValue(u.settings[size_t(s)]));
    m_small[size_t(row)] = std::uint16_t(bits);
}

int UserFacets::valueCount(int group) const
{
    switch (group) {
    case Status:
        return 2;
    case Title:
        return int(m_titles.keys.size());
    case Language:
        return int(m_languages.keys.size());
    case Manager:
        return int(m_managers.keys.size());
    default:
        return 3;
    }
}

QString UserFacets::valueKey(int group, int value) const
{
    if (value < 0 || value >= valueCount(group))
        return QString();
    switch (group) {
    case Status:
        return value == 0 ? QStringLiteral("active") : QStringLiteral("inactive");
    case Title:
        return m_titles.keys[value];
    case Language:
        return m_languages.keys[value];
    case Manager:
        return m_managers.keys[value];
    default:
        return QString::fromLatin1(triKeys[value]);
    }
}

int UserFacets::valueIdOf(int group, const QString& key) const
{
    switch (group) {
    case Status:
        return key == QLatin1String("active") ? 0 : key == QLatin1String("inactive") ? 1 : -1;
    case Title:
        return m_titles.ids.value(TextFold::fold(key), -1);
    case Language:
        return m_languages.ids.value(key.toLower(), -1);
    case Manager:
        return m_managers.ids.value(key, -1);
    default:
        for (int i = 0; i < 3; ++i) {
            if (key == QLatin1String(triKeys[i]))
                return i;
        }
        return -1;
    }
}

FacetFilter::FacetFilter(const FacetSelection& selection, const UserFacets& facets)
{
    for (int g = 0; g < UserFacets::groupCount(); ++g) {
        const QStringList values = selection.values(g);
        if (values.isEmpty())
            continue;
        std::vector<char> allowed(size_t(facets.valueCount(g)), 0);
        for (const QString& v : values) {
            const int id = facets.valueIdOf(g, v);
            if (id >= 0)
                allowed[size_t(id)] = 1;
        }
        m_active.push_back(g);
        m_allowed.push_back(std::move(allowed));
    }
}

unsigned FacetFilter::failedGroups(const UserFacets& facets, int row) const
{
    unsigned failed = 0;
    for (size_t i = 0; i < m_active.size(); ++i) {
        const int v = facets.valueOf(m_active[i], row);
        // A value first seen after the choice was made (a later page) cannot have been chosen.
        if (v < 0 || v >= int(m_allowed[i].size()) || !m_allowed[i][size_t(v)])
            failed |= 1u << m_active[i];
    }
    return failed;
}

void FacetFilter::resize(const UserFacets& facets, FacetCounts& counts)
{
    counts.perGroup.resize(size_t(UserFacets::groupCount()));
    for (int g = 0; g < UserFacets::groupCount(); ++g)
        counts.perGroup[size_t(g)].resize(size_t(facets.valueCount(g)), 0);
}

void FacetFilter::count(const UserFacets& facets, int row, FacetCounts& counts, int delta) const
{
    const unsigned failed = failedGroups(facets, row);
    if (failed == 0)
        counts.total += delta;
    else if ((failed & (failed - 1)) != 0)
        return; // fails two groups: counts nowhere
    for (int g = 0; g < UserFacets::groupCount(); ++g) {
        if (failed != 0 && failed != (1u << g))
            continue;
        const int v = facets.valueOf(g, row);
        if (v >= 0 && v < int(counts.perGroup[size_t(g)].size()))
            counts.perGroup[size_t(g)][size_t(v)] += delta;
    }
}
