// SPDX-License-Identifier: MIT
#pragma once

#include "directory/userchange.h"

#include <QPointer>
#include <QWidget>

class Directory;
class QLabel;
class SnapshotStore;
struct StoreResult;

// The History part of the details: each change to the person's title, manager, email, active state and settings
// across the stored snapshots, newest first, with the date of the snapshot that first showed it; and when they
// joined or left. Read from the offline copy on its worker, never waited for.
class PersonHistory : public QWidget
{
    Q_OBJECT
public:
    explicit PersonHistory(const Directory* directory, QWidget* parent = nullptr);

    void setStore(SnapshotStore* store);
    void setUser(const QString& userId);
    // The history grew (a new snapshot): read the person again.
    void reload();

    // "title: Sales Rep → Senior Sales Rep"; managers by name where the directory knows them.
    QString describe(const UserChange& change) const;

private:
    void onHistory(int ticket, const QString& userId, const QList<UserChange>& changes, const StoreResult& result);

    const Directory* m_directory;
    QPointer<SnapshotStore> m_store;
    QString m_userId;
    int m_ticket = -1;
    QLabel* m_list;
};
