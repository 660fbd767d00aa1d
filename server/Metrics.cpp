#include "server/Metrics.h"

#include "server/Routes.h"
#include "server/SliceSearch.h"

#include <algorithm>

namespace hotel {

namespace {

QString counter(const char *name, quint64 value) {
    return QStringLiteral("# TYPE %1 counter\n%1 %2\n").arg(QLatin1String(name)).arg(value);
}

QString gauge(const char *name, qint64 value) {
    return QStringLiteral("# TYPE %1 gauge\n%1 %2\n").arg(QLatin1String(name)).arg(value);
}

} // namespace

void Metrics::addBookingValue(const QString &currency, qint64 hundredths) {
    QMutexLocker lock(&figuresMutex);
    auto &[sum, count] = bookingValue[currency];
    sum += hundredths;
    ++count;
}

void Metrics::count(int route, int status, qint64 micros) {
    const int cls = std::clamp(status / 100, 1, 5);
    ++requests[route][cls];
    int bucket = 0;
    while (bucket < bucketCount && micros / 1e6 > buckets[bucket])
        ++bucket;
    ++latency[route][bucket];
    latencySumMicros[route] += quint64(micros);
}

QString Metrics::render() const {
    QString out;
    out += QStringLiteral("# HELP hotel_http_requests_total HTTP requests by route and status class.\n"
                          "# TYPE hotel_http_requests_total counter\n");
    for (int r = 0; r < RouteCount; ++r)
        for (int c = 1; c <= 5; ++c)
            if (const auto n = requests[r][c].load())
                out += QStringLiteral("hotel_http_requests_total{route=\"%1\",status=\"%2xx\"} %3\n")
                           .arg(QLatin1String(routeName(r)))
                           .arg(c)
                           .arg(n);
    out += QStringLiteral("# HELP hotel_http_request_duration_seconds Request latency by route.\n"
                          "# TYPE hotel_http_request_duration_seconds histogram\n");
    for (int r = 0; r < RouteCount; ++r) {
        quint64 total = 0;
        for (int b = 0; b <= bucketCount; ++b)
            total += latency[r][b].load();
        if (!total)
            continue;
        const QLatin1String route(routeName(r));
        quint64 cumulative = 0;
        for (int b = 0; b < bucketCount; ++b) {
            cumulative += latency[r][b].load();
            out += QStringLiteral("hotel_http_request_duration_seconds_bucket{route=\"%1\",le=\"%2\"} %3\n")
                       .arg(route)
                       .arg(buckets[b])
                       .arg(cumulative);
        }
        out += QStringLiteral("hotel_http_request_duration_seconds_bucket{route=\"%1\",le=\"+Inf\"} %2\n")
                   .arg(route)
                   .arg(total);
        out += QStringLiteral("hotel_http_request_duration_seconds_sum{route=\"%1\"} %2\n")
                   .arg(route)
                   .arg(latencySumMicros[r].load() / 1e6);
        out += QStringLiteral("hotel_http_request_duration_seconds_count{route=\"%1\"} %2\n").arg(route).arg(total);
    }
    out += counter("hotel_bookings_created_total", bookingsCreated.load());
    out += counter("hotel_bookings_failed_total", bookingsFailed.load());
    out += counter("hotel_bookings_no_availability_total", bookingsNoAvailability.load());
    out += counter("hotel_bookings_cancelled_total", bookingsCancelled.load());
    out +=
        QStringLiteral(
            "# HELP hotel_booking_transaction_seconds_total Time spent in booking transactions (lock wait included).\n"
            "# TYPE hotel_booking_transaction_seconds_total counter\nhotel_booking_transaction_seconds_total %1\n")
            .arg(bookingMicros.load() / 1e6);
    out += gauge("hotel_worker_threads", threads.load());
    out += gauge("hotel_worker_threads_busy", busyThreads.load());
    out += counter("hotel_rate_limited_total", quint64(rateLimited.load()));
    out += QStringLiteral("# HELP hotel_login_attempts_total Sign-in attempts by outcome (throttled: refused "
                          "before the password was checked).\n# TYPE hotel_login_attempts_total counter\n"
                          "hotel_login_attempts_total{outcome=\"success\"} %1\n"
                          "hotel_login_attempts_total{outcome=\"failure\"} %2\n"
                          "hotel_login_attempts_total{outcome=\"throttled\"} %3\n")
               .arg(loginSucceeded.load())
               .arg(loginFailed.load())
               .arg(loginThrottled.load());
    out += counter("hotel_registrations_throttled_total", registrationsThrottled.load());
    out += counter("hotel_bookings_throttled_total", bookingsThrottled.load());
    out += counter("hotel_tokens_revoked_total", tokensRevoked.load());
    out += counter("hotel_password_hashes_busy_total", passwordHashesBusy.load());
    out += counter("hotel_audit_runs_total", quint64(auditRuns.load()));
    out += QStringLiteral("# HELP hotel_overbooked_nights Room-type nights whose counters disagree with the bookings "
                          "or exceed capacity (must be 0).\n"
                          "# TYPE hotel_overbooked_nights gauge\nhotel_overbooked_nights %1\n")
               .arg(overbookedNights.load());
    out += QStringLiteral("# HELP hotel_database_up Whether the last scrape reached the database (1) or not (0).\n"
                          "# TYPE hotel_database_up gauge\nhotel_database_up %1\n")
               .arg(databaseUp.load());
    out += gauge("hotel_db_connections_open", dbConnections.load());
    // A worker holds its connection for the whole of a request: busy workers are the connections in use.
    out += gauge("hotel_db_connections_in_use", busyThreads.load());
    {
        QMutexLocker lock(&figuresMutex);
        if (saturation) {
            out += gauge("hotel_db_server_connections", saturation->serverConnections);
            out += gauge("hotel_db_max_connections", saturation->maxConnections);
            out += gauge("hotel_db_lock_waiters", saturation->lockWaiters);
            out += QStringLiteral("# HELP hotel_db_lock_wait_seconds How long the longest waiting session of this "
                                  "database has waited for a lock.\n"
                                  "# TYPE hotel_db_lock_wait_seconds gauge\nhotel_db_lock_wait_seconds %1\n")
                       .arg(saturation->longestLockWaitSeconds, 0, 'f', 3);
        }
        out += QStringLiteral("# HELP hotel_booking_value Total price of the bookings created, by currency.\n"
                              "# TYPE hotel_booking_value summary\n");
        for (auto it = bookingValue.cbegin(); it != bookingValue.cend(); ++it)
            out += QStringLiteral("hotel_booking_value_sum{currency=\"%1\"} %2\n"
                                  "hotel_booking_value_count{currency=\"%1\"} %3\n")
                       .arg(it.key())
                       .arg(double(it->first) / 100.0, 0, 'f', 2)
                       .arg(it->second);
        if (tonight) {
            out += QStringLiteral("# HELP hotel_rooms_available Rooms for sale tonight (total less blocked), by "
                                  "currency.\n# TYPE hotel_rooms_available gauge\n");
            for (auto it = tonight->byCurrency.cbegin(); it != tonight->byCurrency.cend(); ++it)
                out += QStringLiteral("hotel_rooms_available{currency=\"%1\"} %2\n").arg(it.key()).arg(it->available);
            out += QStringLiteral("# HELP hotel_rooms_sold Rooms booked tonight, by currency.\n"
                                  "# TYPE hotel_rooms_sold gauge\n");
            for (auto it = tonight->byCurrency.cbegin(); it != tonight->byCurrency.cend(); ++it)
                out += QStringLiteral("hotel_rooms_sold{currency=\"%1\"} %2\n").arg(it.key()).arg(it->sold);
            out += QStringLiteral("# HELP hotel_room_revenue Tonight's price of the rooms sold, by currency.\n"
                                  "# TYPE hotel_room_revenue gauge\n");
            for (auto it = tonight->byCurrency.cbegin(); it != tonight->byCurrency.cend(); ++it)
                out += QStringLiteral("hotel_room_revenue{currency=\"%1\"} %2\n")
                           .arg(it.key())
                           .arg(it->revenue, 0, 'f', 2);
        }
    }
    // The in-memory search keeps its old metric names: dashboards know it as the search cache.
    if (sliceSearch) {
        out += counter("hotel_search_cache_hits_total", sliceSearch->hits());
        out += counter("hotel_search_cache_misses_total", sliceSearch->misses());
        out += counter("hotel_search_cache_invalidations_total", sliceSearch->invalidations());
        out += gauge("hotel_search_cache_entries", sliceSearch->size());
    }
    return out;
}

} // namespace hotel
