// SPDX-License-Identifier: MIT
#include "peopleview.h"

#include "directory/directory.h"
#include "directory/usercolumns.h"
#include "emptyresultsnotice.h"
#include "frozencolumnview.h"
#include "models/userfiltermodel.h"
#include "models/userselectionmodel.h"
#include "models/usertablemodel.h"
#include "plaintextdelegate.h"
#include "searchbar.h"
#include "statusbadgedelegate.h"
#include "usertableview.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QScrollBar>
#include <QSettings>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace {
const QString headerKey = QStringLiteral("table/header");
const QString lastQueryKey = QStringLiteral("search/lastQuery");
// People measured to fit the columns: the first page or two say what the rest look like.
constexpr int FitSampleRows = 200;
// Narrowed to fit the table, a column keeps at least this (at 96 dpi): a few letters and the ellipsis.
constexpr int FitMinimumWidth = 56;
} // namespace

PeopleView::PeopleView(Directory* directory, UserTableModel* source, UserFilterModel* model, QWidget* parent)
    : QWidget(parent)
    , m_directory(directory)
    , m_source(source)
    , m_model(model)
{
    setObjectName(QStringLiteral("peopleView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    buildTable();
    layout->addWidget(m_table);

    m_search = new SearchBar(this);
    connect(m_search, &SearchBar::queryChanged, m_model, &UserFilterModel::setQuery);
    m_search->setValueProvider([this](const QString& field) { return completionValues(field); });
    // An empty result says why, over the table, instead of a blank table.
    auto* empty = new EmptyResultsNotice(m_table, m_model, QStringLiteral("emptyResults"));
    connect(empty, &EmptyResultsNotice::clearRequested, this, &PeopleView::clearSearchAndFilters);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    Q_EMIT currentUserChanged(m_model->userIdAt(current));
            });
}

void PeopleView::buildTable()
{
    m_table = new UserTableView(this);
    // Arrow keys move between rows and cells; Tab leaves the table for the next part of the window.
    m_table->setTabKeyNavigation(false);
    m_table->setObjectName(QStringLiteral("userTable"));
    m_table->setAccessibleName(tr("People"));
    m_table->setAccessibleDescription(tr("Everyone in the directory, one person per row"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new PlainTextDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    // 100,000 rows: fixed row heights, never size rows or columns to their contents.
    QHeaderView* vertical = m_table->verticalHeader();
    vertical->setSectionResizeMode(QHeaderView::Fixed);
    vertical->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    vertical->hide();
    QHeaderView* horizontal = m_table->horizontalHeader();
    horizontal->setSectionResizeMode(QHeaderView::Interactive);
    horizontal->setSectionsMovable(true);
    horizontal->setHighlightSections(false);
    horizontal->setStretchLastSection(true);
    horizontal->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setItemDelegateForColumn(UserColumns::indexOf(QStringLiteral("active")), new StatusBadgeDelegate(m_table));
    applyDefaultColumns();

    m_frozen = new FrozenColumnView(m_table);
    // Fitted to the first people, then again when the table's width changes, until the user sizes a column.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_fitColumns && m_model->rowCount() <= 2 * FitSampleRows)
            fitColumns();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_fitColumns)
            fitColumns();
    });
    connect(horizontal, &QHeaderView::sectionResized, this, [this, horizontal](int, int oldSize, int newSize) {
        if (m_fitting || !m_fitColumns)
            return;
        if (QGuiApplication::mouseButtons() != Qt::NoButton && horizontal->underMouse())
            m_fitColumns = false;              // the user's width from now on
        else if (oldSize == 0 || newSize == 0) // a column shown or hidden (View → Columns)
            QMetaObject::invokeMethod(
                this, [this] { fitColumns(); }, Qt::QueuedConnection);
    });
    m_table->installEventFilter(this);
}

bool PeopleView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::Resize && m_fitColumns)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void PeopleView::fitColumns()
{
    QHeaderView* header = m_table->horizontalHeader();
    const qreal scale = logicalDpiX() / 96.0;
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = 2 * (m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1) + 8;
    const int rows = qMin(m_model->rowCount(), FitSampleRows);
    const int statusColumn = UserColumns::indexOf(QStringLiteral("active"));

    QList<int> columns;
    QList<int> widths;
    int total = 0;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int c = header->logicalIndex(visual);
        if (header->isSectionHidden(c))
            continue;
        // The title (with room for the sort arrow), then the widest of the first people, up to the maximum.
        int width = header->sectionSizeHint(c);
        if (c == statusColumn) {
            width = qMax(width, metrics.height() * 2); // the badge
        } else {
            const int maximum = int(UserColumns::at(c).defaultWidth * scale * 1.25);
            int content = 0;
            for (int row = 0; row < rows && content < maximum; ++row)
                content = qMax(content, metrics.horizontalAdvance(m_model->index(row, c).data().toString()) + padding);
            width = qMin(qMax(width, content), qMax(maximum, header->sectionSizeHint(c)));
        }
        columns.append(c);
        widths.append(width);
        total += width;
    }

    // Too wide for the table: the columns give up width in proportion to what they have above the minimum, so long
    // emails and titles shrink most; Name only when the others are at their minimum, the badge never.
    int available = m_table->viewport()->width();
    if (!m_table->verticalScrollBar()->isVisible())
        available -= m_table->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_table);
    const int minimum = int(FitMinimumWidth * scale);
    const int nameColumn = UserColumns::indexOf(QStringLiteral("fullName"));
    // So many columns that even their minimum does not fit: keep the widths they need and scroll sideways (Name
    // stays in front), rather than cut every one to a few letters.
    int floor = 0;
    for (int i = 0; i < columns.size(); ++i)
        floor += columns[i] == statusColumn ? widths[i] : qMin(widths[i], minimum);
    if (floor > available)
        available = 0;
    for (const bool name : {false, true}) {
        if (total <= available || available <= 0)
            break;
        int spare = 0;
        for (int i = 0; i < columns.size(); ++i) {
            if (columns[i] != statusColumn && (columns[i] == nameColumn) == name)
                spare += qMax(0, widths[i] - minimum);
        }
        const int excess = qMin(total - available, spare);
        for (int i = 0; i < columns.size() && spare > 0; ++i) {
            if (columns[i] == statusColumn || (columns[i] == nameColumn) != name || widths[i] <= minimum)
                continue;
            const int cut = qMin(widths[i] - minimum, int(qint64(widths[i] - minimum) * excess / spare + 1));
            widths[i] -= cut;
            total -= cut;
        }
    }
    m_fitting = true;
    for (int i = 0; i < columns.size(); ++i)
        header->resizeSection(columns[i], widths[i]);
    m_fitting = false;
}

void PeopleView::applyDefaultColumns()
{
    QHeaderView* horizontal = m_table->horizontalHeader();
    const qreal scale = logicalDpiX() / 96.0;
    for (int c = 0; c < UserColumns::count(); ++c) {
        const UserColumn& col = UserColumns::at(c);
        horizontal->resizeSection(c, int(col.defaultWidth * scale));
        horizontal->setSectionHidden(c, !col.visibleByDefault);
    }
}

// Values offered after "title:", "lang:" and "manager:": what the loaded people have, managers by name.
QStringList PeopleView::completionValues(const QString& field) const
{
    const UserFacets& facets = m_model->facets();
    const int group = field == QLatin1String("title")  ? UserFacets::Title
                      : field == QLatin1String("lang") ? UserFacets::Language
                                                       : UserFacets::Manager;
    QStringList values;
    for (int v = 0; v < facets.valueCount(group); ++v) {
        const QString key = facets.valueKey(group, v);
        const int row = group == UserFacets::Manager ? m_directory->rowOf(key) : -1;
        values.append(group != UserFacets::Manager ? key : row >= 0 ? m_directory->user(row).displayName() : key);
    }
    values.removeDuplicates();
    values.sort(Qt::CaseInsensitive);
    return values;
}

void PeopleView::showUser(const QString& userId)
{
    const QModelIndex row = m_model->indexOfUser(userId);
    if (!row.isValid() || m_table->currentIndex().row() != row.row()) {
        // Hidden by the search: the table makes them current (and selected) when it shows them again.
        m_table->peopleSelection()->setCurrentRow(m_directory->rowOf(userId), qMax(0, m_table->currentIndex().column()),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        if (row.isValid())
            m_table->scrollTo(row);
    }
}

void PeopleView::focusTable()
{
    m_table->setFocus(Qt::OtherFocusReason);
    QModelIndex current = m_table->currentIndex();
    if (!current.isValid() && m_model->rowCount() > 0)
        current = m_model->index(0, 0);
    if (current.isValid() && !m_table->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        m_table->selectionModel()->setCurrentIndex(current,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void PeopleView::clearSearchAndFilters()
{
    m_model->setFacetSelection(FacetSelection());
    m_search->setText(QString());
}

SavedView PeopleView::captureView() const
{
    SavedView view;
    view.query = m_search->text();
    view.facets = m_model->facetSelection();
    view.headerState = m_table->horizontalHeader()->saveState();
    view.sortColumn = m_model->sortColumn();
    view.sortDescending = m_model->sortOrder() == Qt::DescendingOrder;
    return view;
}

void PeopleView::applyView(const SavedView& view)
{
    QHeaderView* header = m_table->horizontalHeader();
    if (!view.headerState.isEmpty() && header->restoreState(view.headerState))
        m_fitColumns = false; // the view's own widths
    header->setSortIndicator(view.sortColumn, view.sortDescending ? Qt::DescendingOrder : Qt::AscendingOrder);
    m_model->sort(view.sortColumn, view.sortDescending ? Qt::DescendingOrder : Qt::AscendingOrder);
    m_model->setFacetSelection(view.facets);
    m_search->setText(view.query);
}

void PeopleView::saveState(QSettings& settings) const
{
    settings.setValue(headerKey, m_table->horizontalHeader()->saveState());
    settings.setValue(lastQueryKey, m_search->text());
}

void PeopleView::restoreState(const QSettings& settings)
{
    m_search->setText(settings.value(lastQueryKey).toString());
    QHeaderView* header = m_table->horizontalHeader();
    // restoreState() refuses data from a different column set (an older version): the defaults stay then.
    if (header->restoreState(settings.value(headerKey).toByteArray())) {
        m_fitColumns = false; // the widths the user left
        m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
}
