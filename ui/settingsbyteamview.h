// SPDX-License-Identifier: MIT
#pragma once

#include <QSet>
#include <QString>
#include <QWidget>

class Directory;
class QCheckBox;
class QLabel;
class QModelIndex;
class QPushButton;
class QSpinBox;
class QTreeView;
class QTreeWidget;
class SettingsMatrixModel;

// The "Settings by team" tab: the settings matrix as a tree of managers (each row the manager's whole organisation)
// with a coloured, written share per setting, the outliers of the current cell listed below it, the "active people
// only" switch and the outlier threshold (both kept in the settings), and the matrix's CSV export. Enter or a
// double-click on a cell (or its context menu) asks for the cell's people in the People table.
class SettingsByTeamView : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsByTeamView(Directory* directory, QWidget* parent = nullptr);

    SettingsMatrixModel* model() const { return m_model; }
    QTreeView* treeView() const { return m_view; }
    // Writes the matrix as CSV to `path` (QSaveFile, formula guard); false with *error.
    bool exportTo(const QString& path, QString* error) const;

Q_SIGNALS:
    // A query for the People table (under:… setting:…), to show there.
    void peopleQueryRequested(const QString& query);
    void userActivated(const QString& userId);
    void message(const QString& text);

private:
    void applyOptions();
    void rememberState();
    void restoreState();
    void showOutliers();
    void updateSummary();
    void openContextMenu(const QPoint& pos);
    void activate(const QModelIndex& index);
    void exportClicked();

    Directory* m_directory;
    SettingsMatrixModel* m_model;
    QTreeView* m_view;
    QCheckBox* m_activeOnly;
    QSpinBox* m_threshold;
    QPushButton* m_export;
    QLabel* m_summary;
    QLabel* m_outliersHeading;
    QTreeWidget* m_outliers;
    // Kept across the model's resets, by manager id.
    QSet<QString> m_expanded;
    QString m_currentManager;
    int m_currentColumn = -1;
    int m_scroll = 0;
    bool m_restoring = false;
    bool m_autoExpand = true; // until the user opens or closes a row: the top of the organisation open
};
