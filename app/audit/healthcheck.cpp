// SPDX-License-Identifier: MIT
#include "healthcheck.h"

#include "directoryhealth.h"
#include "healthrules.h"

#include "directory/directory.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
// lupdate reads the context from here; the same one the code uses at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HealthCheck)
};

QString names(const Directory& directory, const QList<int>& rows)
{
    QStringList out;
    for (int r : rows)
        out.append(directory.user(r).displayName());
    return out.join(QStringLiteral(", "));
}

// Empty or only spaces; no copy (QString::trimmed() on a const string makes one).
bool isBlank(const QString& text)
{
    return HealthRules::trimmed(text).isEmpty();
}

bool isOn(const User& user, UserSetting setting)
{
    return user.setting(setting) == TriState::On;
}

int primaryCount(const User& user)
{
    int n = 0;
    for (const SpokenLanguage& l : user.spokenLanguages)
        n += l.primary ? 1 : 0;
    return n;
}

// Every address of a person, as given (primary, aliases, trusted).
QStringList addressesOf(const User& user)
{
    QStringList all{user.emailAddress};
    for (const QString& alias : user.emailAliases) {
        if (!isBlank(alias))
            all.append(alias);
    }
    if (!isBlank(user.trustedEmailAddress))
        all.append(user.trustedEmailAddress);
    return all;
}

bool isValid(const QString& address)
{
    return HealthRules::isValidEmail(HealthRules::trimmed(address));
}

QStringList invalidAddresses(const User& user)
{
    QStringList bad;
    for (const QString& a : addressesOf(user)) {
        if (!isValid(a))
            bad.append(a);
    }
    return bad;
}

// What invalidAddresses() finds, without building lists: it runs for every person of every page.
bool anyInvalidAddress(const User& user)
{
    if (!isValid(user.emailAddress))
        return true;
    for (const QString& alias : user.emailAliases) {
        if (!isBlank(alias) && !isValid(alias))
            return true;
    }
    // The trusted address is nearly always the primary one: judged once.
    return user.trustedEmailAddress != user.emailAddress && !isBlank(user.trustedEmailAddress) &&
           !isValid(user.trustedEmailAddress);
}

bool trustedOnOtherDomain(const User& user)
{
    if (user.trustedEmailAddress == user.emailAddress)
        return false; // the usual case, and cheaper to see than to compare domains
    const QStringView trusted = QStringView(user.trustedEmailAddress).trimmed();
    if (trusted.isEmpty() || !trusted.contains(u'@') || !user.emailAddress.contains(QLatin1Char('@')))
        return false;
    return !HealthRules::sameDomain(trusted, user.emailAddress);
}

constexpr UserSetting recordedOrImported[] = {UserSetting::WebConferencesRecorded, UserSetting::TelephonyCallsImported,
                                              UserSetting::EmailsImported, UserSetting::NonRecordedMeetingsImported};

bool isInsecure(const QString& url)
{
    return !isBlank(url) && !HealthRules::isHttpsUrl(QStringView(url));
}

bool anyInsecureUrl(const User& user)
{
    if (std::any_of(user.personalMeetingUrls.begin(), user.personalMeetingUrls.end(), isInsecure))
        return true;
    return user.hasMeetingConsentPageUrl() &&
           !HealthRules::isHttpsUrl(QByteArrayView(user.meetingConsentPageUrlUtf8()));
}

QStringList insecureUrls(const User& user)
{
    QStringList bad;
    for (const QString& url : user.personalMeetingUrls) {
        if (isInsecure(url))
            bad.append(url);
    }
    if (user.hasMeetingConsentPageUrl() && !HealthRules::isHttpsUrl(QByteArrayView(user.meetingConsentPageUrlUtf8())))
        bad.append(user.meetingConsentPageUrl());
    return bad;
}

QString noDetail(const HealthRowFacts&)
{
    return {};
}

using C = HealthCheck::Category;

// The catalog. Each entry is the whole definition of its check; docs/health.md lists the same in prose.
const QList<HealthCheck> catalog = {
    {HealthCheck::NoManager, C::Hierarchy, "no-manager", QT_TRANSLATE_NOOP("HealthCheck", "No manager"),
     QT_TRANSLATE_NOOP("HealthCheck",
                       "People without a manager id, other than the top of the organisation (the only person without "
                       "a manager, or the one of them with the most people below)."),
     [](const HealthRowFacts& f) { return f.user.managerId.isEmpty() && !f.isTop; }, noDetail},
    {HealthCheck::ManagerMissing, C::Hierarchy, "manager-missing",
     QT_TRANSLATE_NOOP("HealthCheck", "Manager not in the directory"),
     QT_TRANSLATE_NOOP("HealthCheck", "People whose manager id names nobody in the directory."),
     [](const HealthRowFacts& f) {
         return f.managerRow < 0 && !f.user.managerId.isEmpty() && f.user.managerId != f.user.id;
     },
     [](const HealthRowFacts& f) { return Tr::tr("Manager id %1").arg(f.user.managerId); }},
    {HealthCheck::ReportingCycle, C::Hierarchy, "cycle", QT_TRANSLATE_NOOP("HealthCheck", "Reporting cycle"),
     QT_TRANSLATE_NOOP("HealthCheck",
                       "People on a reporting loop: walking up their managers comes back to them (someone named as "
                       "their own manager included)."),
     [](const HealthRowFacts& f) { return f.onCycle; },
     [](const HealthRowFacts& f) {
         QList<int> loop = f.health.cycleOf(f.row);
         if (!loop.isEmpty())
             loop.append(loop.first());
         return names(f.directory, loop).replace(QStringLiteral(", "), QStringLiteral(" \u2192 "));
     }},
    {HealthCheck::InactiveManager, C::Hierarchy, "inactive-manager",
     QT_TRANSLATE_NOOP("HealthCheck", "Inactive manager with active reports"),
     QT_TRANSLATE_NOOP("HealthCheck", "Inactive people who are still the manager of at least one active person."),
     [](const HealthRowFacts& f) { return f.user.active == TriState::Off && f.hasActiveReport(); },
     [](const HealthRowFacts& f) {
         int active = 0;
         for (int r : f.directory.directReports(f.row))
             active += f.directory.user(r).isActive() ? 1 : 0;
         return Tr::tr("%n active direct report(s)", nullptr, active);
     }},
    {HealthCheck::ReportsToInactive, C::Hierarchy, "reports-to-inactive",
     QT_TRANSLATE_NOOP("HealthCheck", "Active, with an inactive manager"),
     QT_TRANSLATE_NOOP("HealthCheck", "Active people whose manager is inactive."),
     [](const HealthRowFacts& f) {
         const User* m = f.manager();
         return f.user.isActive() && m && m->active == TriState::Off;
     },
     [](const HealthRowFacts& f) {
         const User* m = f.manager();
         return m ? Tr::tr("Manager: %1").arg(m->displayName()) : QString();
     }},
    {HealthCheck::DuplicateEmail, C::Identity, "duplicate-email",
     QT_TRANSLATE_NOOP("HealthCheck", "Address used by several people"),
     QT_TRANSLATE_NOOP("HealthCheck",
                       "People with an address (primary, alias or trusted, case-insensitive) that someone else also "
                       "has."),
     [](const HealthRowFacts& f) { return f.sharesAddress; },
     [](const HealthRowFacts& f) {
         return Tr::tr("%1, also used by %2")
             .arg(f.health.sharedAddresses(f.row).join(QStringLiteral(", ")),
                  names(f.directory, f.health.rowsSharing(f.row)));
     }},
    {HealthCheck::InvalidEmail, C::Identity, "invalid-email", QT_TRANSLATE_NOOP("HealthCheck", "Not a valid address"),
     QT_TRANSLATE_NOOP("HealthCheck",
                       "People with no primary address, or a primary address, alias or trusted address that is not a "
                       "valid e-mail address."),
     [](const HealthRowFacts& f) { return anyInvalidAddress(f.user); },
     [](const HealthRowFacts& f) {
         QStringList bad = invalidAddresses(f.user);
         if (!bad.isEmpty() && bad.first().isEmpty())
             bad.first() = Tr::tr("No primary address");
         return bad.join(QStringLiteral(", "));
     }},
    {HealthCheck::TrustedOtherDomain, C::Identity, "trusted-other-domain",
     QT_TRANSLATE_NOOP("HealthCheck", "Trusted address on another domain"),
     QT_TRANSLATE_NOOP("HealthCheck",
                       "People whose trusted e-mail address is on another domain than their primary one."),
     [](const HealthRowFacts& f) { return trustedOnOtherDomain(f.user); },
     [](const HealthRowFacts& f) { return f.user.trustedEmailAddress; }},
    {HealthCheck::RecordingConflict, C::Settings, "recording-conflict",
     QT_TRANSLATE_NOOP("HealthCheck", "Recorded and recording prevented"),
     QT_TRANSLATE_NOOP("HealthCheck", "People with both webConferencesRecorded and preventWebConferenceRecording on."),
     [](const HealthRowFacts& f) {
         return isOn(f.user, UserSetting::WebConferencesRecorded) &&
                isOn(f.user, UserSetting::PreventWebConferenceRecording);
     },
     noDetail},
    {HealthCheck::EmailImportConflict, C::Settings, "email-import-conflict",
     QT_TRANSLATE_NOOP("HealthCheck", "E-mails imported and import prevented"),
     QT_TRANSLATE_NOOP("HealthCheck", "People with both emailsImported and preventEmailImport on."),
     [](const HealthRowFacts& f) {
         return isOn(f.user, UserSetting::EmailsImported) && isOn(f.user, UserSetting::PreventEmailImport);
     },
     noDetail},
    {HealthCheck::InactiveRecorded, C::Settings, "inactive-recorded",
     QT_TRANSLATE_NOOP("HealthCheck", "Inactive, still recorded or imported"),
     QT_TRANSLATE_NOOP("HealthCheck",
                       "Inactive people with webConferencesRecorded, telephonyCallsImported, emailsImported or "
                       "nonRecordedMeetingsImported on."),
     [](const HealthRowFacts& f) {
         if (f.user.active != TriState::Off)
             return false;
         for (UserSetting s : recordedOrImported) {
             if (isOn(f.user, s))
                 return true;
         }
         return false;
     },
     [](const HealthRowFacts& f) {
         QStringList on;
         for (UserSetting s : recordedOrImported) {
             if (isOn(f.user, s))
                 on.append(userSettingKey(s));
         }
         return on.join(QStringLiteral(", "));
     }},
    {HealthCheck::NoTitle, C::Completeness, "no-title", QT_TRANSLATE_NOOP("HealthCheck", "No title"),
     QT_TRANSLATE_NOOP("HealthCheck", "People without a title."),
     [](const HealthRowFacts& f) { return isBlank(f.user.title); }, noDetail},
    {HealthCheck::NoPhone, C::Completeness, "no-phone", QT_TRANSLATE_NOOP("HealthCheck", "No phone number"),
     QT_TRANSLATE_NOOP("HealthCheck", "People without a phone number."),
     [](const HealthRowFacts& f) { return isBlank(f.user.phoneNumber); }, noDetail},
    {HealthCheck::NoPrimaryLanguage, C::Completeness, "no-primary-language",
     QT_TRANSLATE_NOOP("HealthCheck", "No primary language"),
     QT_TRANSLATE_NOOP("HealthCheck",
                       "People with no spoken language marked primary (the language Gong assumes when it cannot "
                       "detect a call's)."),
     [](const HealthRowFacts& f) { return primaryCount(f.user) == 0; }, noDetail},
    {HealthCheck::SeveralPrimaryLanguages, C::Completeness, "several-primary-languages",
     QT_TRANSLATE_NOOP("HealthCheck", "More than one primary language"),
     QT_TRANSLATE_NOOP("HealthCheck", "People with more than one spoken language marked primary."),
     [](const HealthRowFacts& f) { return primaryCount(f.user) > 1; },
     [](const HealthRowFacts& f) {
         QStringList primary;
         for (const SpokenLanguage& l : f.user.spokenLanguages) {
             if (l.primary)
                 primary.append(l.language);
         }
         return primary.join(QStringLiteral(", "));
     }},
    {HealthCheck::ImplausiblePhone, C::Completeness, "implausible-phone",
     QT_TRANSLATE_NOOP("HealthCheck", "Phone number not plausible"),
     QT_TRANSLATE_NOOP("HealthCheck",
                       "People whose phone number is not one someone could dial: letters, 7 to 15 digits not met, or "
                       "all the same digit."),
     [](const HealthRowFacts& f) {
         return !isBlank(f.user.phoneNumber) && !HealthRules::isPlausiblePhone(f.user.phoneNumber);
     },
     [](const HealthRowFacts& f) { return f.user.phoneNumber; }},
    {HealthCheck::InsecureMeetingUrl, C::Completeness, "insecure-meeting-url",
     QT_TRANSLATE_NOOP("HealthCheck", "Meeting link not https"),
     QT_TRANSLATE_NOOP("HealthCheck",
                       "People with a personal meeting URL or a meeting consent page URL that is not an https:// "
                       "link."),
     [](const HealthRowFacts& f) { return anyInsecureUrl(f.user); },
     [](const HealthRowFacts& f) { return insecureUrls(f.user).join(QStringLiteral(", ")); }},
};
} // namespace

const User* HealthRowFacts::manager() const
{
    return managerRow >= 0 ? &directory.user(managerRow) : nullptr;
}

bool HealthRowFacts::hasActiveReport() const
{
    for (int r : directory.directReports(row)) {
        if (directory.user(r).isActive())
            return true;
    }
    return false;
}

bool HealthCheck::hasDetail() const
{
    return detail != noDetail;
}

QString HealthCheck::title() const
{
    return QCoreApplication::translate("HealthCheck", titleSource);
}

QString HealthCheck::description() const
{
    return QCoreApplication::translate("HealthCheck", descriptionSource);
}

QString HealthCheck::categoryTitle(Category category)
{
    static const char* const titles[] = {
        QT_TRANSLATE_NOOP("HealthCheck", "Hierarchy"), QT_TRANSLATE_NOOP("HealthCheck", "Identity"),
        QT_TRANSLATE_NOOP("HealthCheck", "Settings"), QT_TRANSLATE_NOOP("HealthCheck", "Completeness")};
    return QCoreApplication::translate("HealthCheck", titles[int(category)]);
}

const QList<HealthCheck>& HealthCheck::all()
{
    return catalog;
}

const HealthCheck* HealthCheck::find(const QString& key)
{
    const auto it = std::find_if(catalog.begin(), catalog.end(), [&key](const HealthCheck& c) {
        return key.compare(QLatin1String(c.key), Qt::CaseInsensitive) == 0;
    });
    return it == catalog.end() ? nullptr : &*it;
}

QStringList HealthCheck::keys()
{
    QStringList out(catalog.size());
    std::transform(catalog.begin(), catalog.end(), out.begin(),
                   [](const HealthCheck& c) { return QString(QLatin1String(c.key)); });
    return out;
}
