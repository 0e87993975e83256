// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QString>

#include <vector>

class Directory;
class User;

// The manager hierarchy of a Directory as a tree: people under their managers; people whose
// manager is not loaded wait under "Manager not in directory › Unknown manager (id …)" and move
// under the manager when it arrives; each reporting cycle is broken at its member with the
// smallest id, which is listed under "Reporting cycles". Kept up to date page by page: every
// Directory change touches only the people it concerns (and their chain of managers).
class OrgTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        TitleColumn,
        DirectReportsColumn,
        TotalReportsColumn,
        ColumnCount
    };
    enum class NodeKind
    {
        Person,
        MissingManagersGroup, // "Manager not in directory"
        MissingManager,       // "Unknown manager (id …)": the people who name that id
        CyclesGroup,          // "Reporting cycles"
    };
    enum Role
    {
        UserIdRole = Qt::UserRole + 1, // QString; empty for group nodes
        NodeKindRole,                  // int(NodeKind)
        SortRole,                      // people by name, groups after them
        ManagerIdRole,                 // the missing id of a MissingManager node; a person's managerId
    };

    explicit OrgTreeModel(Directory* directory, QObject* parent = nullptr);

    Directory* directory() const { return m_directory; }
    bool isUser(const QModelIndex& index) const;
    // Precondition: isUser(index).
    const User& userAt(const QModelIndex& index) const;
    QString userIdAt(const QModelIndex& index) const;
    NodeKind kindAt(const QModelIndex& index) const;
    QModelIndex indexOfUser(const QString& userId, int column = 0) const;
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
    struct Node
    {
        NodeKind kind = NodeKind::Person;
        int parent = -1; // node id; -1 while detached
        int dirRow = -1; // Directory row (people)
        int people = 0;  // people in this subtree, itself included
        QString key;     // person: the managerId it was placed by; MissingManager: the missing id
        // Kept sorted by node id, so a node finds its row by binary search and removing a child
        // from a group of 100,000 waiting people renumbers nothing.
        std::vector<int> children;
    };
    static constexpr int RootNode = 0;
    static constexpr int MissingNode = 1;
    static constexpr int CyclesNode = 2;

    void onAppended(int first, int last);
    void onChanged(const QList<int>& rows);
    void onAboutToBeRemoved(int first, int last);
    void onRemoved(int first, int last);
    void onReset();
    void buildAll();

    int newNode(NodeKind kind);
    void freeNode(int id);
    bool isAttached(int id) const;
    int rowInParent(int id) const;
    int topPerson(int id) const;
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
    std::vector<Node> m_nodes;
    std::vector<int> m_free;
    std::vector<int> m_rowToNode;   // Directory row → node
    QHash<QString, int> m_waiting;  // missing manager id → its MissingManager node
    std::vector<char> m_countDirty; // per node: count columns need a dataChanged
    std::vector<int> m_dirtyList;
    int m_removingFirst = -1, m_removingLast = -1; // Directory rows leaving (treated as absent)
    bool m_silent = false;                         // inside a reset: no row signals
};
