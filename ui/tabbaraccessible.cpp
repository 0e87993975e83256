// SPDX-License-Identifier: MIT
#include "tabbaraccessible.h"

#include <QTabBar>
#include <QToolButton>

namespace {
// One tab: its text, where it is, whether it is the current page; pressing it opens the page.
class TabAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    TabAccessible(QTabBar* bar, int index)
        : m_bar(bar)
        , m_index(index)
    {}

    bool isValid() const override { return m_bar && m_index < m_bar->count(); }
    QObject* object() const override { return nullptr; }
    QWindow* window() const override { return m_bar ? m_bar->window()->windowHandle() : nullptr; }
    QAccessibleInterface* parent() const override { return QAccessible::queryAccessibleInterface(m_bar.data()); }
    QAccessibleInterface* child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface*) const override { return -1; }
    QAccessibleInterface* childAt(int, int) const override { return nullptr; }
    QAccessible::Role role() const override { return QAccessible::PageTab; }
    void setText(QAccessible::Text, const QString&) override {}

    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        switch (t) {
        case QAccessible::Name:
            return !m_bar->accessibleTabName(m_index).isEmpty() ? m_bar->accessibleTabName(m_index)
                                                                : QString(m_bar->tabText(m_index)).remove(u'&');
        case QAccessible::Description:
            return m_bar->tabToolTip(m_index);
        default:
            return {};
        }
    }

    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect r = m_bar->tabRect(m_index);
        return QRect(m_bar->mapToGlobal(r.topLeft()), r.size());
    }

    QAccessible::State state() const override
    {
        QAccessible::State s;
        if (!isValid())
            return s;
        s.selectable = true;
        s.focusable = true;
        s.selected = m_index == m_bar->currentIndex();
        s.focused = s.selected && m_bar->hasFocus();
        s.disabled = !m_bar->isTabEnabled(m_index);
        s.invisible = !m_bar->isTabVisible(m_index) || !m_bar->isVisible();
        return s;
    }

    void* interface_cast(QAccessible::InterfaceType t) override
    {
        return t == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface*>(this) : nullptr;
    }

    QStringList actionNames() const override { return {pressAction()}; }
    void doAction(const QString& name) override
    {
        if (isValid() && name == pressAction())
            m_bar->setCurrentIndex(m_index);
    }
    QStringList keyBindingsForAction(const QString&) const override { return {}; }

private:
    QPointer<QTabBar> m_bar;
    int m_index;
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
