// SPDX-License-Identifier: MIT
#pragma once

#include "credentials/credentials.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>

class DemoServer;

// The built-in demo: a synthetic company served by DemoServer on 127.0.0.1, reached through
// the normal client. Used by `gong-directory --demo[=N]` and `gong-directory export --demo`.
class DemoSession : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultUserCount = 5000;

    explicit DemoSession(QObject* parent = nullptr);
    ~DemoSession() override;

    // Starts generating a demo company on a worker thread; the next start() with the same arguments takes it
    // from there instead of generating it. `gong-directory --demo` overlaps generation with building the window.
    static void prepare(int userCount = DefaultUserCount, quint32 seed = 42);
    // Calls `then` on `context`'s thread once the company prepare() started is generated (soon, when none is
    // pending), unless `context` is gone by then. Meanwhile the caller's event loop runs — `--demo` paints its
    // window — where start() would wait.
    static void whenPrepared(QObject* context, std::function<void()> then);

    // Generates `userCount` users (or takes the prepared ones) and starts listening; false (with *error) when it
    // could not.
    bool start(int userCount = DefaultUserCount, quint32 seed = 42, QString* error = nullptr);

    // Serves the company as it is `load` loads later (DemoOrgEvolution: a few people join, leave, move, …), so
    // that the offline history has something to show; 0 is the company as generated. `gong-directory export
    // --demo` passes the number of snapshots already stored, so each stored load moves the company on a step.
    void setLoad(int load);
    int load() const { return m_load; }

    DemoServer* server() const { return m_server; }
    QUrl baseUrl() const;
    Credentials credentials() const;
    int userCount() const { return m_userCount; }

private:
    DemoServer* m_server = nullptr;
    int m_userCount = 0;
    quint32 m_seed = 0;
    int m_load = 0;
    QList<QJsonObject> m_company; // as generated
};
