// SPDX-License-Identifier: MIT
#include "columnchooser.h"

#include "directory/usercolumns.h"

#include <QHeaderView>
#include <QMenu>

ColumnChooser::ColumnChooser(QHeaderView* header)
    : QObject(header)
    , m_header(header)
{
    setObjectName(QStringLiteral("columnChooser"));
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &ColumnChooser::showMenu);
}

QMenu* ColumnChooser::createMenu(QWidget* parent) const
{
    auto* menu = new QMenu(tr("Columns"), parent);
    menu->setObjectName(QStringLiteral("columnMenu"));
    QMenu* settings = nullptr;
    for (int c = 0; c < UserColumns::count(); ++c) {
        const bool isSetting = UserColumns::at(c).key.startsWith(QLatin1String("settings."));
        if (isSetting && !settings)
            settings = menu->addMenu(tr("Settings"));
        QAction* action = (isSetting ? settings : menu)->addAction(UserColumns::title(c));
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(c));
        action->setData(UserColumns::at(c).key);
        connect(action, &QAction::toggled, m_header, [header = m_header, c](bool on) {
            // Never hide the last visible column: the header would vanish with it.
            if (!on && header->count() - header->hiddenSectionCount() <= 1)
                return;
            header->setSectionHidden(c, !on);
        });
    }
    menu->addSeparator();
    connect(menu->addAction(tr("Reset to default columns")), &QAction::triggered, this, &ColumnChooser::resetColumns);
    return menu;
}

void ColumnChooser::resetColumns()
{
    const qreal scale = m_header->logicalDpiX() / 96.0;
    for (int c = 0; c < UserColumns::count(); ++c) {
        m_header->moveSection(m_header->visualIndex(c), c);
        m_header->resizeSection(c, int(UserColumns::at(c).defaultWidth * scale));
        m_header->setSectionHidden(c, !UserColumns::at(c).visibleByDefault);
    }
}

void ColumnChooser::showMenu(const QPoint& pos)
{
    QMenu* menu = createMenu(m_header);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_header->viewport()->mapToGlobal(pos));
}
