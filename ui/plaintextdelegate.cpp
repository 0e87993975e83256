// SPDX-License-Identifier: MIT
#include "plaintextdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QTextLayout>

void PlainTextDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (opt.features & (QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    const QString text = opt.text;
    // The style draws everything but the text: background, selection, focus frame.
    opt.text.clear();
    opt.features &= ~QStyleOptionViewItem::HasDisplay;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;

    // The same text rectangle and margins QCommonStyle uses for view items.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect rect = opt.rect.adjusted(margin, 0, -margin, 0);
    if (rect.width() <= 0)
        return;

    QTextLayout layout(text, opt.font, painter->device());
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    textOption.setTextDirection(opt.direction);
    layout.setTextOption(textOption);
    layout.setCacheEnabled(true);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (!line.isValid()) {
        layout.endLayout();
        return;
    }
    line.setLineWidth(1e6);
    layout.endLayout();

    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Normal
                                                                            : QPalette::Inactive;
    const bool selected = opt.state & QStyle::State_Selected;
    painter->save();
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setClipRect(rect, Qt::IntersectClip);
    const Qt::Alignment alignment = QStyle::visualAlignment(opt.direction, opt.displayAlignment);
    if (line.naturalTextWidth() > rect.width()) {
        // Too long: the elided form, shaped again (rare next to the cells that fit).
        const QString elided = opt.fontMetrics.elidedText(text, opt.textElideMode, rect.width());
        painter->setFont(opt.font); // drawText() uses the painter's font; the layout above had the cell's
        painter->drawText(rect, int(alignment | Qt::TextSingleLine), elided);
    } else {
        qreal x = rect.left();
        if (alignment & Qt::AlignRight)
            x = rect.right() + 1 - line.naturalTextWidth();
        else if (alignment & Qt::AlignHCenter)
            x = rect.left() + (rect.width() - line.naturalTextWidth()) / 2;
        qreal y = rect.top() + (rect.height() - line.height()) / 2;
        if (alignment & Qt::AlignTop)
            y = rect.top();
        else if (alignment & Qt::AlignBottom)
            y = rect.bottom() + 1 - line.height();
        line.draw(painter, QPointF(x, y));
    }
    painter->restore();
}
