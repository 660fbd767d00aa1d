#include "server/Api.h"

#include "server/Routes.h"
#include "server/SliceSearch.h"
#include "store/Store.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <memory>

namespace hotel {

Api::Api(Store &store, const TokenSigner &signer, Metrics &metrics, Limits limits, SliceSearch *search, Store *reads,
         Guards *guards)
    : m_store(store)
    , m_signer(signer)
    , m_metrics(metrics)
    , m_limits(limits)
    , m_search(search)
    , m_reads(reads)
    , m_ownGuards(guards ? nullptr : std::make_unique<Guards>(GuardLimits{}))
    , m_guards(guards ? guards : m_ownGuards.get()) {
    if (m_search && m_search->enabled())
        m_store.setChangeSink(
            [this](HotelId hotelId, QDate from, QDate to) { m_search->invalidateHotel(hotelId, from, to, m_store); });
}

Api::~Api() {
    m_store.setChangeSink(nullptr);
}

QString Api::clientOf(const HttpRequestView &request) const {
    if (!request.forwardedFor.isEmpty() && m_limits.trustedProxies.contains(request.peer)) {
        const QString client = QString::fromLatin1(request.forwardedFor.split(',').last().trimmed());
        if (!client.isEmpty() && client.size() <= 64)
            return client;
    }
    return request.peer;
}

bool Api::allow(const QString &peer) {
    if (m_limits.ratePerSecond <= 0)
        return true;
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
    else if (!allow(clientOf(request))) {
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
        auto current = currentAccess(verified.value(), r.method != "GET");
        if (!current)
            return error(current.error());
        actor = current.value();
    }
    if (!match)
        return noSuchEndpoint();
    if (match->badId)
        return error(*match->badId);
    if (auto denied = authorize(*match->route, actor, match->ids))
        return *denied;
    if (match->route->metric == MetricsRoute && !mayScrape(clientOf(r)))
        return error(403, "forbidden", apiTr("/metrics is not served to this address (serve --metrics-allow)."));
    // The design document's abuse case: a guest holding every room to cancel later. Staff book at a desk.
    const bool guestBooking = match->route->metric == CreateBooking && actor && actor->role == Role::Guest;
    const QString guestKey = guestBooking ? QString::number(actor->userId) : QString();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (guestBooking) {
        if (const qint64 wait = m_guards->bookingsByGuest.blockedFor(guestKey, now)) {
            ++m_metrics.bookingsThrottled;
            HttpReply out = error(429, "rate_limited",
                                  apiTr("You have made too many bookings in the last hour; try again in %n minute(s).",
                                        nullptr, int((wait + 59999) / 60000)));
            out.retryAfterSeconds = int((wait + 999) / 1000);
            return out;
        }
    }
    HttpReply out = match->route->handler(
        Call{m_store, reads(), m_signer, m_metrics, m_search, r, actor, match->ids, *m_guards, clientOf(r)});
    if (guestBooking && out.status == 201)
        m_guards->bookingsByGuest.charge(guestKey, now);
    return out;
}

// What the database says of the token's user now: a demoted, disabled or deleted user's token stops working
// for writes at once (every write asks) and for reads within GuardLimits::accessMaxAgeSeconds.
bool Api::mayScrape(const QString &client) const {
    QHostAddress address(client);
    // A v4 client of a dual-stack socket shows as ::ffff:a.b.c.d.
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    if (mapped)
        address = QHostAddress(v4);
    for (const QString &allowed : m_limits.metricsAllow) {
        const auto subnet = QHostAddress::parseSubnet(allowed);
        if (subnet.second >= 0 && address.isInSubnet(subnet))
            return true;
    }
    return false;
}

Result<Actor> Api::currentAccess(const Actor &claimed, bool write) {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::optional<User> user;
    if (!write)
        user = m_guards->access.fresh(claimed.userId, now, m_guards->limits.accessMaxAgeSeconds * 1000LL);
    if (!user) {
        auto fetched = m_store.user(claimed.userId);
        if (!fetched && fetched.error().kind != BackendError::Kind::NotFound)
            return fetched.error();
        if (fetched) {
            user = fetched.value();
            m_guards->access.put(*user, now);
        }
    }
    if (!user || user->disabled || user->tokenVersion != claimed.tokenVersion) {
        ++m_metrics.tokensRevoked;
        return BackendError::make(BackendError::Kind::Unauthenticated,
                                  apiTr("Your account has changed since you signed in; sign in again."));
    }
    return user->actor();
}

} // namespace hotel
