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
