// SPDX-License-Identifier: MIT
#include "viewsmenu.h"

#include <QInputDialog>
#include <QMessageBox>

ViewsMenu::ViewsMenu(Capture capture, Apply apply, QWidget* parent)
    : QMenu(tr("&Saved Views"), parent)
    , m_capture(std::move(capture))
    , m_apply(std::move(apply))
{
    setObjectName(QStringLiteral("viewsMenu"));
    connect(this, &QMenu::aboutToShow, this, &ViewsMenu::rebuild);
    rebuild();
}

void ViewsMenu::rebuild()
{
    clear();
    QAction* save = addAction(tr("&Save Current View…"));
    save->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(save, &QAction::triggered, this, &ViewsMenu::askToSave);
    const QList<SavedView> views = m_store.views();
    if (views.isEmpty()) {
        addAction(tr("No saved views yet"))->setEnabled(false);
        return;
    }
    addSeparator();
    for (const SavedView& v : views) {
        const QString name = v.name;
        QAction* openAction = addAction(name);
        openAction->setToolTip(v.fullQuery());
        connect(openAction, &QAction::triggered, this, [this, name] { open(name); });
    }
    addSeparator();
    QMenu* rename = addMenu(tr("&Rename"));
    QMenu* remove = addMenu(tr("&Delete"));
    for (const SavedView& v : views) {
        const QString name = v.name;
        connect(rename->addAction(name), &QAction::triggered, this, [this, name] { askToRename(name); });
        connect(remove->addAction(name), &QAction::triggered, this, [this, name] { askToDelete(name); });
    }
}

void ViewsMenu::saveCurrentAs(const QString& name)
{
    SavedView view = m_capture();
    view.name = name.trimmed();
    m_store.save(view);
    rebuild();
}

bool ViewsMenu::open(const QString& name)
{
    if (!m_store.contains(name))
        return false;
    m_apply(m_store.view(name));
    return true;
}

void ViewsMenu::askToSave()
{
    bool ok = false;
    const QString name = QInputDialog::getText(parentWidget(), tr("Save View"), tr("Name of this view:"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    if (m_store.contains(name) &&
        QMessageBox::question(parentWidget(), tr("Save View"),
                              tr("A view named \"%1\" exists. Replace it?").arg(name)) != QMessageBox::Yes)
        return;
    saveCurrentAs(name);
}

void ViewsMenu::askToRename(const QString& name)
{
    bool ok = false;
    const QString to =
        QInputDialog::getText(parentWidget(), tr("Rename View"), tr("New name:"), QLineEdit::Normal, name, &ok)
            .trimmed();
    if (!ok || to.isEmpty() || to == name)
        return;
    if (!m_store.rename(name, to))
        QMessageBox::warning(parentWidget(), tr("Rename View"), tr("A view named \"%1\" exists already.").arg(to));
    rebuild();
}

void ViewsMenu::askToDelete(const QString& name)
{
    if (QMessageBox::question(parentWidget(), tr("Delete View"), tr("Delete the view \"%1\"?").arg(name)) !=
        QMessageBox::Yes)
        return;
    m_store.remove(name);
    rebuild();
}
