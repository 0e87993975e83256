// SPDX-License-Identifier: MIT
#pragma once

#include <QAccessible>
#include <QHash>

// The interfaces of an accessible's children that are not objects (a tab bar's tabs, a label's links): made when
// first asked for, registered with QAccessible (which gives them their ids), deleted with their owner.
class ChildInterfaces
{
public:
    ChildInterfaces() = default;
    ChildInterfaces(const ChildInterfaces&) = delete;
    ChildInterfaces& operator=(const ChildInterfaces&) = delete;
    ~ChildInterfaces()
    {
        for (QAccessible::Id id : std::as_const(m_ids))
            QAccessible::deleteAccessibleInterface(id);
    }

    // The child at `index`, made by `make()` the first time.
    template <typename Make> QAccessibleInterface* at(int index, Make make)
    {
        if (!m_ids.contains(index))
            m_ids.insert(index, QAccessible::registerAccessibleInterface(make()));
        return QAccessible::accessibleInterface(m_ids.value(index));
    }

    // The index of `child` among those made, or -1.
    int indexOf(const QAccessibleInterface* child) const
    {
        for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it) {
            if (QAccessible::accessibleInterface(it.value()) == child)
                return it.key();
        }
        return -1;
    }

private:
    QHash<int, QAccessible::Id> m_ids;
};
