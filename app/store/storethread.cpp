// SPDX-License-Identifier: MIT
#include "storethread.h"

StoreThread::StoreThread(const QString& name)
    : m_context(new QObject)
{
    m_thread.setObjectName(name);
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

StoreThread::~StoreThread()
{
    stop();
}

void StoreThread::flush()
{
    if (m_thread.isRunning())
        QMetaObject::invokeMethod(
            m_context, [] {}, Qt::BlockingQueuedConnection);
}

void StoreThread::stop(const std::function<void()>& last)
{
    if (!m_thread.isRunning())
        return;
    post([last] {
        if (last)
            last();
        QThread::currentThread()->quit();
    });
    m_thread.wait();
}
