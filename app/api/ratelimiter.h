// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <deque>

// Paces request starts under "N requests per rolling second":
//  - starts follow an even timeline, one every 1000/N ms (no bursts); a start that came a little late (a timer
//    firing late, a slow page) does not push every later one back: the next keeps its slot on the timeline,
//    but is never closer than half a spacing to the previous start. A start later than that starts a new
//    timeline. (Pushing back by each small lateness, at 30/s, cost 3-5 % of the load time.)
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
    double m_spacing = 1000.0 / 3; // exact, in ms
    qint64 m_spacingMs = 334;      // m_spacing rounded up
    int m_burst = 3;
    qint64 m_windowMs = 1000;
    double m_nextSlot = 0;        // the next start's place on the timeline
    std::deque<qint64> m_anchors; // sent (or start) times of the last m_burst requests
};
