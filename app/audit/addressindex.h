// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <cstdint>
#include <vector>

// Who uses which address: a multiset of (address, row), for the duplicate-address check of DirectoryHealth. An
// open-addressing table of 8-byte slots over a dense list of entries: adding an address costs one probe into the
// slots and one append, where a QHash of lists costs a probe, a node and a list (the check runs over every person
// of every page). Seeded with Qt's global hash seed, so addresses chosen by a server cannot force collisions.
class AddressIndex
{
public:
    // An address with its hash, computed once (see hashOf()).
    struct Key
    {
        QString address;
        size_t hash = 0;
    };
    static size_t hashOf(const QString& address);
    static Key keyOf(QString address)
    {
        const size_t hash = hashOf(address);
        return {std::move(address), hash};
    }

    void clear();
    // Room for this many (address, row) pairs without growing.
    void reserve(qsizetype pairs);
    qsizetype size() const { return m_size; }

    // Adds the pair (each row holds an address once); calls other(row) for each row that already had the address,
    // and returns their number.
    template <typename Other> int insert(const Key& key, int row, Other&& other);
    template <typename Other> int insert(const QString& address, int row, Other&& other)
    {
        return insert(keyOf(address), row, other);
    }
    // Removes the pair if present; calls other(row) for each row that still has the address, and returns their number
    // (-1 when the pair was not there).
    template <typename Other> int erase(const Key& key, int row, Other&& other);
    template <typename Other> int erase(const QString& address, int row, Other&& other)
    {
        return erase(keyOf(address), row, other);
    }
    // The rows with this address, in no particular order.
    QList<int> rows(const QString& address) const;

private:
    static constexpr std::uint32_t Empty = 0xFFFFFFFFu;
    static constexpr std::uint32_t Removed = 0xFFFFFFFEu;
    struct Slot
    {
        std::uint32_t tag = 0;       // the hash's upper half: most non-matches are told apart without the string
        std::uint32_t entry = Empty; // index into m_entries, or Empty / Removed
    };
    struct Entry
    {
        QString address;
        size_t hash = 0;
        int row = -1;
    };

    static std::uint32_t tagOf(size_t hash) { return std::uint32_t(quint64(hash) >> 32); }
    size_t mask() const { return m_slots.size() - 1; }
    void grow(qsizetype pairs);
    // Visits the entries with this address, in probe order: visit(slotIndex, entry).
    template <typename Visit> void forEach(const QString& address, size_t hash, Visit&& visit) const;

    std::vector<Slot> m_slots; // a power of two in size, at most half in use (entries and Removed marks)
    std::vector<Entry> m_entries;
    std::vector<std::uint32_t> m_freeEntries;
    qsizetype m_size = 0;
    qsizetype m_removedSlots = 0;
};

template <typename Visit> void AddressIndex::forEach(const QString& address, size_t hash, Visit&& visit) const
{
    if (m_slots.empty())
        return;
    const std::uint32_t tag = tagOf(hash);
    for (size_t i = hash & mask();; i = (i + 1) & mask()) {
        const Slot& s = m_slots[i];
        if (s.entry == Empty)
            return;
        if (s.entry != Removed && s.tag == tag) {
            const Entry& e = m_entries[s.entry];
            if (e.hash == hash && e.address == address)
                visit(i, e);
        }
    }
}

template <typename Other> int AddressIndex::insert(const Key& key, int row, Other&& other)
{
    if (2 * (m_size + m_removedSlots + 1) > qsizetype(m_slots.size()))
        grow(m_size + 1);
    const QString& address = key.address;
    const size_t hash = key.hash;
    int others = 0;
    forEach(address, hash, [&](size_t, const Entry& e) {
        other(e.row);
        ++others;
    });
    std::uint32_t entry;
    if (!m_freeEntries.empty()) {
        entry = m_freeEntries.back();
        m_freeEntries.pop_back();
        m_entries[entry] = {address, hash, row};
    } else {
        entry = std::uint32_t(m_entries.size());
        m_entries.push_back({address, hash, row});
    }
    size_t i = hash & mask();
    while (m_slots[i].entry != Empty && m_slots[i].entry != Removed)
        i = (i + 1) & mask();
    if (m_slots[i].entry == Removed)
        --m_removedSlots;
    m_slots[i] = {tagOf(hash), entry};
    ++m_size;
    return others;
}

template <typename Other> int AddressIndex::erase(const Key& key, int row, Other&& other)
{
    const QString& address = key.address;
    const size_t hash = key.hash;
    size_t at = size_t(-1);
    QList<int> remaining;
    forEach(address, hash, [&](size_t i, const Entry& e) {
        if (e.row == row && at == size_t(-1))
            at = i;
        else
            remaining.append(e.row);
    });
    if (at == size_t(-1))
        return -1;
    const std::uint32_t entry = m_slots[at].entry;
    m_entries[entry] = {};
    m_freeEntries.push_back(entry);
    m_slots[at].entry = Removed;
    ++m_removedSlots;
    --m_size;
    for (int r : std::as_const(remaining))
        other(r);
    return int(remaining.size());
}
