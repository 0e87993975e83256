// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

// Runs work(begin, end) over [0, count) in chunks of chunkSize, on as many threads as the machine has cores (this
// thread included, at most 8), and returns when every chunk is done. Chunks are handed out one at a time, so a slow
// chunk does not hold the others back. The work must only read shared state, or write what its own chunk owns.
template <typename Work> void parallelChunks(int count, int chunkSize, const Work& work)
{
    const int chunks = count > 0 ? (count + chunkSize - 1) / chunkSize : 0;
    std::atomic<int> nextChunk{0};
    const auto run = [&] {
        for (int chunk = nextChunk++; chunk < chunks; chunk = nextChunk++)
            work(chunk * chunkSize, std::min(count, (chunk + 1) * chunkSize));
    };
    const int threads = std::clamp(int(std::thread::hardware_concurrency()), 1, std::min(8, std::max(chunks, 1)));
    std::vector<std::thread> helpers;
    for (int t = 1; t < threads; ++t)
        helpers.emplace_back(run);
    run();
    for (std::thread& helper : helpers)
        helper.join();
}
