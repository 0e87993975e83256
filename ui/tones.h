// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QPalette>

class QLabel;

// Colours for errors and warnings that stay readable on the system's light or dark palette.
// Every widget that marks something as an error or a warning takes its colours from here, so
// a dark desktop never gets dark red text on a dark window or white text on a pale box.
namespace Tones {
enum class Tone
{
    Normal,
    Warning,
    Error
};

// Whether a palette is dark (its window background is darker than its text).
bool isDark(const QPalette& palette);

// Text in this tone on the palette's ordinary window background (Normal: the palette's own text).
QColor text(Tone tone, const QPalette& palette);
// A tinted box for this tone, its text and its border.
QColor background(Tone tone, const QPalette& palette);
QColor textOnBackground(Tone tone, const QPalette& palette);
QColor border(Tone tone, const QPalette& palette);

// WCAG 2 contrast ratio between two colours (1 to 21); 4.5 is the minimum for body text.
double contrast(const QColor& a, const QColor& b);

// Shows plain text in a tone (hidden when empty). The base palette is the application's, so a
// label already toned once is judged by the desktop's palette, not by its own earlier colour.
void setToned(QLabel* label, const QString& text, Tone tone);

// A style sheet for a box (QLabel, QLineEdit) tinted in this tone: background, text and border, then `extra`
// declarations (e.g. "border-radius: 4px;").
QString boxStyleSheet(const char* widgetClass, Tone tone, const QPalette& palette, const char* extra = "");
} // namespace Tones
