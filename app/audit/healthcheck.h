// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

class Directory;
class DirectoryHealth;
class User;

// What a check may look at for one person: the person, and what DirectoryHealth knows about their place among the
// others (kept up to date page by page, so a check never scans the directory itself).
struct HealthRowFacts
{
    const Directory& directory;
    const DirectoryHealth& health;
    int row;
    const User& user;
    int managerRow;     // -1: no manager id, the manager is not loaded, or the person names themself
    bool sharesAddress; // one of their addresses is also someone else's
    bool onCycle;       // walking up their managers comes back to them
    bool isTop;         // the top of the organisation (see DirectoryHealth::topRow())

    const User* manager() const;
    bool hasActiveReport() const;
};

// One data-health check, defined in one place: its query term (`health:<key>`), its title and description for the
// Health view and the help, and the predicate that decides it for a person. The catalog is all(); tst_healthchecks
// has one hand-computed case per check and fails for a check without one.
struct HealthCheck
{
    enum Id : int
    {
        NoManager,
        ManagerMissing,
        ReportingCycle,
        InactiveManager,
        ReportsToInactive,
        DuplicateEmail,
        InvalidEmail,
        TrustedOtherDomain,
        RecordingConflict,
        EmailImportConflict,
        InactiveRecorded,
        NoTitle,
        NoPhone,
        NoPrimaryLanguage,
        SeveralPrimaryLanguages,
        ImplausiblePhone,
        InsecureMeetingUrl,
        Count
    };
    enum class Category
    {
        Hierarchy,
        Identity,
        Settings,
        Completeness
    };

    Id id;
    Category category;
    const char* key;               // "duplicate-email": the query term is health:duplicate-email
    const char* titleSource;       // QT_TRANSLATE_NOOP("HealthCheck", …); title() translates
    const char* descriptionSource; // one or two sentences for the help and docs/health.md
    bool (*fails)(const HealthRowFacts& facts);
    // What is wrong for this person in particular ("manager id 123 is not in the directory"); may be empty.
    QString (*detail)(const HealthRowFacts& facts);

    QString queryTerm() const { return QStringLiteral("health:") + QLatin1String(key); }
    // Whether detail() has anything to say for this check (a view can leave its column out when not).
    bool hasDetail() const;
    QString title() const;
    QString description() const;
    static QString categoryTitle(Category category);

    static const QList<HealthCheck>& all(); // in Id order
    static const HealthCheck& at(int id) { return all().at(id); }
    static const HealthCheck* find(const QString& key); // case-insensitive; nullptr when unknown
    static QStringList keys();
    static constexpr std::uint32_t bit(int id) { return std::uint32_t(1) << id; }
    static constexpr std::uint32_t allBits() { return (std::uint32_t(1) << Count) - 1; }
};
static_assert(HealthCheck::Count <= 32, "one bit per check in DirectoryHealth's flags");
