// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "api/userpager.h"
#include "credentials/credentials.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class Directory;
class DirectoryLoader;
class DemoSession;
class DetailPane;
class ErrorBanner;
class GongClient;
class OrgChartView;
class OrgTreeModel;
class QAction;
class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class UserTableModel;

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
    // Shown when there is nothing to load yet.
    void showNotConnected(const QString& why);

    Directory* directory() const { return m_directory; }
    DirectoryLoader* loader() const { return m_loader; }
    QTableView* tableView() const { return m_table; }
    UserTableModel* tableModel() const { return m_model; }
    ErrorBanner* errorBanner() const { return m_banner; }
    QProgressBar* progressBar() const { return m_progress; }
    QAction* refreshAction() const { return m_refreshAction; }
    QAction* stopAction() const { return m_stopAction; }
    QString statusText() const; // what the status bar says about loading, for tests
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

    Directory* m_directory;
    UserTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    GongClient* m_client;
    DirectoryLoader* m_loader;
    QPointer<DemoSession> m_demo;
    QString m_connectionName;

    QTableView* m_table = nullptr;
    ErrorBanner* m_banner = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_connectionLabel = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_stateLabel = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_stopAction = nullptr;
    QTimer m_waitTicker;

    OrgTreeModel* m_orgModel = nullptr;
    OrgChartView* m_orgView = nullptr;
    DetailPane* m_detail = nullptr;
    QTabWidget* m_tabs = nullptr;
    QAction* m_showInOrgAction = nullptr;
    QString m_currentUserId;
    bool m_syncingSelection = false;
};
