// SPDX-License-Identifier: MIT
#include "accessibility.h"

#include "linklabelaccessible.h"
#include "tabbaraccessible.h"
#include <QAccessibleWidget>

#include <QLabel>
#include <QTabBar>
#include <QVariant>
#include <QWidget>

namespace {
constexpr char roleProperty[] = "gongdirAccessibleRole";

// Widgets that carry a role of ours get a plain QAccessibleWidget with it; the rest keep Qt's interfaces.
QAccessibleInterface* roleFactory(const QString&, QObject* object)
{
    auto* widget = qobject_cast<QWidget*>(object);
    if (!widget)
        return nullptr;
    if (auto* bar = qobject_cast<QTabBar*>(widget))
        return new TabBarAccessible(bar);
    if (auto* label = qobject_cast<QLabel*>(widget); label && label->property("gongdirExposeLinks").toBool())
        return new LinkLabelAccessible(label);
    const QVariant role = widget->property(roleProperty);
    if (!role.isValid())
        return nullptr;
    return new QAccessibleWidget(widget, QAccessible::Role(role.toInt()));
}

} // namespace

void Accessibility::installFactory()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    QAccessible::installFactory(roleFactory);
}

QString Accessibility::purposeAndText(const QString& purpose, const QString& text)
{
    if (purpose.isEmpty() || text.isEmpty())
        return purpose.isEmpty() ? text : purpose;
    return tr("%1: %2").arg(purpose, text);
}

QString Accessibility::withCheckState(const QString& text, bool checked)
{
    return checked ? tr("%1, checked").arg(text) : tr("%1, not checked").arg(text);
}

void Accessibility::setLabelText(QLabel* label, const QString& purpose, const QString& text)
{
    label->setText(text);
    label->setAccessibleName(purposeAndText(purpose, text));
}

void Accessibility::setRole(QWidget* widget, QAccessible::Role role)
{
    installFactory();
    widget->setProperty(roleProperty, int(role));
}

void Accessibility::makeAlert(QWidget* widget)
{
    setRole(widget, QAccessible::AlertMessage);
}

void Accessibility::announce(QWidget* widget)
{
    // Orca presents an alert when it starts showing; a new message in one already shown must show anew.
    if (!widget->isHidden())
        widget->setVisible(false);
    widget->setVisible(true);
    QAccessibleEvent event(widget, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}
