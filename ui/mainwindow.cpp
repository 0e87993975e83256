// SPDX-License-Identifier: MIT
#include "mainwindow.h"
#include "icons.h"

#include "api/directoryloader.h"
#include "api/gongclient.h"
#include "appearance.h"
#include "columnchooser.h"
#include "demo/demosession.h"
#include "detailpane.h"
#include "directory/directory.h"
#include "directory/usercolumns.h"
#include "errorbanner.h"
#include "exportactions.h"
#include "facetpanel.h"
#include "models/orgtreemodel.h"
#include "models/userfiltermodel.h"
#include "models/usertablemodel.h"
#include "orgchartview.h"
#include "plaintextdelegate.h"
#include "search/usermatcher.h"
#include "search/userquery.h"
#include "searchbar.h"
#include "selectionkeeper.h"
#include "usertableview.h"
#include "viewsmenu.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_directory(new Directory(this))
    , m_model(new UserTableModel(m_directory, this))
    , m_proxy(new UserFilterModel(this))
    , m_client(new GongClient(this))
    , m_loader(new DirectoryLoader(m_client, m_directory, this))
{
    setWindowTitle(tr("Gong Directory"));
    setObjectName(QStringLiteral("mainWindow"));

    m_proxy->setSourceModel(m_model);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new ErrorBanner(central);
    layout->addWidget(m_banner);
    buildTable();
    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_table, tr("People"));
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    buildOrgChartAndDetails();

    m_export = new ExportActions(m_table, m_directory, this);
    connect(m_export, &ExportActions::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    buildActions();
    buildStatusBar();
    buildSearch();

    UserPager* pager = m_loader->pager();
    connect(pager, &UserPager::progress, this, &MainWindow::onProgress);
    connect(pager, &UserPager::stateChanged, this, &MainWindow::onStateChanged);
    connect(pager, &UserPager::failed, this, &MainWindow::onFailed);
    connect(m_banner, &ErrorBanner::retryRequested, this, &MainWindow::resume);
    connect(m_directory, &Directory::usersAppended, this, &MainWindow::updateCountLabel);
    connect(m_directory, &Directory::usersRemoved, this, &MainWindow::updateCountLabel);
    connect(m_directory, &Directory::reset, this, &MainWindow::updateCountLabel);

    m_waitTicker.setInterval(250);
    connect(&m_waitTicker, &QTimer::timeout, this, &MainWindow::updateWaitText);

    buildHelpMenu();
    updateActions();
    updateCountLabel();
}

MainWindow::~MainWindow()
{
    // No reply may outlive the window (and the demo server it may talk to).
    m_loader->cancel();
    saveTableState();
}

void MainWindow::buildTable()
{
    m_table = new UserTableView(this);
    // Arrow keys move between rows and cells; Tab leaves the table for the next part of the window.
    m_table->setTabKeyNavigation(false);
    m_table->setObjectName(QStringLiteral("userTable"));
    m_table->setAccessibleName(tr("People"));
    m_table->setAccessibleDescription(tr("Everyone in the directory, one person per row"));
    m_table->setModel(m_proxy);
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
    applyDefaultColumns();
}

void MainWindow::buildOrgChartAndDetails()
{
    m_orgModel = new OrgTreeModel(m_directory, this);
    m_orgView = new OrgChartView(m_orgModel, m_tabs);
    m_tabs->addTab(m_orgView, tr("Org chart"));

    m_detail = new DetailPane(m_directory, this);
    m_detail->setOrgTreeModel(m_orgModel);
    auto* dock = new QDockWidget(tr("Details"), this);
    dock->setObjectName(QStringLiteral("detailDock"));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    dock->setWidget(m_detail);
    dock->setMinimumWidth(340);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    m_detailDock = dock;

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    selectUser(current.data(UserTableModel::UserIdRole).toString());
            });
    connect(m_orgView, &OrgChartView::currentUserChanged, this, [this](const QString& id) {
        if (!id.isEmpty())
            selectUser(id);
    });
    connect(m_detail, &DetailPane::userActivated, this, &MainWindow::selectUser);
    connect(m_detail, &DetailPane::exportTeamRequested, this, &MainWindow::exportTeam);

    m_showInOrgAction = new QAction(Icons::get("org-chart"), tr("Show in org chart"), this);
    m_showInOrgAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_showInOrgAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_showInOrgAction, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_orgView);
        m_orgView->selectUser(m_currentUserId);
        m_orgView->treeView()->setFocus();
    });
    m_table->addAction(m_showInOrgAction); // listed in the table's context menu (ExportActions builds it)

    // The org chart's search box speaks the same query language as the table's.
    const Directory* directory = m_directory;
    m_orgView->setMatcherFactory([directory](const QString& text) -> OrgChartView::Matcher {
        const UserQuery query = UserQuery::parse(text);
        auto matcher = std::make_shared<std::unique_ptr<UserMatcher>>();
        return [query, matcher, directory](const User& user) {
            if (!*matcher || (*matcher)->rowCount() != directory->count())
                *matcher = std::make_unique<UserMatcher>(query, *directory); // pages arrived since
            const int row = directory->rowOf(user.id);
            return row >= 0 && (*matcher)->matches(row);
        };
    });
    connect(m_orgView, &OrgChartView::exportTeamRequested, this, &MainWindow::exportTeam);
}

void MainWindow::selectUser(const QString& userId)
{
    if (m_syncingSelection || userId.isEmpty())
        return;
    m_syncingSelection = true;
    m_currentUserId = userId;
    const QModelIndex source = m_model->indexOfUser(userId);
    const QModelIndex row = m_proxy->mapFromSource(source);
    if (row.isValid() && m_table->currentIndex().row() != row.row()) {
        m_table->selectionModel()->setCurrentIndex(row.siblingAtColumn(qMax(0, m_table->currentIndex().column())),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(row);
    }
    m_orgView->selectUser(userId);
    m_detail->setUser(userId);
    m_syncingSelection = false;
}

void MainWindow::setAppearance(Appearance* appearance)
{
    m_viewMenu->addSeparator();
    m_viewMenu->addMenu(appearance->createMenu(m_viewMenu));
}

void MainWindow::focusResults()
{
    m_tabs->setCurrentWidget(m_table);
    m_table->setFocus(Qt::OtherFocusReason);
    QModelIndex current = m_table->currentIndex();
    if (!current.isValid() && m_proxy->rowCount() > 0)
        current = m_proxy->index(0, 0);
    if (current.isValid() && !m_table->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        m_table->selectionModel()->setCurrentIndex(current,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void MainWindow::applyDefaultColumns()
{
    QHeaderView* horizontal = m_table->horizontalHeader();
    const qreal scale = logicalDpiX() / 96.0;
    for (int c = 0; c < UserColumns::count(); ++c) {
        const UserColumn& col = UserColumns::at(c);
        horizontal->resizeSection(c, int(col.defaultWidth * scale));
        horizontal->setSectionHidden(c, !col.visibleByDefault);
    }
}

void MainWindow::buildActions()
{
    m_refreshAction = new QAction(Icons::get("refresh"), tr("&Refresh"), this);
    m_refreshAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(Qt::Key_F5)});
    m_refreshAction->setToolTip(tr("Load the directory again (Ctrl+R, F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_stopAction = new QAction(Icons::get("stop"), tr("&Stop"), this);
    m_stopAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_stopAction->setToolTip(tr("Stop loading; the rows loaded so far stay (Esc)"));
    connect(m_stopAction, &QAction::triggered, this, &MainWindow::stop);

    auto* quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_fileMenu = file;
    file->addAction(m_refreshAction);
    file->addAction(m_stopAction);
    file->addSeparator();
    file->addAction(m_export->exportAction());
    file->addSeparator();
    file->addAction(quit);
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_export->copyAction());

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);
    toolbar->addAction(m_refreshAction);
    toolbar->addAction(m_stopAction);
    toolbar->addSeparator();
    toolbar->addAction(m_export->exportAction());
    m_toolBar = toolbar;
}

QAction* MainWindow::addConnectionControls(QAction* settingsAction, QWidget* switcher)
{
    QAction* firstInMenu = m_fileMenu->actions().value(0);
    m_fileMenu->insertAction(firstInMenu, settingsAction);
    m_fileMenu->insertSeparator(firstInMenu);
    QAction* firstInToolBar = m_toolBar->actions().value(0);
    QAction* switcherAction = m_toolBar->insertWidget(firstInToolBar, switcher);
    m_toolBar->insertAction(firstInToolBar, settingsAction);
    m_toolBar->insertSeparator(firstInToolBar);
    return switcherAction;
}

void MainWindow::buildStatusBar()
{
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setAccessibleName(tr("Connection"));
    m_countLabel = new QLabel(this);
    m_countLabel->setAccessibleName(tr("Users loaded"));
    m_stateLabel = new QLabel(this);
    m_stateLabel->setAccessibleName(tr("Loading state"));
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Loading progress"));
    m_progress->setMaximumWidth(320);
    m_progress->setMinimumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    statusBar()->addWidget(m_connectionLabel);
    statusBar()->addWidget(m_countLabel);
    statusBar()->addWidget(m_stateLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
}

void MainWindow::connectTo(const QUrl& baseUrl, const Credentials& credentials, const QString& connectionName)
{
    m_loader->cancel();
    if (m_demo && baseUrl != m_demo->baseUrl()) {
        m_demo->deleteLater();
        m_demo = nullptr;
    }
    m_connectionName = connectionName;
    m_connectionLabel->setText(connectionName);
    setWindowTitle(tr("%1 — Gong Directory").arg(connectionName));
    m_client->setBaseUrl(baseUrl);
    m_client->setCredentials(credentials);
    m_directory->clear();
    m_banner->hide();
    QString why;
    if (!m_client->isConfigured(&why)) {
        showNotConnected(why);
        return;
    }
    refresh();
}

bool MainWindow::openDemo(int userCount)
{
    auto* demo = new DemoSession(this);
    QString error;
    if (!demo->start(userCount, 42, &error)) {
        delete demo;
        showNotConnected(error);
        return false;
    }
    if (m_demo)
        m_demo->deleteLater();
    m_demo = demo;
    connectTo(demo->baseUrl(), demo->credentials(), tr("Demo"));
    return true;
}

void MainWindow::setRequestsPerSecond(double rate)
{
    m_loader->pager()->setRequestsPerSecond(rate);
}

void MainWindow::setIncludeAvatars(bool on)
{
    m_client->setIncludeAvatars(on);
}

void MainWindow::showNotConnected(const QString& why)
{
    m_connectionLabel->setText(tr("Not connected"));
    m_banner->showError(why, false);
    updateActions();
}

void MainWindow::exportTeam(const QString& managerId)
{
    m_export->openTeamExportDialog(managerId);
}

void MainWindow::refresh()
{
    QString why;
    if (!m_client->isConfigured(&why)) {
        showNotConnected(why);
        return;
    }
    m_banner->hide();
    m_progress->setRange(0, 0); // busy until the first page tells the total
    m_progress->setFormat(tr("Connecting…"));
    m_progress->show();
    m_loader->load();
}

void MainWindow::stop()
{
    if (m_loader->isBusy())
        m_loader->cancel();
}

void MainWindow::resume()
{
    m_banner->hide();
    m_progress->show();
    m_loader->resume();
}

void MainWindow::onProgress(qint64 loaded, qint64 total)
{
    const QLocale locale;
    if (total > 0) {
        // QProgressBar is int-based; a directory never comes near INT_MAX users.
        m_progress->setRange(0, int(qMin<qint64>(total, INT_MAX)));
        m_progress->setValue(int(qMin(loaded, total)));
        m_progress->setFormat(tr("Loaded %1 of %2 users").arg(locale.toString(loaded), locale.toString(total)));
    } else {
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("Loaded %1 users").arg(locale.toString(loaded)));
    }
}

void MainWindow::onStateChanged(UserPager::State state)
{
    switch (state) {
    case UserPager::State::Loading:
        m_stateLabel->setText(tr("Loading…"));
        m_waitTicker.stop();
        break;
    case UserPager::State::WaitingRateLimit:
    case UserPager::State::WaitingRetry:
        updateWaitText();
        m_waitTicker.start();
        break;
    case UserPager::State::Finished:
        m_waitTicker.stop();
        m_progress->hide();
        m_stateLabel->setText(tr("Up to date"));
        break;
    case UserPager::State::Cancelled:
        m_waitTicker.stop();
        m_progress->hide();
        m_stateLabel->setText(tr("Stopped — %1 users loaded").arg(QLocale().toString(m_directory->count())));
        break;
    case UserPager::State::Failed:
        m_waitTicker.stop();
        m_progress->hide();
        m_stateLabel->setText(tr("Loading failed"));
        break;
    case UserPager::State::Idle:
        m_waitTicker.stop();
        m_stateLabel->clear();
        break;
    }
    updateActions();
}

void MainWindow::onFailed(const ApiError& error)
{
    const bool canRetry = !error.isAuthError() && error.kind != ApiError::Kind::InvalidUrl;
    QString text = error.message();
    if (m_directory->count() > 0)
        text +=
            QLatin1Char(' ') + tr("The %1 users loaded so far are kept.").arg(QLocale().toString(m_directory->count()));
    // Stopped by the total wait for Gong's rate limit: the user decides whether to keep waiting.
    m_banner->showError(text, canRetry, error.canKeepWaiting ? tr("&Keep Waiting") : QString());
}

void MainWindow::updateWaitText()
{
    UserPager* pager = m_loader->pager();
    const int seconds = pager->secondsUntilRetry();
    if (pager->state() == UserPager::State::WaitingRateLimit)
        m_stateLabel->setText(tr("Waiting %n s (rate limit)", nullptr, seconds));
    else if (pager->state() == UserPager::State::WaitingRetry)
        m_stateLabel->setText(tr("Connection problem — retrying in %n s", nullptr, seconds));
}

void MainWindow::updateActions()
{
    const bool busy = m_loader->isBusy();
    m_stopAction->setEnabled(busy);
    m_refreshAction->setEnabled(!busy && m_client->isConfigured());
}

void MainWindow::updateCountLabel()
{
    m_countLabel->setText(countText());
}

QString MainWindow::statusText() const
{
    return m_progress->isVisible() || m_progress->maximum() > 0 ? m_progress->text() : m_stateLabel->text();
}

// --- Search and filter views -------------------------------------------------------------------------------------

void MainWindow::buildSearch()
{
    m_search = new SearchBar(this);
    QToolBar* bar = addToolBar(tr("Search"));
    bar->setObjectName(QStringLiteral("searchToolBar"));
    bar->setMovable(false);
    bar->addWidget(m_search);
    connect(m_search, &SearchBar::queryChanged, m_proxy, &UserFilterModel::setQuery);
    connect(m_search, &SearchBar::resultsRequested, this, &MainWindow::focusResults);
    m_search->setValueProvider([this](const QString& field) {
        const UserFacets& facets = m_proxy->facets();
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
    });
    new SelectionKeeper(m_table, m_proxy);
    connect(m_proxy, &UserFilterModel::visibleCountChanged, this, &MainWindow::updateCountLabel);

    m_facets = new FacetPanel(m_proxy, this);
    m_facetDock = new QDockWidget(tr("Filters"), this);
    m_facetDock->setObjectName(QStringLiteral("facetDock"));
    m_facetDock->setWidget(m_facets);
    m_facetDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    // Room for a title and its count; narrower and most labels would be cut to a word.
    m_facetDock->setMinimumWidth(240);
    addDockWidget(Qt::LeftDockWidgetArea, m_facetDock);

    m_columns = new ColumnChooser(m_table->horizontalHeader());

    auto* find = new QAction(tr("&Find"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_search, &SearchBar::focusSearch);
    addAction(find);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(find);
    view->addAction(m_facetDock->toggleViewAction());
    QMenu* columns = view->addMenu(tr("&Columns"));
    connect(columns, &QMenu::aboutToShow, this, [this, columns] {
        columns->clear();
        QMenu* fresh = m_columns->createMenu(columns);
        columns->addActions(fresh->actions());
    });
    view->addAction(tr("Search &Help"), m_search, &SearchBar::showHelp);
    m_viewMenu = view;
    m_views = new ViewsMenu([this] { return captureView(); }, [this](const SavedView& v) { applyView(v); }, this);
    menuBar()->addMenu(m_views);

    // Tab follows the window from left to right: search, filters, the table (or org chart), the details.
    QWidget::setTabOrder(m_facets->tree(), m_table);
    restoreTableState();
}

QString MainWindow::countText() const
{
    const QLocale locale;
    const int total = m_directory->count();
    if (!m_proxy->isFiltered())
        return total == 1 ? tr("1 user") : tr("%1 users").arg(locale.toString(total));
    return tr("%1 of %2 users").arg(locale.toString(m_proxy->rowCount()), locale.toString(total));
}

SavedView MainWindow::captureView() const
{
    SavedView view;
    view.query = m_search->text();
    view.facets = m_proxy->facetSelection();
    view.headerState = m_table->horizontalHeader()->saveState();
    view.sortColumn = m_proxy->sortColumn();
    view.sortDescending = m_proxy->sortOrder() == Qt::DescendingOrder;
    return view;
}

void MainWindow::applyView(const SavedView& view)
{
    QHeaderView* header = m_table->horizontalHeader();
    if (!view.headerState.isEmpty())
        header->restoreState(view.headerState);
    header->setSortIndicator(view.sortColumn, view.sortDescending ? Qt::DescendingOrder : Qt::AscendingOrder);
    m_proxy->sort(view.sortColumn, view.sortDescending ? Qt::DescendingOrder : Qt::AscendingOrder);
    m_proxy->setFacetSelection(view.facets);
    m_search->setText(view.query);
    m_facets->refresh();
}

void MainWindow::buildHelpMenu()
{
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    auto* shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showKeyboardShortcuts);
    shortcuts->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Slash), QKeySequence(Qt::Key_F1)});
    addAction(shortcuts);
    help->addSeparator();
    help->addAction(tr("&About Gong Directory"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

QList<QPair<QString, QString>> MainWindow::keyboardShortcuts() const
{
    // Gathered from the actions themselves, so the list can never disagree with what the keys do.
    QList<QPair<QString, QString>> out;
    QSet<const QAction*> seen;
    const auto add = [&](const QAction* action) {
        if (!action || seen.contains(action) || action->shortcuts().isEmpty() || action->isSeparator())
            return;
        seen.insert(action);
        QStringList keys;
        for (const QKeySequence& k : action->shortcuts())
            keys.append(k.toString(QKeySequence::NativeText));
        QString text = action->text();
        text.remove(QLatin1Char('&'));
        out.append({text.remove(QStringLiteral("…")).remove(QStringLiteral("...")).trimmed(), keys.join(tr(" or "))});
    };
    std::function<void(const QList<QAction*>&)> walk = [&](const QList<QAction*>& actions) {
        for (const QAction* a : actions) {
            if (a->menu())
                walk(a->menu()->actions());
            else
                add(a);
        }
    };
    walk(menuBar()->actions());
    walk(actions());
    walk(m_table->actions());
    out.append({tr("Select the manager"), QKeySequence(Qt::ALT | Qt::Key_Up).toString(QKeySequence::NativeText)});
    out.append({tr("Select the first direct report"),
                QKeySequence(Qt::ALT | Qt::Key_Down).toString(QKeySequence::NativeText)});
    out.append({tr("Clear the search"), QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText)});
    out.append({tr("From the search box to the results"),
                QStringList{QKeySequence(Qt::Key_Down).toString(QKeySequence::NativeText),
                            QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText)}
                    .join(tr(" or "))});
    return out;
}

void MainWindow::showKeyboardShortcuts()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto* table = new QTableWidget(&dialog);
    table->setObjectName(QStringLiteral("shortcutTable"));
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    const auto shortcuts = keyboardShortcuts();
    table->setRowCount(int(shortcuts.size()));
    for (int r = 0; r < shortcuts.size(); ++r) {
        table->setItem(r, 0, new QTableWidgetItem(shortcuts[r].first));
        table->setItem(r, 1, new QTableWidgetItem(shortcuts[r].second));
    }
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnToContents(0);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(520, 520);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Gong Directory"),
        tr("<h3>Gong Directory %1</h3>"
           "<p>Browse, search and export the people in a Gong account.</p>"
           "<p>Built with Qt %2 (running on Qt %3).</p>"
           "<p>Licensed under the MIT licence. Gong is a trademark of Gong.io Ltd; this application "
           "is not made by Gong.</p>")
            .arg(QStringLiteral(GONGDIR_VERSION), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
}

// Only an application that names itself persists (main.cpp does): a test executable that does not, must not find
// columns hidden by its previous run.
static bool persistsState()
{
    return !QCoreApplication::organizationName().isEmpty();
}

void MainWindow::saveTableState() const
{
    if (!persistsState())
        return;
    QSettings settings;
    settings.setValue(QStringLiteral("table/header"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/tab"), m_tabs->currentIndex());
    settings.setValue(QStringLiteral("search/lastQuery"), m_search->text());
}

void MainWindow::applyFirstRunGeometry()
{
    // Most of the screen, centred: a directory table wants room, and 1080p is common.
    const QScreen* screen = QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1280, 800);
    const QSize size = QSize(qMin(int(available.width() * 0.85), 1800), qMin(int(available.height() * 0.85), 1100))
                           .expandedTo(QSize(960, 600))
                           .boundedTo(available.size());
    resize(size);
    move(available.center() - QPoint(size.width() / 2, size.height() / 2));
    // The docks share what the table does not need: filters wide enough for most titles, details for a card.
    const int side = size.width() >= 1400 ? 330 : 290;
    resizeDocks({m_facetDock, m_detailDock}, {side, side + 80}, Qt::Horizontal);
}

void MainWindow::restoreTableState()
{
    if (!persistsState()) {
        applyFirstRunGeometry();
        return;
    }
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        applyFirstRunGeometry();
    m_tabs->setCurrentIndex(qBound(0, settings.value(QStringLiteral("window/tab")).toInt(), m_tabs->count() - 1));
    m_search->setText(settings.value(QStringLiteral("search/lastQuery")).toString());
    QHeaderView* header = m_table->horizontalHeader();
    // restoreState() refuses data from a different column set (an older version): the defaults stay then.
    if (header->restoreState(settings.value(QStringLiteral("table/header")).toByteArray()))
        m_proxy->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}
