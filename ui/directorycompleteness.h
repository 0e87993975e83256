// SPDX-License-Identifier: MIT
#pragma once

#include "api/userpager.h"

#include <QObject>

class Directory;

// Whether the directory holds everyone the last load announced, and if not, why: still loading, stopped by the user,
// or stopped by an error. Whatever counts or exports the whole directory says so from here (status bar, export).
class DirectoryCompleteness : public QObject
{
    Q_OBJECT
public:
    DirectoryCompleteness(const Directory* directory, const UserPager* pager, QObject* parent = nullptr);

    bool isComplete() const;
    // "200 of 1,234 loaded — the load stopped: …"; empty while complete.
    QString summary() const;

Q_SIGNALS:
    void changed();

private:
    const Directory* m_directory;
    const UserPager* m_pager;
};
