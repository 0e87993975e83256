// SPDX-License-Identifier: MIT
#pragma once

#include "search/savedviews.h"

#include <QMenu>

#include <functional>

// Saved views in a menu: save the current query + facets + columns + sort under a name, open, rename and delete
// views. The window supplies how to capture and apply a view; the store keeps them in QSettings.
class ViewsMenu : public QMenu
{
    Q_OBJECT
public:
    using Capture = std::function<SavedView()>;
    using Apply = std::function<void(const SavedView&)>;

    ViewsMenu(Capture capture, Apply apply, QWidget* parent = nullptr);

    SavedViewStore& store() { return m_store; }
    // Without dialogs, for the dialogs' callers and tests.
    void saveCurrentAs(const QString& name);
    bool open(const QString& name);

public Q_SLOTS:
    void rebuild();

private:
    void askToSave();
    void askToRename(const QString& name);
    void askToDelete(const QString& name);

    Capture m_capture;
    Apply m_apply;
    SavedViewStore m_store;
};
