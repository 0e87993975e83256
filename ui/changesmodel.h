// SPDX-License-Identifier: MIT
#pragma once

#include "directory/userchange.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

class Directory;
class QJsonValue;

// The changes between two snapshots for the Changes tab: one row per change (kind, name, field, before, after),
// narrowed by kind, field and a piece of the name. The rows it shows are what the tab exports. A manager is shown
// by name (the id in the tooltip); what is copied and exported keeps the ids.
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

    static constexpr int RawValueRole = Qt::UserRole + 2; // before/after as the export writes them (ids, JSON)

    explicit ChangesModel(QObject* parent = nullptr);

    // Where managers' names come from (may be null: ids are shown).
    void setDirectory(const Directory* directory);

    void setChanges(const QList<UserChange>& changes);
    const QList<UserChange>& allChanges() const { return m_all; }
    // Empty kind/field: any. `name` matches case-insensitively anywhere in the name.
    void setFilter(const QString& kindKey, const QString& field, const QString& name);
    QList<UserChange> visibleChanges() const;

    // "Joined", "Left", … for the table and the kind filter.
    static QString kindText(UserChange::Kind kind);
    // A before/after value as people read it: a manager (field managerId) by name where `directory` knows them,
    // anything else as its CSV cell. The Changes tab and a person's history both show values through this.
    static QString valueText(const QString& field, const QJsonValue& value, const Directory* directory);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void applyFilter();

    QPointer<const Directory> m_directory;
    QList<UserChange> m_all;
    QList<int> m_rows; // indexes into m_all that pass the filter
    QString m_kind;
    QString m_field;
    QString m_name;
};
