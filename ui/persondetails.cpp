// SPDX-License-Identifier: MIT
#include "persondetails.h"

#include "directory/directory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

QString PersonDetails::userLinkScheme()
{
    return QStringLiteral("gongdir-user:");
}

QString PersonDetails::link(const QString& href, const QString& text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(href.toHtmlEscaped(), text.toHtmlEscaped());
}

QString PersonDetails::emailHtml(const User& user)
{
    return user.emailAddress.isEmpty() ? tr("No email address")
                                       : link(QStringLiteral("mailto:") + user.emailAddress, user.emailAddress);
}

QStringList PersonDetails::contactRows(const User& user)
{
    QStringList rows;
    auto links = [](const QStringList& urls, const QString& scheme) {
        QStringList parts;
        for (const QString& u : urls)
            parts.append(link(scheme + u, u));
        return parts.join(QStringLiteral("<br>"));
    };
    if (!user.phoneNumber.isEmpty() || !user.extension.isEmpty()) {
        QString phone =
            user.phoneNumber.isEmpty()
                ? QString()
                : link(QStringLiteral("tel:") + QString(user.phoneNumber).remove(QLatin1Char(' ')), user.phoneNumber);
        if (!user.extension.isEmpty())
            phone +=
                (phone.isEmpty() ? QString() : QStringLiteral(" ")) + tr("ext. %1").arg(user.extension.toHtmlEscaped());
        rows << tr("Phone") << phone;
    }
    if (!user.emailAliases.isEmpty())
        rows << tr("Aliases") << links(user.emailAliases, QStringLiteral("mailto:"));
    if (!user.trustedEmailAddress.isEmpty())
        rows << tr("Trusted email") << links({user.trustedEmailAddress}, QStringLiteral("mailto:"));
    if (!user.personalMeetingUrls.isEmpty())
        rows << tr("Meeting links") << links(user.personalMeetingUrls, QString());
    if (user.hasMeetingConsentPageUrl())
        rows << tr("Recording consent") << links({user.meetingConsentPageUrl()}, QString());
    return rows;
}

QString PersonDetails::chainHtml(const Directory& directory, int row)
{
    const Directory::Chain chain = directory.managerChain(row);
    if (chain.rows.isEmpty() && chain.missingManagerId.isEmpty() && !chain.cycle)
        return tr("Top of the organisation (no manager)");
    QStringList steps;
    if (!chain.missingManagerId.isEmpty())
        steps.append(tr("Unknown manager (id %1)").arg(chain.missingManagerId).toHtmlEscaped());
    for (int r : chain.rows) {
        const User& manager = directory.user(r);
        steps.append(link(userLinkScheme() + manager.id, manager.displayName()));
    }
    steps.append(QStringLiteral("<b>%1</b>").arg(directory.user(row).displayName().toHtmlEscaped()));
    return steps.join(QStringLiteral(" \u203A "));
}

QString PersonDetails::chainWarning(const Directory& directory, int row)
{
    const User& user = directory.user(row);
    if (user.managerId == user.id)
        return tr("This person is listed as their own manager.");
    const Directory::Chain chain = directory.managerChain(row);
    if (chain.cycle)
        return tr("The manager chain loops back on itself; it is shown up to where it repeats.");
    if (!chain.missingManagerId.isEmpty())
        return tr("The chain ends at a manager who is not in the directory.");
    return {};
}

QString PersonDetails::languagesText(const User& user)
{
    QStringList lines;
    for (const SpokenLanguage& language : user.spokenLanguages) {
        const QLocale locale(language.language);
        QString name;
        if (locale.language() != QLocale::C) {
            name = QLocale::languageToString(locale.language());
            const bool hasRegion =
                language.language.contains(QLatin1Char('-')) || language.language.contains(QLatin1Char('_'));
            if (hasRegion && locale.territory() != QLocale::AnyTerritory)
                name += QStringLiteral(" (%1)").arg(QLocale::territoryToString(locale.territory()));
        } else {
            name = tr("unknown language");
        }
        QString line = QStringLiteral("%1 — %2").arg(language.language, name);
        if (language.primary)
            line += QLatin1Char(' ') + tr("(primary)");
        lines.append(line);
    }
    return lines.isEmpty() ? tr("None listed") : lines.join(QLatin1Char('\n'));
}

QString PersonDetails::settingLabel(UserSetting setting)
{
    switch (setting) {
    case UserSetting::WebConferencesRecorded:
        return tr("Web conferences recorded");
    case UserSetting::PreventWebConferenceRecording:
        return tr("Prevents web-conference recording");
    case UserSetting::TelephonyCallsImported:
        return tr("Telephony calls imported");
    case UserSetting::EmailsImported:
        return tr("Emails imported");
    case UserSetting::PreventEmailImport:
        return tr("Prevents email import");
    case UserSetting::NonRecordedMeetingsImported:
        return tr("Non-recorded meetings imported");
    case UserSetting::GongConnectEnabled:
        return tr("Gong Connect enabled");
    }
    return {};
}

QString PersonDetails::settingValue(TriState value)
{
    switch (value) {
    case TriState::On:
        return tr("On");
    case TriState::Off:
        return tr("Off");
    case TriState::Unknown:
        break;
    }
    return tr("Unknown");
}

QStringList PersonDetails::settingsWarnings(const User& user)
{
    QStringList warnings;
    if (user.setting(UserSetting::WebConferencesRecorded) == TriState::On &&
        user.setting(UserSetting::PreventWebConferenceRecording) == TriState::On)
        warnings.append(tr("Web conferences are recorded, but recording is also prevented."));
    if (user.setting(UserSetting::EmailsImported) == TriState::On &&
        user.setting(UserSetting::PreventEmailImport) == TriState::On)
        warnings.append(tr("Emails are imported, but email import is also prevented."));
    return warnings;
}

QStringList PersonDetails::otherFieldLines(const User& user)
{
    const QJsonObject extra = user.extraFields();
    QStringList lines;
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it) {
        const QJsonValue v = it.value();
        QString text;
        if (v.isArray())
            text = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        else if (v.isObject())
            text = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        else if (v.isNull())
            text = QStringLiteral("null");
        else
            text = v.toVariant().toString();
        lines.append(QStringLiteral("%1: %2").arg(it.key(), text));
    }
    return lines;
}
