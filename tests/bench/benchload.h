// SPDX-License-Identifier: MIT
#pragma once

class BenchReport;

// Load vs the rate limit: the real client (GongClient, UserPager, DirectoryLoader) against DemoServer enforcing
// `rate` requests per rolling second, the server on its own thread as Gong is on its own machine.
namespace BenchLoad {
// Adds total time ÷ ceil(N/100)/rate, the 429 count and the time to first rows vs one measured round trip.
bool run(BenchReport* report, int userCount, double rate);
// Median of `samples` first-page requests to an in-process DemoServer holding `userCount` users, each on a fresh
// connection (connect + request + answer), in ms.
double roundTripMs(int userCount, int samples);
} // namespace BenchLoad
