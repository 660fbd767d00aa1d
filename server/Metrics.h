#pragma once

#include "server/DbStats.h"

#include <QMap>
#include <QMutex>
#include <QString>
#include <QtGlobal>
#include <atomic>
#include <optional>

namespace hotel {

class SliceSearch;

// Counters shared by every worker thread (cheap atomics, read by /metrics). Routes are counted by the index
// of server/Routes.h, whose names label them.
struct Metrics {
    static constexpr int routeCount = 40;
    // Up to 10 s: the design document's alerts are a search p95 above 1 s and a booking p95 above 3 s, and a
    // quantile can only be told apart above the highest finite bucket's bound.
    static constexpr int bucketCount = 14;
    static constexpr double buckets[bucketCount] = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1,
                                                    0.25,  0.5,    1.0,   2.0,  3.0,   5.0,  10.0};
    std::atomic<quint64> requests[routeCount][6] = {}; // by status class 1xx..5xx (index 1..5)
    std::atomic<quint64> latency[routeCount][bucketCount + 1] = {};
    std::atomic<quint64> latencySumMicros[routeCount] = {};
    std::atomic<quint64> bookingsCreated{0}, bookingsFailed{0}, bookingsCancelled{0}, bookingsNoAvailability{0};
    std::atomic<quint64> bookingMicros{0};
    std::atomic<int> busyThreads{0};
    std::atomic<int> threads{0};
    std::atomic<qint64> overbookedNights{0};
    std::atomic<qint64> rateLimited{0};
    // Sign-in and abuse limits (server/Guards.h): what an operator watches for password guessing.
    std::atomic<quint64> loginSucceeded{0}, loginFailed{0}, loginThrottled{0};
    std::atomic<quint64> registrationsThrottled{0}, bookingsThrottled{0}, tokensRevoked{0}, passwordHashesBusy{0};
    std::atomic<qint64> auditRuns{0};   // the scheduled recount behind hotel_overbooked_nights
    std::atomic<qint64> lastAuditMs{0}; // the overbooking gauge is recounted at most once a minute
    const SliceSearch *sliceSearch = nullptr;
    // Saturation and business figures (monitoring, issue 15): connections the worker threads hold open, and
    // what GET /metrics last read from the database (server/DbStats.h).
    std::atomic<int> dbConnections{0};
    std::atomic<int> databaseUp{1};
    mutable QMutex figuresMutex;
    std::optional<DbSaturation> saturation;
    std::optional<NightFigures> tonight;
    QMap<QString, std::pair<qint64, quint64>> bookingValue; // by currency: hundredths (Money) and bookings created

    void count(int route, int status, qint64 micros);
    void addBookingValue(const QString &currency, qint64 hundredths);
    // The Prometheus text format (0.0.4).
    QString render() const;
};

} // namespace hotel
