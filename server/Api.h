#pragma once

#include "domain/Result.h"
#include "server/Guards.h"
#include "server/Http.h"
#include "server/Jwt.h"
#include "server/Metrics.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace hotel {

class SliceSearch;
class Store;

// The REST API of the design document over one Store (one per worker thread). handle() is synchronous and
// never throws; every failure is a JSON error with the right status. Which handler answers, and who may call
// it, is the route table's business (server/Routes.h); this class checks the body size, the rate limit and
// the bearer token, and counts every request for /metrics.
class Api final {
public:
    struct Limits {
        qint64 maxBodyBytes = 64 * 1024;
        double ratePerSecond = 200; // per client address and worker thread; 0 = off
        double burst = 400;
        // Load balancers whose X-Forwarded-For names the client (its right-most entry: the address the
        // proxy itself saw); from anyone else the header is ignored.
        QStringList trustedProxies;
        // Who may read /metrics: subnets as QHostAddress::parseSubnet reads them (--metrics-allow).
        QStringList metricsAllow{QStringLiteral("127.0.0.0/8"), QStringLiteral("::1/128")};
    };
    // `reads` (optional) answers search and the public catalogue, e.g. from a streaming replica; `search`
    // (optional) is the in-memory search, which hears of every write `store` commits.
    // `guards` (optional) are the abuse limits shared by every worker thread; without, the Api keeps its own.
    Api(Store &store, const TokenSigner &signer, Metrics &metrics, Limits limits, SliceSearch *search = nullptr,
        Store *reads = nullptr, Guards *guards = nullptr);
    ~Api();
    HttpReply handle(const HttpRequestView &request);

private:
    HttpReply dispatch(const HttpRequestView &request, int *route);
    bool allow(const QString &client);
    QString clientOf(const HttpRequestView &request) const;
    bool mayScrape(const QString &client) const;
    Result<Actor> currentAccess(const Actor &claimed, bool write);
    Store &reads() { return m_reads ? *m_reads : m_store; }

    Store &m_store;
    const TokenSigner &m_signer;
    Metrics &m_metrics;
    Limits m_limits;
    SliceSearch *m_search;
    Store *m_reads;
    std::unique_ptr<Guards> m_ownGuards;
    Guards *m_guards;
    struct Bucket {
        double tokens;
        qint64 lastMs;
    };
    QHash<QString, Bucket> m_buckets;
};

} // namespace hotel
