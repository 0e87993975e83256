// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <Qt>

class QLabel;
class QWidget;

// The labels the detail pane is made of: rich text whose links work from the keyboard, section headings, warnings.
namespace DetailLabels {
// Word-wrapped rich text whose links are reached with Tab, opened with Enter and read as links.
QLabel* richLabel(QWidget* parent, const QString& objectName);
// Rich text with links is a Tab stop (each link is one); without a link, a stop would show nothing focused.
void setRichText(QLabel* label, const QString& html);
// A warning box with its own background and text colour, from the desktop's light or dark palette.
void styleAsWarning(QLabel* label);
// The start of a line in `direction`, as an absolute alignment.
Qt::Alignment leadingEdge(Qt::LayoutDirection direction);
// A section's bold title, with room above it.
QLabel* heading(const QString& text, QWidget* parent);
} // namespace DetailLabels
