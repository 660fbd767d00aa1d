#pragma once

#include "domain/Result.h"
#include "server/Jwt.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrlQuery>
#include <atomic>

namespace hotel {

class SliceSearch;
class Store;

struct HttpRequestView {
    QByteArray method; // "GET", "POST", ...
    QString path;      // decoded path, without the query
    QUrlQuery query;
    QByteArray authorization;
    QByteArray idempotencyKey;
    QByteArray contentType;
    QByteArray body;
    QString peer;
    QByteArray forwardedFor; // X-Forwarded-For, believed only from a trusted proxy
};

struct HttpReply {
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
};

// Counters shared by every worker thread (cheap atomics, read by /metrics).
struct Metrics {
    static constexpr int routeCount = 26;
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
    QString render() const;
};

const char *routeName(int route);

// The REST API of the design document over one Store (one per worker thread). handle() is synchronous and
// never throws; every failure is a JSON error with the right status.
class Api final {
public:
    struct Limits {
        qint64 maxBodyBytes = 64 * 1024;
        double ratePerSecond = 200; // per client address and worker thread; 0 = off
        double burst = 400;
        // Load balancers whose X-Forwarded-For names the client (its right-most entry: the address the
        // proxy itself saw); from anyone else the header is ignored.
        QStringList trustedProxies;
    };
    // `reads` (optional) answers search and the public catalogue, e.g. from a streaming replica; `cache`
    // (optional) holds search answers and hears of every write `store` commits.
    Api(Store &store, const TokenSigner &signer, Metrics &metrics, Limits limits, SliceSearch *cache = nullptr,
        Store *reads = nullptr);
    ~Api();
    HttpReply handle(const HttpRequestView &request);

private:
    HttpReply dispatch(const HttpRequestView &request, int *route);
    bool allow(const HttpRequestView &request);
    Store &reads() { return m_reads ? *m_reads : m_store; }
    HttpReply search(const SearchQuery &query);

    Store &m_store;
    const TokenSigner &m_signer;
    Metrics &m_metrics;
    Limits m_limits;
    SliceSearch *m_cache;
    Store *m_reads;
    struct Bucket {
        double tokens;
        qint64 lastMs;
    };
    QHash<QString, Bucket> m_buckets;
};

} // namespace hotel
