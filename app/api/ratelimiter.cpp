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
    // The window rule (anchors) keeps a 4th start out of the same second; the spacing only smooths.
    m_spacing = 1000.0 / requestsPerSecond;
    m_spacingMs = qint64(std::ceil(m_spacing));
    m_burst = std::max(1, int(std::floor(requestsPerSecond)));
    m_windowMs = qint64(std::ceil(m_burst * 1000.0 / requestsPerSecond));
    while (int(m_anchors.size()) > m_burst)
        m_anchors.pop_front();
}

qint64 RateLimiter::delayMs(qint64 nowMs) const
{
    if (m_spacingMs <= 0 || m_anchors.empty())
        return 0;
    double next = m_nextSlot;
    if (int(m_anchors.size()) >= m_burst)
        next = std::max(next, double(m_anchors.front() + m_windowMs + SafetyMarginMs));
    return next > nowMs ? qint64(std::ceil(next - nowMs)) : 0;
}

void RateLimiter::markStarted(qint64 nowMs)
{
    if (m_spacingMs <= 0)
        return;
    // Slightly late: keep the timeline. Much later (a wait, a slow answer, the first request): start a new one.
    const bool onTimeline = !m_anchors.empty() && nowMs - m_nextSlot <= m_spacing / 2;
    m_nextSlot = (onTimeline ? m_nextSlot : double(nowMs)) + m_spacing;
    m_anchors.push_back(nowMs);
    while (int(m_anchors.size()) > m_burst)
        m_anchors.pop_front();
}

void RateLimiter::markSent(qint64 nowMs)
{
    if (!m_anchors.empty())
        m_anchors.back() = std::max(m_anchors.back(), nowMs);
}
