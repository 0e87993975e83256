// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QPushButton;

// What the window shows before there is anything to show (first run: no saved connection, no --demo): one line on
// what the app does and the two ways to start, connecting to Gong or trying the built-in demo company.
class WelcomePanel : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePanel(QWidget* parent = nullptr);

    // Without a way to connect (no connection settings in this window), only the demo is offered.
    void setCanConnect(bool on);

Q_SIGNALS:
    void connectRequested();
    void demoRequested();

private:
    QPushButton* m_connect;
    QPushButton* m_demo;
};
