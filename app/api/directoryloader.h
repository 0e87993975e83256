// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"
#include "userpager.h"

#include <QObject>

class Directory;
class GongClient;

// Feeds pages from a UserPager into a Directory. A reload keeps the rows on screen while
// the new load arrives and drops people who are gone only once it completed; a failed or
// stopped load keeps everything. Shared by the GUI, the headless export and the tests.
class DirectoryLoader : public QObject
{
    Q_OBJECT
public:
    DirectoryLoader(GongClient* client, Directory* directory, QObject* parent = nullptr);

    UserPager* pager() const { return m_pager; }
    Directory* directory() const { return m_directory; }
    GongClient* client() const { return m_client; }
    bool isBusy() const { return m_pager->isBusy(); }
    // Records of this load that did not fully parse (their good fields were kept), counted with one example.
    const RecordWarnings& recordWarnings() const { return m_recordWarnings; }
    // The load in progress or last finished, for its snapshot: when load() started it (UTC ms since the epoch), and
    // the requests it has sent (retries, resumes and the network stack's resends included).
    qint64 loadStartedMsecs() const { return m_startedMsecs; }
    int requestsThisLoad() const;

public Q_SLOTS:
    void load();   // a full (re)load from the first page
    void resume(); // after a failure, from the cursor that failed
    void cancel();

Q_SIGNALS:
    void finished();
    void failed(const ApiError& error);
    void cancelled();

private:
    void onPage(const UsersPage& page);
    void onStateChanged(UserPager::State state);

    GongClient* m_client;
    Directory* m_directory;
    UserPager* m_pager;
    RecordWarnings m_recordWarnings;
    bool m_reserved = false; // room made for the announced total, once per load
    qint64 m_startedMsecs = 0;
    int m_requestsBefore = 0; // the pager's count when this load started
};
