// SPDX-License-Identifier: MIT
// Answers a modal message box the way a user would, for GUI tests: the box's exec() blocks the test's call, so the
// answer is given from a timer that waits for the box to appear.
#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace MessageBoxes {
// Answers the next message box named `name` with the button whose text starts with `button`; returns its text and
// informative text (filled once it was answered).
inline std::shared_ptr<QString> answer(const QString& name, const QString& button)
{
    auto said = std::make_shared<QString>();
    auto* poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, said, name, button] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || box->objectName() != name)
            return;
        *said = box->text() + u'\n' + box->informativeText();
        for (QAbstractButton* b : box->buttons()) {
            if (b->text().remove(u'&').startsWith(button)) {
                b->click();
                break;
            }
        }
        poll->deleteLater();
    });
    poll->start(20);
    return said;
}
} // namespace MessageBoxes
