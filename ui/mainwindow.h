// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "api/userpager.h"
#include "credentials/credentials.h"

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

class Appearance;
class ChangesView;
class ChartView;
class ColumnChooser;
class DemoSession;
class DetailPane;
class DirectoryCompleteness;
class Directory;
class DirectoryLoader;
class ErrorBanner;
class ExportActions;
class FacetPanel;
class GongClient;
class HealthView;
class LoadingStatus;
class OfflineSession;
class OfflineStatus;
class OrgChartView;
class OrgTreeModel;
class PeopleView;
class PersonHistory;
class QAction;
class QDockWidget;
class QMenu;
class QTabWidget;
class QToolBar;
class SettingsByTeamView;
class RequestLog;
class StoreKey;
class UserFilterModel;
class UserTableModel;
class UserTableView;
class ViewsMenu;
class WelcomePanel;

// The main window: it owns the directory and its loading, and composes the window around them (menus, toolbars,
// the People, Org chart and Health tabs, the Filters and Details docks, the status bar with the loading state) and
// keeps one current person across the table, the org chart and the details. Each part does its own work.
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
    // First run (nothing saved, nothing asked for): instead of the empty table, the two ways to start.
    void showFirstRun();
    bool isDemo() const { return !m_demo.isNull(); }
    // Puts the connection settings action and switcher first in the File menu and the toolbar;
    // returns the toolbar action that shows or hides the switcher.
    QAction* addConnectionControls(QAction* settingsAction, QWidget* switcher);
    QString connectionName() const { return m_connectionName; }
    // "Export this team…": opens the export dialog for a manager and everyone below them.
    void exportTeam(const QString& managerId);

    DirectoryLoader* loader() const { return m_loader; } // ConnectionManager follows its errors
    UserTableView* tableView() const { return m_table; } // StartupProbe watches its painting

    // The offline copy (main.cpp; off by default so that a window in a test stores nothing): each connection
    // starts from its newest snapshot, completed loads are stored, the Changes tab and the quota meter show.
    // `requests` counts the calls for the meter (may be null).
    void enableOfflineCopy(RequestLog* requests);
    OfflineSession* offlineSession() const { return m_offline; }
    // A saved connection was removed: these offline copies of it are deleted (OfflineSession::copiesOf()).
    void deleteOfflineCopies(const QList<StoreKey>& keys);

Q_SIGNALS:
    // connectTo() or openDemo() switched the window to another account.
    void connectionChanged();

public Q_SLOTS:
    void refresh();
    void stop();
    void resume();
    void selectUser(const QString& userId);
    // Moves the keyboard to the People table: the current person stays current, else the first match.
    void focusResults();

private:
    void buildOrgChartAndDetails(); // the "Org chart" tab, the detail dock and their selection sync
    void buildSettingsByTeam();     // the "Settings by team" tab (mainwindowteams.cpp)
    void buildHealth(const DirectoryCompleteness* completeness); // the "Health" tab (mainwindowhealth.cpp)
    void buildChartTab();                                        // the "Chart" tab (mainwindowchart.cpp)
    void buildActions();
    void onFailed(const ApiError& error);
    void updateActions();
    void buildSearch();
    void saveTableState() const;
    void applyFirstRunGeometry();
    void restoreTableState();
    void restoreCurrentTab(); // the page open when the window closed, once it exists
    void orderTabStops();
    // The offline copy's part (mainwindowoffline.cpp).
    void openOfflineCopy(const QUrl& baseUrl);
    bool confirmNetworkLoad(); // false: the quota question is open, or the load is not wanted
    bool showOfflineCopy(const ApiError& error);
    void openPreferences();

    Directory* m_directory;
    UserTableModel* m_model;
    UserFilterModel* m_proxy;
    GongClient* m_client;
    DirectoryLoader* m_loader;
    QPointer<DemoSession> m_demo;
    QString m_connectionName;

    PeopleView* m_people = nullptr;
    UserTableView* m_table = nullptr; // the People tab's table
    ErrorBanner* m_banner = nullptr;
    LoadingStatus* m_status = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_stopAction = nullptr;
    QMenu* m_fileMenu = nullptr;
    QToolBar* m_toolBar = nullptr;
    ExportActions* m_export = nullptr;
    FacetPanel* m_facets = nullptr;
    QDockWidget* m_facetDock = nullptr;
    QDockWidget* m_detailDock = nullptr;
    WelcomePanel* m_welcome = nullptr;
    QAction* m_settingsAction = nullptr;
    QWidget* m_switcher = nullptr; // the tool bar's connection box, once there is one
    QMenu* m_viewMenu = nullptr;
    ViewsMenu* m_views = nullptr;
    ColumnChooser* m_columns = nullptr;

    OrgTreeModel* m_orgModel = nullptr;
    OrgChartView* m_orgView = nullptr;
    HealthView* m_health = nullptr;
    DetailPane* m_detail = nullptr;
    QTabWidget* m_tabs = nullptr;
    QAction* m_showInOrgAction = nullptr;
    QString m_currentUserId;
    bool m_syncingSelection = false;

    OfflineSession* m_offline = nullptr;
    OfflineStatus* m_offlineStatus = nullptr;
    ChangesView* m_changes = nullptr;
    PersonHistory* m_history = nullptr;
    QMenu* m_editMenu = nullptr;
    ChartView* m_chart = nullptr;
    bool m_quotaAccepted = false; // the user chose to load past the quota once
    SettingsByTeamView* m_teams = nullptr;
};
