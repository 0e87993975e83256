// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

// Paints text-only cells with their text shaped once. QStyledItemDelegate lays each cell's text out twice per
// paint (once to size the item, once to draw it), and text shaping is nearly all of what a page of a large
// table costs to paint. Cells with an icon or a check box go to QStyledItemDelegate unchanged.
class PlainTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};
