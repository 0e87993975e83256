// SPDX-License-Identifier: MIT
#include "elidingheaderview.h"

#include <QStyle>
#include <QStyleOptionHeader>

ElidingHeaderView::ElidingHeaderView(Qt::Orientation orientation, QWidget* parent)
    : QHeaderView(orientation, parent)
{
    setTextElideMode(Qt::ElideRight);
}

QString ElidingHeaderView::shownText(int logicalIndex) const
{
    if (!model())
        return {};
    return elided(model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString(), logicalIndex);
}

void ElidingHeaderView::initStyleOptionForIndex(QStyleOptionHeader* option, int logicalIndex) const
{
    QHeaderView::initStyleOptionForIndex(option, logicalIndex);
    option->text = elided(option->text, logicalIndex);
}

QString ElidingHeaderView::elided(const QString& text, int logicalIndex) const
{
    if (orientation() != Qt::Horizontal)
        return text;
    // The room the style leaves the title: the section less its margins, and less the sort arrow where it is shown.
    const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this);
    int room = sectionSize(logicalIndex) - 2 * margin;
    if (isSortIndicatorShown() && sortIndicatorSection() == logicalIndex)
        room -= style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, this) + margin;
    return fontMetrics().elidedText(text, textElideMode(), qMax(room, 0));
}
