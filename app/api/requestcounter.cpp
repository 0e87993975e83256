// SPDX-License-Identifier: MIT
#include "requestcounter.h"

#include <atomic>

namespace {
std::atomic<RequestCounter*> defaultInstance{nullptr};
} // namespace

RequestCounter::~RequestCounter()
{
    // A counter going away must not stay the default.
    RequestCounter* self = this;
    defaultInstance.compare_exchange_strong(self, nullptr);
}

void RequestCounter::setDefault(RequestCounter* counter)
{
    defaultInstance.store(counter);
}

RequestCounter* RequestCounter::defaultCounter()
{
    return defaultInstance.load();
}
