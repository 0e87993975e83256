// SPDX-License-Identifier: MIT
#include "addressindex.h"

#include <QHashFunctions>

void AddressIndex::clear()
{
    m_slots.clear();
    m_entries.clear();
    m_freeEntries.clear();
    m_size = 0;
    m_removedSlots = 0;
}

void AddressIndex::reserve(qsizetype pairs)
{
    if (2 * pairs > qsizetype(m_slots.size()))
        grow(pairs);
    m_entries.reserve(size_t(pairs));
}

size_t AddressIndex::hashOf(const QString& address)
{
    return qHash(QStringView(address), QHashSeed::globalSeed());
}

void AddressIndex::grow(qsizetype pairs)
{
    size_t size = 16;
    while (size < size_t(2 * std::max(pairs, m_size) + 2))
        size *= 2;
    // Twice the room once the table fills: a load adds pages without rehashing at each one.
    if (size <= m_slots.size())
        size = m_slots.size() * (m_removedSlots > m_size ? 1 : 2); // mostly Removed marks: same size, swept
    std::vector<Slot> slots(size);
    const size_t sizeMask = size - 1;
    for (const Slot& s : m_slots) {
        if (s.entry == Empty || s.entry == Removed)
            continue;
        size_t i = m_entries[s.entry].hash & sizeMask;
        while (slots[i].entry != Empty)
            i = (i + 1) & sizeMask;
        slots[i] = s;
    }
    m_slots = std::move(slots);
    m_removedSlots = 0;
}

QList<int> AddressIndex::rows(const QString& address) const
{
    QList<int> out;
    forEach(address, hashOf(address), [&out](size_t, const Entry& e) { out.append(e.row); });
    return out;
}
