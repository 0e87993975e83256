// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <functional>

// A thread of its own for one SQLite connection (a QSqlDatabase belongs to the thread that opened it): posted jobs
// run there one at a time, in the order they were posted. stop() runs a last job after all of them (closing the
// file on its thread) and waits for the thread to end.
class StoreThread
{
public:
    explicit StoreThread(const QString& name);
    ~StoreThread(); // stop() when not stopped yet
    StoreThread(const StoreThread&) = delete;
    StoreThread& operator=(const StoreThread&) = delete;

    template <typename Job> void post(Job job)
    {
        QMetaObject::invokeMethod(m_context, std::move(job), Qt::QueuedConnection);
    }
    // Returns once every job posted before has run.
    void flush();
    void stop(const std::function<void()>& last = {});

private:
    QThread m_thread;
    QObject* m_context; // lives on m_thread: what the jobs are queued to
};
