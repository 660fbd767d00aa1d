#pragma once

#include <QString>
#include <QtGlobal>
#include <atomic>

namespace hotel {

class SliceSearch;

// Counters shared by every worker thread (cheap atomics, read by /metrics). Routes are counted by the index
// of server/Routes.h, whose names label them.
struct Metrics {
    static constexpr int routeCount = 40;
    static constexpr int bucketCount = 10;
    static constexpr double buckets[bucketCount] = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0};
    std::atomic<quint64> requests[routeCount][6] = {}; // by status class 1xx..5xx (index 1..5)
    std::atomic<quint64> latency[routeCount][bucketCount + 1] = {};
    std::atomic<quint64> latencySumMicros[routeCount] = {};
    std::atomic<quint64> bookingsCreated{0}, bookingsFailed{0}, bookingsCancelled{0}, bookingsNoAvailability{0};
    std::atomic<quint64> bookingMicros{0};
    std::atomic<int> busyThreads{0};
    std::atomic<int> threads{0};
    std::atomic<qint64> overbookedNights{0};
    std::atomic<qint64> rateLimited{0};
    std::atomic<qint64> lastAuditMs{0}; // the overbooking gauge is recounted at most once a minute
    const SliceSearch *sliceSearch = nullptr;

    void count(int route, int status, qint64 micros);
    // The Prometheus text format (0.0.4).
    QString render() const;
};

} // namespace hotel
