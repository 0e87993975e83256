// SPDX-License-Identifier: MIT
// What a load still has that could send a request. Tests that must show that no request follows (after a finish, a
// failure or a cancel) wait until this is empty and then check the server's count, instead of waiting a fixed time
// and hoping it was long enough.
#pragma once

#include "api/directoryloader.h"
#include "api/gongclient.h"
#include "api/userpager.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStringList>
#include <QTimer>

namespace LoadActivity {

// Empty when nothing can send a request any more: the pager is not busy, holds no reply and has no request
// scheduled, and the network manager holds no reply object. Otherwise, what is still active.
inline QString describe(const DirectoryLoader& loader)
{
    QStringList active;
    const UserPager* pager = loader.pager();
    if (pager->isBusy())
        active << QStringLiteral("the pager is busy (state %1)").arg(int(pager->state()));
    if (pager->isRequestInFlight())
        active << QStringLiteral("the pager holds a reply");
    const auto* timer = pager->findChild<QTimer*>(QStringLiteral("nextRequestTimer"));
    if (!timer)
        active << QStringLiteral("the pager has no timer named nextRequestTimer");
    else if (timer->isActive())
        active << QStringLiteral("a request is scheduled in %1 ms").arg(timer->remainingTime());
    const qsizetype replies = loader.client()->networkAccessManager()->findChildren<QNetworkReply*>().size();
    if (replies > 0)
        active << QStringLiteral("%1 network replies left").arg(replies);
    return active.join(QLatin1String("; "));
}

} // namespace LoadActivity
