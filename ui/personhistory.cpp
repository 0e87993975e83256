// SPDX-License-Identifier: MIT
#include "personhistory.h"

#include "changesmodel.h"
#include "directory/directory.h"
#include "store/snapshotstore.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace {
// What the history shows: what an admin asks about, not every field the API returns.
bool isShown(const UserChange& c)
{
    if (c.kind != UserChange::Kind::Changed)
        return true;
    return c.field == QLatin1String("title") || c.field == QLatin1String("managerId") ||
           c.field == QLatin1String("emailAddress") || c.field == QLatin1String("active") ||
           c.field.startsWith(QLatin1String("settings."));
}
} // namespace

PersonHistory::PersonHistory(const Directory* directory, QWidget* parent)
    : QWidget(parent)
    , m_directory(directory)
    , m_list(new QLabel(this))
{
    setObjectName(QStringLiteral("personHistory"));
    auto* heading = new QLabel(tr("History"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    heading->setContentsMargins(0, 8, 0, 0);
    m_list->setObjectName(QStringLiteral("detailHistory"));
    m_list->setAccessibleName(tr("History"));
    m_list->setTextFormat(Qt::PlainText);
    m_list->setWordWrap(true);
    m_list->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_list);
}

void PersonHistory::setStore(SnapshotStore* store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (store)
        connect(store, &SnapshotStore::historyRead, this, &PersonHistory::onHistory);
    reload();
}

void PersonHistory::setUser(const QString& userId)
{
    if (userId == m_userId)
        return;
    m_userId = userId;
    reload();
}

void PersonHistory::reload()
{
    if (!m_store || m_userId.isEmpty()) {
        m_ticket = -1;
        m_list->setText(tr("No offline history."));
        return;
    }
    m_ticket = m_store->history(m_userId);
}

void PersonHistory::onHistory(int ticket, const QString& userId, const QList<UserChange>& changes,
                              const StoreResult& result)
{
    if (ticket != m_ticket || userId != m_userId)
        return;
    if (!result.ok()) {
        m_list->setText(result.message);
        return;
    }
    const QLocale locale;
    QStringList lines;
    for (auto it = changes.crbegin(); it != changes.crend(); ++it) { // newest first
        if (!isShown(*it))
            continue;
        const QDate date = QDateTime::fromMSecsSinceEpoch(it->toMsecs).toLocalTime().date();
        lines.append(tr("%1: %2").arg(locale.toString(date, QLocale::ShortFormat), describe(*it)));
    }
    m_list->setText(lines.isEmpty() ? tr("No changes in the stored snapshots.") : lines.join(QLatin1Char('\n')));
}

QString PersonHistory::describe(const UserChange& change) const
{
    if (change.kind != UserChange::Kind::Changed)
        return ChangesModel::kindText(change.kind); // "Joined", "Left", "Activated", "Deactivated"
    const auto value = [&](const QJsonValue& v) {
        if (v.isNull() || v.isUndefined())
            return tr("(none)");
        return ChangesModel::valueText(change.field, v, m_directory);
    };
    return tr("%1: %2 → %3").arg(change.field, value(change.before), value(change.after));
}
