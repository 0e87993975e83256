// SPDX-License-Identifier: MIT
#include "mainwindow.h"
#include "icons.h"

#include "accessibility.h"
#include "api/directoryloader.h"
#include "api/gongclient.h"
#include "appearance.h"
#include "chartview.h"
#include "columnchooser.h"
#include "contextmenukey.h"
#include "demo/demosession.h"
#include "detailpane.h"
#include "directory/directory.h"
#include "directorycompleteness.h"
#include "emptyresultsnotice.h"
#include "errorbanner.h"
#include "exportactions.h"
#include "facetpanel.h"
#include "helpmenu.h"
#include "loadingstatus.h"
#include "models/orgtreemodel.h"
#include "models/userfiltermodel.h"
#include "models/userselectionmodel.h"
#include "models/usertablemodel.h"
#include "orgchartview.h"
#include "peopleview.h"
#include "personhistory.h"
#include "reconcileactions.h"
#include "search/usermatcher.h"
#include "search/userquery.h"
#include "searchbar.h"
#include "usertableview.h"
#include "viewsmenu.h"
#include "welcomepanel.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QKeySequence>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_directory(new Directory(this))
    , m_model(new UserTableModel(m_directory, this))
    , m_proxy(new UserFilterModel(this))
    , m_client(new GongClient(this))
    , m_loader(new DirectoryLoader(m_client, m_directory, this))
{
    Accessibility::installFactory(); // before any widget is asked for its interface
    setWindowTitle(tr("Gong Directory"));
    setObjectName(QStringLiteral("mainWindow"));
    m_directory->setObjectName(QStringLiteral("directory"));
    m_model->setObjectName(QStringLiteral("userTableModel"));
    m_proxy->setObjectName(QStringLiteral("userFilterModel"));

    m_proxy->setSourceModel(m_model);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new ErrorBanner(central);
    layout->addWidget(m_banner);
    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->tabBar()->setAccessibleName(tr("Pages"));
    m_people = new PeopleView(m_directory, m_model, m_proxy, m_tabs);
    m_table = m_people->table();
    m_tabs->addTab(m_people, tr("People"));
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    buildOrgChartAndDetails();
    buildSettingsByTeam();

    m_export = new ExportActions(m_table, m_directory, this);
    m_export->setObjectName(QStringLiteral("exportActions"));
    connect(m_export, &ExportActions::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    buildActions();
    UserPager* pager = m_loader->pager();
    auto* completeness = new DirectoryCompleteness(m_directory, pager, this);
    m_export->setCompleteness(completeness);
    auto* reconcile = new ReconcileActions(m_directory, completeness, m_people, this); // Edit → Find a List…
    m_editMenu->addAction(reconcile->findListAction());
    connect(reconcile, &ReconcileActions::userActivated, this, &MainWindow::selectUser);
    connect(reconcile, &ReconcileActions::peopleShown, this, &MainWindow::focusResults);
    buildHealth(completeness);
    buildChartTab(); // after Health, so the tabs read People, Org chart, Chart, Health, …
    m_status = new LoadingStatus(statusBar(), m_directory, m_proxy, pager, completeness);
    buildSearch();

    connect(pager, &UserPager::stateChanged, this, &MainWindow::updateActions);
    connect(pager, &UserPager::failed, this, &MainWindow::onFailed);
    connect(m_banner, &ErrorBanner::retryRequested, this, &MainWindow::resume);

    menuBar()->addMenu(new HelpMenu(this));
    qApp->installEventFilter(new ContextMenuKey(this));
    for (QDockWidget* d : {m_facetDock, m_detailDock}) {
        // A panel named by its title, not an anonymous frame.
        Accessibility::setRole(d, QAccessible::Pane);
        d->setAccessibleName(d->windowTitle());
    }
    updateActions();
}

MainWindow::~MainWindow()
{
    // No reply may outlive the window (and the demo server it may talk to).
    m_loader->cancel();
    saveTableState();
}

void MainWindow::buildOrgChartAndDetails()
{
    m_orgModel = new OrgTreeModel(m_directory, this);
    m_orgModel->setObjectName(QStringLiteral("orgTreeModel"));
    m_orgView = new OrgChartView(m_orgModel, m_tabs);
    m_tabs->addTab(m_orgView, tr("Org chart"));

    m_detail = new DetailPane(m_directory, this);
    m_detail->setOrgTreeModel(m_orgModel);
    m_detail->setFilterModel(m_proxy);
    auto* dock = new QDockWidget(tr("Details"), this);
    dock->setObjectName(QStringLiteral("detailDock"));
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                      QDockWidget::DockWidgetFloatable);
    dock->setWidget(m_detail);
    dock->setMinimumWidth(280);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    m_detailDock = dock;

    connect(m_people, &PeopleView::currentUserChanged, this, &MainWindow::selectUser);
    connect(m_orgView, &OrgChartView::currentUserChanged, this, [this](const QString& id) {
        if (!id.isEmpty())
            selectUser(id);
    });
    connect(m_detail, &DetailPane::userActivated, this, &MainWindow::selectUser);
    connect(m_detail, &DetailPane::exportTeamRequested, this, &MainWindow::exportTeam);

    m_showInOrgAction = new QAction(Icons::get("org-chart"), tr("Show in org chart"), this);
    m_showInOrgAction->setObjectName(QStringLiteral("showInOrgChartAction"));
    m_showInOrgAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_showInOrgAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_showInOrgAction, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_orgView);
        m_orgView->selectUser(m_currentUserId);
        m_orgView->treeView()->setFocus();
    });
    m_table->addAction(m_showInOrgAction); // listed in the table's context menu (ExportActions builds it)

    // One search and one set of filters for every view: the tree shows the table's results with their managers.
    const UserFilterModel* results = m_proxy;
    connect(m_proxy, &UserFilterModel::filterChanged, this, [this, results] {
        OrgChartView::Matcher inResults;
        if (results->isFiltered())
            inResults = [results](int row) { return results->indexOfRow(row).isValid(); };
        m_orgView->setMatcher(inResults);
        if (m_chart)
            m_chart->setMatcher(inResults); // the Chart tab marks the same people
    });
    auto* orgEmpty = new EmptyResultsNotice(m_orgView->treeView(), m_proxy, QStringLiteral("orgEmptyResults"));
    connect(orgEmpty, &EmptyResultsNotice::clearRequested, m_people, &PeopleView::clearSearchAndFilters);
    connect(m_orgView, &OrgChartView::exportTeamRequested, this, &MainWindow::exportTeam);
}

void MainWindow::selectUser(const QString& userId)
{
    if (m_syncingSelection || userId.isEmpty())
        return;
    m_syncingSelection = true;
    m_currentUserId = userId;
    m_people->showUser(userId);
    m_orgView->selectUser(userId);
    m_detail->setUser(userId);
    if (m_chart)
        m_chart->setUser(userId);
    if (m_history)
        m_history->setUser(userId);
    m_syncingSelection = false;
}

void MainWindow::setAppearance(Appearance* appearance)
{
    m_viewMenu->addSeparator();
    m_viewMenu->addMenu(appearance->createMenu(m_viewMenu));
}

void MainWindow::focusResults()
{
    m_tabs->setCurrentWidget(m_people);
    m_people->focusTable();
}

void MainWindow::buildActions()
{
    m_refreshAction = new QAction(Icons::get("refresh"), tr("&Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(Qt::Key_F5)});
    m_refreshAction->setToolTip(tr("Load the directory again (Ctrl+R, F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_stopAction = new QAction(Icons::get("stop"), tr("&Stop"), this);
    m_stopAction->setObjectName(QStringLiteral("stopAction"));
    m_stopAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_stopAction->setToolTip(tr("Stop loading; the rows loaded so far stay (Esc)"));
    connect(m_stopAction, &QAction::triggered, this, &MainWindow::stop);

    auto* quit = new QAction(tr("&Quit"), this);
    quit->setObjectName(QStringLiteral("quitAction"));
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
    m_editMenu = edit;
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
    m_settingsAction = settingsAction; // the welcome panel's "Connect to Gong…"
    QAction* firstInMenu = m_fileMenu->actions().value(0);
    m_fileMenu->insertAction(firstInMenu, settingsAction);
    m_fileMenu->insertSeparator(firstInMenu);
    QAction* firstInToolBar = m_toolBar->actions().value(0);
    QAction* switcherAction = m_toolBar->insertWidget(firstInToolBar, switcher);
    m_toolBar->insertAction(firstInToolBar, settingsAction);
    m_toolBar->insertSeparator(firstInToolBar);
    m_switcher = switcher;
    orderTabStops();
    return switcherAction;
}

void MainWindow::connectTo(const QUrl& baseUrl, const Credentials& credentials, const QString& connectionName)
{
    m_loader->cancel();
    if (m_demo && baseUrl != m_demo->baseUrl()) {
        m_demo->deleteLater();
        m_demo = nullptr;
    }
    m_connectionName = connectionName;
    if (m_welcome) {
        m_welcome->hide();
        m_tabs->show();
    }
    m_status->setConnectionName(connectionName);
    setWindowTitle(tr("%1 — Gong Directory").arg(connectionName));
    m_client->setBaseUrl(baseUrl);
    m_client->setCredentials(credentials);
    m_directory->clear();
    m_banner->hide();
    Q_EMIT connectionChanged();
    QString why;
    if (!m_client->isConfigured(&why)) {
        showNotConnected(why);
        return;
    }
    if (m_offline)
        openOfflineCopy(baseUrl); // the copy first; it asks for the refresh the settings want
    else
        refresh();
}

void MainWindow::showFirstRun()
{
    if (!m_welcome) {
        m_welcome = new WelcomePanel(centralWidget());
        static_cast<QVBoxLayout*>(centralWidget()->layout())->addWidget(m_welcome, 1);
        connect(m_welcome, &WelcomePanel::connectRequested, this, [this] {
            if (m_settingsAction)
                m_settingsAction->trigger();
        });
        connect(m_welcome, &WelcomePanel::demoRequested, this, [this] { openDemo(DemoSession::DefaultUserCount); });
    }
    m_welcome->setCanConnect(m_settingsAction != nullptr);
    m_status->setConnectionName(tr("Not connected"));
    m_banner->hide();
    m_tabs->hide();
    m_welcome->show();
    m_welcome->findChild<QWidget*>(QStringLiteral("welcomeConnect"))->setFocus();
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
    m_status->setConnectionName(tr("Not connected"));
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
    if (m_offline && !confirmNetworkLoad())
        return;
    m_banner->hide();
    m_status->showConnecting();
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
    m_status->showResuming();
    m_loader->resume();
}

void MainWindow::onFailed(const ApiError& error)
{
    if (m_offline && showOfflineCopy(error))
        return;
    const bool canRetry = !error.isAuthError() && error.kind != ApiError::Kind::InvalidUrl;
    QString text = error.message();
    if (m_directory->count() > 0)
        text +=
            QLatin1Char(' ') + tr("The %1 users loaded so far are kept.").arg(QLocale().toString(m_directory->count()));
    // Stopped by the total wait for Gong's rate limit: the user decides whether to keep waiting.
    m_banner->showError(text, canRetry, error.canKeepWaiting ? tr("&Keep Waiting") : QString());
}

void MainWindow::updateActions()
{
    const bool busy = m_loader->isBusy();
    m_stopAction->setEnabled(busy);
    m_refreshAction->setEnabled(!busy && m_client->isConfigured());
}

// --- Search and filter views -------------------------------------------------------------------------------------

void MainWindow::buildSearch()
{
    SearchBar* search = m_people->searchBar();
    QToolBar* bar = addToolBar(tr("Search"));
    bar->setObjectName(QStringLiteral("searchToolBar"));
    bar->setMovable(false);
    bar->addWidget(search);
    connect(search, &SearchBar::resultsRequested, this, &MainWindow::focusResults);
    // A new query keeps the selection and the current person (UserSelectionModel); show the current one, else the top.
    connect(m_proxy, &UserFilterModel::filterChanged, this, [this] {
        if (m_table->currentIndex().isValid())
            m_table->scrollTo(m_table->currentIndex(), QAbstractItemView::EnsureVisible);
        else
            m_table->scrollToTop();
    });
    // The status bar counts the selected people the search hides too.
    const auto updateSelection = [this] { m_status->setSelectionSummary(m_export->selectionSummary()); };
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateSelection);
    connect(m_table->peopleSelection(), &UserSelectionModel::hiddenCountChanged, this, updateSelection);

    m_facets = new FacetPanel(m_proxy, this);
    m_facetDock = new QDockWidget(tr("Filters"), this);
    m_facetDock->setObjectName(QStringLiteral("facetDock"));
    m_facetDock->setWidget(m_facets);
    m_facetDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    // Room for a title and its count; narrower and most labels would be cut to a word.
    m_facetDock->setMinimumWidth(220);
    addDockWidget(Qt::LeftDockWidgetArea, m_facetDock);

    // Tab follows the window from left to right: search, filters, the table (or org chart), the details.
    QWidget::setTabOrder(m_facets->tree(), m_table);

    m_columns = new ColumnChooser(m_table->horizontalHeader());

    auto* find = new QAction(tr("&Find"), this);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, search, &SearchBar::focusSearch);
    addAction(find);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(find);
    view->addAction(m_facetDock->toggleViewAction());
    m_facetDock->toggleViewAction()->setObjectName(QStringLiteral("facetDockToggle"));
    m_detailDock->toggleViewAction()->setObjectName(QStringLiteral("detailDockToggle"));
    view->addAction(m_detailDock->toggleViewAction());
    QMenu* columns = view->addMenu(tr("&Columns"));
    connect(columns, &QMenu::aboutToShow, this, [this, columns] {
        columns->clear();
        QMenu* fresh = m_columns->createMenu(columns);
        columns->addActions(fresh->actions());
    });
    view->addAction(tr("Search &Help"), search, &SearchBar::showHelp);
    m_viewMenu = view;
    m_views = new ViewsMenu([this] { return m_people->captureView(); },
                            [this](const SavedView& v) {
                                m_people->applyView(v);
                                m_facets->refresh();
                            },
                            this);
    menuBar()->addMenu(m_views);

    restoreTableState();
}

void MainWindow::orderTabStops()
{
    // Tab reads the window as it is laid out: the connection box and the search in the tool bar, the filters, the
    // table, the details. The box comes from ConnectionManager after the rest and would be the last stop: the search
    // box, the filters and the table move after it. (setTabOrder() moves single widgets: a dock has no focus proxy.)
    if (!m_switcher)
        return;
    QList<QWidget*> order{m_switcher};
    for (QWidget* w = nextInFocusChain(); w && w != this; w = w->nextInFocusChain()) {
        if (m_people->searchBar()->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus))
            order.append(w);
    }
    order << m_facets->tree() << m_table;
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order[i - 1], order[i]);
}

// Only an application that names itself persists (main.cpp does): a test executable that does not, must not find
// columns hidden by its previous run.
