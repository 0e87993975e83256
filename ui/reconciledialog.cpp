// SPDX-License-Identifier: MIT
#include "reconciledialog.h"

#include "directory/directory.h"
#include "directorycompleteness.h"
#include "export/exportfile.h"
#include "export/exportformat.h"
#include "export/tableexport.h"
#include "plaintextdelegate.h"
#include "reconcileinputpanel.h"
#include "reconcileresultmodel.h"
#include "tones.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using Status = Reconciler::Status;

ReconcileDialog::ReconcileDialog(const Directory* directory, const DirectoryCompleteness* completeness, QWidget* parent)
    : QDialog(parent)
    , m_directory(directory)
    , m_completeness(completeness)
    , m_model(new ReconcileResultModel(directory, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("reconcileDialog"));
    setWindowTitle(tr("Find a List"));
    setModal(false);
    m_model->setObjectName(QStringLiteral("reconcileResultModel"));

    m_input = new ReconcileInputPanel(this);
    connect(m_input, &ReconcileInputPanel::message, this, &ReconcileDialog::showMessage);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("reconcileNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_find = new QPushButton(tr("&Find"), this);
    m_find->setObjectName(QStringLiteral("reconcileFind"));
    m_find->setToolTip(tr("Match every value against the directory"));
    m_find->setDefault(true);
    m_find->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(m_find, &QPushButton::clicked, this, &ReconcileDialog::find);
    connect(m_input, &ReconcileInputPanel::valuesChanged, this,
            [this] { m_find->setEnabled(!m_input->values().isEmpty()); });
    m_find->setEnabled(false);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_input, 1);
    auto* findRow = new QHBoxLayout;
    findRow->addWidget(m_notice, 1);
    findRow->addWidget(m_find, 0, Qt::AlignTop | Qt::AlignRight);
    topLayout->addLayout(findRow);

    auto* results = new QWidget(this);
    auto* resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    m_filters = new QButtonGroup(this);
    m_filters->setExclusive(true);
    auto* filterRow = new QHBoxLayout;
    static const char* const names[] = {"reconcileFilterAll", "reconcileFilterActive", "reconcileFilterInactive",
                                        "reconcileFilterNotFound", "reconcileFilterAmbiguous"};
    for (int i = 0; i <= Reconciler::StatusCount; ++i) {
        auto* button = new QToolButton(results);
        button->setObjectName(QLatin1String(names[i]));
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setFocusPolicy(Qt::StrongFocus);
        if (i > 0) {
            button->setIcon(ReconcileResultModel::statusIcon(Status(i - 1)));
            button->setToolTip(tr("Show only the values that are “%1”").arg(Reconciler::statusTitle(Status(i - 1))));
        } else {
            button->setToolTip(tr("Show every value"));
        }
        m_filters->addButton(button, i);
        m_filterButtons.append(button);
        filterRow->addWidget(button);
        if (i == 0)
            filterRow->addSpacing(button->fontMetrics().horizontalAdvance(QLatin1Char('m')));
    }
    m_filterButtons.first()->setChecked(true);
    filterRow->addStretch(1);
    connect(m_filters, &QButtonGroup::idClicked, this, &ReconcileDialog::applyFilter);
    resultsLayout->addLayout(filterRow);

    buildResults();
    resultsLayout->addWidget(m_table, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reconcileMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));
    resultsLayout->addWidget(m_message);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(results);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);

    m_showPeople = new QPushButton(tr("&Show Matched People in the Table"), this);
    m_showPeople->setObjectName(QStringLiteral("reconcileShowPeople"));
    m_showPeople->setToolTip(
        tr("Select everyone the list matched in the People table, ready for Copy or Export with its columns"));
    connect(m_showPeople, &QPushButton::clicked, this, [this] {
        const QList<int> rows = m_model->matchedRows();
        if (!rows.isEmpty())
            Q_EMIT showPeopleRequested(rows);
    });
    m_export = new QPushButton(tr("&Export Result…"), this);
    m_export->setObjectName(QStringLiteral("reconcileExport"));
    m_export->setToolTip(tr("Save one record per value as CSV or JSON, as gong-directory reconcile writes them"));
    connect(m_export, &QPushButton::clicked, this, &ReconcileDialog::chooseExportFile);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_showPeople, QDialogButtonBox::ActionRole);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    // The directory moves on while the dialog is open: pages arrive, a refresh changes or drops people. Rows that
    // moved must be matched again at once (the result points at rows); new and changed people a second later, once
    // for a burst of pages (a match of 10,000 values against 100,000 people costs a few frames), or when the
    // dialog is shown again.
    m_rerunTimer = new QTimer(this);
    m_rerunTimer->setSingleShot(true);
    m_rerunTimer->setInterval(1000);
    connect(m_rerunTimer, &QTimer::timeout, this, [this] { directoryChanged(true); });
    connect(directory, &Directory::usersAppended, this, [this] { directoryChanged(false); });
    connect(directory, &Directory::usersChanged, this, [this] { directoryChanged(false); });
    connect(directory, &Directory::usersRemoved, this, [this] { directoryChanged(true); });
    connect(directory, &Directory::reset, this, [this] { directoryChanged(true); });
    if (completeness)
        connect(completeness, &DirectoryCompleteness::changed, this, &ReconcileDialog::updateNotice);
    connect(m_model, &ReconcileResultModel::resultsChanged, this, &ReconcileDialog::updateCounts);

    updateNotice();
    updateCounts();
    // Room for the list and a screen of results, within the window it belongs to.
    const QSize room = parent ? parent->size() : QSize(1280, 800);
    resize(qMin(960, room.width() * 9 / 10), qMin(680, room.height() * 9 / 10));
}

void ReconcileDialog::buildResults()
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ReconcileResultModel::SortRole);
    m_proxy->setFilterRole(ReconcileResultModel::StatusKeyRole);
    m_proxy->setFilterKeyColumn(ReconcileResultModel::StatusColumn);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("reconcileResults"));
    m_table->setAccessibleName(tr("Result"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new PlainTextDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSortIndicator(-1, Qt::AscendingOrder); // input order until the user sorts
    m_table->setSortingEnabled(true);
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('m'));
    header->resizeSection(ReconcileResultModel::LineColumn, em * 4);
    header->resizeSection(ReconcileResultModel::InputColumn, em * 16);
    header->resizeSection(ReconcileResultModel::StatusColumn, em * 8);
    header->resizeSection(ReconcileResultModel::MatchedByColumn, em * 8);
    header->resizeSection(ReconcileResultModel::NameColumn, em * 12);
    header->resizeSection(ReconcileResultModel::EmailColumn, em * 16);

    auto* copy = new QAction(tr("&Copy Rows"), m_table);
    copy->setObjectName(QStringLiteral("reconcileCopyAction"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &ReconcileDialog::copySelection);
    m_table->addAction(copy);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        const int row = m_proxy->mapToSource(index).row();
        const QList<Reconciler::Result>& results = m_model->results();
        if (row >= 0 && row < results.size() && results[row].row() >= 0 && results[row].row() < m_directory->count())
            Q_EMIT userActivated(m_directory->user(results[row].row()).id);
    });
}

void ReconcileDialog::find()
{
    m_rerunTimer->stop();
    m_stale = false;
    m_model->run(m_input->values());
    m_message->clear();
    // The keyboard goes on to the result, at its first row.
    if (m_proxy->rowCount() > 0) {
        m_table->setFocus(Qt::OtherFocusReason);
        m_table->selectionModel()->setCurrentIndex(m_proxy->index(0, 0), QItemSelectionModel::NoUpdate);
    }
}

void ReconcileDialog::directoryChanged(bool rowsMoved)
{
    if (!m_model->hasResults())
        return;
    if (rowsMoved) {
        m_stale = false;
        m_model->rerun();
    } else if (!isVisible()) {
        m_stale = true;
    } else if (!m_rerunTimer->isActive()) {
        m_rerunTimer->start();
    }
    updateNotice();
}

void ReconcileDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (m_stale) {
        m_stale = false;
        m_model->rerun();
    }
    updateNotice();
}

void ReconcileDialog::updateNotice()
{
    QString text;
    if (m_directory->count() == 0)
        text = tr("Nobody is loaded yet: every value would be “not found”.");
    else if (m_completeness && !m_completeness->isComplete())
        text = tr("The directory is incomplete (%1): people not loaded show as “not found”. The result follows as "
                  "people arrive.")
                   .arg(m_completeness->summary());
    Tones::setToned(m_notice, text, Tones::Tone::Warning);
}

void ReconcileDialog::updateCounts()
{
    const Reconciler::Counts c = m_model->counts();
    const QLocale locale;
    const bool ran = m_model->hasResults();
    m_filterButtons[0]->setText(ran ? tr("All %1").arg(locale.toString(c.total())) : tr("All"));
    const QString words[] = {
        tr("%Ln active", nullptr, c.of(Status::Active)), tr("%Ln inactive", nullptr, c.of(Status::Inactive)),
        tr("%Ln not found", nullptr, c.of(Status::NotFound)), tr("%Ln ambiguous", nullptr, c.of(Status::Ambiguous))};
    QStringList summary;
    for (int i = 0; i < Reconciler::StatusCount; ++i) {
        QAbstractButton* button = m_filterButtons[i + 1];
        button->setText(ran ? words[i] : Reconciler::statusTitle(Status(i)));
        button->setAccessibleName(button->text());
        button->setEnabled(ran && c.byStatus[size_t(i)] > 0);
        summary.append(words[i]);
    }
    m_filterButtons[0]->setAccessibleName(m_filterButtons[0]->text());
    // Filtering on a status that is gone (the directory changed) shows everything again.
    const int checked = m_filters->checkedId();
    if (checked > 0 && !m_filterButtons[checked]->isEnabled()) {
        m_filterButtons[0]->setChecked(true);
        applyFilter();
    }
    m_table->setAccessibleDescription(ran ? summary.join(QStringLiteral(" · ")) : QString());
    m_showPeople->setEnabled(c.of(Status::Active) + c.of(Status::Inactive) > 0);
    m_export->setEnabled(ran && c.total() > 0);
}

void ReconcileDialog::applyFilter()
{
    const int id = m_filters->checkedId();
    if (id <= 0)
        m_proxy->setFilterRegularExpression(QString());
    else
        m_proxy->setFilterRegularExpression(
            QRegularExpression(QStringLiteral("^%1$").arg(Reconciler::statusKey(Status(id - 1)))));
}

void ReconcileDialog::copySelection()
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList header;
    for (int c = ReconcileResultModel::InputColumn; c < ReconcileResultModel::ColumnCount; ++c)
        header.append(m_model->headerData(c, Qt::Horizontal).toString());
    QList<QStringList> table;
    for (const QModelIndex& index : std::as_const(rows)) {
        QStringList cells;
        for (int c = ReconcileResultModel::InputColumn; c < ReconcileResultModel::ColumnCount; ++c)
            cells.append(m_proxy->index(index.row(), c).data().toString());
        table.append(cells);
    }
    // Tab-separated text for a spreadsheet or an editor (a tab or line break inside a value becomes a space), and
    // CSV with the export's quoting and formula guard.
    QStringList lines{header.join(QLatin1Char('\t'))};
    for (QStringList cells : std::as_const(table)) {
        for (QString& cell : cells)
            cell.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
        lines.append(cells.join(QLatin1Char('\t')));
    }
    auto* mime = new QMimeData;
    mime->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    mime->setData(QStringLiteral("text/csv"), TableExport::csv(header, table, false));
    QGuiApplication::clipboard()->setMimeData(mime);
    showMessage(tr("Copied %Ln row(s)", nullptr, int(rows.size())));
}

QByteArray ReconcileDialog::exportBytes(bool json) const
{
    return json ? TableExport::json(Reconciler::tableHeader(), m_model->records())
                : TableExport::csv(Reconciler::tableHeader(), m_model->records());
}

bool ReconcileDialog::exportTo(const QString& path, QString* error) const
{
    ExportFormat format = ExportFormat::Csv;
    const bool json = ExportFormats::fromFileName(path, &format) && format == ExportFormat::Json;
    return ExportFile::save(path, exportBytes(json), error) == ExportFile::Result::Written;
}

void ReconcileDialog::chooseExportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto* files = new QFileDialog(this, tr("Export Result"), QDir(folder).filePath(QStringLiteral("reconciled.csv")));
    files->setObjectName(QStringLiteral("reconcileExportFileDialog"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setAcceptMode(QFileDialog::AcceptSave);
    files->setNameFilters({tr("CSV (*.csv)"), tr("JSON (*.json)")});
    files->setDefaultSuffix(QStringLiteral("csv"));
    connect(files, &QFileDialog::filterSelected, files, [files](const QString& filter) {
        files->setDefaultSuffix(filter.contains(QLatin1String("*.json")) ? QStringLiteral("json")
                                                                         : QStringLiteral("csv"));
    });
    connect(files, &QFileDialog::fileSelected, this, [this](const QString& path) {
        QString error;
        if (exportTo(path, &error))
            showMessage(tr("Exported %Ln record(s) to %1", nullptr, int(m_model->results().size()))
                            .arg(QDir::toNativeSeparators(path)));
        else
            showMessage(error);
    });
    files->open();
}

void ReconcileDialog::showMessage(const QString& text)
{
    m_message->setText(text);
}
