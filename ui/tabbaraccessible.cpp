// SPDX-License-Identifier: MIT
#include "tabbaraccessible.h"

#include "pressablepart.h"

#include <QTabBar>
#include <QToolButton>

namespace {
// One tab: its text, where it is, whether it is the current page; pressing it opens the page.
class TabAccessible : public PressablePart<QTabBar>
{
public:
    using PressablePart::PressablePart;

    bool isValid() const override { return m_owner && m_index < m_owner->count(); }
    QAccessible::Role role() const override { return QAccessible::PageTab; }

    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        switch (t) {
        case QAccessible::Name:
            return !m_owner->accessibleTabName(m_index).isEmpty() ? m_owner->accessibleTabName(m_index)
                                                                  : QString(m_owner->tabText(m_index)).remove(u'&');
        case QAccessible::Description:
            return m_owner->tabToolTip(m_index);
        default:
            return {};
        }
    }

    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect r = m_owner->tabRect(m_index);
        return QRect(m_owner->mapToGlobal(r.topLeft()), r.size());
    }

    QAccessible::State state() const override
    {
        QAccessible::State s;
        if (!isValid())
            return s;
        s.selectable = true;
        s.focusable = true;
        s.selected = m_index == m_owner->currentIndex();
        s.focused = s.selected && m_owner->hasFocus();
        s.disabled = !m_owner->isTabEnabled(m_index);
        s.invisible = !m_owner->isTabVisible(m_index) || !m_owner->isVisible();
        return s;
    }

protected:
    void press() override { m_owner->setCurrentIndex(m_index); }
};
} // namespace

TabBarAccessible::TabBarAccessible(QTabBar* bar)
    : QAccessibleWidget(bar, QAccessible::PageTabList)
{}

QTabBar* TabBarAccessible::tabBar() const
{
    return static_cast<QTabBar*>(object());
}

QList<QWidget*> TabBarAccessible::scrollButtons() const
{
    QList<QWidget*> buttons;
    for (const char* name : {"ScrollLeftButton", "ScrollRightButton"}) {
        if (auto* b = tabBar()->findChild<QToolButton*>(QLatin1String(name), Qt::FindDirectChildrenOnly))
            buttons.append(b);
    }
    return buttons;
}

int TabBarAccessible::childCount() const
{
    return tabBar()->count() + int(scrollButtons().size());
}

QAccessibleInterface* TabBarAccessible::child(int index) const
{
    const int tabs = tabBar()->count();
    if (index < 0)
        return nullptr;
    if (index >= tabs)
        return QAccessible::queryAccessibleInterface(scrollButtons().value(index - tabs));
    return m_tabs.at(index, [this, index] { return new TabAccessible(tabBar(), index); });
}

int TabBarAccessible::indexOfChild(const QAccessibleInterface* child) const
{
    if (const int tab = m_tabs.indexOf(child); tab >= 0)
        return tab;
    const int button = int(scrollButtons().indexOf(qobject_cast<QWidget*>(child ? child->object() : nullptr)));
    return button < 0 ? -1 : tabBar()->count() + button;
}

QAccessibleInterface* TabBarAccessible::focusChild() const
{
    return tabBar()->hasFocus() ? child(tabBar()->currentIndex()) : nullptr;
}
