// SPDX-License-Identifier: MIT
#pragma once

#include "directory/user.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class Directory;

// What the details pane says about a person, as text and HTML and without a widget: contact links, the manager
// chain (each manager a link to go to), languages, settings and their contradictions, and the fields the app does
// not model. DetailPane lays it out and keeps it current.
class PersonDetails
{
    Q_DECLARE_TR_FUNCTIONS(PersonDetails)
public:
    // Links to another person use this scheme; the rest are mailto:, tel: and web links.
    static QString userLinkScheme();
    // <a href="…">text</a>, both escaped.
    static QString link(const QString& href, const QString& text);

    static QString emailHtml(const User& user);
    // Label, HTML, label, HTML, …: phone and extension, aliases, trusted email, meeting and consent links.
    static QStringList contactRows(const User& user);
    // The managers from the top down to the person, who is in bold; a manager who is not in the directory and a
    // loop are said as such.
    static QString chainHtml(const Directory& directory, int row);
    // Why the chain ends early or loops, empty when it does not.
    static QString chainWarning(const Directory& directory, int row);
    // "es-ES — Spanish (Spain) (primary)", one per line.
    static QString languagesText(const User& user);
    static QString settingLabel(UserSetting setting);
    static QString settingValue(TriState value);
    // Settings that contradict each other (recorded and also prevented).
    static QStringList settingsWarnings(const User& user);
    // "key: value" for each field the app does not model, JSON values compact.
    static QStringList otherFieldLines(const User& user);
};
