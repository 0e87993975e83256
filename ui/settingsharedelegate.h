// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QStyledItemDelegate>

class QPalette;

// Paints a cell of the settings matrix: a background on one colour scale from the view's base (nobody has the setting
// on) to blue (everyone has), the text in black or white, whichever reads better on it (WCAG contrast ≥ 4.5 on both
// light and dark palettes), and a corner marker when the cell's organisation has outliers. The manager and people
// columns are painted as usual.
class SettingShareDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The cell's background for a share (0…1) of the organisation on this palette.
    static QColor background(double share, const QPalette& palette);
    // Black or white, whichever contrasts more with `background`.
    static QColor textOn(const QColor& background);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};
