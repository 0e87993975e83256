// SPDX-License-Identifier: MIT
#include "usertableview.h"

#include "elidingheaderview.h"
#include "models/usermodelinterface.h"
#include "models/userselectionmodel.h"

#include <QHeaderView>
#include <QScrollBar>

UserTableView::UserTableView(QWidget* parent)
    : FocusQuietView(parent)
{
    auto* header = new ElidingHeaderView(Qt::Horizontal, this);
    header->setSectionsClickable(true); // what QTableView gives its own header: sorting and selecting by column
    setHorizontalHeader(header);
}

void UserTableView::setModel(QAbstractItemModel* model)
{
    m_painted.clear();
    QTableView::setModel(model);
    if (UserModelInterface::of(model)) {
        QItemSelectionModel* plain = selectionModel();
        setSelectionModel(new UserSelectionModel(model, this));
        delete plain; // setSelectionModel() leaves the old one to its owner, still connected to the model
    }
}

UserSelectionModel* UserTableView::peopleSelection() const
{
    return qobject_cast<UserSelectionModel*>(selectionModel());
}

void UserTableView::reset()
{
    m_painted.clear(); // the same rows may now hold other people
    QTableView::reset();
}

void UserTableView::paintEvent(QPaintEvent* event)
{
    QTableView::paintEvent(event);
    m_painted = onScreen();
}

void UserTableView::doItemsLayout()
{
    if (!m_painted.isEmpty() && onScreen() == m_painted) {
        // Nothing on screen moved: scroll bars and headers only.
        updateGeometries();
        if (onScreen() == m_painted) {
            ++m_skipped;
            return;
        }
    }
    QTableView::doItemsLayout();
}

QList<QVariant> UserTableView::onScreen() const
{
    QList<QVariant> state;
    const QAbstractItemModel* m = model();
    if (!m)
        return state;
    const QRect area = viewport()->rect();
    state << area.size() << horizontalOffset() << verticalOffset() << m->columnCount() << horizontalHeader()->count()
          << horizontalHeader()->length();
    const int first = rowAt(area.top());
    int last = rowAt(area.bottom());
    if (last < 0)
        last = m->rowCount() - 1;
    state << first << last << (first >= 0 ? rowViewportPosition(first) : 0);
    // Who is on each row, by id: a refresh that drops people renumbers Directory rows without a reset.
    const UserModelInterface* people = UserModelInterface::of(m);
    for (int row = std::max(first, 0); first >= 0 && row <= last; ++row)
        state << (people ? QVariant(people->userIdAt(m->index(row, 0))) : m->index(row, 0).data()) << rowHeight(row);
    return state;
}
