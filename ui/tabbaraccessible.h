// SPDX-License-Identifier: MIT
#pragma once

#include "childinterfaces.h"

#include <QAccessibleWidget>
#include <QPointer>

class QTabBar;

// A tab bar as screen readers expect it: a page tab list whose tabs say which one is selected. Qt 6.4's own
// interface leaves out "selected", so Orca cannot tell the current page. Tabs first, then the scroll buttons, in
// Qt's order, so Qt's events (a child index) land on the same tab. Installed by Accessibility::installFactory().
class TabBarAccessible : public QAccessibleWidget
{
public:
    explicit TabBarAccessible(QTabBar* bar);

    int childCount() const override;
    QAccessibleInterface* child(int index) const override;
    int indexOfChild(const QAccessibleInterface* child) const override;
    QAccessibleInterface* focusChild() const override;

private:
    QTabBar* tabBar() const;
    QList<QWidget*> scrollButtons() const;

    mutable ChildInterfaces m_tabs;
};
