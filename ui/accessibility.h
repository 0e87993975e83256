// SPDX-License-Identifier: MIT
#pragma once

#include <QAccessible>
#include <QCoreApplication>
#include <QString>

class QLabel;
class QWidget;

// What a screen reader needs beyond Qt's defaults: labels whose name carries their content, messages that are
// spoken when they appear (alerts), and roles for the widgets Qt exposes as anonymous frames.
class Accessibility
{
    Q_DECLARE_TR_FUNCTIONS(Accessibility)
public:
    // Shows `text` in `label` and names it "purpose: text" (just `purpose` while empty), so the content is read
    // wherever the label is read, and a screen reader hears the change (Qt sends NameChanged).
    static void setLabelText(QLabel* label, const QString& purpose, const QString& text);
    // The accessible name `purpose: text`, or `purpose` alone for an empty text.
    static QString purposeAndText(const QString& purpose, const QString& text);

    // "text, checked" or "text, not checked": what an item with a check box is read as (Qt 6.4 says nothing for an
    // unchecked one, as it does not expose item check boxes as checkable).
    static QString withCheckState(const QString& text, bool checked);

    // `widget` (a message that appears, e.g. a banner) is exposed with the alert role; must run before anything
    // asked for its accessible interface.
    static void makeAlert(QWidget* widget);
    // Shows `widget` and speaks its message: raises QAccessible::Alert, and for AT-SPI (which gets no alert event
    // from Qt 6.4) shows it anew, so Orca presents it as it presents any alert that appears.
    static void announce(QWidget* widget);

    // Our interfaces (roles set below, tab bars that say which tab is selected); once, before the first window.
    static void installFactory();

    // `widget` is exposed with `role` instead of Qt's default (a dock is a `frame` otherwise).
    static void setRole(QWidget* widget, QAccessible::Role role);
};
