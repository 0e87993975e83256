// SPDX-License-Identifier: MIT
#include "ratelimiter.h"

#include <algorithm>
#include <cmath>

void RateLimiter::setRate(double requestsPerSecond)
{
    m_rate = requestsPerSecond;
    if (requestsPerSecond <= 0) {
        m_spacingMs = 0;
        m_burst = 0;
        m_windowMs = 0;
        reset();
        return;
    }
    // Round up: 1000/3 = 333.3 ms would let a 4th start land inside the same second.
    m_spacingMs = qint64(std::ceil(1000.0 / requestsPerSecond));
    m_burst = std::max(1, int(std::floor(requestsPerSecond)));
    m_windowMs = qint64(std::ceil(m_burst * 1000.0 / requestsPerSecond));
    while (int(m_anchors.size()) > m_burst)
        m_anchors.pop_front();
}

qint64 RateLimiter::delayMs(qint64 nowMs) const
{
    if (m_spacingMs <= 0 || m_anchors.empty())
        return 0;
    qint64 next = m_lastStart + m_spacingMs;
    if (int(m_anchors.size()) >= m_burst)
        next = std::max(next, m_anchors.front() + m_windowMs + SafetyMarginMs);
    return next > nowMs ? next - nowMs : 0;
}

void RateLimiter::markStarted(qint64 nowMs)
{
    if (m_spacingMs <= 0)
        return;
    m_lastStart = nowMs;
    m_anchors.push_back(nowMs);
    while (int(m_anchors.size()) > m_burst)
        m_anchors.pop_front();
}

void RateLimiter::markSent(qint64 nowMs)
{
    if (!m_anchors.empty())
        m_anchors.back() = std::max(m_anchors.back(), nowMs);
}
