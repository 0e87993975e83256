// SPDX-License-Identifier: MIT
#include "settingsharedelegate.h"

#include "models/settingsmatrixmodel.h"
#include "tones.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

QColor SettingShareDelegate::background(double share, const QPalette& palette)
{
    // A single hue, so the scale reads as "more" rather than "good" or "bad": some settings are ones nobody should
    // have (prevent…). Its far end is as dark on a dark palette as on a light one, so white text reads on it.
    const QColor from = palette.color(QPalette::Base);
    const QColor to = Tones::isDark(palette) ? QColor(0x2f, 0x6f, 0xd0) : QColor(0x1f, 0x5f, 0xc0);
    const double t = qBound(0.0, share, 1.0);
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * t),
                            float(from.greenF() + (to.greenF() - from.greenF()) * t),
                            float(from.blueF() + (to.blueF() - from.blueF()) * t));
}

QColor SettingShareDelegate::textOn(const QColor& background)
{
    const QColor black(Qt::black), white(Qt::white);
    return Tones::contrast(black, background) >= Tones::contrast(white, background) ? black : white;
}

void SettingShareDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (SettingsMatrixModel::settingOfColumn(index.column()) < 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QVariant share = index.data(SettingsMatrixModel::ShareRole);
    const QColor fill = share.isValid() ? background(share.toDouble(), opt.palette) : opt.palette.color(QPalette::Base);
    const QColor ink = share.isValid() ? textOn(fill) : opt.palette.color(QPalette::PlaceholderText);
    painter->save();
    painter->fillRect(opt.rect, fill);
    // Selected: a frame in the highlight colour, so the share's colour stays visible under it.
    if (opt.state & QStyle::State_Selected) {
        QPen pen(opt.palette.color(QPalette::Highlight), 3);
        pen.setJoinStyle(Qt::MiterJoin);
        painter->setPen(pen);
        painter->drawRect(opt.rect.adjusted(1, 1, -2, -2));
    }
    painter->setPen(ink);
    painter->setFont(opt.font);
    const QRect textRect = opt.rect.adjusted(6, 0, -6, 0);
    painter->drawText(textRect, Qt::AlignCenter,
                      opt.fontMetrics.elidedText(opt.text, Qt::ElideRight, textRect.width()));
    // Outliers: a corner flag in the text's colour (as readable as the text).
    if (index.data(SettingsMatrixModel::OutlierCountRole).toInt() > 0) {
        const int size = qMax(7, opt.fontMetrics.height() / 2);
        const QPoint corner = opt.rect.topRight() + QPoint(-2, 2);
        QPainterPath flag;
        flag.moveTo(corner);
        flag.lineTo(corner + QPoint(-size, 0));
        flag.lineTo(corner + QPoint(0, size));
        flag.closeSubpath();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->fillPath(flag, ink);
    }
    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = opt.rect.adjusted(3, 3, -3, -3);
        focus.backgroundColor = fill;
        const QWidget* widget = opt.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
    painter->restore();
}

QSize SettingShareDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (SettingsMatrixModel::settingOfColumn(index.column()) >= 0)
        size.rwidth() += 16; // the margins and the outlier flag
    return size.expandedTo(QSize(0, option.fontMetrics.height() + 8));
}
