// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <deque>

// Paces request starts under "N requests per rolling second":
//  - no two starts closer than ceil(1000/N) ms (no bursts), and
//  - the (N+1)th request starts at least one window after the moment the 1st was actually
//    written to the socket (markSent), plus a small margin. Connection setup delays the first
//    request's arrival at the server; anchoring on "sent" keeps a strict server's rolling
//    window from ever seeing N+1 arrivals, without adding a round trip to every page.
class RateLimiter
{
public:
    static constexpr qint64 SafetyMarginMs = 15;

    explicit RateLimiter(double requestsPerSecond = 3.0) { setRate(requestsPerSecond); }

    void setRate(double requestsPerSecond);
    double rate() const { return m_rate; }
    qint64 spacingMs() const { return m_spacingMs; }
    int burst() const { return m_burst; }
    qint64 windowMs() const { return m_windowMs; }

    // How long to wait, from nowMs, before the next request may start.
    qint64 delayMs(qint64 nowMs) const;
    void markStarted(qint64 nowMs);
    // The last started request has been written to the socket.
    void markSent(qint64 nowMs);
    void reset() { m_anchors.clear(); }

private:
    double m_rate = 3.0;
    qint64 m_spacingMs = 334;
    int m_burst = 3;
    qint64 m_windowMs = 1000;
    qint64 m_lastStart = 0;
    std::deque<qint64> m_anchors; // sent (or start) times of the last m_burst requests
};
