// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "api/userpager.h"
#include "credentials/credentials.h"
#include "search/savedviews.h"

#include "usertableview.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class Directory;
class DirectoryLoader;
class DemoSession;
class DetailPane;
class ErrorBanner;
class ExportActions;
class GongClient;
class OrgChartView;
class OrgTreeModel;
class QAction;
class QLabel;
class QMenu;
class QToolBar;
class QProgressBar;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class UserTableModel;
class ColumnChooser;
class FacetPanel;
class QDockWidget;
class SearchBar;
class UserFilterModel;
class ViewsMenu;

class Appearance;
class QMenu;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Connects to a Gong account (or anything speaking its API) and loads it.
    void connectTo(const QUrl& baseUrl, const Credentials& credentials, const QString& connectionName);
    // Starts the built-in demo company and loads it through the normal client.
    bool openDemo(int userCount);
    void setRequestsPerSecond(double rate);
    void setIncludeAvatars(bool on);
    // Adds View → Appearance for the application's Appearance (main.cpp owns it).
    void setAppearance(Appearance* appearance);
    // Shown when there is nothing to load yet.
    void showNotConnected(const QString& why);
    // Puts the connection settings action and switcher first in the File menu and the toolbar;
    // returns the toolbar action that shows or hides the switcher.
    QAction* addConnectionControls(QAction* settingsAction, QWidget* switcher);
    QString connectionName() const { return m_connectionName; }
    // "Export this team…": opens the export dialog for a manager and everyone below them.
    void exportTeam(const QString& managerId);

    Directory* directory() const { return m_directory; }
    DirectoryLoader* loader() const { return m_loader; }
    UserTableView* tableView() const { return m_table; }
    UserTableModel* tableModel() const { return m_model; }
    ErrorBanner* errorBanner() const { return m_banner; }
    QProgressBar* progressBar() const { return m_progress; }
    QAction* refreshAction() const { return m_refreshAction; }
    QAction* stopAction() const { return m_stopAction; }
    ExportActions* exportActions() const { return m_export; }
    QString statusText() const; // what the status bar says about loading, for tests
    // Every shortcut the window answers to, as (action, keys), for the help dialog.
    QList<QPair<QString, QString>> keyboardShortcuts() const;
    // Search and filter views (issue 3).
    UserFilterModel* filterModel() const { return m_proxy; }
    SearchBar* searchBar() const { return m_search; }
    FacetPanel* facetPanel() const { return m_facets; }
    ViewsMenu* viewsMenu() const { return m_views; }
    ColumnChooser* columnChooser() const { return m_columns; }
    QString countText() const; // "12 of 5,000 users"
    SavedView captureView() const;
    void applyView(const SavedView& view);
    OrgTreeModel* orgModel() const { return m_orgModel; }
    OrgChartView* orgChartView() const { return m_orgView; }
    DetailPane* detailPane() const { return m_detail; }
    QTabWidget* tabs() const { return m_tabs; }
    QAction* showInOrgChartAction() const { return m_showInOrgAction; }
    // The one current person, shown alike in the table, the org chart and the detail pane.
    QString currentUserId() const { return m_currentUserId; }

public Q_SLOTS:
    void refresh();
    void stop();
    void resume();
    void selectUser(const QString& userId);
    // Moves the keyboard to the People table: the current person stays current, else the first match.
    void focusResults();

private:
    void buildOrgChartAndDetails(); // the "Org chart" tab, the detail dock and their selection sync
    void buildActions();
    void buildTable();
    void buildStatusBar();
    void applyDefaultColumns();
    void onProgress(qint64 loaded, qint64 total);
    void onStateChanged(UserPager::State state);
    void onFailed(const ApiError& error);
    void updateWaitText();
    void updateActions();
    void updateCountLabel();
    void buildSearch();
    void saveTableState() const;
    void applyFirstRunGeometry();
    void buildHelpMenu();
    void showKeyboardShortcuts();
    void showAbout();
    void restoreTableState();

    Directory* m_directory;
    UserTableModel* m_model;
    UserFilterModel* m_proxy;
    GongClient* m_client;
    DirectoryLoader* m_loader;
    QPointer<DemoSession> m_demo;
    QString m_connectionName;

    UserTableView* m_table = nullptr;
    ErrorBanner* m_banner = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_connectionLabel = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_stateLabel = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_stopAction = nullptr;
    QMenu* m_fileMenu = nullptr;
    QToolBar* m_toolBar = nullptr;
    ExportActions* m_export = nullptr;
    QTimer m_waitTicker;
    SearchBar* m_search = nullptr;
    FacetPanel* m_facets = nullptr;
    QDockWidget* m_facetDock = nullptr;
    QDockWidget* m_detailDock = nullptr;
    QMenu* m_viewMenu = nullptr;
    ViewsMenu* m_views = nullptr;
    ColumnChooser* m_columns = nullptr;

    OrgTreeModel* m_orgModel = nullptr;
    OrgChartView* m_orgView = nullptr;
    DetailPane* m_detail = nullptr;
    QTabWidget* m_tabs = nullptr;
    QAction* m_showInOrgAction = nullptr;
    QString m_currentUserId;
    bool m_syncingSelection = false;
};
