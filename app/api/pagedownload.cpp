// SPDX-License-Identifier: MIT
#include "pagedownload.h"

#include "base/safetext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QNetworkReply>

namespace {
// lupdate reads the context from here; the same one the code uses at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PageDownload)
};

QString mebibytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', bytes % (1024 * 1024) == 0 ? 0 : 1);
}
} // namespace

PageDownload::PageDownload(QNetworkReply* reply, const ResponseLimits& limits, QObject* parent)
    : QObject(parent)
    , m_reply(reply)
    , m_limits(limits)
{
    reply->setReadBufferSize(ReadBufferBytes);
    connect(reply, &QNetworkReply::metaDataChanged, this, &PageDownload::onMetaDataChanged);
    connect(reply, &QNetworkReply::readyRead, this, &PageDownload::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &PageDownload::onFinished);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { stop(Outcome::DeadlineExceeded); });
    m_deadline.start(limits.deadlineMs);
}

PageDownload::~PageDownload()
{
    abort();
    // The manager stays the reply's parent: should it go first, it takes the reply with it.
    if (m_reply)
        m_reply->deleteLater();
}

void PageDownload::abort()
{
    m_deadline.stop();
    if (QNetworkReply* reply = m_reply.data()) {
        reply->disconnect(this);
        if (reply->isRunning())
            reply->abort();
    }
}

void PageDownload::onMetaDataChanged()
{
    m_answered = true;
    m_compressed = !m_reply->rawHeader("Content-Encoding").isEmpty();
    // Refused before a byte of it is read. (With compression Content-Length counts the compressed bytes: the
    // unpacked ones are counted as they arrive.)
    bool ok = false;
    const qint64 announced = m_reply->rawHeader("Content-Length").trimmed().toLongLong(&ok);
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool redirect = status >= 300 && status < 400; // Qt follows it (same origin): its body is not ours to read
    if (ok && !redirect && announced > m_limits.maxBodyBytes) {
        m_announced = announced;
        stop(Outcome::TooLarge);
    }
}

void PageDownload::onReadyRead()
{
    if (!isRunning())
        return;
    const qint64 waiting = m_reply->bytesAvailable();
    m_peakBuffered = std::max(m_peakBuffered, m_body.size() + waiting);
    if (m_body.size() + waiting > m_limits.maxBodyBytes) {
        stop(Outcome::TooLarge);
        return;
    }
    m_body += m_reply->readAll();
}

void PageDownload::onFinished()
{
    if (!isRunning())
        return; // stop() already said so
    if (m_reply->isOpen())
        onReadyRead(); // what arrived with the end
    if (!isRunning())
        return;
    m_deadline.stop();
    m_outcome = Outcome::Finished;
    Q_EMIT finished();
}

void PageDownload::stop(Outcome outcome)
{
    if (!isRunning())
        return;
    m_outcome = outcome;
    m_deadline.stop();
    m_body.clear();
    m_body.squeeze();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    Q_EMIT finished();
}

ApiError PageDownload::limitError(const QUrl& baseUrl) const
{
    ApiError e;
    const QString host = baseUrl.host();
    switch (m_outcome) {
    case Outcome::TooLarge:
        e.kind = ApiError::Kind::Refused;
        if (m_announced >= 0)
            e.detail = Tr::tr("%1 announced %2 MiB for one page; Gong's pages are under 100 KB. The answer was "
                              "refused before it was read.")
                           .arg(host, mebibytes(m_announced));
        else if (m_compressed)
            e.detail = Tr::tr("%1 sent a compressed answer that unpacks to more than %2 MiB for one page (a "
                              "decompression bomb?); Gong's pages are under 100 KB. It was refused, not retried.")
                           .arg(host, mebibytes(m_limits.maxBodyBytes));
        else
            e.detail = Tr::tr("%1 sent more than %2 MiB for one page; Gong's pages are under 100 KB. The answer was "
                              "refused, not retried.")
                           .arg(host, mebibytes(m_limits.maxBodyBytes));
        break;
    case Outcome::DeadlineExceeded:
        if (!m_answered)
            return ApiError::noAnswer(host, m_limits.deadlineMs); // not even the headers came
        e.kind = ApiError::Kind::Network;
        e.detail =
            Tr::tr("%1 did not send its whole answer within %n second(s).", nullptr, (m_limits.deadlineMs + 999) / 1000)
                .arg(host);
        break;
    case Outcome::Running:
    case Outcome::Finished:
        break;
    }
    return e;
}
