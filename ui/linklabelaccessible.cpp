// SPDX-License-Identifier: MIT
#include "linklabelaccessible.h"

#include "pressablepart.h"

#include <QEvent>
#include <QLabel>
#include <QPointer>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>

namespace {
constexpr char linksProperty[] = "gongdirExposeLinks";

// One link of a label: its text, its address, pressed to open it.
class LinkAccessible : public PressablePart<QLabel>
{
public:
    using PressablePart::PressablePart;

    LinkLabelAccessible::Link link() const
    {
        return m_owner ? LinkLabelAccessible::links(m_owner).value(m_index) : LinkLabelAccessible::Link();
    }
    bool isValid() const override { return m_owner && m_index < LinkLabelAccessible::links(m_owner).size(); }
    QAccessible::Role role() const override { return QAccessible::Link; }
    QString text(QAccessible::Text t) const override
    {
        switch (t) {
        case QAccessible::Name:
            return link().text;
        case QAccessible::Value:
            return link().href;
        default:
            return {};
        }
    }
    QRect rect() const override { return m_owner ? QRect(m_owner->mapToGlobal(QPoint()), m_owner->size()) : QRect(); }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        s.focusable = true;
        s.linked = true;
        s.focused = m_owner && m_owner->hasFocus() && LinkLabelAccessible::focusedLink(m_owner) == m_index;
        s.invisible = !m_owner || !m_owner->isVisible();
        return s;
    }

protected:
    void press() override { Q_EMIT m_owner->linkActivated(link().href); }
};

// Tab moves between a label's links inside the label; after each move, the link it is on is announced.
class LinkFocusWatcher : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        auto* label = static_cast<QLabel*>(watched);
        if (event->type() == QEvent::FocusIn || event->type() == QEvent::KeyPress) {
            QPointer<QLabel> guard(label);
            QTimer::singleShot(0, label, [guard] {
                if (!guard || !guard->hasFocus())
                    return;
                const int index = LinkLabelAccessible::focusedLink(guard);
                QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(guard.data());
                if (index < 0 || !iface)
                    return;
                QAccessibleEvent focus(iface->child(index), QAccessible::Focus);
                QAccessible::updateAccessibility(&focus);
            });
        }
        return false;
    }
};
} // namespace

LinkLabelAccessible::LinkLabelAccessible(QLabel* label)
    : QAccessibleWidget(label, QAccessible::StaticText)
{}

void LinkLabelAccessible::expose(QLabel* label)
{
    label->setProperty(linksProperty, true);
    label->installEventFilter(new LinkFocusWatcher(label));
}

QLabel* LinkLabelAccessible::label() const
{
    return static_cast<QLabel*>(object());
}

QList<LinkLabelAccessible::Link> LinkLabelAccessible::links(const QLabel* label)
{
    QList<Link> out;
    QTextDocument doc;
    doc.setHtml(label->text());
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().isAnchor())
                continue;
            const QString href = fragment.charFormat().anchorHref();
            if (!out.isEmpty() && out.last().href == href &&
                out.last().start + out.last().text.size() == fragment.position())
                out.last().text += fragment.text(); // one link in several formats
            else
                out.append({href, fragment.text(), fragment.position()});
        }
    }
    return out;
}

int LinkLabelAccessible::focusedLink(const QLabel* label)
{
    // The keyboard's link is selected in the label.
    const int start = label->selectionStart();
    if (start < 0)
        return -1;
    const QList<Link> all = links(label);
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (start >= all[i].start && start < all[i].start + all[i].text.size())
            return int(i);
    }
    return -1;
}

QString LinkLabelAccessible::text(QAccessible::Text t) const
{
    if (t != QAccessible::Name || !label()->accessibleName().isEmpty())
        return QAccessibleWidget::text(t);
    QTextDocument doc;
    doc.setHtml(label()->text());
    return doc.toPlainText();
}

int LinkLabelAccessible::childCount() const
{
    return int(links(label()).size());
}

QAccessibleInterface* LinkLabelAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    return m_links.at(index, [this, index] { return new LinkAccessible(label(), index); });
}

int LinkLabelAccessible::indexOfChild(const QAccessibleInterface* child) const
{
    return m_links.indexOf(child);
}

QAccessibleInterface* LinkLabelAccessible::focusChild() const
{
    const int index = label()->hasFocus() ? focusedLink(label()) : -1;
    return index < 0 ? nullptr : child(index);
}
