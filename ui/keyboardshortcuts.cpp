// SPDX-License-Identifier: MIT
#include "keyboardshortcuts.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>

#include <functional>

QList<KeyboardShortcuts::Entry> KeyboardShortcuts::of(QMainWindow* window)
{
    QList<Entry> out;
    QSet<const QAction*> seen;
    const auto add = [&](QAction* action) {
        if (seen.contains(action) || action->isSeparator())
            return;
        seen.insert(action);
        // A standard key the platform does not bind (QKeySequence::Preferences on most Linux desktops) is empty.
        // The same key twice (Ctrl+, and a Preferences key that is Ctrl+, too) is listed once.
        QStringList keys;
        for (const QKeySequence& k : action->shortcuts()) {
            const QString key = k.toString(QKeySequence::NativeText);
            if (!key.isEmpty() && !keys.contains(key))
                keys.append(key);
        }
        if (keys.isEmpty())
            return;
        QString text = action->text();
        text.remove(QLatin1Char('&'));
        out.append(
            {text.remove(QStringLiteral("…")).remove(QStringLiteral("...")).trimmed(), keys.join(tr(" or ")), action});
    };
    std::function<void(const QList<QAction*>&)> walk = [&](const QList<QAction*>& actions) {
        for (QAction* a : actions) {
            if (a->menu())
                walk(a->menu()->actions());
            else
                add(a);
        }
    };
    walk(window->menuBar()->actions());
    walk(window->actions());
    const QList<QWidget*> widgets = window->findChildren<QWidget*>();
    for (const QWidget* widget : widgets)
        walk(widget->actions());
    return out;
}
