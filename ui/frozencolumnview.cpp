// SPDX-License-Identifier: MIT
#include "frozencolumnview.h"

#include "plaintextdelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QMouseEvent>
#include <QScrollBar>

FrozenColumnView::FrozenColumnView(QTableView* table)
    : FocusQuietView<QTableView>(table)
    , m_table(table)
{
    setObjectName(QStringLiteral("frozenColumn"));
    // The table is what the keyboard and assistive technology use; this is a picture of its first column.
    setFocusPolicy(Qt::NoFocus);
    setAccessibleName(tr("Names while scrolled"));
    setItemDelegate(new PlainTextDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(m_table->selectionMode());
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(m_table->alternatingRowColors());
    setWordWrap(false);
    setShowGrid(false);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    // A line on its right edge separates it from the columns scrolling under it.
    setStyleSheet(QStringLiteral("FrozenColumnView { border-right: 1px solid palette(mid); }"));
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSortIndicatorShown(true);
    horizontalHeader()->setSectionsClickable(true);
    setContextMenuPolicy(Qt::CustomContextMenu);
    hide();

    QHeaderView* header = m_table->horizontalHeader();
    connect(header, &QHeaderView::sectionResized, this, [this] {
        updateColumn();
        updatePlace();
    });
    connect(header, &QHeaderView::sectionMoved, this, &FrozenColumnView::updateColumn);
    connect(header, &QHeaderView::sectionCountChanged, this, &FrozenColumnView::updateColumn);
    connect(header, &QHeaderView::geometriesChanged, this, &FrozenColumnView::updatePlace);
    connect(header, &QHeaderView::sortIndicatorChanged, horizontalHeader(), &QHeaderView::setSortIndicator);
    // Sorting by this header sorts the table, as a click on the table's own header would.
    connect(horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int column) {
        QHeaderView* tableHeader = m_table->horizontalHeader();
        const Qt::SortOrder order =
            tableHeader->sortIndicatorSection() == column && tableHeader->sortIndicatorOrder() == Qt::AscendingOrder
                ? Qt::DescendingOrder
                : Qt::AscendingOrder;
        tableHeader->setSortIndicator(column, order);
        horizontalHeader()->setSortIndicator(column, order);
    });
    connect(m_table->horizontalScrollBar(), &QScrollBar::valueChanged, this, &FrozenColumnView::updatePlace);
    connect(m_table->horizontalScrollBar(), &QScrollBar::rangeChanged, this, &FrozenColumnView::updatePlace);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, verticalScrollBar(), &QScrollBar::setValue);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, m_table->verticalScrollBar(), &QScrollBar::setValue);
    connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QPoint inTable = m_table->viewport()->mapFromGlobal(viewport()->mapToGlobal(pos));
        Q_EMIT m_table->customContextMenuRequested(inTable);
    });
    m_table->installEventFilter(this); // a resize
    follow();
}

void FrozenColumnView::follow()
{
    if (model() != m_table->model())
        setModel(m_table->model());
    if (selectionModel() != m_table->selectionModel() && m_table->selectionModel())
        setSelectionModel(m_table->selectionModel());
    verticalHeader()->setDefaultSectionSize(m_table->verticalHeader()->defaultSectionSize());
    updateColumn();
    updatePlace();
}

void FrozenColumnView::updateColumn()
{
    const QHeaderView* header = m_table->horizontalHeader();
    int first = -1;
    for (int visual = 0; visual < header->count() && first < 0; ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            first = logical;
    }
    m_column = first;
    const QAbstractItemModel* m = model();
    const int columns = m ? m->columnCount() : 0;
    for (int c = 0; c < columns; ++c) {
        if (isColumnHidden(c) != (c != first))
            setColumnHidden(c, c != first);
    }
    if (first >= 0)
        setColumnWidth(first, header->sectionSize(first));
    horizontalHeader()->setSortIndicator(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void FrozenColumnView::updatePlace()
{
    const QHeaderView* header = m_table->horizontalHeader();
    const bool scrolled = m_table->horizontalScrollBar()->value() > 0;
    // Not when the first column alone takes (nearly) the whole width: nothing would scroll beside it.
    const bool room = m_column >= 0 && header->sectionSize(m_column) < m_table->viewport()->width() * 2 / 3;
    if (!scrolled || !room) {
        hide();
        return;
    }
    const int frame = m_table->frameWidth();
    const int left = frame + (m_table->verticalHeader()->isVisible() ? m_table->verticalHeader()->width() : 0);
    setGeometry(left, frame, header->sectionSize(m_column),
                m_table->viewport()->height() + (header->isVisible() ? header->height() : 0));
    horizontalHeader()->setFixedHeight(header->isVisible() ? header->height() : 0);
    verticalScrollBar()->setValue(m_table->verticalScrollBar()->value());
    show();
    raise();
}

void FrozenColumnView::mousePressEvent(QMouseEvent* event)
{
    QTableView::mousePressEvent(event);
    m_table->setFocus(Qt::MouseFocusReason);
}

bool FrozenColumnView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table) {
        switch (event->type()) {
        case QEvent::Resize:
        case QEvent::Show:
            updatePlace();
            break;
        default:
            break;
        }
    }
    return QTableView::eventFilter(watched, event);
}
