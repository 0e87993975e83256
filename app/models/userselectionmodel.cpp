// SPDX-License-Identifier: MIT
#include "userselectionmodel.h"

#include "directory/directory.h"
#include "usermodelinterface.h"

#include <QSignalBlocker>

#include <algorithm>

namespace {
// Rows [top, bottom] under one parent.
struct RowSpan
{
    QModelIndex parent;
    int top;
    int bottom;
};

// The selected rows as sorted, non-overlapping spans (ranges of a selection by cells may share rows).
std::vector<RowSpan> rowSpans(const QItemSelection& selection)
{
    std::vector<RowSpan> spans;
    spans.reserve(size_t(selection.size()));
    for (const QItemSelectionRange& range : selection) {
        if (range.isValid())
            spans.push_back({range.parent(), range.top(), range.bottom()});
    }
    std::sort(spans.begin(), spans.end(), [](const RowSpan& a, const RowSpan& b) {
        return a.parent == b.parent ? a.top < b.top : a.parent < b.parent;
    });
    std::vector<RowSpan> merged;
    for (const RowSpan& s : spans) {
        if (!merged.empty() && merged.back().parent == s.parent && s.top <= merged.back().bottom + 1)
            merged.back().bottom = std::max(merged.back().bottom, s.bottom);
        else
            merged.push_back(s);
    }
    return merged;
}
} // namespace

UserSelectionModel::UserSelectionModel(QAbstractItemModel* model, QObject* parent)
    : QItemSelectionModel(nullptr, parent)
    , m_people(UserModelInterface::of(model))
{
    Q_ASSERT_X(m_people || !model, "UserSelectionModel", "the model must implement UserModelInterface");
    // Connected before setModel(), so these run before QItemSelectionModel's own handlers: the selection is taken over
    // (and emptied) before Qt would keep it as one persistent index per selected row, and drop the hidden ones.
    if (model) {
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this,
                &UserSelectionModel::onLayoutAboutToBeChanged);
        connect(model, &QAbstractItemModel::layoutChanged, this, &UserSelectionModel::onLayoutChanged);
    }
    if (m_people && m_people->directory())
        connect(m_people->directory(), &Directory::usersAboutToBeRemoved, this,
                &UserSelectionModel::onUsersAboutToBeRemoved);
    setModel(model);
}

QList<int> UserSelectionModel::hiddenRows() const
{
    QList<int> rows;
    rows.reserve(m_hiddenCount);
    for (size_t row = 0; row < m_hidden.size() && rows.size() < m_hiddenCount; ++row) {
        if (m_hidden[row])
            rows.append(int(row));
    }
    return rows;
}

int UserSelectionModel::shownCount() const
{
    int n = 0;
    for (const RowSpan& s : rowSpans(selection()))
        n += s.bottom - s.top + 1;
    return n;
}

QList<int> UserSelectionModel::shownRows() const
{
    QList<int> rows;
    if (!m_people)
        return rows;
    for (const RowSpan& s : rowSpans(selection())) {
        for (int r = s.top; r <= s.bottom; ++r) {
            const int row = m_people->directoryRow(model()->index(r, 0, s.parent));
            if (row >= 0)
                rows.append(row);
        }
    }
    return rows;
}

int UserSelectionModel::currentRow() const
{
    if (m_hiddenCurrent >= 0)
        return m_hiddenCurrent;
    return m_people ? m_people->directoryRow(currentIndex()) : -1;
}

void UserSelectionModel::setCurrentRow(int directoryRow, int column, SelectionFlags command)
{
    if (directoryRow < 0 || !m_people)
        return; // nobody: nothing changes
    const QModelIndex index = m_people->indexOfRow(directoryRow, column);
    if (index.isValid()) {
        setCurrentIndex(index, command);
        return;
    }
    m_hiddenCurrent = directoryRow;
    m_hiddenCurrentColumn = column;
    m_hiddenCurrentCommand = command;
}

void UserSelectionModel::select(const QItemSelection& selection, SelectionFlags command)
{
    if (command & Clear)
        forgetHidden(); // a new selection among what the user sees
    QItemSelectionModel::select(selection, command);
}

void UserSelectionModel::setCurrentIndex(const QModelIndex& index, SelectionFlags command)
{
    if (index.isValid())
        m_hiddenCurrent = -1;
    QItemSelectionModel::setCurrentIndex(index, command);
}

void UserSelectionModel::clearCurrentIndex()
{
    m_hiddenCurrent = -1;
    QItemSelectionModel::clearCurrentIndex();
}

void UserSelectionModel::clear()
{
    forgetHidden();
    QItemSelectionModel::clear();
}

void UserSelectionModel::reset()
{
    // The model was reset: Directory rows may mean other people now.
    m_inLayoutChange = false;
    m_selectedBefore.clear();
    m_hiddenCurrent = -1;
    forgetHidden();
    QItemSelectionModel::reset();
}

void UserSelectionModel::forgetHidden()
{
    const bool had = m_hiddenCount > 0;
    std::vector<bool>().swap(m_hidden);
    m_hiddenCount = 0;
    if (had)
        Q_EMIT hiddenCountChanged(0);
}

void UserSelectionModel::setHidden(int row, bool hidden)
{
    if (size_t(row) >= m_hidden.size()) {
        if (!hidden)
            return;
        m_hidden.resize(size_t(row) + 1);
    }
    if (m_hidden[size_t(row)] == hidden)
        return;
    m_hidden[size_t(row)] = hidden;
    m_hiddenCount += hidden ? 1 : -1;
}

void UserSelectionModel::onLayoutAboutToBeChanged()
{
    if (!m_people || !model())
        return;
    m_inLayoutChange = true;
    m_selectedBefore.clear();
    for (const RowSpan& s : rowSpans(selection())) {
        for (int r = s.top; r <= s.bottom; ++r) {
            const int row = m_people->directoryRow(model()->index(r, 0, s.parent));
            if (row >= 0)
                m_selectedBefore.push_back(row);
        }
    }
    const QModelIndex current = currentIndex();
    m_currentBefore = m_people->directoryRow(current);
    m_currentColumnBefore = current.column();
    // onLayoutChanged() selects everyone again by Directory row: Qt's own handler has nothing left to keep.
    const QSignalBlocker blocker(this);
    QItemSelectionModel::select(QItemSelection(), Clear);
}

void UserSelectionModel::onLayoutChanged()
{
    if (!m_inLayoutChange)
        return;
    m_inLayoutChange = false;
    const int hiddenBefore = m_hiddenCount;
    QModelIndexList shown;
    shown.reserve(qsizetype(m_selectedBefore.size()));
    // People hidden earlier whom the model shows again, then the people selected a moment ago.
    for (size_t row = 0; row < m_hidden.size() && m_hiddenCount > 0; ++row) {
        if (!m_hidden[row])
            continue;
        const QModelIndex index = m_people->indexOfRow(int(row));
        if (index.isValid()) {
            shown.append(index);
            setHidden(int(row), false);
        }
    }
    for (int row : m_selectedBefore) {
        const QModelIndex index = m_people->indexOfRow(row);
        if (index.isValid())
            shown.append(index);
        else
            setHidden(row, true);
    }
    std::vector<int>().swap(m_selectedBefore);

    std::sort(shown.begin(), shown.end(), [](const QModelIndex& a, const QModelIndex& b) {
        const QModelIndex pa = a.parent();
        const QModelIndex pb = b.parent();
        return pa == pb ? a.row() < b.row() : pa < pb;
    });
    QItemSelection selection;
    for (qsizetype i = 0; i < shown.size();) {
        const QModelIndex parent = shown[i].parent();
        qsizetype j = i;
        while (j + 1 < shown.size() && shown[j + 1].row() == shown[j].row() + 1 && shown[j + 1].parent() == parent)
            ++j;
        selection.append(QItemSelectionRange(model()->index(shown[i].row(), 0, parent),
                                             model()->index(shown[j].row(), model()->columnCount(parent) - 1, parent)));
        i = j + 1;
    }
    if (!selection.isEmpty())
        QItemSelectionModel::select(selection, Select);

    if (m_currentBefore >= 0 && !currentIndex().isValid() && m_hiddenCurrent < 0) {
        m_hiddenCurrent = m_currentBefore; // hidden now: current again when shown
        m_hiddenCurrentColumn = m_currentColumnBefore;
        m_hiddenCurrentCommand = NoUpdate;
    }
    m_currentBefore = -1;
    if (m_hiddenCurrent >= 0) {
        const QModelIndex index = m_people->indexOfRow(m_hiddenCurrent, m_hiddenCurrentColumn);
        if (index.isValid()) {
            m_hiddenCurrent = -1;
            setCurrentIndex(index, m_hiddenCurrentCommand);
        }
    }
    if (m_hiddenCount != hiddenBefore)
        Q_EMIT hiddenCountChanged(m_hiddenCount);
}

void UserSelectionModel::onUsersAboutToBeRemoved(int first, int last)
{
    // A refresh drops people: the remembered rows after them move up, theirs are forgotten.
    const int removed = last - first + 1;
    const int hiddenBefore = m_hiddenCount;
    if (size_t(first) < m_hidden.size()) {
        const auto begin = m_hidden.begin() + first;
        const auto end = m_hidden.begin() + std::min<long>(long(m_hidden.size()), long(last) + 1);
        m_hiddenCount -= int(std::count(begin, end, true));
        m_hidden.erase(begin, end);
    }
    const auto shift = [&](int& row) {
        if (row > last)
            row -= removed;
        else if (row >= first)
            row = -1;
    };
    shift(m_hiddenCurrent);
    shift(m_currentBefore);
    for (int& row : m_selectedBefore)
        shift(row);
    m_selectedBefore.erase(std::remove(m_selectedBefore.begin(), m_selectedBefore.end(), -1), m_selectedBefore.end());
    if (m_hiddenCount != hiddenBefore)
        Q_EMIT hiddenCountChanged(m_hiddenCount);
}
