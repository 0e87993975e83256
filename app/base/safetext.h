// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

// Text from outside the app (a server's error messages and request id, a user id, a redirect target, a file name)
// made safe to show in a terminal, a log line, the status bar or a dialog: the characters that could drive a
// terminal, fake a line or reorder what is shown are written as visible escapes, and long text is cut. Every
// message that carries such text goes through here.
namespace SafeText {
// Server-supplied text is cut at this many characters: more than any real error message or id needs.
constexpr qsizetype DefaultMaxLength = 200;

enum class LineBreaks
{
    Escape, // one line: \n, \r and \t are escaped too
    Keep,   // several lines or data: line feeds, CR LF pairs and tabs stay (a lone CR is escaped)
};

// C0 controls and DEL as \xNN (\t, \n and \r by name), C1 controls, bidirectional overrides, embeddings,
// isolates and marks, the Unicode line and paragraph separators and unpaired surrogates as \uNNNN. Everything
// else, the backslash included, is kept as it is.
QString escaped(QStringView text, LineBreaks lineBreaks = LineBreaks::Escape);

// escaped(), cut to at most maxLength characters with "…" at the end; never inside an escape or a character.
// Only as much of a long text is looked at as is shown.
QString shown(QStringView text, qsizetype maxLength = DefaultMaxLength);

// Whether escaped() writes `c` as an escape (with LineBreaks::Escape).
bool needsEscape(char32_t c);
} // namespace SafeText
