// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QAction;
class QMainWindow;

// Every shortcut a window answers to, read from its actions: the menu bar's, the window's and those of every widget
// in it (a widget's own keys, such as the search box's Esc, are actions it holds). Nothing is listed that is not an
// action, so the list cannot disagree with what the keys do. Help → Keyboard Shortcuts shows it.
class KeyboardShortcuts
{
    Q_DECLARE_TR_FUNCTIONS(KeyboardShortcuts)
public:
    struct Entry
    {
        QString text; // the action's text without its accelerator and trailing "…"
        QString keys; // its shortcuts as the platform writes them, "Ctrl+R or F5"
        QAction* action = nullptr;
    };

    // In menu order first, then the window's actions, then the widgets'; each action once.
    static QList<Entry> of(QMainWindow* window);
};
