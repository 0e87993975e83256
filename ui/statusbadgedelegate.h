// SPDX-License-Identifier: MIT
#pragma once

#include "plaintextdelegate.h"

// Paints the Status column as a compact badge — a filled dot for active, a ring for inactive, nothing when Gong did
// not say — so the column takes the width of its title, not of "Inactive". The cell's text stays the model's
// ("Active"/"Inactive"): screen readers, tooltips, sorting and copying read that.
class StatusBadgeDelegate : public PlainTextDelegate
{
    Q_OBJECT
public:
    using PlainTextDelegate::PlainTextDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};
