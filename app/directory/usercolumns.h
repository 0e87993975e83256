// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QVariant>

class Directory;

// Every column the app can show or export, defined once: the table, the column chooser,
// CSV export and the query language all read this list.
struct UserColumn
{
    enum class Kind
    {
        Text,
        Number,
        DateTime,
        Setting
    };

    QString key;       // API field name ("emailAddress", "settings.emailsImported") or derived key
    const char* title; // untranslated; use UserColumns::title()
    Kind kind;
    bool visibleByDefault;
    int defaultWidth; // pixels at 96 dpi
    bool derived;     // computed from the directory, not sent by the API
    // Its value depends on other people (the manager's name, report counts): it can change for rows already loaded
    // whenever a page arrives, so an order by it goes stale while loading.
    bool relational;
};

namespace UserColumns {
const QList<UserColumn>& all();
int count();
const UserColumn& at(int column);
// -1 when unknown; case-insensitive.
int indexOf(const QString& key);
QStringList defaultVisibleKeys();
QString title(int column); // translated

// The value as a person reads it (lists joined with "; ", settings "On"/"Off"/"").
QString text(const Directory& directory, int row, int column);
// The text a text column sorts by: what text() shows, except that people sort by last name, then first name, as in a
// directory ("Adams, Ann"). The one rule for every sort of the name column (collated or plain).
QString sortText(const Directory& directory, int row, int column);
// A value that sorts right: numbers as numbers, dates as ms, text (sortText()) case-folded.
QVariant sortValue(const Directory& directory, int row, int column);

// For a field shown on one line (a table cell, a tree row, a name or title label): each line break (CR LF, LF, CR,
// VT, FF, NEL, the Unicode line and paragraph separators) and tab as one space, so no line hides the ones after
// it. Exports keep the original text.
QString singleLine(const QString& text);

// "Name — Title" and the whole chain of managers above the person, for a tooltip: deep in the org chart the names
// above are far up or scrolled away.
QString personToolTip(const Directory& directory, int row);

// Separator used whenever a list becomes one cell.
inline QString listSeparator()
{
    return QStringLiteral("; ");
}
} // namespace UserColumns
