// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QHeaderView;
class QMenu;
class QPoint;

// The table header's context menu: show or hide any column (grouped like the column list), and go back to the
// default columns.
class ColumnChooser : public QObject
{
    Q_OBJECT
public:
    explicit ColumnChooser(QHeaderView* header);

    // The menu as it would pop up now (for tests and the View menu).
    QMenu* createMenu(QWidget* parent) const;
    // Shows the default columns in their default order and widths.
    void resetColumns();

private:
    void showMenu(const QPoint& pos);
    QHeaderView* m_header;
};
