// SPDX-License-Identifier: MIT
#include "detaillabels.h"

#include "linklabelaccessible.h"
#include "tones.h"

#include <QApplication>
#include <QLabel>

QLabel* DetailLabels::richLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    // Links reachable with Tab and opened with Enter: the pane works without a mouse.
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(false);
    LinkLabelAccessible::expose(label); // each link a Link with a press action; Tab between them is announced
    return label;
}

void DetailLabels::setRichText(QLabel* label, const QString& html)
{
    label->setText(html);
    label->setFocusPolicy(html.contains(QLatin1String("<a ")) ? Qt::StrongFocus : Qt::NoFocus);
}

void DetailLabels::styleAsWarning(QLabel* label)
{
    label->setWordWrap(true);
    label->setStyleSheet(Tones::boxStyleSheet("QLabel", Tones::Tone::Warning, QApplication::palette(),
                                              "border-radius: 4px; padding: 4px; "));
}

Qt::Alignment DetailLabels::leadingEdge(Qt::LayoutDirection direction)
{
    return Qt::AlignAbsolute | Qt::AlignVCenter | (direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft);
}

QLabel* DetailLabels::heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 8, 0, 0);
    return label;
}
