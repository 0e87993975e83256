// SPDX-License-Identifier: MIT
#include "settingsbyteamview.h"

#include "directory/directory.h"
#include "directory/usercolumns.h"
#include "export/exportfile.h"
#include "export/tableexport.h"
#include "focusquietview.h"
#include "models/settingsmatrixmodel.h"
#include "settingsharedelegate.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>
#include <functional>

namespace {
const QString activeOnlyKey = QStringLiteral("settingsByTeam/activeOnly");
const QString thresholdKey = QStringLiteral("settingsByTeam/outlierThreshold");
constexpr int OutlierListLimit = 2000; // more is not a list anyone reads; the CSV has the counts
constexpr int OutlierIdRole = Qt::UserRole + 1;

// Only an application that names itself keeps settings (main.cpp does): a test must not find its last run's choices.
bool persists()
{
    return !QCoreApplication::organizationName().isEmpty();
}
} // namespace

SettingsByTeamView::SettingsByTeamView(Directory* directory, QWidget* parent)
    : QWidget(parent)
    , m_directory(directory)
    , m_model(new SettingsMatrixModel(directory, this))
    , m_view(new FocusQuietView<QTreeView>(this))
    , m_activeOnly(new QCheckBox(tr("&Active people only"), this))
    , m_threshold(new QSpinBox(this))
    , m_export(new QPushButton(tr("E&xport Matrix…"), this))
    , m_summary(new QLabel(this))
    , m_outliersHeading(new QLabel(this))
    , m_outliers(new FocusQuietView<QTreeWidget>(this))
{
    setObjectName(QStringLiteral("settingsByTeamView"));
    m_model->setObjectName(QStringLiteral("settingsMatrixModel"));
    m_view->setObjectName(QStringLiteral("settingsMatrixView"));
    m_activeOnly->setObjectName(QStringLiteral("settingsActiveOnly"));
    m_threshold->setObjectName(QStringLiteral("settingsOutlierThreshold"));
    m_export->setObjectName(QStringLiteral("settingsExportMatrix"));
    m_summary->setObjectName(QStringLiteral("settingsSummary"));
    m_outliersHeading->setObjectName(QStringLiteral("settingsOutliersHeading"));
    m_outliers->setObjectName(QStringLiteral("settingsOutliers"));

    m_activeOnly->setToolTip(tr("Count only active people (the managers' rows stay either way)"));
    auto* thresholdLabel = new QLabel(tr("Outlier &threshold:"), this);
    thresholdLabel->setBuddy(m_threshold);
    m_threshold->setRange(50, 100);
    m_threshold->setSuffix(QStringLiteral(" %"));
    m_threshold->setKeyboardTracking(false);
    m_threshold->setAccessibleName(tr("Outlier threshold"));
    m_threshold->setToolTip(tr("Someone is an outlier when at least this share of their direct-team peers have the "
                               "setting the other way (teams with at least three peers)"));
    m_export->setToolTip(tr("Save the matrix as CSV: every manager, the size of the organisation and, per setting, "
                            "how many have it on, the percentage and the outliers"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    SettingsMatrix::Options options;
    if (persists()) {
        QSettings settings;
        options.activeOnly = settings.value(activeOnlyKey, options.activeOnly).toBool();
        options.outlierThreshold =
            qBound(0.5, settings.value(thresholdKey, options.outlierThreshold * 100).toInt() / 100.0, 1.0);
    }
    m_activeOnly->setChecked(options.activeOnly);
    m_threshold->setValue(int(std::lround(options.outlierThreshold * 100)));

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(8, 6, 8, 6);
    bar->addWidget(m_activeOnly);
    bar->addSpacing(16);
    bar->addWidget(thresholdLabel);
    bar->addWidget(m_threshold);
    bar->addSpacing(16);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_export);

    m_view->setModel(m_model);
    m_view->setItemDelegate(new SettingShareDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("Settings by team"));
    m_view->setAccessibleDescription(tr("Each row is a manager's whole organisation; each cell the share of it with a "
                                        "setting on. Enter shows those people in the People table."));
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(false);
    header->setDefaultAlignment(Qt::AlignCenter);
    const QFontMetrics metrics = m_view->fontMetrics();
    // Room for the widest usual cell ("100 % · 8,888 of 8,888") and the outlier flag.
    const int cellWidth = metrics.horizontalAdvance(QStringLiteral("100 % · 8,888 of 8,888")) + 28;
    header->resizeSection(SettingsMatrixModel::ManagerColumn, metrics.horizontalAdvance(QLatin1Char('x')) * 30);
    header->resizeSection(SettingsMatrixModel::PeopleColumn, metrics.horizontalAdvance(QStringLiteral("888,888")) + 24);
    for (int c = SettingsMatrixModel::FirstSettingColumn; c < SettingsMatrixModel::ColumnCount; ++c)
        header->resizeSection(c, cellWidth);

    m_outliers->setColumnCount(4);
    m_outliers->setHeaderLabels({tr("Outlier"), tr("Setting"), tr("Theirs"), tr("Direct team")});
    m_outliers->setRootIsDecorated(false);
    m_outliers->setUniformRowHeights(true);
    m_outliers->setAccessibleName(tr("Outliers"));
    m_outliers->header()->resizeSection(0, metrics.horizontalAdvance(QLatin1Char('x')) * 28);
    m_outliers->header()->resizeSection(1, metrics.horizontalAdvance(QLatin1Char('x')) * 32);
    m_outliersHeading->setWordWrap(true);
    m_outliersHeading->setBuddy(m_outliers);

    auto* outlierPane = new QWidget(this);
    auto* outlierLayout = new QVBoxLayout(outlierPane);
    outlierLayout->setContentsMargins(8, 6, 8, 0);
    outlierLayout->addWidget(m_outliersHeading);
    outlierLayout->addWidget(m_outliers, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("settingsSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_view);
    split->addWidget(outlierPane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    // The matrix first: switching to the tab puts the keyboard there (the first of the page's stops), then its
    // outliers, then the options above them.
    setTabOrder(m_view, m_outliers);
    setTabOrder(m_outliers, m_activeOnly);
    setTabOrder(m_activeOnly, m_threshold);
    setTabOrder(m_threshold, m_export);

    connect(m_activeOnly, &QCheckBox::toggled, this, &SettingsByTeamView::applyOptions);
    connect(m_threshold, &QSpinBox::valueChanged, this, &SettingsByTeamView::applyOptions);
    connect(m_export, &QPushButton::clicked, this, &SettingsByTeamView::exportClicked);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &SettingsByTeamView::rememberState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SettingsByTeamView::restoreState);
    connect(m_model, &SettingsMatrixModel::recomputed, this, &SettingsByTeamView::updateSummary);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &SettingsByTeamView::showOutliers);
    const auto userExpanded = [this] {
        if (!m_restoring)
            m_autoExpand = false;
    };
    connect(m_view, &QTreeView::expanded, this, userExpanded);
    connect(m_view, &QTreeView::collapsed, this, userExpanded);
    connect(directory, &Directory::reset, this, [this] { m_autoExpand = true; });
    connect(m_view, &QTreeView::activated, this, &SettingsByTeamView::activate);
    connect(m_view, &QWidget::customContextMenuRequested, this, &SettingsByTeamView::openContextMenu);
    connect(m_outliers, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { Q_EMIT userActivated(item->data(0, OutlierIdRole).toString()); });

    applyOptions();
    restoreState();
    updateSummary();
}

void SettingsByTeamView::applyOptions()
{
    SettingsMatrix::Options options = m_model->options();
    options.activeOnly = m_activeOnly->isChecked();
    options.outlierThreshold = m_threshold->value() / 100.0;
    if (persists()) {
        QSettings settings;
        settings.setValue(activeOnlyKey, options.activeOnly);
        settings.setValue(thresholdKey, m_threshold->value());
    }
    m_model->setOptions(options);
}

void SettingsByTeamView::rememberState()
{
    // Only what is on screen is expanded: the set is rebuilt from the view, so collapsed rows drop out of it.
    QSet<QString> expanded;
    const std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
        for (int r = 0; r < m_model->rowCount(parent); ++r) {
            const QModelIndex child = m_model->index(r, 0, parent);
            if (m_view->isExpanded(child)) {
                expanded.insert(child.data(SettingsMatrixModel::ManagerIdRole).toString());
                walk(child);
            }
        }
    };
    walk(QModelIndex());
    m_expanded = expanded;
    const QModelIndex current = m_view->currentIndex();
    m_currentManager = current.data(SettingsMatrixModel::ManagerIdRole).toString();
    m_currentColumn = current.isValid() ? current.column() : -1;
    m_scroll = m_view->verticalScrollBar()->value();
}

void SettingsByTeamView::restoreState()
{
    m_restoring = true;
    for (const QString& id : std::as_const(m_expanded)) {
        const QModelIndex index = m_model->indexOfManager(id);
        if (index.isValid())
            m_view->setExpanded(index, true);
    }
    // A first look (or a new company): the top of the organisation open, its first level of managers visible.
    if (m_autoExpand && m_model->rowCount() > 0)
        m_view->expand(m_model->index(0, 0));
    m_restoring = false;
    const QModelIndex current = m_model->indexOfManager(m_currentManager, qMax(0, m_currentColumn));
    if (current.isValid())
        m_view->selectionModel()->setCurrentIndex(current, QItemSelectionModel::ClearAndSelect);
    else if (m_autoExpand && m_model->rowCount() > 0) // the whole company's first setting, its outliers listed
        m_view->selectionModel()->setCurrentIndex(m_model->index(0, SettingsMatrixModel::FirstSettingColumn),
                                                  QItemSelectionModel::ClearAndSelect);
    m_view->verticalScrollBar()->setValue(m_scroll);
    if (!m_view->currentIndex().isValid()) // else the new current index listed them
        showOutliers();
}

void SettingsByTeamView::updateSummary()
{
    const SettingsMatrix& matrix = m_model->matrix();
    m_summary->setText(tr("%n manager(s)", nullptr, int(matrix.rows().size())) + QStringLiteral(" · ") +
                       tr("%n outlier(s)", nullptr, int(matrix.outliers().size())));
    m_export->setEnabled(!matrix.rows().isEmpty());
}

void SettingsByTeamView::showOutliers()
{
    m_outliers->clear();
    const QModelIndex current = m_view->currentIndex();
    const int row = m_model->matrixRow(current);
    if (row < 0) {
        m_outliersHeading->setText(tr("Outliers: choose a cell to list the outliers of its organisation."));
        return;
    }
    const int setting = SettingsMatrixModel::settingOfColumn(current.column());
    const SettingsMatrix& matrix = m_model->matrix();
    const QList<SettingsMatrix::Outlier> outliers = matrix.outliersUnder(row, setting);
    const QString manager = current.siblingAtColumn(SettingsMatrixModel::ManagerColumn).data().toString();
    const QString what = setting >= 0 ? SettingsMatrixModel::settingTitle(setting) : tr("any setting");
    m_outliersHeading->setText(
        tr("Outliers in %1's organisation (%2): %n", nullptr, int(outliers.size())).arg(manager, what));
    QList<QTreeWidgetItem*> items;
    for (const SettingsMatrix::Outlier& o : outliers) {
        if (items.size() >= OutlierListLimit)
            break;
        const User& u = m_directory->user(o.person);
        auto* item =
            new QTreeWidgetItem({UserColumns::singleLine(u.fullName().isEmpty() ? u.id : u.fullName()),
                                 SettingsMatrixModel::settingTitle(int(o.setting)), o.on ? tr("On") : tr("Off"),
                                 tr("%1 of %n peer(s) the other way", nullptr, o.peers).arg(o.peersDiffering)});
        item->setData(0, OutlierIdRole, u.id);
        item->setToolTip(0, u.emailAddress);
        items.append(item);
    }
    m_outliers->addTopLevelItems(items);
}

void SettingsByTeamView::activate(const QModelIndex& index)
{
    if (SettingsMatrixModel::settingOfColumn(index.column()) >= 0) {
        Q_EMIT peopleQueryRequested(m_model->peopleQuery(index, true));
        return;
    }
    const QString id = index.data(SettingsMatrixModel::ManagerIdRole).toString();
    if (!id.isEmpty())
        Q_EMIT userActivated(id);
}

void SettingsByTeamView::openContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_view->indexAt(pos).isValid() ? m_view->indexAt(pos) : m_view->currentIndex();
    if (!index.isValid())
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("settingsCellMenu"));
    const int setting = SettingsMatrixModel::settingOfColumn(index.column());
    if (setting >= 0) {
        const QString title = SettingsMatrixModel::settingTitle(setting);
        const QVariant on = index.data(SettingsMatrixModel::OnCountRole);
        const int people = index.data(SettingsMatrixModel::PeopleRole).toInt();
        QAction* showOn = menu.addAction(tr("Show People with “%1” &On (%2)").arg(title).arg(on.toInt()));
        showOn->setObjectName(QStringLiteral("showSettingOn"));
        connect(showOn, &QAction::triggered, this,
                [this, index] { Q_EMIT peopleQueryRequested(m_model->peopleQuery(index, true)); });
        QAction* showOff = menu.addAction(tr("Show People with “%1” O&ff (%2)").arg(title).arg(people - on.toInt()));
        showOff->setObjectName(QStringLiteral("showSettingOff"));
        connect(showOff, &QAction::triggered, this,
                [this, index] { Q_EMIT peopleQueryRequested(m_model->peopleQuery(index, false)); });
    }
    const QString id = index.data(SettingsMatrixModel::ManagerIdRole).toString();
    QAction* details = menu.addAction(tr("Show the &Manager"));
    connect(details, &QAction::triggered, this, [this, id] { Q_EMIT userActivated(id); });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

bool SettingsByTeamView::exportTo(const QString& path, QString* error) const
{
    const SettingsMatrix& matrix = m_model->matrix();
    const QByteArray bytes = TableExport::csv(SettingsMatrix::tableHeader(), matrix.tableRows(*m_directory));
    return ExportFile::save(path, bytes, error) == ExportFile::Result::Written;
}

void SettingsByTeamView::exportClicked()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Matrix"), QStringLiteral("settings-by-team.csv"),
                                                      tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportTo(path, &error))
        Q_EMIT message(
            tr("Exported the settings of %n team(s) to %1", nullptr, int(m_model->matrix().rows().size())).arg(path));
    else
        Q_EMIT message(error);
}
