// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

// Shift+F10 and the Menu key open the context menu of the focused widget, at its current item for an item view, as
// on every desktop. Installed on the application; a widget without a context menu ignores the request.
class ContextMenuKey : public QObject
{
    Q_OBJECT
public:
    explicit ContextMenuKey(QObject* parent = nullptr);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};
