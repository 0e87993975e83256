// SPDX-License-Identifier: MIT
#include "contextmenukey.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QContextMenuEvent>
#include <QKeyEvent>

ContextMenuKey::ContextMenuKey(QObject* parent)
    : QObject(parent)
{
    setObjectName(QStringLiteral("contextMenuKey"));
}

bool ContextMenuKey::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto* key = static_cast<QKeyEvent*>(event);
    const bool menuKey = key->key() == Qt::Key_Menu && key->modifiers() == Qt::NoModifier;
    const bool shiftF10 = key->key() == Qt::Key_F10 && key->modifiers() == Qt::ShiftModifier;
    QWidget* focus = QApplication::focusWidget();
    // The key reaches the focus widget after its ancestors' filters: act once, for the focus widget.
    if (!(menuKey || shiftF10) || !focus || watched != focus || QApplication::activePopupWidget())
        return false;
    QWidget* target = focus;
    QPoint pos = focus->rect().center();
    if (auto* view = qobject_cast<QAbstractItemView*>(focus)) {
        // An item view's menu is about its current item, and comes from its viewport.
        target = view->viewport();
        const QRect item = view->visualRect(view->currentIndex());
        pos = item.isValid() ? item.center() : QPoint(0, 0);
    }
    QContextMenuEvent menu(QContextMenuEvent::Keyboard, pos, target->mapToGlobal(pos), key->modifiers());
    QCoreApplication::sendEvent(target, &menu);
    return true;
}
