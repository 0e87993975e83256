// SPDX-License-Identifier: MIT
#pragma once

#include <QHeaderView>

// A header whose titles end in "…" when their column is too narrow, as in every file manager. Qt 6.4's header
// cuts the centred title at both ends instead ("nary langu" for "Primary language"); the whole title stays in the
// tooltip.
class ElidingHeaderView : public QHeaderView
{
    Q_OBJECT
public:
    explicit ElidingHeaderView(Qt::Orientation orientation, QWidget* parent = nullptr);

    // The title as drawn in the section's present width.
    QString shownText(int logicalIndex) const;

protected:
    void initStyleOptionForIndex(QStyleOptionHeader* option, int logicalIndex) const override;

private:
    QString elided(const QString& text, int logicalIndex) const;
};
