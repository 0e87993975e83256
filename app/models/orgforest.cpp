// SPDX-License-Identifier: MIT
#include "orgforest.h"

#include <QtGlobal>

#include <algorithm>

void OrgForest::clear()
{
    m_nodes.clear();
    m_free.clear();
    m_nodes.resize(3);
    m_nodes[Root].kind = Kind::MissingManagersGroup; // never shown; kind unused
    m_nodes[Missing].kind = Kind::MissingManagersGroup;
    m_nodes[Cycles].kind = Kind::CyclesGroup;
}

int OrgForest::add(Kind kind)
{
    int id;
    if (!m_free.empty()) {
        id = m_free.back();
        m_free.pop_back();
        m_nodes[size_t(id)] = Node();
    } else {
        id = int(m_nodes.size());
        m_nodes.emplace_back();
    }
    m_nodes[size_t(id)].kind = kind;
    return id;
}

void OrgForest::remove(int id)
{
    Q_ASSERT(m_nodes[size_t(id)].parent < 0 && m_nodes[size_t(id)].children.empty());
    m_nodes[size_t(id)] = Node();
    m_free.push_back(id);
}

bool OrgForest::isAttached(int id) const
{
    while (id > Root)
        id = m_nodes[size_t(id)].parent;
    return id == Root;
}

int OrgForest::rowInParent(int id) const
{
    return rowFor(id, m_nodes[size_t(id)].parent);
}

int OrgForest::rowFor(int id, int parent) const
{
    const std::vector<int>& siblings = m_nodes[size_t(parent)].children;
    return int(std::lower_bound(siblings.begin(), siblings.end(), id) - siblings.begin());
}

int OrgForest::topPerson(int id) const
{
    // Containers are never part of a chain of managers.
    for (int p = m_nodes[size_t(id)].parent; p > Root && m_nodes[size_t(p)].kind == Kind::Person;
         p = m_nodes[size_t(p)].parent)
        id = p;
    return id;
}

void OrgForest::link(int id, int parent)
{
    Q_ASSERT(m_nodes[size_t(id)].parent < 0);
    std::vector<int>& siblings = m_nodes[size_t(parent)].children;
    siblings.insert(siblings.begin() + rowFor(id, parent), id);
    m_nodes[size_t(id)].parent = parent;
}

void OrgForest::unlink(int id)
{
    const int parent = m_nodes[size_t(id)].parent;
    if (parent < 0)
        return;
    std::vector<int>& siblings = m_nodes[size_t(parent)].children;
    siblings.erase(siblings.begin() + rowInParent(id));
    m_nodes[size_t(id)].parent = -1;
}

void OrgForest::shiftRows(int last, int removed)
{
    for (Node& n : m_nodes) {
        if (n.kind == Kind::Person && n.dirRow > last)
            n.dirRow -= removed;
    }
}
