// SPDX-License-Identifier: MIT
#include "changesview.h"

#include "changesmodel.h"
#include "export/changeswriter.h"
#include "export/exportfile.h"
#include "focusquietview.h"
#include "offlinesession.h"
#include "plaintextdelegate.h"
#include "store/snapshotstore.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace {
QString snapshotText(const SnapshotInfo& s)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(s.finishedMsecs).toLocalTime();
    return QCoreApplication::translate("ChangesView", "%1 · %n people", nullptr, s.userCount)
        .arg(QLocale().toString(time, QLocale::ShortFormat));
}
} // namespace

ChangesView::ChangesView(QWidget* parent)
    : QWidget(parent)
    , m_model(new ChangesModel(this))
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_field(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_export(new QPushButton(tr("&Export Changes…"), this))
    , m_summary(new QLabel(this))
    , m_view(new FocusQuietView<QTreeView>(this))
{
    setObjectName(QStringLiteral("changesView"));
    m_model->setObjectName(QStringLiteral("changesModel"));
    m_from->setObjectName(QStringLiteral("changesFrom"));
    m_from->setAccessibleName(tr("Older snapshot"));
    m_to->setObjectName(QStringLiteral("changesTo"));
    m_to->setAccessibleName(tr("Newer snapshot"));
    m_kind->setObjectName(QStringLiteral("changesKind"));
    m_kind->setAccessibleName(tr("Kind of change"));
    m_field->setObjectName(QStringLiteral("changesField"));
    m_field->setAccessibleName(tr("Field"));
    m_name->setObjectName(QStringLiteral("changesName"));
    m_name->setPlaceholderText(tr("Filter by name"));
    m_name->setClearButtonEnabled(true);
    m_name->setMinimumWidth(120);
    // The pickers show the whole date and time, the facets their longest entry.
    for (QComboBox* box : {m_from, m_to, m_kind, m_field})
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_from->setMinimumContentsLength(20); // "12/6/26 4:31 AM · 1,2…": more would narrow the details
    m_to->setMinimumContentsLength(20);
    m_kind->setMinimumContentsLength(8);
    m_field->setMinimumContentsLength(10);
    m_export->setObjectName(QStringLiteral("changesExport"));
    m_summary->setObjectName(QStringLiteral("changesSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_view->setObjectName(QStringLiteral("changesTable"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new PlainTextDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(ChangesModel::KindColumn, 110);
    m_view->setColumnWidth(ChangesModel::NameColumn, 200);
    m_view->setColumnWidth(ChangesModel::FieldColumn, 220);
    m_view->setColumnWidth(ChangesModel::BeforeColumn, 240);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto* copy = new QAction(tr("&Copy"), m_view);
    copy->setObjectName(QStringLiteral("changesCopyAction"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(copy);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(copy, &QAction::triggered, this, &ChangesView::copySelection);

    auto* pickers = new QHBoxLayout;
    auto* fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_to);
    pickers->addWidget(fromLabel);
    pickers->addWidget(m_from);
    pickers->addWidget(toLabel);
    pickers->addWidget(m_to);
    pickers->addStretch(1);
    // The facets and the filter on a row of their own: with the pickers they would widen the window.
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_kind);
    filters->addWidget(m_field);
    filters->addWidget(m_name, 1);
    filters->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(pickers);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    connect(m_from, &QComboBox::currentIndexChanged, this, &ChangesView::compareSelected);
    connect(m_to, &QComboBox::currentIndexChanged, this, &ChangesView::compareSelected);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ChangesView::applyFilter);
    connect(m_field, &QComboBox::currentIndexChanged, this, &ChangesView::applyFilter);
    connect(m_name, &QLineEdit::textChanged, this, &ChangesView::applyFilter);
    connect(m_export, &QPushButton::clicked, this, &ChangesView::exportClicked);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        const QString id = index.data(ChangesModel::UserIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT userActivated(id);
    });
    setStore(nullptr);
}

void ChangesView::setStore(SnapshotStore* store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_model->setChanges({});
    m_filling = true;
    m_from->clear();
    m_to->clear();
    m_filling = false;
    updateFacets();
    m_summary->setText(tr("No offline copy yet."));
    if (!store)
        return;
    connect(
        store, &SnapshotStore::snapshotsListed, this,
        [this](int ticket, const QList<SnapshotInfo>& snapshots, const StoreResult&) { onListed(ticket, snapshots); });
    connect(store, &SnapshotStore::compared, this, &ChangesView::onCompared);
    reload();
}

void ChangesView::reload()
{
    if (m_store)
        m_listTicket = m_store->listSnapshots();
}

void ChangesView::onListed(int ticket, const QList<SnapshotInfo>& snapshots)
{
    if (ticket != m_listTicket)
        return;
    // The default comparison (the one before the newest, the newest) unless another one was picked.
    const bool wasDefault = m_to->currentIndex() <= 0 && m_from->currentIndex() <= 1;
    const qint64 fromId = m_from->currentData().toLongLong();
    const qint64 toId = m_to->currentData().toLongLong();
    m_filling = true;
    m_from->clear();
    m_to->clear();
    for (const SnapshotInfo& s : snapshots) { // newest first
        m_from->addItem(snapshotText(s), s.id);
        m_to->addItem(snapshotText(s), s.id);
    }
    if (wasDefault || m_from->findData(fromId) < 0 || m_to->findData(toId) < 0) {
        m_to->setCurrentIndex(snapshots.isEmpty() ? -1 : 0);
        m_from->setCurrentIndex(snapshots.size() > 1 ? 1 : -1);
    } else {
        m_from->setCurrentIndex(m_from->findData(fromId));
        m_to->setCurrentIndex(m_to->findData(toId));
    }
    m_filling = false;
    if (snapshots.size() < 2) {
        m_model->setChanges({});
        updateFacets();
        m_summary->setText(snapshots.isEmpty() ? tr("No offline copy yet.")
                                               : tr("One snapshot so far: changes show after the next refresh."));
        return;
    }
    compareSelected();
}

void ChangesView::compareSelected()
{
    if (m_filling || !m_store || m_from->currentIndex() < 0 || m_to->currentIndex() < 0)
        return;
    m_summary->setText(tr("Comparing…"));
    m_compareTicket = m_store->compare(m_from->currentData().toLongLong(), m_to->currentData().toLongLong());
}

void ChangesView::onCompared(int ticket, const SnapshotDiff& diff)
{
    if (ticket != m_compareTicket)
        return;
    if (!diff.result.ok()) {
        m_summary->setText(diff.result.message);
        return;
    }
    m_model->setChanges(diff.changes);
    updateFacets();
    const QLocale locale;
    const int changed = diff.count(UserChange::Kind::Changed) + diff.count(UserChange::Kind::Activated) +
                        diff.count(UserChange::Kind::Deactivated);
    const QDateTime since = QDateTime::fromMSecsSinceEpoch(diff.from.finishedMsecs).toLocalTime();
    m_summary->setText(tr("Since %1: %2 joined, %3 left, %4 changes")
                           .arg(locale.toString(since.date(), QStringLiteral("d MMM")),
                                locale.toString(diff.count(UserChange::Kind::Joined)),
                                locale.toString(diff.count(UserChange::Kind::Left)), locale.toString(changed)));
}

// The kinds and fields of this comparison, with their counts: facets over the changes.
void ChangesView::updateFacets()
{
    const QString kind = m_kind->currentData().toString();
    const QString field = m_field->currentData().toString();
    QMap<int, int> kinds;
    QMap<QString, int> fields;
    for (const UserChange& c : m_model->allChanges()) {
        ++kinds[int(c.kind)];
        if (!c.field.isEmpty())
            ++fields[c.field];
    }
    m_filling = true;
    const QLocale locale;
    m_kind->clear();
    m_kind->addItem(tr("All kinds"), QString());
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it) {
        const auto k = UserChange::Kind(it.key());
        m_kind->addItem(tr("%1 (%2)").arg(ChangesModel::kindText(k), locale.toString(it.value())),
                        UserChange::kindKey(k));
    }
    m_field->clear();
    m_field->addItem(tr("All fields"), QString());
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        m_field->addItem(tr("%1 (%2)").arg(it.key(), locale.toString(it.value())), it.key());
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(kind)));
    m_field->setCurrentIndex(qMax(0, m_field->findData(field)));
    m_filling = false;
    applyFilter();
}

void ChangesView::applyFilter()
{
    if (m_filling)
        return;
    m_model->setFilter(m_kind->currentData().toString(), m_field->currentData().toString(), m_name->text().trimmed());
    m_export->setEnabled(m_model->rowCount() > 0);
}

void ChangesView::setDirectory(const Directory* directory)
{
    m_model->setDirectory(directory);
}

void ChangesView::copySelection()
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    const QList<UserChange> shown = m_model->visibleChanges();
    QList<UserChange> picked;
    picked.reserve(rows.size());
    for (const QModelIndex& index : std::as_const(rows))
        picked.append(shown.at(index.row()));
    ExportOptions options;
    options.byteOrderMark = false;
    QGuiApplication::clipboard()->setText(QString::fromUtf8(ChangesWriter::csv(picked, options)));
    Q_EMIT message(tr("Copied %n change(s)", nullptr, int(picked.size())));
}

bool ChangesView::exportTo(const QString& path, QString* error) const
{
    const ExportFormat format = QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0
                                    ? ExportFormat::Json
                                    : ExportFormat::Csv;
    const QByteArray bytes = ChangesWriter::write(format, m_model->visibleChanges());
    return ExportFile::save(path, bytes, error) == ExportFile::Result::Written;
}

void ChangesView::exportClicked()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Changes"), QStringLiteral("changes.csv"),
                                                      tr("CSV (*.csv);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportTo(path, &error))
        Q_EMIT message(tr("Exported %n changes to %1", nullptr, m_model->rowCount()).arg(path));
    else
        Q_EMIT message(error);
}
