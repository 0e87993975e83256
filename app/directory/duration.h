// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Spans of time as people type them: "90m", "12h", "7d", "2w" (also "30s"). Used by `joined:30d` in the query
// language and by the command line's --max-age and --since.
namespace Duration {
// False for anything else (no number, no unit, a negative or absurdly large number).
bool parse(const QString& text, qint64* msecs);
// The units parse() takes, for messages: "s, m, h, d, w".
QString unitsText();
} // namespace Duration
