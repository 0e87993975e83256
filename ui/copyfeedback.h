// SPDX-License-Identifier: MIT
#pragma once

#include <QPoint>
#include <QString>

class QWidget;

// Copying a value (an email, an id) with a brief confirmation where it was asked for: the user sees that it worked.
namespace CopyFeedback {
// Puts `text` on the clipboard and says "Copied …" in a tooltip at `at` in `near` (its centre by default).
void copy(const QString& text, QWidget* near, QPoint at = QPoint(-1, -1));
} // namespace CopyFeedback
