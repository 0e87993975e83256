// SPDX-License-Identifier: MIT
#include "helpmenu.h"

#include "keyboardshortcuts.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMessageBox>
#include <QTableWidget>
#include <QVBoxLayout>

HelpMenu::HelpMenu(QMainWindow* window)
    : QMenu(tr("&Help"), window)
    , m_window(window)
{
    setObjectName(QStringLiteral("helpMenu"));
    QAction* shortcuts = addAction(tr("&Keyboard Shortcuts"), this, &HelpMenu::showKeyboardShortcuts);
    shortcuts->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    shortcuts->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Slash), QKeySequence(Qt::Key_F1)});
    window->addAction(shortcuts); // the keys work with the menu bar hidden, too
    addSeparator();
    addAction(tr("&About Gong Directory"), this, &HelpMenu::showAbout)->setMenuRole(QAction::AboutRole);
    addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void HelpMenu::showKeyboardShortcuts()
{
    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("keyboardShortcutsDialog"));
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto* table = new QTableWidget(&dialog);
    table->setObjectName(QStringLiteral("shortcutTable"));
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    const QList<KeyboardShortcuts::Entry> shortcuts = KeyboardShortcuts::of(m_window);
    table->setRowCount(int(shortcuts.size()));
    for (int r = 0; r < shortcuts.size(); ++r) {
        table->setItem(r, 0, new QTableWidgetItem(shortcuts[r].text));
        table->setItem(r, 1, new QTableWidgetItem(shortcuts[r].keys));
    }
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnToContents(0);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(520, 520);
    dialog.exec();
}

void HelpMenu::showAbout()
{
    QMessageBox::about(
        m_window, tr("About Gong Directory"),
        tr("<h3>Gong Directory %1</h3>"
           "<p>Browse, search and export the people in a Gong account.</p>"
           "<p>Built with Qt %2 (running on Qt %3).</p>"
           "<p>Licensed under the MIT licence. Gong is a trademark of Gong.io Ltd; this application "
           "is not made by Gong.</p>")
            .arg(QStringLiteral(GONGDIR_VERSION), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
}
