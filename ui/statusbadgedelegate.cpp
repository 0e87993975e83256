// SPDX-License-Identifier: MIT
#include "statusbadgedelegate.h"

#include "directory/user.h"
#include "models/usermodelinterface.h"
#include "tones.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

void StatusBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    // Background, selection and focus frame as any cell; the text is the badge.
    opt.text.clear();
    opt.features &= ~QStyleOptionViewItem::HasDisplay;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    // The sort value of the Status column is the TriState.
    const auto state = static_cast<TriState>(index.data(UserModelInterface::SortRole).toInt());
    if (state == TriState::Unknown)
        return;
    const int diameter = qMax(6, opt.fontMetrics.height() * 11 / 20);
    QRectF dot(0, 0, diameter, diameter);
    dot.moveCenter(QRectF(opt.rect).center());
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor text = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (state == TriState::On) {
        // Green that reads on both palettes; on a selected row the row's text colour keeps it visible.
        const QColor green = Tones::isDark(opt.palette) ? QColor(0x4c, 0xc3, 0x6a) : QColor(0x1e, 0x8e, 0x3e);
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? text : green);
        painter->drawEllipse(dot);
    } else {
        QColor ring = text;
        ring.setAlphaF(0.6f);
        painter->setPen(QPen(ring, qMax(1.0, diameter / 6.0)));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(dot.adjusted(0.5, 0.5, -0.5, -0.5));
    }
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QSize text = PlainTextDelegate::sizeHint(option, index);
    return QSize(option.fontMetrics.height() * 2, text.height());
}
