// SPDX-License-Identifier: MIT
#pragma once

#include "search/savedviews.h"

#include <QWidget>

class Directory;
class FrozenColumnView;
class QSettings;
class SearchBar;
class UserFilterModel;
class UserTableModel;
class UserTableView;

// The People tab: the table of everyone over the filter model, the search box that filters it (the window puts it in
// a toolbar), and what they remember: columns, sort and the last query from one run to the next, column widths for
// the screen's DPI on the first. A saved view is this state plus the facet choices.
class PeopleView : public QWidget
{
    Q_OBJECT
public:
    PeopleView(Directory* directory, UserTableModel* source, UserFilterModel* model, QWidget* parent = nullptr);

    UserTableView* table() const { return m_table; }
    SearchBar* searchBar() const { return m_search; }

    // Makes the person the current row and scrolls to it, when the filter shows them.
    void showUser(const QString& userId);
    // The keyboard goes to the table: the current person stays current, else the first match becomes current.
    void focusTable();
    // Shows everyone again: no search text, no facet ticked.
    void clearSearchAndFilters();

    SavedView captureView() const;
    void applyView(const SavedView& view);
    void saveState(QSettings& settings) const;
    void restoreState(const QSettings& settings);

Q_SIGNALS:
    // The table's current row moved to another person (by keyboard, mouse or showUser()).
    void currentUserChanged(const QString& userId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildTable();
    void applyDefaultColumns();
    // First run (no saved columns): the widths the first people need, within each column's maximum, narrowed to the
    // table's width so the default columns need no sideways scrolling. Until the user sizes a column.
    void fitColumns();
    QStringList completionValues(const QString& field) const;

    Directory* m_directory;
    UserTableModel* m_source;
    UserFilterModel* m_model;
    UserTableView* m_table = nullptr;
    FrozenColumnView* m_frozen = nullptr;
    SearchBar* m_search = nullptr;
    bool m_fitColumns = true; // until the user sizes a column, or saved widths are restored
    bool m_fitting = false;
};
