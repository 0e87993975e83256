// SPDX-License-Identifier: MIT
#include "orgnamecolumnfitter.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QScrollBar>
#include <QTreeView>

namespace {
// Levels that fit with the style's indentation; deeper trees indent less.
constexpr int ComfortableDepth = 6;
constexpr int MinimumIndentation = 8;
constexpr int MinimumWidth = 200;
} // namespace

OrgNameColumnFitter::OrgNameColumnFitter(QTreeView* tree, int column)
    : QObject(tree)
    , m_tree(tree)
    , m_viewport(tree->viewport())
    , m_column(column)
    , m_standardIndentation(tree->indentation())
{
    m_tree->setTextElideMode(Qt::ElideMiddle);
    m_later.setSingleShot(true);
    m_later.setInterval(30); // once per burst of expanding, scrolling and loading
    connect(&m_later, &QTimer::timeout, this, &OrgNameColumnFitter::fit);
    const auto later = [this] {
        if (!m_sizedByUser)
            m_later.start();
    };
    connect(m_tree, &QTreeView::expanded, this, later);
    connect(m_tree, &QTreeView::collapsed, this, later);
    connect(m_tree->verticalScrollBar(), &QScrollBar::valueChanged, this, later);
    QAbstractItemModel* model = m_tree->model();
    connect(model, &QAbstractItemModel::rowsInserted, this, later);
    connect(model, &QAbstractItemModel::layoutChanged, this, later);
    connect(model, &QAbstractItemModel::modelReset, this, [this, later] {
        m_deepest = 0;
        later();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, later);
    connect(m_tree->header(), &QHeaderView::sectionResized, this, [this](int section) {
        if (!m_fitting && section == m_column && QGuiApplication::mouseButtons() != Qt::NoButton &&
            m_tree->header()->underMouse())
            m_sizedByUser = true;
    });
    m_viewport->installEventFilter(this);
}

int OrgNameColumnFitter::indentationFor(int depth, int standard)
{
    if (depth <= ComfortableDepth)
        return standard;
    return qMax(MinimumIndentation, standard * ComfortableDepth / depth);
}

bool OrgNameColumnFitter::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_viewport && event->type() == QEvent::Resize && !m_sizedByUser)
        m_later.start();
    return QObject::eventFilter(watched, event);
}

void OrgNameColumnFitter::fit()
{
    // The rows on screen and the current person: their depth and what their name needs.
    QModelIndexList rows;
    const int height = m_tree->viewport()->height();
    for (QModelIndex i = m_tree->indexAt(QPoint(0, 0)); i.isValid() && m_tree->visualRect(i).top() < height;
         i = m_tree->indexBelow(i))
        rows.append(i.siblingAtColumn(m_column));
    if (m_tree->currentIndex().isValid())
        rows.append(m_tree->currentIndex().siblingAtColumn(m_column));
    QList<int> depths;
    for (const QModelIndex& i : std::as_const(rows)) {
        int depth = 0;
        for (QModelIndex p = i.parent(); p.isValid(); p = p.parent())
            ++depth;
        depths.append(depth);
        m_deepest = qMax(m_deepest, depth + 1);
    }
    const int indentation = indentationFor(m_deepest, m_standardIndentation);
    if (m_tree->indentation() != indentation)
        m_tree->setIndentation(indentation);

    const int decoration = m_tree->rootIsDecorated() ? indentation : 0;
    int need = 0;
    for (int k = 0; k < rows.size(); ++k)
        need = qMax(need, decoration + indentation * depths[k] + m_tree->sizeHintForIndex(rows[k]).width());
    // The rest of the columns keep some room; a longer name elides in the middle.
    const int limit = qMax(MinimumWidth, m_tree->viewport()->width() * 3 / 5);
    const int width = qBound(MinimumWidth, need + 8, limit);
    QHeaderView* header = m_tree->header();
    if (qAbs(header->sectionSize(m_column) - width) > 4) {
        m_fitting = true;
        header->resizeSection(m_column, width);
        m_fitting = false;
    }
}
