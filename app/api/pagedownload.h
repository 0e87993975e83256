// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

// What one answer may cost: its body (counted after decompression) and its time from request to last byte.
struct ResponseLimits
{
    static constexpr qint64 DefaultMaxBodyBytes = 32 * 1024 * 1024; // ~400 times a real page of 100 users
    static constexpr int DefaultDeadlineMs = 120 * 1000;
    qint64 maxBodyBytes = DefaultMaxBodyBytes;
    int deadlineMs = DefaultDeadlineMs;
};

// One answer from Gong, read as it arrives, so that a server can make neither memory nor time grow without bound:
// the body is counted as QNetworkReply hands it over (decompressed, when Qt unpacked gzip) and the reply is aborted
// the moment it passes the cap or an announced Content-Length already does; the whole response, not just a silence,
// has a deadline. Owns the reply (deleted with it; the reply's parent stays its network manager).
class PageDownload : public QObject
{
    Q_OBJECT
public:
    enum class Outcome
    {
        Running,
        Finished,        // the reply finished by itself (successfully or not: see reply())
        TooLarge,        // aborted: the body passed the cap (or was announced larger)
        DeadlineExceeded // aborted: the answer was not complete within the deadline
    };

    // Qt buffers at most this much of the body before readyRead lets it be counted.
    static constexpr qint64 ReadBufferBytes = 1024 * 1024;

    PageDownload(QNetworkReply* reply, const ResponseLimits& limits, QObject* parent = nullptr);
    ~PageDownload() override; // aborts a reply still running, without finished()

    QNetworkReply* reply() const { return m_reply; }
    Outcome outcome() const { return m_outcome; }
    bool isRunning() const { return m_outcome == Outcome::Running; }
    // The body as it arrived (empty after a TooLarge).
    const QByteArray& body() const { return m_body; }
    // The most bytes of this answer held at once: what was kept plus what Qt had waiting unread.
    qint64 peakBufferedBytes() const { return m_peakBuffered; }
    const ResponseLimits& limits() const { return m_limits; }

    // Stops the request; finished() does not follow.
    void abort();

    // For TooLarge and DeadlineExceeded: what happened, for `baseUrl`'s host.
    ApiError limitError(const QUrl& baseUrl) const;

Q_SIGNALS:
    void finished();

private:
    void onMetaDataChanged();
    void onReadyRead();
    void onFinished();
    void stop(Outcome outcome);

    QPointer<QNetworkReply> m_reply;
    ResponseLimits m_limits;
    QTimer m_deadline;
    QByteArray m_body;
    Outcome m_outcome = Outcome::Running;
    qint64 m_peakBuffered = 0;
    qint64 m_announced = -1; // Content-Length over the cap, when that was the reason
    bool m_compressed = false;
    bool m_answered = false; // the headers of an answer arrived
};
