// SPDX-License-Identifier: MIT
#pragma once

#include "storeresult.h"
#include "storethread.h"

#include "api/requestcounter.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QUrl>

class SqliteFile;

// Counts the requests sent to each company per UTC day, for the quota meter ("API calls today: 37 (this computer)
// of Gong's 10,000 per company"): a small database beside the offline copies (requests.sqlite) that the app and
// every `gong-directory export` add to. It is the RequestCounter the API layer calls for every request; the count
// is written on its own worker thread, so requestSent() never blocks the caller.
class RequestLog : public QObject, public RequestCounter
{
    Q_OBJECT
public:
    static constexpr int DaysKept = 400;

    explicit RequestLog(QObject* parent = nullptr); // StoreFiles::folder() + "/requests.sqlite"
    explicit RequestLog(const QString& path, QObject* parent = nullptr);
    // Writes what is still pending, then closes.
    ~RequestLog() override;

    static QString defaultPath();
    QString path() const { return m_path; }
    // Requests to `baseUrl` count under `key` (StoreKey::requestKey(): the demo server's loopback URL → "demo").
    // Others count under their normalised base URL.
    void setKey(const QUrl& baseUrl, const QString& key);
    QString keyFor(const QUrl& baseUrl) const;

    // RequestCounter: one request went out (any thread that owns a GongClient; queued to the worker).
    void requestSent(const QUrl& baseUrl) override;
    // Today's count (UTC) for a key → counted(). Includes every request recorded before this call.
    int countToday(const QString& key);
    // Waits for the requests still being written (the command line, before it exits).
    void flush();

    // The same, synchronously on the calling thread (the command line's `snapshots`).
    static int readCount(const QString& path, const QString& key, const QString& day, StoreResult* result);
    // "2026-12-05": the UTC day requests are counted in.
    static QString today();

Q_SIGNALS:
    // After each recorded request: the key's count for today, as stored (other processes' requests included).
    void countChanged(const QString& key, int today);
    void counted(int ticket, const QString& key, int count, const StoreResult& result);
    // The file could not be used (damaged and moved aside, a folder, …): one sentence. Nothing else stops: the
    // app and the export work without the meter.
    void problem(const QString& message);

private:
    SqliteFile* file();
    void record(const QString& key);

    QString m_path;
    mutable QMutex m_keysLock;      // setKey() on the GUI thread, keyFor() from whichever thread sends a request
    QHash<QString, QString> m_keys; // normalised base URL → key, under m_keysLock
    StoreThread m_thread;
    SqliteFile* m_file = nullptr; // on m_thread only
    int m_nextTicket = 0;
};
