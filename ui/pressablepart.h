// SPDX-License-Identifier: MIT
#pragma once

#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QPointer>
#include <QWidget>
#include <QWindow>

// The accessible of one part of a widget that is not an object of its own (a tab of a tab bar, a link of a label):
// a leaf child of the widget's interface that can be pressed. A part says what it is (role, text, rect, state) and
// what pressing it does; the tree plumbing every such part shares is here.
template <typename Owner> class PressablePart : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    PressablePart(Owner* owner, int index)
        : m_owner(owner)
        , m_index(index)
    {}

    QObject* object() const override { return nullptr; }
    QWindow* window() const override { return m_owner ? m_owner->window()->windowHandle() : nullptr; }
    QAccessibleInterface* parent() const override { return QAccessible::queryAccessibleInterface(m_owner.data()); }
    QAccessibleInterface* child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface*) const override { return -1; }
    QAccessibleInterface* childAt(int, int) const override { return nullptr; }
    void setText(QAccessible::Text, const QString&) override {}

    void* interface_cast(QAccessible::InterfaceType t) override
    {
        return t == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface*>(this) : nullptr;
    }
    QStringList actionNames() const override { return {pressAction()}; }
    void doAction(const QString& name) override
    {
        if (isValid() && name == pressAction())
            press();
    }
    QStringList keyBindingsForAction(const QString&) const override { return {}; }

protected:
    virtual void press() = 0;

    QPointer<Owner> m_owner;
    const int m_index;
};
