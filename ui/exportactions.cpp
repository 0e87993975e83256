// SPDX-License-Identifier: MIT
#include "exportactions.h"
#include "icons.h"

#include "directory/directory.h"
#include "directory/usercolumns.h"
#include "directorycompleteness.h"
#include "export/csvwriter.h"
#include "exportdialog.h"
#include "models/usermodelinterface.h"
#include "models/userselectionmodel.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMimeData>
#include <QRegularExpression>
#include <QSet>
#include <QTableView>

#include <algorithm>
#include <numeric>

ExportActions::ExportActions(QTableView* view, Directory* directory, QWidget* window)
    : QObject(window)
    , m_view(view)
    , m_directory(directory)
    , m_window(window)
{
    m_exportAction = new QAction(Icons::get("export"), tr("&Export…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setToolTip(tr("Export people to CSV, JSON or vCard (Ctrl+E)"));
    connect(m_exportAction, &QAction::triggered, this, &ExportActions::openExportDialog);

    m_copyAction = new QAction(Icons::get("copy"), tr("&Copy"), this);
    m_copyAction->setObjectName(QStringLiteral("copyAction"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setToolTip(tr("Copy the selected people, ready to paste into a spreadsheet"));
    // Only while the table has focus: Ctrl+C in a text field must stay that field's copy.
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_copyAction);
    connect(m_copyAction, &QAction::triggered, this, &ExportActions::copySelection);

    // The table's context menu: export actions first, then every action others added to the table.
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ExportActions::showContextMenu);

    connect(m_directory, &Directory::usersAppended, this, &ExportActions::updateActions);
    connect(m_directory, &Directory::usersRemoved, this, &ExportActions::updateActions);
    connect(m_directory, &Directory::reset, this, &ExportActions::updateActions);
    if (m_view->selectionModel())
        connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ExportActions::updateActions);
    updateActions();
}

void ExportActions::updateActions()
{
    m_exportAction->setEnabled(m_directory->count() > 0);
    m_copyAction->setEnabled(m_view->selectionModel() && m_view->selectionModel()->hasSelection());
}

QList<int> ExportActions::selectedRows() const
{
    if (const auto* selection = qobject_cast<const UserSelectionModel*>(m_view->selectionModel()))
        return selection->shownRows();
    QList<int> out;
    const QItemSelectionModel* selection = m_view->selectionModel();
    const UserModelInterface* people = UserModelInterface::of(m_view->model());
    if (!selection || !people)
        return out;
    QModelIndexList indexes = selection->selectedRows();
    std::sort(indexes.begin(), indexes.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    out.reserve(indexes.size());
    for (const QModelIndex& index : std::as_const(indexes)) {
        const int row = people->directoryRow(index);
        if (row >= 0)
            out.append(row);
    }
    return out;
}

QList<int> ExportActions::hiddenSelectedRows() const
{
    const auto* selection = qobject_cast<const UserSelectionModel*>(m_view->selectionModel());
    return selection ? selection->hiddenRows() : QList<int>();
}

QString ExportActions::selectionSummary() const
{
    const auto* selection = qobject_cast<const UserSelectionModel*>(m_view->selectionModel());
    if (!selection)
        return QString();
    const int hidden = selection->hiddenCount();
    const int all = selection->shownCount() + hidden;
    const QLocale locale;
    if (all == 0)
        return QString();
    if (hidden == 0)
        return tr("%1 selected").arg(locale.toString(all));
    return tr("%1 selected, %2 of them hidden by the search").arg(locale.toString(all), locale.toString(hidden));
}

QList<int> ExportActions::viewRows() const
{
    QList<int> out;
    const QAbstractItemModel* model = m_view->model();
    const UserModelInterface* people = UserModelInterface::of(model);
    if (!people)
        return out;
    const int n = model->rowCount();
    out.reserve(n);
    for (int r = 0; r < n; ++r) {
        const int row = people->directoryRow(model->index(r, 0));
        if (row >= 0)
            out.append(row);
    }
    return out;
}

QStringList ExportActions::visibleColumnKeys() const
{
    QStringList keys;
    const QHeaderView* header = m_view->horizontalHeader();
    const QAbstractItemModel* model = m_view->model();
    if (!model)
        return keys;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical < 0 || header->isSectionHidden(logical))
            continue;
        const QString key = model->headerData(logical, Qt::Horizontal, UserModelInterface::ColumnKeyRole).toString();
        if (!key.isEmpty())
            keys.append(key);
    }
    return keys;
}

QList<int> ExportActions::teamRows(const Directory& directory, int managerRow)
{
    QList<int> rows;
    if (managerRow < 0 || managerRow >= directory.count())
        return rows;
    QSet<int> seen{managerRow};
    rows.append(managerRow);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        for (int report : directory.directReports(rows[i])) {
            if (!seen.contains(report)) { // a cycle in the data must not loop
                seen.insert(report);
                rows.append(report);
            }
        }
    }
    return rows;
}

ExportDialog* ExportActions::createDialog()
{
    if (m_dialog) {
        // One export dialog at a time; a running export keeps its dialog.
        if (m_dialog->isExporting()) {
            m_dialog->raise();
            m_dialog->activateWindow();
            return nullptr;
        }
        m_dialog->close();
    }
    auto* dialog = new ExportDialog(m_directory, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QStringList columns = visibleColumnKeys();
    if (columns.isEmpty())
        columns = UserColumns::defaultVisibleKeys();
    dialog->setColumns(columns);
    connect(dialog, &ExportDialog::exported, this, [this](const QString& path, int count) {
        Q_EMIT message(tr("Exported %Ln user(s) to %1", nullptr, count).arg(QDir::toNativeSeparators(path)));
    });
    m_dialog = dialog;
    return dialog;
}

QString ExportActions::wholeDirectoryLabel() const
{
    return !m_completeness || m_completeness->isComplete() ? tr("Whole directory")
                                                           : tr("Everyone loaded — the directory is incomplete");
}

void ExportActions::markIncomplete(ExportDialog* dialog, const QList<int>& partialScopes) const
{
    if (m_completeness && !m_completeness->isComplete())
        dialog->setIncompleteNotice(m_completeness->summary(), partialScopes);
}

ExportDialog* ExportActions::openExportDialog()
{
    ExportDialog* dialog = createDialog();
    if (!dialog)
        return m_dialog;
    const QList<int> selected = selectedRows();
    const QList<int> hidden = hiddenSelectedRows();
    const QList<int> view = viewRows();
    // What the table highlights is what "Selected people" exports; people the search hides are a choice of their own.
    const int selectedScope =
        dialog->addScope(hidden.isEmpty() ? tr("Selected people") : tr("Selected people in the view"), selected);
    if (!hidden.isEmpty())
        dialog->addScope(tr("All selected people, %Ln of them hidden by the search", nullptr, int(hidden.size())),
                         selected + hidden);
    const int viewScope = dialog->addScope(tr("People in the current view"), view);
    QList<int> all(m_directory->count());
    std::iota(all.begin(), all.end(), 0);
    const int wholeScope = dialog->addScope(wholeDirectoryLabel(), all);
    markIncomplete(dialog, {viewScope, wholeScope});
    // Several people selected: that is most likely what to export; else what is on screen.
    dialog->setCurrentScope(selected.size() > 1 ? selectedScope : viewScope);
    dialog->open();
    return dialog;
}

ExportDialog* ExportActions::openTeamExportDialog(const QString& managerId)
{
    const int managerRow = m_directory->rowOf(managerId);
    if (managerRow < 0)
        return nullptr;
    ExportDialog* dialog = createDialog();
    if (!dialog)
        return m_dialog;
    const QString name = m_directory->user(managerRow).displayName();
    const int team = dialog->addScope(tr("%1 and their organisation").arg(name), teamRows(*m_directory, managerRow));
    QList<int> all(m_directory->count());
    std::iota(all.begin(), all.end(), 0);
    const int wholeScope = dialog->addScope(wholeDirectoryLabel(), all);
    markIncomplete(dialog, {team, wholeScope});
    dialog->setCurrentScope(team);
    QString base = name.toLower();
    // Letters of any script stay (a file name may be 由美-yamamoto); everything else becomes "-".
    static const QRegularExpression nonWord(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption);
    base.replace(nonWord, QStringLiteral("-"));
    while (base.startsWith(QLatin1Char('-')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    const QFileInfo info(dialog->filePath());
    dialog->setFilePath(QDir(info.path()).filePath(tr("team-%1").arg(base) + QLatin1Char('.') + info.suffix()));
    dialog->open();
    return dialog;
}

QMimeData* ExportActions::mimeDataForRows(const QList<int>& rows) const
{
    QStringList columns = visibleColumnKeys();
    if (columns.isEmpty())
        columns = UserColumns::defaultVisibleKeys();
    auto render = [&](CsvWriter::Dialect dialect) {
        CsvWriter writer;
        writer.setDialect(dialect);
        writer.setByteOrderMark(false);
        writer.setHeader(CsvWriter::Header::Titles);
        writer.setValues(CsvWriter::Values::Display); // what the table shows
        writer.setColumns(columns);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        writer.write(*m_directory, rows, &buffer);
        return buffer.data();
    };
    auto* mime = new QMimeData;
    mime->setText(QString::fromUtf8(render(CsvWriter::Dialect::Tsv)));
    mime->setData(QStringLiteral("text/csv"), render(CsvWriter::Dialect::Csv));
    return mime;
}

void ExportActions::copySelection()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    QGuiApplication::clipboard()->setMimeData(mimeDataForRows(rows));
    const int hidden = int(hiddenSelectedRows().size());
    QString text = tr("Copied %Ln user(s)", nullptr, int(rows.size()));
    if (hidden > 0)
        text += QStringLiteral(" — ") + tr("%Ln more selected but hidden by the search, not copied", nullptr, hidden);
    Q_EMIT message(text);
}

void ExportActions::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    QMenu menu(m_view);
    menu.addAction(m_copyAction);
    menu.addAction(m_exportAction);
    const UserModelInterface* people = UserModelInterface::of(m_view->model());
    const int row = people ? people->directoryRow(index) : -1;
    if (row >= 0) {
        const int team = int(teamRows(*m_directory, row).size()) - 1;
        QAction* exportTeam =
            menu.addAction(tr("Export %1’s Team (%Ln)…", nullptr, team).arg(m_directory->user(row).displayName()));
        exportTeam->setObjectName(QStringLiteral("exportTeamAction"));
        exportTeam->setEnabled(team > 0);
        // By id: pages (a refresh that drops people) keep arriving while the menu is open.
        const QString id = m_directory->user(row).id;
        connect(exportTeam, &QAction::triggered, this, [this, id] { openTeamExportDialog(id); });
    }
    // Actions other parts of the window put on the table (e.g. "Show in org chart").
    bool separated = false;
    for (QAction* action : m_view->actions()) {
        if (action == m_copyAction || action == m_exportAction)
            continue;
        if (!separated) {
            menu.addSeparator();
            separated = true;
        }
        menu.addAction(action);
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}
