// SPDX-License-Identifier: MIT
#pragma once

#include "exportfile.h"
#include "exportwriter.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QThread;

// One export to a file for the GUI: copies the directory (so loading may go on meanwhile) and
// writes on a worker thread, so the GUI thread never waits on the disk. Progress and the result
// arrive as signals on the thread that started it.
class ExportJob : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QList<int> rows; // rows of the directory, in output order
        ExportFormat format = ExportFormat::Csv;
        QStringList columns; // UserColumns keys (CSV)
        ExportOptions options;
        QString path;
    };

    explicit ExportJob(QObject* parent = nullptr);
    ~ExportJob() override; // cancels and waits for the worker

    // False (and nothing started) when a job is already running.
    bool start(const Directory& directory, const Request& request);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progress(qint64 written, qint64 total);
    void finished(ExportFile::Result result, const QString& error);

private:
    struct Work;
    std::shared_ptr<Work> m_work;
    QPointer<QThread> m_thread;
};
