// SPDX-License-Identifier: MIT
#include "orgmatchdelegate.h"

#include "models/usermodelinterface.h"

void OrgMatchDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(UserModelInterface::MatchRole).toBool())
        option->font.setBold(true);
}
