// SPDX-License-Identifier: MIT
#pragma once

#include <QDeadlineTimer>
#include <QString>

#include <functional>
#include <optional>

class QObject;

// `--timeout DURATION`: a limit on a whole command run (loading and writing), so a cron job ends whatever the
// server does. Without it a run has no limit of its own (the client's per-request limits still hold).
class RunTimeout
{
public:
    // "90s", "5m", "2h", "1h30m", "1d" or plain seconds ("45"), in milliseconds; nullopt for anything else or zero.
    static std::optional<qint64> parse(const QString& text);

    // Starts the clock; `text` is the duration as the user wrote it, for messages.
    void start(qint64 ms, const QString& text);
    bool isSet() const { return !m_deadline.isForever(); }
    bool hasExpired() const { return isSet() && m_deadline.hasExpired(); }
    qint64 remainingMs() const { return m_deadline.remainingTime(); }
    // Calls `stop` once the time is up, unless `context` is gone by then; nothing without a --timeout.
    void whenExpired(QObject* context, std::function<void()> stop) const;

    // What to print when the time ran out: while loading (`loaded` users so far), while writing the file `path`,
    // or while writing to stdout.
    QString stoppedLoading(const QString& loaded) const;
    QString stoppedWriting(const QString& path) const;
    QString stoppedWritingStdout() const;

private:
    QDeadlineTimer m_deadline{QDeadlineTimer::Forever};
    QString m_text;
};
