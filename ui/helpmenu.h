// SPDX-License-Identifier: MIT
#pragma once

#include <QMenu>

class QMainWindow;

// Help: the keyboard shortcuts of the window (Ctrl+/, F1, from KeyboardShortcuts), About Gong Directory and About Qt.
class HelpMenu : public QMenu
{
    Q_OBJECT
public:
    explicit HelpMenu(QMainWindow* window);

public Q_SLOTS:
    void showKeyboardShortcuts();
    void showAbout();

private:
    QMainWindow* m_window;
};
