// SPDX-License-Identifier: MIT
#pragma once

#include "audit/settingsmatrix.h"

#include <QAbstractItemModel>
#include <QElapsedTimer>
#include <QTimer>

class Directory;

// The settings matrix (SettingsMatrix) as a tree for a view: one row per manager under their manager, the manager's
// name, the size of their organisation and one column per setting ("83 % · 45 of 54"). It follows the directory:
// changes are gathered by a timer and the matrix computed again at most every few hundred milliseconds (a reset,
// which views survive by restoring expansion and the current cell by the managers' ids).
class SettingsMatrixModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        ManagerColumn,
        PeopleColumn,
        FirstSettingColumn,
        ColumnCount = FirstSettingColumn + UserSettingCount
    };
    enum Role
    {
        ShareRole = Qt::UserRole + 1, // double 0…1 of a setting cell; invalid when the organisation counts nobody
        OnCountRole,                  // int: people with the setting on
        PeopleRole,                   // int: people that count in the organisation
        OutlierCountRole,             // int: outliers for the setting in the organisation
        ManagerIdRole,                // QString: the row's manager
        SettingKeyRole,               // QString: the API key of a setting column ("emailsImported")
    };

    explicit SettingsMatrixModel(Directory* directory, QObject* parent = nullptr);

    Directory* directory() const { return m_directory; }
    const SettingsMatrix& matrix() const { return m_matrix; }
    SettingsMatrix::Options options() const { return m_options; }
    // New options: computed again at once.
    void setOptions(const SettingsMatrix::Options& options);

    // The matrix row of a model index, or -1; the index of a matrix row.
    int matrixRow(const QModelIndex& index) const;
    QModelIndex indexOfMatrixRow(int matrixRow, int column = 0) const;
    QModelIndex indexOfManager(const QString& userId, int column = 0) const;
    // The setting of a column, or -1 for the manager and people columns.
    static int settingOfColumn(int column) { return column >= FirstSettingColumn ? column - FirstSettingColumn : -1; }
    static QString settingTitle(int setting);

    // The People query for a cell: the organisation's counted people with the setting on (or not on).
    QString peopleQuery(const QModelIndex& index, bool on) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    // Computes the matrix now (the timer's work; tests and the view call it to be up to date).
    void recompute();

Q_SIGNALS:
    // After each computation (the model has been reset).
    void recomputed();

private:
    void schedule();
    QString cellText(int matrixRow, int setting) const;

    Directory* m_directory;
    SettingsMatrix::Options m_options;
    SettingsMatrix m_matrix;
    QTimer m_timer;
};
