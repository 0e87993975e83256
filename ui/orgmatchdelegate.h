// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

// The org chart's rows: the people a search matched (OrgFilterModel's MatchRole) in bold, so they stand out from the
// managers shown above them only to place them.
class OrgMatchDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};
