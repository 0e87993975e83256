// SPDX-License-Identifier: MIT
#include "usercolumns.h"

#include "directory.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace {
using Kind = UserColumn::Kind;

QList<UserColumn> makeColumns()
{
    QList<UserColumn> c = {
        {QStringLiteral("fullName"), QT_TRANSLATE_NOOP("UserColumns", "Name"), Kind::Text, true, 180, true, false},
        {QStringLiteral("firstName"), QT_TRANSLATE_NOOP("UserColumns", "First name"), Kind::Text, false, 110, false,
         false},
        {QStringLiteral("lastName"), QT_TRANSLATE_NOOP("UserColumns", "Last name"), Kind::Text, false, 110, false,
         false},
        {QStringLiteral("emailAddress"), QT_TRANSLATE_NOOP("UserColumns", "Email"), Kind::Text, true, 220, false,
         false},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("UserColumns", "Title"), Kind::Text, true, 200, false, false},
        {QStringLiteral("managerName"), QT_TRANSLATE_NOOP("UserColumns", "Manager"), Kind::Text, true, 160, true, true},
        {QStringLiteral("managerEmail"), QT_TRANSLATE_NOOP("UserColumns", "Manager email"), Kind::Text, false, 200,
         true, true},
        {QStringLiteral("managerChain"), QT_TRANSLATE_NOOP("UserColumns", "Manager chain"), Kind::Text, false, 300,
         true, true},
        {QStringLiteral("active"), QT_TRANSLATE_NOOP("UserColumns", "Status"), Kind::Setting, true, 80, false, false},
        {QStringLiteral("phoneNumber"), QT_TRANSLATE_NOOP("UserColumns", "Phone"), Kind::Text, true, 130, false, false},
        {QStringLiteral("extension"), QT_TRANSLATE_NOOP("UserColumns", "Extension"), Kind::Text, false, 80, false,
         false},
        {QStringLiteral("primaryLanguage"), QT_TRANSLATE_NOOP("UserColumns", "Primary language"), Kind::Text, true, 120,
         true, false},
        {QStringLiteral("languages"), QT_TRANSLATE_NOOP("UserColumns", "Languages"), Kind::Text, false, 140, true,
         false},
        {QStringLiteral("directReports"), QT_TRANSLATE_NOOP("UserColumns", "Direct reports"), Kind::Number, true, 100,
         true, true},
        {QStringLiteral("totalReports"), QT_TRANSLATE_NOOP("UserColumns", "Total reports"), Kind::Number, false, 100,
         true, true},
        {QStringLiteral("created"), QT_TRANSLATE_NOOP("UserColumns", "Created"), Kind::DateTime, true, 100, false,
         false},
        {QStringLiteral("emailAliases"), QT_TRANSLATE_NOOP("UserColumns", "Email aliases"), Kind::Text, false, 200,
         false, false},
        {QStringLiteral("trustedEmailAddress"), QT_TRANSLATE_NOOP("UserColumns", "Trusted email"), Kind::Text, false,
         200, false, false},
        {QStringLiteral("personalMeetingUrls"), QT_TRANSLATE_NOOP("UserColumns", "Meeting URLs"), Kind::Text, false,
         220, false, false},
        {QStringLiteral("meetingConsentPageUrl"), QT_TRANSLATE_NOOP("UserColumns", "Consent page"), Kind::Text, false,
         220, false, false},
        {QStringLiteral("managerId"), QT_TRANSLATE_NOOP("UserColumns", "Manager id"), Kind::Text, false, 170, false,
         false},
        {QStringLiteral("id"), QT_TRANSLATE_NOOP("UserColumns", "Id"), Kind::Text, false, 170, false, false},
        {QStringLiteral("settings.webConferencesRecorded"),
         QT_TRANSLATE_NOOP("UserColumns", "Web conferences recorded"), Kind::Setting, false, 80, false, false},
        {QStringLiteral("settings.preventWebConferenceRecording"),
         QT_TRANSLATE_NOOP("UserColumns", "Prevents web-conference recording"), Kind::Setting, false, 80, false, false},
        {QStringLiteral("settings.telephonyCallsImported"),
         QT_TRANSLATE_NOOP("UserColumns", "Telephony calls imported"), Kind::Setting, false, 80, false, false},
        {QStringLiteral("settings.emailsImported"), QT_TRANSLATE_NOOP("UserColumns", "Emails imported"), Kind::Setting,
         false, 80, false, false},
        {QStringLiteral("settings.preventEmailImport"), QT_TRANSLATE_NOOP("UserColumns", "Prevents email import"),
         Kind::Setting, false, 80, false, false},
        {QStringLiteral("settings.nonRecordedMeetingsImported"),
         QT_TRANSLATE_NOOP("UserColumns", "Non-recorded meetings imported"), Kind::Setting, false, 80, false, false},
        {QStringLiteral("settings.gongConnectEnabled"), QT_TRANSLATE_NOOP("UserColumns", "Gong Connect enabled"),
         Kind::Setting, false, 80, false, false},
    };
    return c;
}

// Column keys resolved once to small ids, so text()/sortValue() switch instead of comparing strings.
enum ColumnId
{
    CFullName,
    CFirst,
    CLast,
    CEmail,
    CTitle,
    CManagerName,
    CManagerEmail,
    CManagerChain,
    CActive,
    CPhone,
    CExtension,
    CPrimaryLanguage,
    CLanguages,
    CDirectReports,
    CTotalReports,
    CCreated,
    CAliases,
    CTrusted,
    CMeetingUrls,
    CConsent,
    CManagerId,
    CId,
    CSettingFirst
};

QString triText(TriState t, bool status)
{
    switch (t) {
    case TriState::On:
        return status ? QCoreApplication::translate("UserColumns", "Active")
                      : QCoreApplication::translate("UserColumns", "On");
    case TriState::Off:
        return status ? QCoreApplication::translate("UserColumns", "Inactive")
                      : QCoreApplication::translate("UserColumns", "Off");
    case TriState::Unknown:
        break;
    }
    return QString();
}

QString languagesText(const User& u)
{
    QStringList tags;
    tags.reserve(u.spokenLanguages.size());
    for (const SpokenLanguage& l : u.spokenLanguages)
        tags.append(l.language);
    return tags.join(UserColumns::listSeparator());
}
} // namespace

namespace UserColumns {
const QList<UserColumn>& all()
{
    static const QList<UserColumn> columns = makeColumns();
    return columns;
}

int count()
{
    return int(all().size());
}

const UserColumn& at(int column)
{
    return all()[column];
}

int indexOf(const QString& key)
{
    const QList<UserColumn>& cols = all();
    for (int i = 0; i < cols.size(); ++i) {
        if (cols[i].key.compare(key, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QStringList defaultVisibleKeys()
{
    QStringList keys;
    for (const UserColumn& c : all()) {
        if (c.visibleByDefault)
            keys.append(c.key);
    }
    return keys;
}

QString title(int column)
{
    return QCoreApplication::translate("UserColumns", at(column).title);
}

QString text(const Directory& directory, int row, int column)
{
    const User& u = directory.user(row);
    switch (column) {
    case CFullName:
        return u.fullName();
    case CFirst:
        return u.firstName;
    case CLast:
        return u.lastName;
    case CEmail:
        return u.emailAddress;
    case CTitle:
        return u.title;
    case CManagerName:
    case CManagerEmail: {
        const int m = directory.managerRow(row);
        if (m < 0)
            return QString();
        const User& mu = directory.user(m);
        return column == CManagerName ? mu.displayName() : mu.emailAddress;
    }
    case CManagerChain:
        return directory.managerChainText(row);
    case CActive:
        return triText(u.active, true);
    case CPhone:
        return u.phoneNumber;
    case CExtension:
        return u.extension;
    case CPrimaryLanguage:
        return u.primaryLanguage();
    case CLanguages:
        return languagesText(u);
    case CDirectReports:
        return QString::number(directory.directReports(row).size());
    case CTotalReports:
        return QString::number(directory.totalReports(row));
    case CCreated:
        return u.createdText();
    case CAliases:
        return u.emailAliases.join(listSeparator());
    case CTrusted:
        return u.trustedEmailAddress;
    case CMeetingUrls:
        return u.personalMeetingUrls.join(listSeparator());
    case CConsent:
        return u.meetingConsentPageUrl();
    case CManagerId:
        return u.managerId;
    case CId:
        return u.id;
    default:
        break;
    }
    const int s = column - CSettingFirst;
    if (s >= 0 && s < UserSettingCount)
        return triText(u.settings[s], false);
    return QString();
}

QString sortText(const Directory& directory, int row, int column)
{
    if (column == CFullName) {
        const User& u = directory.user(row);
        return u.lastName.isEmpty() ? u.displayName() : u.lastName + QLatin1String(", ") + u.firstName;
    }
    return text(directory, row, column);
}

QVariant sortValue(const Directory& directory, int row, int column)
{
    const User& u = directory.user(row);
    switch (column) {
    case CFullName:
        return sortText(directory, row, column).toCaseFolded();
    case CDirectReports:
        return int(directory.directReports(row).size());
    case CTotalReports:
        return directory.totalReports(row);
    case CCreated:
        return u.createdMsecs;
    case CActive:
        return int(u.active);
    case CId:
    case CManagerId: {
        // Numeric ids compare as numbers: pad to 20 digits so the string order is the numeric order.
        const QString& id = column == CId ? u.id : u.managerId;
        return id.rightJustified(20, QLatin1Char('0'));
    }
    default:
        break;
    }
    const int s = column - CSettingFirst;
    if (s >= 0 && s < UserSettingCount)
        return int(u.settings[s]);
    return sortText(directory, row, column).toCaseFolded();
}
QString personToolTip(const Directory& directory, int row)
{
    const User& user = directory.user(row);
    const QString who =
        user.title.isEmpty() ? user.displayName() : QStringLiteral("%1 — %2").arg(user.displayName(), user.title);
    const QString chain = directory.managerChainText(row);
    return chain.isEmpty()
               ? who
               : who + QLatin1Char('\n') + QCoreApplication::translate("UserColumns", "Reports to: %1").arg(chain);
}

QString singleLine(const QString& text)
{
    const auto isBreak = [](char16_t c) {
        return c == u'\n' || c == u'\r' || c == u'\t' || c == u'\v' || c == u'\f' || c == 0x85 || c == 0x2028 ||
               c == 0x2029;
    };
    // Nearly every value has none: hand back the same (shared) string without a copy.
    if (std::none_of(text.cbegin(), text.cend(), [&](QChar c) { return isBreak(c.unicode()); }))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
            continue; // CR LF is one break
        out += isBreak(c) ? QChar(u' ') : text.at(i);
    }
    return out;
}
} // namespace UserColumns
