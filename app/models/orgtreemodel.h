// SPDX-License-Identifier: MIT
#pragma once

#include "orgforest.h"
#include "usermodelinterface.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QString>

#include <vector>

class Directory;

// The manager hierarchy of a Directory as a tree: people under their managers; people whose
// manager is not loaded wait under "Manager not in directory › Unknown manager (id …)" and move
// under the manager when it arrives; each reporting cycle is broken at its member with the
// smallest id, which is listed under "Reporting cycles". Kept up to date page by page: every
// Directory change touches only the people it concerns (and their chain of managers).
class OrgTreeModel : public QAbstractItemModel, public UserModelInterface
{
    Q_OBJECT
    Q_INTERFACES(UserModelInterface)
public:
    enum Column
    {
        NameColumn,
        TitleColumn,
        DirectReportsColumn,
        TotalReportsColumn,
        ColumnCount
    };
    using NodeKind = OrgForest::Kind;

    explicit OrgTreeModel(Directory* directory, QObject* parent = nullptr);

    Directory* directory() const override { return m_directory; }
    int directoryRow(const QModelIndex& index) const override;
    QModelIndex indexOfRow(int directoryRow, int column = 0) const override;

    NodeKind kindAt(const QModelIndex& index) const;
    QModelIndex missingManagersIndex() const;
    QModelIndex cyclesIndex() const;

    // People below the node in the tree (all levels), and the people directly under it.
    int totalReports(const QModelIndex& index) const;
    int directReports(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    static constexpr int RootNode = OrgForest::Root;
    static constexpr int MissingNode = OrgForest::Missing;
    static constexpr int CyclesNode = OrgForest::Cycles;

    void onAppended(int first, int last);
    void onChanged(const QList<int>& rows);
    void onAboutToBeRemoved(int first, int last);
    void onRemoved(int first, int last);
    void onReset();
    void buildAll();

    int newNode(NodeKind kind);
    void freeNode(int id);
    QModelIndex indexOfNode(int id, int column = 0) const;
    // Structure edits: signals are emitted only for the part of the tree a view can see.
    void attach(int id, int parent);
    void detach(int id);
    void dropIfEmpty(int container);
    void adjustPeople(int from, int delta);
    // Puts a detached person where their managerId says, breaking a cycle if it closes one.
    void place(int id);
    void adoptWaitingReports(int id);
    int managerNodeOf(int id) const;
    void recheckCycles();
    void flushCounts();

    Directory* m_directory;
    OrgForest m_nodes;
    std::vector<int> m_rowToNode;   // Directory row → node
    QHash<QString, int> m_waiting;  // missing manager id → its MissingManager node
    std::vector<char> m_countDirty; // per node: count columns need a dataChanged
    std::vector<int> m_dirtyList;
    int m_removingFirst = -1, m_removingLast = -1; // Directory rows leaving (treated as absent)
    bool m_silent = false;                         // inside a reset: no row signals
};
