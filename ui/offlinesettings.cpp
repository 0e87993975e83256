// SPDX-License-Identifier: MIT
#include "offlinesettings.h"

#include <QSettings>

OfflineSettings OfflineSettings::load()
{
    QSettings settings;
    OfflineSettings s;
    s.keepCopy = settings.value(QStringLiteral("offline/keepCopy"), s.keepCopy).toBool();
    const int refresh = settings.value(QStringLiteral("offline/refresh"), int(s.refresh)).toInt();
    if (refresh >= int(Refresh::WhenOlder) && refresh <= int(Refresh::Manual))
        s.refresh = Refresh(refresh);
    s.maxAgeMinutes = qMax(1, settings.value(QStringLiteral("offline/maxAgeMinutes"), s.maxAgeMinutes).toInt());
    s.historyDays = qMax(1, settings.value(QStringLiteral("offline/historyDays"), s.historyDays).toInt());
    return s;
}

void OfflineSettings::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("offline/keepCopy"), keepCopy);
    settings.setValue(QStringLiteral("offline/refresh"), int(refresh));
    settings.setValue(QStringLiteral("offline/maxAgeMinutes"), maxAgeMinutes);
    settings.setValue(QStringLiteral("offline/historyDays"), historyDays);
}

bool OfflineSettings::wantsRefresh(qint64 finishedMsecs, qint64 nowMsecs) const
{
    switch (refresh) {
    case Refresh::Always:
        return true;
    case Refresh::Manual:
        return false;
    case Refresh::WhenOlder:
        break;
    }
    return nowMsecs - finishedMsecs > qint64(maxAgeMinutes) * 60 * 1000;
}
