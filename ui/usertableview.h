// SPDX-License-Identifier: MIT
#pragma once

#include "focusquietview.h"

#include <QTableView>

class UserSelectionModel;

// The people table. QTableView repaints its whole viewport whenever rows are inserted or the layout changes, even
// when the rows on screen are the same people in the same places — which is what most pages arriving during a load
// do to a sorted or filtered table (their rows land off screen). A screen of text costs about a frame to paint, so
// this view repaints after such a change only when what is on screen differs from what it last painted; the scroll
// bars and headers are updated either way. Edits of a row (dataChanged), selection and scrolling repaint as usual.
// A skipped layout also skips laying out index widgets and open editors: the people table has neither (it is
// read-only); a view that gets them must lay them out in that path too.
// On a model of people (UserModelInterface) its selection model is a UserSelectionModel: people selected but hidden by
// a search come back selected when it is cleared.
class UserTableView : public FocusQuietView<QTableView>
{
    Q_OBJECT
public:
    explicit UserTableView(QWidget* parent = nullptr);

    void doItemsLayout() override;
    void reset() override;
    void setModel(QAbstractItemModel* model) override;
    // The selection model as a UserSelectionModel; nullptr when the model does not show people.
    UserSelectionModel* peopleSelection() const;

    // How many layouts changed nothing on screen and were not repainted (for tests and the benchmark).
    int skippedRepaints() const { return m_skipped; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    // What the viewport shows: offsets, sizes, the first row's number (alternating colours) and who is on each row.
    QList<QVariant> onScreen() const;

    QList<QVariant> m_painted; // onScreen() at the last paint; empty: unknown, repaint
    int m_skipped = 0;
};
