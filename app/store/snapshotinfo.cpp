// SPDX-License-Identifier: MIT
#include "snapshotinfo.h"

#include <QDateTime>

QString SnapshotInfo::isoTime(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODate);
}
