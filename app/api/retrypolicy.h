// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

// How often and how long to wait before retrying a failed request.
class RetryPolicy
{
public:
    int maxRetries = 4;     // for 5xx, network errors, timeouts and bad bodies
    int baseDelayMs = 1000; // first backoff; doubles each attempt
    int maxDelayMs = 30000;
    double jitter = 0.25;           // +/- fraction of the delay, so many clients do not retry in step
    int maxRetryAfterSeconds = 600; // a longer Retry-After means the daily quota: stop and say so
    int maxConsecutiveRateLimits = 50;
    // All the waiting for the rate limit one load may do before it stops and asks (the GUI) or gives up (the CLI).
    qint64 maxTotalRateLimitWaitMs = 15 * 60 * 1000;

    // Delay before retry number `attempt` (1-based), jitter included.
    int backoffMs(int attempt) const;

    // Retry-After as delay-seconds ("120") or an HTTP-date ("Wed, 21 Oct 2015 07:28:00 GMT").
    // Returns seconds from `now` (never negative), or nullopt when the value is unusable.
    static std::optional<qint64> parseRetryAfter(const QByteArray& value, const QDateTime& now);
};
