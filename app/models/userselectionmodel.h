// SPDX-License-Identifier: MIT
#pragma once

#include <QItemSelectionModel>

#include <vector>

class UserModelInterface;

// The selection of a view of people that outlives a narrower search. People who are selected when a layout change
// hides them (UserFilterModel applying a query) are remembered as Directory rows, one bit each, and selected again
// when a wider query shows them; so is the current person. A new selection made with Clear (a click,
// ClearAndSelect, clear()) forgets the hidden ones: the user chose anew among what they see. Rows are selected whole.
// The model must implement UserModelInterface; a refresh that drops people moves the remembered rows with the rest.
class UserSelectionModel : public QItemSelectionModel
{
    Q_OBJECT
public:
    explicit UserSelectionModel(QAbstractItemModel* model, QObject* parent = nullptr);

    // Selected people the model does not show now, in Directory order.
    QList<int> hiddenRows() const;
    int hiddenCount() const { return m_hiddenCount; }
    // Selected people shown now (distinct rows of selection()).
    int shownCount() const;
    // Shown selected people as Directory rows, in view order.
    QList<int> shownRows() const;
    // The current person as a Directory row, also while hidden; -1 for nobody.
    int currentRow() const;
    // Makes the person of a Directory row current, in `column`, applying `command` to the selection as
    // setCurrentIndex() does. While they are hidden they are remembered, and the command applies when they show.
    // A row of nobody (-1) changes nothing.
    void setCurrentRow(int directoryRow, int column, SelectionFlags command);

    using QItemSelectionModel::select;
    void select(const QItemSelection& selection, SelectionFlags command) override;
    void setCurrentIndex(const QModelIndex& index, SelectionFlags command) override;
    void clearCurrentIndex() override;
    void clear() override;
    void reset() override;

Q_SIGNALS:
    // The number of selected people hidden by the search changed (the shown selection reports selectionChanged()).
    void hiddenCountChanged(int hidden);

private:
    void onLayoutAboutToBeChanged();
    void onLayoutChanged();
    void onUsersAboutToBeRemoved(int first, int last);
    void forgetHidden();
    void setHidden(int row, bool hidden);

    UserModelInterface* m_people = nullptr;
    std::vector<bool> m_hidden; // per Directory row: selected, not shown
    int m_hiddenCount = 0;
    int m_hiddenCurrent = -1; // Directory row of the current person while hidden
    int m_hiddenCurrentColumn = 0;
    SelectionFlags m_hiddenCurrentCommand = NoUpdate;
    // Between layoutAboutToBeChanged() and layoutChanged(): the selection and the current person as Directory rows.
    std::vector<int> m_selectedBefore;
    int m_currentBefore = -1;
    int m_currentColumnBefore = 0;
    bool m_inLayoutChange = false;
};
