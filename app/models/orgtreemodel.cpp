// SPDX-License-Identifier: MIT
#include "orgtreemodel.h"

#include "directory/directory.h"
#include "directory/usercolumns.h"

#include <QLocale>

#include <algorithm>

namespace {
// Ids are digit strings of different lengths: order them as numbers, and any other text stably.
bool idLess(const QString& a, const QString& b)
{
    if (a.size() != b.size())
        return a.size() < b.size();
    return a < b;
}
} // namespace

OrgTreeModel::OrgTreeModel(Directory* directory, QObject* parent)
    : QAbstractItemModel(parent)
    , m_directory(directory)
{
    connect(directory, &Directory::usersAppended, this, &OrgTreeModel::onAppended);
    connect(directory, &Directory::usersChanged, this, &OrgTreeModel::onChanged);
    connect(directory, &Directory::usersAboutToBeRemoved, this, &OrgTreeModel::onAboutToBeRemoved);
    connect(directory, &Directory::usersRemoved, this, &OrgTreeModel::onRemoved);
    connect(directory, &Directory::aboutToReset, this, [this] { beginResetModel(); });
    connect(directory, &Directory::reset, this, &OrgTreeModel::onReset);
    // derivedDataChanged needs nothing: counts are kept by the tree itself.
    buildAll();
}

// ---- structure -------------------------------------------------------------------------------

void OrgTreeModel::buildAll()
{
    m_nodes.clear();
    m_rowToNode.clear();
    m_waiting.clear();
    m_countDirty.clear();
    m_dirtyList.clear();
    m_countDirty.resize(size_t(m_nodes.size()), 0);
    if (m_directory->count() == 0)
        return;
    const bool wasSilent = m_silent;
    m_silent = true;
    onAppended(0, m_directory->count() - 1);
    m_silent = wasSilent;
}

void OrgTreeModel::onReset()
{
    m_silent = true;
    buildAll();
    m_silent = false;
    endResetModel();
}

int OrgTreeModel::newNode(NodeKind kind)
{
    const int id = m_nodes.add(kind);
    if (size_t(id) >= m_countDirty.size())
        m_countDirty.resize(size_t(id) + 1, 0);
    return id;
}

void OrgTreeModel::freeNode(int id)
{
    m_nodes.remove(id);
}

void OrgTreeModel::adjustPeople(int from, int delta)
{
    const bool visible = !m_silent && m_nodes.isAttached(from);
    for (int n = from; n >= 0; n = m_nodes[n].parent) {
        m_nodes[n].people += delta;
        if (visible && n != RootNode && !m_countDirty[n]) {
            m_countDirty[n] = 1;
            m_dirtyList.push_back(n);
        }
    }
}

void OrgTreeModel::attach(int id, int parent)
{
    Q_ASSERT(m_nodes[id].parent < 0);
    if ((parent == MissingNode || parent == CyclesNode) && m_nodes[parent].parent < 0)
        attach(parent, RootNode);
    const int row = m_nodes.rowFor(id, parent);
    const bool visible = !m_silent && m_nodes.isAttached(parent);
    if (visible)
        beginInsertRows(indexOfNode(parent), row, row);
    m_nodes.link(id, parent);
    if (visible)
        endInsertRows();
    if (m_nodes[id].people != 0)
        adjustPeople(parent, m_nodes[id].people);
}

void OrgTreeModel::detach(int id)
{
    const int parent = m_nodes[id].parent;
    if (parent < 0)
        return;
    const int row = m_nodes.rowInParent(id);
    const bool visible = !m_silent && m_nodes.isAttached(parent);
    if (visible)
        beginRemoveRows(indexOfNode(parent), row, row);
    m_nodes.unlink(id);
    if (visible)
        endRemoveRows();
    if (m_nodes[id].people != 0)
        adjustPeople(parent, -m_nodes[id].people);
    dropIfEmpty(parent);
}

void OrgTreeModel::dropIfEmpty(int container)
{
    const OrgForest::Node& n = m_nodes[container];
    if (!n.children.empty())
        return;
    if (n.kind == NodeKind::MissingManager) {
        m_waiting.remove(n.key);
        detach(container);
        freeNode(container);
    } else if ((container == MissingNode || container == CyclesNode) && n.parent >= 0) {
        detach(container);
    }
}

int OrgTreeModel::managerNodeOf(int id) const
{
    const QString& managerId = m_nodes[id].key;
    const int row = m_directory->rowOf(managerId);
    if (row < 0 || (row >= m_removingFirst && row <= m_removingLast))
        return -1;
    return m_rowToNode[row];
}

void OrgTreeModel::place(int id)
{
    Q_ASSERT(m_nodes[id].parent < 0);
    const User& user = m_directory->user(m_nodes[id].dirRow);
    const QString managerId = user.managerId;
    m_nodes[id].key = managerId; // `m_nodes` may grow below: no references into it are kept
    if (managerId.isEmpty()) {
        attach(id, RootNode);
        return;
    }
    if (managerId == user.id) {
        attach(id, CyclesNode); // reports to themselves
        return;
    }
    const int manager = managerNodeOf(id);
    if (manager < 0) {
        int waiting = m_waiting.value(managerId, -1);
        if (waiting < 0) {
            waiting = newNode(NodeKind::MissingManager);
            m_nodes[waiting].key = managerId;
            m_waiting.insert(managerId, waiting);
            attach(waiting, MissingNode);
        }
        attach(id, waiting);
        return;
    }
    // Does hanging `id` under its manager close a loop? Only if the manager is inside id's subtree.
    if (m_nodes.topPerson(manager) != id) {
        attach(id, manager);
        return;
    }
    // Break the loop at its smallest id, whatever order the people arrived in. The loop lies inside
    // id's detached subtree, so rearranging it emits nothing until it is attached again.
    int breakAt = id;
    for (int n = manager; n != id; n = m_nodes[n].parent) {
        if (idLess(m_directory->user(m_nodes[n].dirRow).id, m_directory->user(m_nodes[breakAt].dirRow).id))
            breakAt = n;
    }
    if (breakAt == id) {
        attach(id, CyclesNode);
        return;
    }
    detach(breakAt);
    attach(breakAt, CyclesNode);
    attach(id, manager);
}

void OrgTreeModel::adoptWaitingReports(int id)
{
    const QString& userId = m_directory->user(m_nodes[id].dirRow).id;
    const int waiting = m_waiting.value(userId, -1);
    if (waiting < 0)
        return;
    m_waiting.remove(userId);
    detach(waiting); // one removal for the whole group
    std::vector<int> reports;
    reports.swap(m_nodes[waiting].children);
    m_nodes[waiting].people = 0;
    for (int r : reports) {
        m_nodes[r].parent = -1;
        attach(r, id); // silent: `id` is not attached yet
    }
    freeNode(waiting);
}

void OrgTreeModel::recheckCycles()
{
    // A change or a removal can open a loop; its broken-out member then belongs under its manager.
    const std::vector<int> members = m_nodes[CyclesNode].children;
    for (int id : members) {
        const OrgForest::Node& n = m_nodes[id];
        if (n.parent != CyclesNode)
            continue;
        const User& user = m_directory->user(n.dirRow);
        if (user.managerId == user.id)
            continue;
        const int manager = managerNodeOf(id);
        if (manager >= 0 && m_nodes.topPerson(manager) == id)
            continue; // still a loop
        detach(id);
        place(id);
    }
}

void OrgTreeModel::flushCounts()
{
    for (int n : m_dirtyList) {
        m_countDirty[n] = 0;
        if (n < m_nodes.size() && m_nodes[n].parent >= 0 && m_nodes.isAttached(n))
            Q_EMIT dataChanged(indexOfNode(n, DirectReportsColumn), indexOfNode(n, TotalReportsColumn));
    }
    m_dirtyList.clear();
}

// ---- Directory signals -----------------------------------------------------------------------

void OrgTreeModel::onAppended(int first, int last)
{
    m_rowToNode.resize(size_t(last) + 1, -1);
    // Every newcomer gets a node first, so people in this page can hang under each other.
    for (int row = first; row <= last; ++row) {
        const int id = newNode(NodeKind::Person);
        m_nodes[id].dirRow = row;
        m_nodes[id].people = 1;
        m_rowToNode[row] = id;
    }
    for (int row = first; row <= last; ++row) {
        const int id = m_rowToNode[row];
        adoptWaitingReports(id);
        place(id);
    }
    flushCounts();
}

void OrgTreeModel::onChanged(const QList<int>& rows)
{
    for (int row : rows) {
        const int id = m_rowToNode[row];
        if (m_directory->user(row).managerId != m_nodes[id].key) {
            detach(id);
            place(id);
        } else if (!m_silent) {
            const QModelIndex at = indexOfNode(id);
            Q_EMIT dataChanged(at, at.siblingAtColumn(TitleColumn));
        }
    }
    recheckCycles();
    flushCounts();
}

void OrgTreeModel::onAboutToBeRemoved(int first, int last)
{
    m_removingFirst = first;
    m_removingLast = last;
    for (int row = first; row <= last; ++row) {
        const int id = m_rowToNode[row];
        detach(id);
        // Whoever reported to the leaving person now names a manager who is not in the directory.
        std::vector<int> reports;
        reports.swap(m_nodes[id].children);
        m_nodes[id].people = 1;
        for (int r : reports)
            m_nodes[r].parent = -1;
        for (int r : reports) {
            if (m_nodes[r].kind == NodeKind::Person)
                place(r);
        }
        freeNode(id);
        m_rowToNode[row] = -1;
    }
    recheckCycles();
    flushCounts();
    m_removingFirst = m_removingLast = -1;
}

void OrgTreeModel::onRemoved(int first, int last)
{
    m_rowToNode.erase(m_rowToNode.begin() + first, m_rowToNode.begin() + last + 1);
    m_nodes.shiftRows(last, last - first + 1);
}

// ---- model interface -------------------------------------------------------------------------

QModelIndex OrgTreeModel::indexOfNode(int id, int column) const
{
    if (id <= RootNode)
        return QModelIndex();
    return createIndex(m_nodes.rowInParent(id), column, quintptr(id));
}

int OrgTreeModel::directoryRow(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return -1;
    const OrgForest::Node& n = m_nodes[int(index.internalId())];
    return n.kind == NodeKind::Person ? n.dirRow : -1;
}

OrgTreeModel::NodeKind OrgTreeModel::kindAt(const QModelIndex& index) const
{
    return index.isValid() ? m_nodes[int(index.internalId())].kind : NodeKind::MissingManagersGroup;
}

QModelIndex OrgTreeModel::indexOfRow(int directoryRow, int column) const
{
    if (directoryRow < 0 || directoryRow >= int(m_rowToNode.size()) || column < 0 || column >= ColumnCount)
        return QModelIndex();
    const int id = m_rowToNode[size_t(directoryRow)];
    return id >= 0 && m_nodes.isAttached(id) ? indexOfNode(id, column) : QModelIndex();
}

QModelIndex OrgTreeModel::missingManagersIndex() const
{
    return m_nodes[MissingNode].parent == RootNode ? indexOfNode(MissingNode) : QModelIndex();
}

QModelIndex OrgTreeModel::cyclesIndex() const
{
    return m_nodes[CyclesNode].parent == RootNode ? indexOfNode(CyclesNode) : QModelIndex();
}

int OrgTreeModel::totalReports(const QModelIndex& index) const
{
    const OrgForest::Node& n = m_nodes[index.isValid() ? int(index.internalId()) : RootNode];
    return n.kind == NodeKind::Person && index.isValid() ? n.people - 1 : n.people;
}

int OrgTreeModel::directReports(const QModelIndex& index) const
{
    const OrgForest::Node& n = m_nodes[index.isValid() ? int(index.internalId()) : RootNode];
    return int(n.children.size());
}

QModelIndex OrgTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return QModelIndex();
    if (parent.isValid() && (parent.model() != this || parent.column() != 0))
        return QModelIndex();
    const int p = parent.isValid() ? int(parent.internalId()) : RootNode;
    const std::vector<int>& children = m_nodes[p].children;
    if (row >= int(children.size()))
        return QModelIndex();
    return createIndex(row, column, quintptr(children[row]));
}

QModelIndex OrgTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return QModelIndex();
    return indexOfNode(m_nodes[int(child.internalId())].parent);
}

int OrgTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(m_nodes[parent.isValid() ? int(parent.internalId()) : RootNode].children.size());
}

int OrgTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool OrgTreeModel::hasChildren(const QModelIndex& parent) const
{
    return rowCount(parent) > 0;
}

QVariant OrgTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const OrgForest::Node& n = m_nodes[int(index.internalId())];
    const bool person = n.kind == NodeKind::Person;
    const User* user = person ? &m_directory->user(n.dirRow) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            switch (n.kind) {
            case NodeKind::Person:
                return UserColumns::singleLine(user->displayName());
            case NodeKind::MissingManagersGroup:
                return tr("Manager not in directory");
            case NodeKind::MissingManager:
                return tr("Unknown manager (id %1)").arg(n.key);
            case NodeKind::CyclesGroup:
                return tr("Reporting cycles");
            }
            return QVariant();
        case TitleColumn:
            return person ? QVariant(UserColumns::singleLine(user->title)) : QVariant();
        case DirectReportsColumn:
            return person ? QVariant(QLocale().toString(qulonglong(n.children.size()))) : QVariant();
        case TotalReportsColumn:
            return QLocale().toString(totalReports(index));
        }
        return QVariant();
    case Qt::ToolTipRole:
        if (index.column() == NameColumn) {
            switch (n.kind) {
            case NodeKind::Person:
                return UserColumns::personToolTip(*m_directory, n.dirRow);
            case NodeKind::MissingManagersGroup:
                return tr("People whose manager id is not among the loaded users");
            case NodeKind::MissingManager:
                return tr("These people name manager id %1, who is not in the directory").arg(n.key);
            case NodeKind::CyclesGroup:
                return tr("Chains of managers that loop back; each loop is shown starting from its smallest id");
            }
        }
        if (index.column() == DirectReportsColumn)
            return tr("Direct reports");
        if (index.column() == TotalReportsColumn)
            return tr("Everyone below, at all levels");
        return QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() >= DirectReportsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case UserIdRole:
        return person ? user->id : QString();
    case DirectoryRowRole:
        return person ? n.dirRow : -1;
    case NodeKindRole:
        return int(n.kind);
    case ManagerIdRole:
        return person ? user->managerId : n.key;
    case SortRole:
        switch (index.column()) {
        case DirectReportsColumn:
            return qulonglong(n.children.size());
        case TotalReportsColumn:
            return totalReports(index);
        case TitleColumn:
            return person ? user->title.toCaseFolded() : QString();
        default:
            if (person)
                return QStringLiteral("0") + user->displayName().toCaseFolded();
            if (n.kind == NodeKind::MissingManager)
                return QStringLiteral("1") + n.key;
            return n.kind == NodeKind::MissingManagersGroup ? QStringLiteral("2") : QStringLiteral("3");
        }
    default:
        return QVariant();
    }
}

QVariant OrgTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TitleColumn:
        return tr("Title");
    case DirectReportsColumn:
        return tr("Direct");
    case TotalReportsColumn:
        return tr("Total");
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> OrgTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(UserIdRole, "userId");
    names.insert(DirectoryRowRole, "directoryRow");
    names.insert(NodeKindRole, "nodeKind");
    names.insert(SortRole, "sortValue");
    names.insert(ManagerIdRole, "managerId");
    return names;
}
