// SPDX-License-Identifier: MIT
#pragma once

#include "childinterfaces.h"

#include <QAccessibleWidget>
#include <QObject>

class QLabel;

// A label with links (the details' email, phone, meeting links, manager chain) as screen readers expect it: its text,
// and one child of role Link per link, with a press action that opens it. Moving between the links with Tab is
// announced (a focus event on the link), which Qt 6.4 does not do for a label's links.
class LinkLabelAccessible : public QAccessibleWidget
{
public:
    explicit LinkLabelAccessible(QLabel* label);

    QString text(QAccessible::Text t) const override;
    int childCount() const override;
    QAccessibleInterface* child(int index) const override;
    int indexOfChild(const QAccessibleInterface* child) const override;
    QAccessibleInterface* focusChild() const override;

    // The links of `label`'s text: (href, text, start), in order.
    struct Link
    {
        QString href;
        QString text;
        int start = 0;
    };
    static QList<Link> links(const QLabel* label);
    // The link the keyboard is on in `label` (its selection), or -1.
    static int focusedLink(const QLabel* label);

    // Marks `label` as one whose links are exposed, and announces the link Tab moves to.
    static void expose(QLabel* label);

private:
    QLabel* label() const;
    mutable ChildInterfaces m_links;
};
