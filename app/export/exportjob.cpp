// SPDX-License-Identifier: MIT
#include "exportjob.h"

#include "directory/directory.h"

#include <QThread>

struct ExportJob::Work
{
    QList<User> users; // an implicitly shared copy: O(1) here, detached if the live list changes
    std::unique_ptr<ExportWriter> writer;
    Request request;
    ExportFile::Result result = ExportFile::Result::Failed;
    QString error;
};

ExportJob::ExportJob(QObject* parent)
    : QObject(parent)
{}

ExportJob::~ExportJob()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool ExportJob::start(const Directory& directory, const Request& request)
{
    if (isRunning())
        return false;
    auto work = std::make_shared<Work>();
    work->request = request;
    work->writer = ExportWriter::create(request.format, request.options);
    work->writer->setColumns(request.columns);
    // The live Directory may change (a refresh) while the worker reads, so the worker builds its
    // own from this copy. Row numbers stay the same: upsert() into an empty directory keeps the order.
    work->users = directory.users();
    work->writer->setProgressHandler([this](qint64 written, qint64 total) { Q_EMIT progress(written, total); });
    m_work = work;

    QThread* thread = QThread::create([work] {
        Directory snapshot; // indexes and the org graph are rebuilt here, off the GUI thread
        // In slices, so a cancel during the (long, on 100,000 people) rebuild is honoured at once.
        constexpr qsizetype slice = 2000;
        for (qsizetype i = 0; i < work->users.size() && !work->writer->isCancelled(); i += slice)
            snapshot.upsert(work->users.mid(i, slice));
        work->users.clear();
        if (work->writer->isCancelled()) {
            work->result = ExportFile::Result::Cancelled; // nothing was opened: the target is untouched
            return;
        }
        work->result = ExportFile::save(work->request.path, *work->writer, snapshot, work->request.rows, &work->error);
    });
    thread->setObjectName(QStringLiteral("export"));
    connect(thread, &QThread::finished, this, [this, thread, work] {
        // Queued after every progress signal the worker emitted.
        thread->deleteLater();
        if (m_work == work)
            m_work.reset();
        Q_EMIT finished(work->result, work->error);
    });
    m_thread = thread;
    thread->start();
    return true;
}

void ExportJob::cancel()
{
    if (m_work)
        m_work->writer->cancel();
}

bool ExportJob::isRunning() const
{
    return m_work != nullptr;
}
