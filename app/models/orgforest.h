// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <vector>

// The nodes of the org tree and their links: people, and the groups that hold people who wait for a manager or sit
// in a reporting cycle. Each node keeps its children sorted by node id (a node finds its row by binary search, and
// taking one of 100,000 waiting people out of a group renumbers nothing) and the number of people in its subtree.
// Pure structure: OrgTreeModel decides where each person goes and tells the views.
class OrgForest
{
public:
    enum class Kind
    {
        Person,
        MissingManagersGroup, // "Manager not in directory"
        MissingManager,       // "Unknown manager (id …)": the people who name that id
        CyclesGroup,          // "Reporting cycles"
    };
    struct Node
    {
        Kind kind = Kind::Person;
        int parent = -1; // node id; -1 while detached
        int dirRow = -1; // Directory row (people)
        int people = 0;  // people in this subtree, itself included
        QString key;     // person: the managerId it was placed by; MissingManager: the missing id
        std::vector<int> children;
    };
    // The three nodes that always exist: the invisible root and the two groups (shown only while not empty).
    static constexpr int Root = 0;
    static constexpr int Missing = 1;
    static constexpr int Cycles = 2;

    OrgForest() { clear(); }

    // Only the root and the two empty, detached groups.
    void clear();
    int size() const { return int(m_nodes.size()); }
    Node& operator[](int id) { return m_nodes[size_t(id)]; }
    const Node& operator[](int id) const { return m_nodes[size_t(id)]; }

    // A new detached node (a freed id is used again).
    int add(Kind kind);
    // Precondition: detached, no children.
    void remove(int id);

    // Linked up to the root (a detached subtree is being rearranged and is not shown).
    bool isAttached(int id) const;
    int rowInParent(int id) const;
    // The row `id` gets under `parent`.
    int rowFor(int id, int parent) const;
    // The top of id's chain of managers: walks up through people only.
    int topPerson(int id) const;

    // Links a detached node under `parent` at rowFor(id, parent); unlinks a node from its parent. People counts are
    // the caller's (it knows which of them views can see).
    void link(int id, int parent);
    void unlink(int id);

    // People whose Directory row is after `last` move up by `removed` rows.
    void shiftRows(int last, int removed);

private:
    std::vector<Node> m_nodes;
    std::vector<int> m_free;
};
