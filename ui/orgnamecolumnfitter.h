// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QTimer>

class QTreeView;

// Keeps the org chart's Name column readable: sized to the names on screen and the current person (indentation
// included) up to a share of the view, with less indentation once the tree gets deep. Long names elide in the
// middle, so their start stays. Stops sizing once the user drags the column.
class OrgNameColumnFitter : public QObject
{
    Q_OBJECT
public:
    OrgNameColumnFitter(QTreeView* tree, int column);

    // The indentation a tree this deep gets.
    static int indentationFor(int depth, int standard);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fit();

    QTreeView* m_tree;
    // The viewport watched, kept so that the filter never calls into the tree: its events keep coming while the tree
    // is half destroyed (~QWidget deletes the viewport after ~QAbstractScrollArea has run).
    QObject* m_viewport;
    int m_column;
    int m_standardIndentation;
    int m_deepest = 0; // levels seen so far (only grows: the indentation does not jump back and forth)
    bool m_fitting = false;
    bool m_sizedByUser = false;
    QTimer m_later;
};
