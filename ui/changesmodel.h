// SPDX-License-Identifier: MIT
#pragma once

#include "directory/userchange.h"

#include <QAbstractTableModel>
#include <QList>

// The changes between two snapshots for the Changes tab: one row per change (kind, name, field, before, after),
// narrowed by kind, field and a piece of the name. The rows it shows are what the tab exports.
class ChangesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        KindColumn,
        NameColumn,
        FieldColumn,
        BeforeColumn,
        AfterColumn,
        ColumnCount
    };
    static constexpr int UserIdRole = Qt::UserRole + 1;

    explicit ChangesModel(QObject* parent = nullptr);

    void setChanges(const QList<UserChange>& changes);
    const QList<UserChange>& allChanges() const { return m_all; }
    // Empty kind/field: any. `name` matches case-insensitively anywhere in the name.
    void setFilter(const QString& kindKey, const QString& field, const QString& name);
    QList<UserChange> visibleChanges() const;

    // "Joined", "Left", … for the table and the kind filter.
    static QString kindText(UserChange::Kind kind);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void applyFilter();

    QList<UserChange> m_all;
    QList<int> m_rows; // indexes into m_all that pass the filter
    QString m_kind;
    QString m_field;
    QString m_name;
};
