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
// A value that sorts right: numbers as numbers, dates as ms, text case-folded.
QVariant sortValue(const Directory& directory, int row, int column);

// Separator used whenever a list becomes one cell.
inline QString listSeparator()
{
    return QStringLiteral("; ");
}
} // namespace UserColumns
