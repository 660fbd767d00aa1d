#include "server/Api.h"

#include "server/Routes.h"
#include "server/SliceSearch.h"
#include "store/Store.h"

#include <QDateTime>
#include <QElapsedTimer>

namespace hotel {

Api::Api(Store &store, const TokenSigner &signer, Metrics &metrics, Limits limits, SliceSearch *search, Store *reads)
    : m_store(store)
    , m_signer(signer)
    , m_metrics(metrics)
    , m_limits(limits)
    , m_search(search)
    , m_reads(reads) {
    if (m_search && m_search->enabled())
        m_store.setChangeSink(
            [this](HotelId hotelId, QDate from, QDate to) { m_search->invalidateHotel(hotelId, from, to, m_store); });
}

Api::~Api() {
    m_store.setChangeSink(nullptr);
}

bool Api::allow(const HttpRequestView &request) {
    if (m_limits.ratePerSecond <= 0)
        return true;
    QString peer = request.peer;
    if (!request.forwardedFor.isEmpty() && m_limits.trustedProxies.contains(peer)) {
        const QString client = QString::fromLatin1(request.forwardedFor.split(',').last().trimmed());
        if (!client.isEmpty() && client.size() <= 64)
            peer = client;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto it = m_buckets.find(peer);
    if (it == m_buckets.end()) {
        if (m_buckets.size() > 10000)
            m_buckets.clear(); // bounded memory under address churn
        it = m_buckets.insert(peer, Bucket{m_limits.burst, now});
    }
    it->tokens = std::min(m_limits.burst, it->tokens + (now - it->lastMs) / 1000.0 * m_limits.ratePerSecond);
    it->lastMs = now;
    if (it->tokens < 1)
        return false;
    it->tokens -= 1;
    return true;
}

HttpReply Api::handle(const HttpRequestView &request) {
    QElapsedTimer timer;
    timer.start();
    ++m_metrics.busyThreads;
    int route = Unknown;
    HttpReply out;
    if (request.body.size() > m_limits.maxBodyBytes)
        out = error(413, "payload_too_large", apiTr("The body is larger than %1 bytes.").arg(m_limits.maxBodyBytes));
    else if (!allow(request)) {
        ++m_metrics.rateLimited;
        out = error(429, "rate_limited", apiTr("Too many requests; slow down and try again in a second."));
        out.retryAfterSeconds = 1;
    } else
        out = dispatch(request, &route);
    --m_metrics.busyThreads;
    m_metrics.count(route, out.status, timer.nsecsElapsed() / 1000);
    return out;
}

// Route, token, ids, access, and only then the handler, which is the first to look at the body: a caller
// who may not use a route gets 401 or 403 whatever it sent.
HttpReply Api::dispatch(const HttpRequestView &r, int *route) {
    const QStringList segments = r.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const std::optional<RouteMatch> match = matchRoute(r.method, segments);
    if (match)
        *route = match->route->metric;

    // Who is calling: a bearer token, or nobody. A token that does not verify is refused on every API path,
    // public and unknown ones included.
    std::optional<Actor> actor;
    if (isApiPath(segments) && !r.authorization.isEmpty()) {
        if (!r.authorization.startsWith("Bearer "))
            return error(401, "unauthenticated", apiTr("Use an Authorization: Bearer <token> header."));
        auto verified = m_signer.verify(r.authorization.mid(7).trimmed(), QDateTime::currentDateTimeUtc());
        if (!verified)
            return error(verified.error());
        actor = verified.value();
    }
    if (!match)
        return noSuchEndpoint();
    if (match->badId)
        return error(*match->badId);
    if (auto denied = authorize(*match->route, actor, match->ids))
        return *denied;
    return match->route->handler(Call{m_store, reads(), m_signer, m_metrics, m_search, r, actor, match->ids});
}

} // namespace hotel
