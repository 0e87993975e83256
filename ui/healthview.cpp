// SPDX-License-Identifier: MIT
#include "healthview.h"

#include "audit/directoryhealth.h"
#include "audit/healthcheck.h"
#include "copyfeedback.h"
#include "directory/directory.h"
#include "directorycompleteness.h"
#include "export/exportfile.h"
#include "export/tableexport.h"
#include "focusquietview.h"
#include "healthpeoplemodel.h"
#include "plaintextdelegate.h"
#include "tones.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int CheckRole = Qt::UserRole + 1; // on a check's item: its HealthCheck::Id; -1 on a kind's heading
constexpr int CategoryRole = Qt::UserRole + 2;
constexpr int CountColumn = 1;
} // namespace

HealthView::HealthView(Directory* directory, QWidget* parent)
    : QWidget(parent)
    , m_directory(directory)
    , m_model(new HealthPeopleModel(directory, this))
    , m_sorted(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("healthView"));
    m_model->setObjectName(QStringLiteral("healthPeopleModel"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(UserModelInterface::SortRole);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("healthSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_incomplete = new QLabel(this);
    m_incomplete->setObjectName(QStringLiteral("healthIncomplete"));
    m_incomplete->setWordWrap(true);
    m_incomplete->hide();

    m_exportAction = new QAction(tr("Export &Health Summary…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportHealthSummaryAction"));
    m_exportAction->setToolTip(tr("Save each check with its count and the ids of its people as CSV"));
    connect(m_exportAction, &QAction::triggered, this, &HealthView::exportSummary);
    m_export = new QPushButton(tr("E&xport Summary…"), this);
    m_export->setObjectName(QStringLiteral("healthExport"));
    m_export->setToolTip(m_exportAction->toolTip());
    connect(m_export, &QPushButton::clicked, m_exportAction, &QAction::trigger);
    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_export);
    auto* splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);
    buildChecks();
    splitter->addWidget(m_checks);
    auto* right = new QWidget(splitter);
    buildPeople(right);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({m_checks->minimumWidth(), 800});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(top);
    layout->addWidget(m_incomplete);
    layout->addWidget(splitter, 1);
    // Tab in reading order, the checks first: the keyboard lands on them when the tab opens.
    setTabOrder(m_checks, m_showInPeople);
    setTabOrder(m_showInPeople, m_people);
    setTabOrder(m_people, m_export);

    // Pages arrive up to several times a second: the view catches up at most every 250 ms, and only while shown.
    m_later.setSingleShot(true);
    m_later.setInterval(250);
    connect(&m_later, &QTimer::timeout, this, &HealthView::refresh);
    connect(directory, &Directory::usersAppended, this, &HealthView::scheduleRefresh);
    connect(directory, &Directory::usersChanged, this, &HealthView::noteChanged);
    connect(directory, &Directory::derivedDataChanged, this, &HealthView::noteChanged);
    // Rows that leave, or a reset (another account), make the rows held name other people: they go at once, and the
    // counts follow at once too (an empty directory after a switch costs nothing to check).
    connect(directory, &Directory::usersAboutToBeRemoved, this, &HealthView::forgetRows);
    connect(directory, &Directory::aboutToReset, this, &HealthView::forgetRows);
    connect(directory, &Directory::usersRemoved, this, &HealthView::refresh);
    connect(directory, &Directory::reset, this, &HealthView::refresh);

    setCurrentCheck(0);
    refresh();
}

void HealthView::buildChecks()
{
    m_checks = new FocusQuietView<QTreeWidget>(this);
    m_checks->setObjectName(QStringLiteral("healthChecks"));
    m_checks->setAccessibleName(tr("Health checks"));
    m_checks->setHeaderLabels({tr("Check"), tr("People")});
    m_checks->setRootIsDecorated(false);
    m_checks->setItemsExpandable(false);
    m_checks->setUniformRowHeights(true);
    m_checks->header()->setStretchLastSection(false);
    m_checks->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_checks->header()->setSectionResizeMode(CountColumn, QHeaderView::ResizeToContents);
    m_checks->headerItem()->setTextAlignment(CountColumn, Qt::AlignRight | Qt::AlignVCenter);
    m_checks->setIndentation(10);   // the kinds are headings: the checks need little room below them
    m_checks->setMinimumWidth(320); // the longest title whole beside its count
    m_checkItems.resize(HealthCheck::Count);
    QTreeWidgetItem* heading = nullptr;
    for (const HealthCheck& check : HealthCheck::all()) {
        if (!heading || heading->data(0, CategoryRole).toInt() != int(check.category)) {
            heading = new QTreeWidgetItem(m_checks, {HealthCheck::categoryTitle(check.category)});
            heading->setData(0, CheckRole, -1);
            heading->setData(0, CategoryRole, int(check.category));
            heading->setFlags(Qt::ItemIsEnabled); // a heading, not a choice
            QFont bold = heading->font(0);
            bold.setBold(true);
            heading->setFont(0, bold);
            heading->setExpanded(true);
        }
        auto* item = new QTreeWidgetItem(heading, {check.title(), QString()});
        item->setData(0, CheckRole, int(check.id));
        item->setTextAlignment(CountColumn, Qt::AlignRight | Qt::AlignVCenter);
        const QString help = check.description() + QLatin1Char('\n') + check.queryTerm();
        item->setToolTip(0, help);
        item->setToolTip(CountColumn, help);
        m_checkItems[check.id] = item;
    }
    connect(m_checks, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        const int check = item ? item->data(0, CheckRole).toInt() : -1;
        if (check < 0)
            return;
        m_updating = true;
        m_model->setCheck(check);
        m_updating = false;
        updateHeading();
    });
    // Enter or a double click on a check: its people in the People table.
    connect(m_checks, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item->data(0, CheckRole).toInt() >= 0)
            m_showInPeople->click();
    });
}

void HealthView::buildPeople(QWidget* parent)
{
    m_title = new QLabel(parent);
    m_title->setObjectName(QStringLiteral("healthCheckTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_description = new QLabel(parent);
    m_description->setObjectName(QStringLiteral("healthCheckDescription"));
    m_description->setTextFormat(Qt::PlainText);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_showInPeople = new QPushButton(tr("&Show in People"), parent);
    m_showInPeople->setObjectName(QStringLiteral("healthShowInPeople"));
    connect(m_showInPeople, &QPushButton::clicked, this, [this] {
        if (currentCheck() >= 0)
            Q_EMIT showInPeopleRequested(HealthCheck::at(currentCheck()).queryTerm());
    });

    m_people = new FocusQuietView<QTreeView>(parent);
    m_people->setObjectName(QStringLiteral("healthPeople"));
    m_people->setModel(m_sorted);
    m_people->setItemDelegate(new PlainTextDelegate(m_people));
    m_people->setRootIsDecorated(false);
    m_people->setUniformRowHeights(true); // a check can list most of 100,000 people
    m_people->setAlternatingRowColors(true);
    m_people->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_people->setSortingEnabled(true);
    m_people->sortByColumn(HealthPeopleModel::NameColumn, Qt::AscendingOrder);
    QHeaderView* header = m_people->header();
    // What is wrong next to the name: it is why the person is listed. Ids whole: as wide as the longest one shown.
    header->setStretchLastSection(false);
    header->resizeSection(HealthPeopleModel::NameColumn, 160);
    header->resizeSection(HealthPeopleModel::FindingColumn, 260);
    header->resizeSection(HealthPeopleModel::EmailColumn, 200);
    header->setSectionResizeMode(HealthPeopleModel::IdColumn, QHeaderView::ResizeToContents);
    m_people->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_people, &QWidget::customContextMenuRequested, this, &HealthView::showPeopleMenu);
    connect(m_people->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const QString id = userIdAt(current);
                if (!m_updating && !id.isEmpty())
                    Q_EMIT currentUserChanged(id);
            });
    connect(m_people, &QTreeView::activated, this, [this](const QModelIndex& index) {
        const QString id = userIdAt(index);
        if (!id.isEmpty())
            Q_EMIT userActivated(id);
    });
    m_copyIdAction = new QAction(tr("Copy &Id"), m_people);
    m_copyIdAction->setObjectName(QStringLiteral("healthCopyIdAction"));
    m_copyIdAction->setShortcut(QKeySequence::Copy);
    m_copyIdAction->setShortcutContext(Qt::WidgetShortcut); // the list's own Ctrl+C, not the People table's
    m_people->addAction(m_copyIdAction);
    connect(m_copyIdAction, &QAction::triggered, this, &HealthView::copyIds);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_showInPeople);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(parent);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addLayout(buttons);
    layout->addWidget(m_people, 1);
}

void HealthView::setCompleteness(const DirectoryCompleteness* completeness)
{
    m_completeness = completeness;
    connect(completeness, &DirectoryCompleteness::changed, this, &HealthView::updateCompleteness);
    updateCompleteness();
}

void HealthView::updateCompleteness()
{
    const bool partial = m_completeness && !m_completeness->isComplete();
    Tones::setToned(m_incomplete,
                    partial ? tr("The counts cover the people loaded so far: %1").arg(m_completeness->summary())
                            : QString(),
                    Tones::Tone::Warning);
}

int HealthView::currentCheck() const
{
    const QTreeWidgetItem* item = m_checks->currentItem();
    return item ? item->data(0, CheckRole).toInt() : -1;
}

void HealthView::setCurrentCheck(int check)
{
    if (check >= 0 && check < m_checkItems.size())
        m_checks->setCurrentItem(m_checkItems[check]);
}

void HealthView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void HealthView::scheduleRefresh()
{
    if (!isVisible())
        m_stale = true; // caught up when shown: a hidden view costs a page nothing
    else if (!m_later.isActive())
        m_later.start(); // not restarted: pages back to back must not put the update off until the last one
}

void HealthView::noteChanged(const QList<int>& rows)
{
    // Kept while shown, to be sorted in place on the next refresh; while hidden, the list is read anew when shown.
    if (isVisible())
        m_changed.append(rows);
    else
        m_rebuild = true;
    scheduleRefresh();
}

void HealthView::forgetRows()
{
    m_changed.clear();
    m_updating = true;
    m_model->clear();
    m_updating = false;
}

void HealthView::refresh()
{
    m_later.stop();
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    DirectoryHealth& health = DirectoryHealth::of(*m_directory);
    health.sync(); // the work of the pages since the last call, not of the directory
    const QLocale locale;
    for (const HealthCheck& check : HealthCheck::all())
        m_checkItems[check.id]->setText(CountColumn, locale.toString(health.count(check.id)));
    int withFindings = 0;
    for (int row = 0; row < health.rowCount(); ++row)
        withFindings += health.flags(row) != 0 ? 1 : 0;
    m_summary->setText(health.rowCount() == 0
                           ? tr("No people loaded yet.")
                           : tr("People with at least one finding: %1 of %2")
                                 .arg(locale.toString(withFindings), locale.toString(health.rowCount())));
    m_updating = true;
    if (m_rebuild)
        m_model->setCheck(m_model->check());
    else
        m_model->update();
    m_model->rowsChanged(m_changed);
    m_updating = false;
    m_changed.clear();
    m_rebuild = false;
    updateHeading();
}

void HealthView::updateHeading()
{
    const int check = currentCheck();
    m_showInPeople->setEnabled(check >= 0);
    if (check < 0) {
        m_title->setText(tr("Choose a check"));
        m_description->clear();
        return;
    }
    const HealthCheck& c = HealthCheck::at(check);
    m_people->setColumnHidden(HealthPeopleModel::FindingColumn, !c.hasDetail()); // "No phone" needs no more words
    m_title->setText(tr("%1: %Ln person(s)", nullptr, m_model->rowCount()).arg(c.title()));
    m_description->setText(c.description() + QLatin1Char('\n') + tr("Query: %1").arg(c.queryTerm()));
    m_showInPeople->setToolTip(tr("Filter the People table by %1, to combine, select or export").arg(c.queryTerm()));
    m_people->setAccessibleName(tr("People: %1").arg(c.title()));
}

QString HealthView::userIdAt(const QModelIndex& index) const
{
    return m_model->userIdAt(m_sorted->mapToSource(index));
}

void HealthView::copyIds()
{
    QStringList ids;
    const QModelIndexList rows = m_people->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows)
        ids.append(userIdAt(index));
    if (ids.isEmpty() && m_people->currentIndex().isValid())
        ids.append(userIdAt(m_people->currentIndex()));
    const QRect at = m_people->visualRect(m_people->currentIndex());
    CopyFeedback::copy(ids.join(QLatin1Char('\n')), m_people->viewport(), at.isValid() ? at.center() : QPoint(-1, -1));
}

void HealthView::showPeopleMenu(const QPoint& pos)
{
    const QModelIndex index = m_people->indexAt(pos);
    if (!index.isValid())
        return;
    if (!m_people->selectionModel()->isRowSelected(index.row(), index.parent()))
        m_people->setCurrentIndex(index);
    const int row = m_model->directoryRow(m_sorted->mapToSource(index));
    const User& user = m_directory->user(row);
    const QString finding = DirectoryHealth::of(*m_directory).detail(currentCheck(), row);
    QMenu menu(this);
    menu.addAction(m_copyIdAction);
    QWidget* viewport = m_people->viewport();
    const QPoint at = m_people->visualRect(index).center();
    const auto addCopy = [&](const QString& text, const QString& value) {
        if (!value.trimmed().isEmpty())
            connect(menu.addAction(text), &QAction::triggered, this,
                    [value, viewport, at] { CopyFeedback::copy(value, viewport, at); });
    };
    addCopy(tr("Copy &Email"), user.emailAddress);
    addCopy(tr("Copy &Manager Id"), user.managerId);
    addCopy(tr("Copy &What Is Wrong"), finding);
    menu.addSeparator();
    menu.addAction(tr("Show the Check in &People"), m_showInPeople, &QPushButton::click);
    menu.exec(viewport->mapToGlobal(pos));
}

bool HealthView::exportSummaryTo(const QString& path, QString* error)
{
    DirectoryHealth& health = DirectoryHealth::of(*m_directory);
    health.sync();
    const QByteArray bytes = TableExport::csv(DirectoryHealth::summaryHeader(), health.summaryRows());
    return ExportFile::save(path, bytes, error) == ExportFile::Result::Written;
}

void HealthView::exportSummary()
{
    if (m_completeness && !m_completeness->isComplete()) {
        const auto answer = QMessageBox::question(
            this, tr("Export Health Summary"),
            tr("%1\n\nExport the summary of the people loaded so far?").arg(m_completeness->summary()));
        if (answer != QMessageBox::Yes)
            return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Health Summary"),
                                                      QStringLiteral("health-summary.csv"), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportSummaryTo(path, &error))
        Q_EMIT message(tr("Exported the health summary to %1").arg(QDir::toNativeSeparators(path)));
    else
        Q_EMIT message(error);
}
