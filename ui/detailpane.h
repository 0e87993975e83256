// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QTimer>
#include <QWidget>

#include <array>

class Directory;
class OrgTreeModel;
class QAction;
class QFormLayout;
class QLabel;
class QListWidget;
class QToolButton;
class User;
class UserFilterModel;

// Everything about one person: header, contact links, manager chain, reports, languages,
// settings, record data and any field the app does not model (the words are PersonDetails'). It only displays;
// asking to go to another person (a chain step, a report, Alt+Up / Alt+Down) is the userActivated signal.
class DetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailPane(Directory* directory, QWidget* parent = nullptr);

    void setUser(const QString& userId);
    // Optional: organisation sizes are then read from the tree's running counts (O(depth)) instead
    // of the directory's, which are recomputed over everyone after each page.
    void setOrgTreeModel(OrgTreeModel* model);
    // The results the window shows: when the search or the filters hide the person shown here, the pane says so.
    void setFilterModel(const UserFilterModel* model);
    // A part that others fill (the history from the offline copy), at the end of the person's details.
    void addSection(QWidget* section);

Q_SIGNALS:
    void userActivated(const QString& userId);
    // "Export team…": the shown person and everyone below them.
    void exportTeamRequested(const QString& managerId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();
    void renderHeader(const User& user);
    void renderContact(const User& user);
    void renderChain(int row);
    void renderReports(int row);
    void renderLanguages(const User& user);
    void renderSettings(const User& user);
    void renderRecord(const User& user);
    void onLink(const QString& link);
    void scheduleRender();
    void updateHiddenNotice();

    Directory* m_directory;
    OrgTreeModel* m_orgModel = nullptr;
    QString m_userId;
    // What the rebuilt parts show now: a re-render that changes nothing keeps their widgets (and focus).
    QStringList m_contactShown;
    QStringList m_reportsShown;
    QTimer m_renderLater;

    QWidget* m_content = nullptr;
    QLabel* m_empty = nullptr;
    const UserFilterModel* m_filter = nullptr;
    QLabel* m_hiddenNotice = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_badge = nullptr;
    QLabel* m_email = nullptr;
    QToolButton* m_copyEmail = nullptr;
    QToolButton* m_copyId = nullptr;
    QToolButton* m_exportTeam = nullptr;
    QFormLayout* m_contactForm = nullptr;
    QLabel* m_chain = nullptr;
    QLabel* m_chainWarning = nullptr;
    QLabel* m_reportsSummary = nullptr;
    QListWidget* m_reports = nullptr;
    QLabel* m_languages = nullptr;
    std::array<QLabel*, 7> m_settingValues{};
    QLabel* m_settingsWarning = nullptr;
    QLabel* m_created = nullptr;
    QLabel* m_id = nullptr;
    QToolButton* m_otherToggle = nullptr;
    QLabel* m_otherFields = nullptr;
    QAction* m_managerAction = nullptr;
    QAction* m_firstReportAction = nullptr;
};
