// SPDX-License-Identifier: MIT
// MainWindow's offline copy: starting each connection from its snapshot, the quota question before a load, the
// calm offline notice, the Changes tab and the preferences. Split from mainwindow.cpp by job.
#include "mainwindow.h"

#include "api/directoryloader.h"
#include "api/gongclient.h"
#include "changesview.h"
#include "demo/demosession.h"
#include "detailpane.h"
#include "directory/directory.h"
#include "errorbanner.h"
#include "offlinepreferences.h"
#include "offlinesession.h"
#include "offlinestatus.h"
#include "peopleview.h"
#include "personhistory.h"
#include "store/snapshotstore.h"

#include <QAction>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>

void MainWindow::enableOfflineCopy(RequestLog* requests)
{
    if (m_offline)
        return;
    m_offline = new OfflineSession(m_loader, m_directory, this);
    m_offline->setRequestLog(requests);
    m_offlineStatus = new OfflineStatus(statusBar(), m_offline);
    connect(m_offline, &OfflineSession::refreshWanted, this, &MainWindow::refresh);
    connect(m_offline, &OfflineSession::notice, this,
            [this](const QString& text) { statusBar()->showMessage(text, 15000); });
    connect(m_offline, &OfflineSession::copyDeleted, this, [this](const StoreKey& key, const StoreResult& result) {
        if (!result.ok()) {
            statusBar()->showMessage(result.message, 15000);
            return;
        }
        statusBar()->showMessage(tr("The offline copy of %1 was deleted.").arg(key.displayText()), 8000);
        // The connection shown was removed: its copy is closed for good, nothing on screen is "as of" it any more.
        if (!m_offline->store()) {
            m_offlineStatus->clear();
            m_changes->setStore(nullptr);
            m_history->setStore(nullptr);
        }
    });

    m_changes = new ChangesView(m_tabs);
    m_changes->setDirectory(m_directory);
    m_tabs->addTab(m_changes, tr("Changes"));
    restoreCurrentTab(); // the window's state was restored before this page existed
    connect(m_offline, &OfflineSession::newestChanged, m_changes, &ChangesView::reload);
    connect(m_changes, &ChangesView::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_changes, &ChangesView::userActivated, this, [this](const QString& id) {
        if (!m_directory->contains(id)) {
            statusBar()->showMessage(tr("This person is no longer in the directory."), 8000);
            return;
        }
        selectUser(id);
        focusResults();
    });

    m_history = new PersonHistory(m_directory);
    m_detail->addSection(m_history);
    connect(m_offline, &OfflineSession::newestChanged, m_history, &PersonHistory::reload);

    auto* preferences = new QAction(tr("&Preferences…"), this);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    // Ctrl+, and the application menu's Preferences item are Connection Settings' (ConnectionManager).
    preferences->setMenuRole(QAction::NoRole);
    connect(preferences, &QAction::triggered, this, &MainWindow::openPreferences);
    m_editMenu->addSeparator();
    m_editMenu->addAction(preferences);
}

void MainWindow::openOfflineCopy(const QUrl& baseUrl)
{
    const StoreKey key = m_demo && baseUrl == m_demo->baseUrl()
                             ? StoreKey::forDemo(m_demo->userCount())
                             : StoreKey::forBaseUrl(baseUrl, m_client->includeAvatars());
    m_offlineStatus->clear();
    m_offline->open(key, baseUrl);
    m_changes->setStore(m_offline->store());
    m_history->setStore(m_offline->store());
    updateActions();
}

bool MainWindow::confirmNetworkLoad()
{
    if (!m_quotaAccepted && m_offline->exceedsQuota()) {
        const QLocale locale;
        const int remaining = qMax(0, m_offline->dailyLimit() - m_offline->callsToday());
        auto* box = new QMessageBox(
            QMessageBox::Question, tr("Refresh the Directory?"),
            tr("A full load takes about %1 API calls, but only %2 of Gong's %3 calls per company remain today "
               "(this computer has made %4). Every Gong integration of the company shares them.")
                .arg(locale.toString(m_offline->estimatedCalls()), locale.toString(remaining),
                     locale.toString(m_offline->dailyLimit()), locale.toString(m_offline->callsToday())),
            QMessageBox::Yes | QMessageBox::No, this);
        box->setObjectName(QStringLiteral("quotaQuestion"));
        box->setInformativeText(tr("Load anyway? The offline copy stays on screen either way."));
        box->button(QMessageBox::Yes)->setText(tr("&Load Anyway"));
        box->button(QMessageBox::No)->setText(tr("&Keep the Copy"));
        box->setDefaultButton(QMessageBox::No);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::WindowModal);
        connect(box, &QMessageBox::finished, this, [this](int result) {
            if (result != QMessageBox::Yes)
                return;
            m_quotaAccepted = true;
            refresh();
        });
        box->open();
        return false;
    }
    m_quotaAccepted = false;
    // The network has the newer rows: a snapshot still being read gives way.
    m_offline->stopReading();
    // The demo company moves on a step with each stored load, so that the history has something to show.
    if (m_demo)
        m_demo->setLoad(int(m_offline->newest().id));
    return true;
}

bool MainWindow::showOfflineCopy(const ApiError& error)
{
    if (error.kind != ApiError::Kind::Network || !m_offline->newest().isValid() || m_directory->count() == 0)
        return false;
    m_banner->hide();
    m_offlineStatus->showOffline();
    return true;
}

void MainWindow::openPreferences()
{
    auto* dialog = new OfflinePreferencesDialog(m_offline->settings(),
                                                m_offline->store() ? m_offline->key().displayText() : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const OfflineSettings settings = dialog->settings();
        settings.save();
        m_offline->setSettings(settings);
    });
    connect(dialog, &OfflinePreferencesDialog::deleteCopyRequested, this, [this] {
        if (m_offline->store())
            m_offline->deleteCopy(m_offline->key(), true); // the connection stays: its next load starts a new copy
    });
    dialog->open();
}

void MainWindow::deleteOfflineCopies(const QList<StoreKey>& keys)
{
    if (!m_offline)
        return;
    for (const StoreKey& key : keys)
        m_offline->deleteCopy(key, false);
    updateActions();
}
