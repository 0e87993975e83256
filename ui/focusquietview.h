// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractItemView>
#include <QFocusEvent>
#include <QTimer>

// An item view (QTableView, QTreeView) that tells screen readers about its current item only while it has the focus.
// Qt's views send a focus event for every new current item; the window keeps its views on the same person, so the
// view the user is not in (the hidden org chart while they move in People) would take the screen reader's focus.
// When the view gets the focus, its current item is announced after the view itself (Qt announces the view last),
// so the screen reader ends on the person, not on "People, table".
template <typename View> class FocusQuietView : public View
{
public:
    using View::View;

protected:
    void focusInEvent(QFocusEvent* event) override
    {
        View::focusInEvent(event);
        QTimer::singleShot(0, this, [this] {
            if (this->hasFocus() && this->currentIndex().isValid())
                View::currentChanged(this->currentIndex(), this->currentIndex());
        });
    }

    void currentChanged(const QModelIndex& current, const QModelIndex& previous) override
    {
        if (this->hasFocus()) {
            View::currentChanged(current, previous);
            return;
        }
        QAbstractItemView::currentChanged(current, previous); // the repaint, without the announcement
        this->viewport()->update();
    }
};
