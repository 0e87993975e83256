// SPDX-License-Identifier: MIT
#pragma once

#include "audit/reconciler.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>
#include <QStringList>

class Directory;

// The result of "Find a List" as a table: one row per value in input order, with its status, what it matched by and
// the person (for an ambiguous value, every person it matched). Running the same values again — the directory
// changed — updates the rows in place, so a view keeps its sort and selection.
class ReconcileResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        LineColumn, // the value's place in the list, 1-based: sorting by it gives the input order back
        InputColumn,
        StatusColumn,
        MatchedByColumn,
        NameColumn,
        EmailColumn,
        IdColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        StatusKeyRole, // "active", "not-found", … (any column)
    };

    explicit ReconcileResultModel(const Directory* directory, QObject* parent = nullptr);

    // Matches the values against the directory now.
    void run(const QStringList& values);
    // The same values again, after the directory changed.
    void rerun() { run(m_values); }
    void clear();
    bool hasResults() const { return !m_values.isEmpty() || m_ran; }

    const QList<Reconciler::Result>& results() const { return m_results; }
    Reconciler::Counts counts() const { return m_counts; }
    // The Directory rows of every value that matched one person, each once, in input order.
    QList<int> matchedRows() const;
    // The records of `gong-directory reconcile` (Reconciler::tableRows) for the results.
    QList<QStringList> records() const;

    static QIcon statusIcon(Reconciler::Status status);
    static QString matchedByTitle(Reconciler::MatchedBy field);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void resultsChanged();

private:
    QString people(const Reconciler::Result& result, Column column) const;

    const Directory* m_directory;
    QStringList m_values;
    QList<Reconciler::Result> m_results;
    Reconciler::Counts m_counts;
    bool m_ran = false;
};
