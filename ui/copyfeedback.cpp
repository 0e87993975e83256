// SPDX-License-Identifier: MIT
#include "copyfeedback.h"

#include <QApplication>
#include <QClipboard>
#include <QFontMetrics>
#include <QToolTip>
#include <QWidget>

namespace CopyFeedback {

void copy(const QString& text, QWidget* near, QPoint at)
{
    if (text.isEmpty())
        return;
    QApplication::clipboard()->setText(text);
    if (at == QPoint(-1, -1))
        at = near->rect().center();
    const QString shown = near->fontMetrics().elidedText(text, Qt::ElideMiddle, 400);
    QToolTip::showText(near->mapToGlobal(at),
                       QCoreApplication::translate("CopyFeedback", "Copied “%1”").arg(shown.toHtmlEscaped()), near,
                       QRect(), 2000);
}

} // namespace CopyFeedback
