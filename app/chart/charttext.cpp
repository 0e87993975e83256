// SPDX-License-Identifier: MIT
#include "charttext.h"

#include "chartlayout.h"

#include "directory/directory.h"

QString ChartText::counts(int direct, int total)
{
    if (direct <= 0)
        return {};
    if (total <= direct)
        return tr("%n direct", nullptr, direct);
    return tr("%n direct", nullptr, direct) + QStringLiteral(" \u00B7 ") + tr("%n in all", nullptr, total);
}

QString ChartText::inactive()
{
    return tr("Inactive");
}

QString ChartText::missingManager()
{
    return tr("Manager not in directory");
}

QString ChartText::missingManagerId(const QString& id)
{
    return tr("(id %1)").arg(id);
}

QString ChartText::cycle()
{
    return tr("Reporting cycle");
}

QString ChartText::cycleBackTo(const QString& name)
{
    return tr("back to %1").arg(name);
}

QString ChartText::accessibleName(const ChartLayout& layout, int index, const Directory& directory)
{
    const ChartNode& node = layout.node(index);
    switch (node.kind) {
    case ChartNode::Kind::MissingManager:
        return missingManager() + QLatin1Char(' ') + missingManagerId(node.missingId);
    case ChartNode::Kind::Cycle:
        return node.row >= 0 ? cycle() + QStringLiteral(", ") + cycleBackTo(directory.user(node.row).displayName())
                             : cycle();
    case ChartNode::Kind::Person:
        break;
    }
    const User& user = directory.user(node.row);
    QStringList parts{user.displayName()};
    if (!user.title.isEmpty())
        parts.append(user.title);
    switch (node.role) {
    case ChartNode::Role::Focus:
        parts.append(tr("current person"));
        break;
    case ChartNode::Role::Chain:
        parts.append(node.level == -1 ? tr("manager") : tr("manager, %n levels up", nullptr, -node.level));
        break;
    case ChartNode::Role::Peer:
        parts.append(tr("peer"));
        break;
    case ChartNode::Role::Report:
        break;
    }
    const int direct = int(directory.directReports(node.row).size());
    if (direct > 0) {
        parts.append(tr("%n direct reports", nullptr, direct));
        parts.append(tr("%n in all", nullptr, directory.totalReports(node.row)));
    }
    if (user.active == TriState::Off)
        parts.append(tr("inactive", "a person, in a list of facts about them"));
    if (node.hasHiddenReports)
        parts.append(tr("collapsed"));
    else if (node.expanded)
        parts.append(tr("expanded"));
    return parts.join(QStringLiteral(", "));
}

QString ChartText::title(const ChartLayout& layout, const Directory& directory)
{
    const int focus = layout.focusNode();
    if (focus < 0)
        return tr("Organisation chart");
    return tr("%1 — organisation chart").arg(directory.user(layout.node(focus).row).displayName());
}
