// SPDX-License-Identifier: MIT
#pragma once

#include "focusquietview.h"

#include <QTableView>

// Keeps a table's first column (by default Name) in sight while the table scrolls sideways: a view of that one
// column laid over the table's left edge, on the same model and selection, scrolled with it. It shows only while the
// table is scrolled right (otherwise the table's own column is there); clicks select in the table and give it the
// keyboard, its header sorts the table, its context menu is the table's. It never has the focus, so it never tells a
// screen reader about the current person (the table does).
class FrozenColumnView : public FocusQuietView<QTableView>
{
    Q_OBJECT
public:
    explicit FrozenColumnView(QTableView* table);

    // The table's column this view shows (a logical index): the first one on screen.
    int frozenColumn() const { return m_column; }
    // Takes the table's model, selection model and row height again (after the table got new ones).
    void follow();

protected:
    void mousePressEvent(QMouseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateColumn();
    void updatePlace();

    QTableView* m_table;
    int m_column = -1;
};
