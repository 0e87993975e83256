// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "api/directoryloader.h"
#include "api/gongclient.h"
#include "demo/demosession.h"
#include "directory/directory.h"
#include "directory/usercolumns.h"
#include "directory/usertablemodel.h"
#include "errorbanner.h"
#include "plaintextdelegate.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_directory(new Directory(this))
    , m_model(new UserTableModel(m_directory, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_client(new GongClient(this))
    , m_loader(new DirectoryLoader(m_client, m_directory, this))
{
    setWindowTitle(tr("Gong Directory"));
    setObjectName(QStringLiteral("mainWindow"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(UserTableModel::SortRole);
    m_proxy->setSortLocaleAware(false); // SortRole values are already case-folded keys

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new ErrorBanner(central);
    layout->addWidget(m_banner);
    buildTable();
    layout->addWidget(m_table, 1);
    setCentralWidget(central);

    buildActions();
    buildStatusBar();

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

    resize(1200, 760);
    updateActions();
    updateCountLabel();
}

MainWindow::~MainWindow()
{
    // No reply may outlive the window (and the demo server it may talk to).
    m_loader->cancel();
}

void MainWindow::buildTable()
{
    m_table = new QTableView(this);
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
    m_refreshAction = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), this);
    m_refreshAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(Qt::Key_F5)});
    m_refreshAction->setToolTip(tr("Load the directory again (Ctrl+R, F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_stopAction = new QAction(style()->standardIcon(QStyle::SP_BrowserStop), tr("&Stop"), this);
    m_stopAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_stopAction->setToolTip(tr("Stop loading; the rows loaded so far stay (Esc)"));
    connect(m_stopAction, &QAction::triggered, this, &MainWindow::stop);

    auto* quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_refreshAction);
    file->addAction(m_stopAction);
    file->addSeparator();
    file->addAction(quit);

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);
    toolbar->addAction(m_refreshAction);
    toolbar->addAction(m_stopAction);
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
    m_banner->showError(text, canRetry);
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
    m_countLabel->setText(tr("%Ln user(s)", nullptr, m_directory->count()));
}

QString MainWindow::statusText() const
{
    return m_progress->isVisible() || m_progress->maximum() > 0 ? m_progress->text() : m_stateLabel->text();
}
