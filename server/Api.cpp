#include "server/Api.h"

#include "server/SliceSearch.h"
#include "store/Store.h"
#include "wire/Json.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>

namespace hotel {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("hotel::Api", text);
}

enum Route {
    Unknown,
    Health,
    MetricsRoute,
    Search,
    GetHotel,
    RoomTypes,
    AvailabilityRoute,
    CreateBooking,
    GetBooking,
    ModifyBooking,
    CancelBooking,
    MyBookings,
    Register,
    TokenRoute,
    HotelBookings,
    Inventory,
    Prices,
    BlockAdd,
    BlockRemove,
    Rooms,
    CheckIn,
    CheckOut,
    Changes,
    StaffHotels,
    RoomStatusRoute,
    RouteCount
};
static_assert(RouteCount <= Metrics::routeCount);

const char *const routeNames[] = {"unknown",        "healthz",      "metrics",        "search",       "hotel",
                                  "room_types",     "availability", "create_booking", "get_booking",  "modify_booking",
                                  "cancel_booking", "my_bookings",  "register",       "token",        "hotel_bookings",
                                  "inventory",      "prices",       "block_add",      "block_remove", "rooms",
                                  "check_in",       "check_out",    "changes",        "staff_hotels", "room_status"};

int statusFor(const BackendError &e, bool parseError) {
    using K = BackendError::Kind;
    switch (e.kind) {
    case K::InvalidInput:
        return parseError ? 400 : 422;
    case K::NotFound:
        return 404;
    case K::Unauthenticated:
        return 401;
    case K::Forbidden:
        return 403;
    case K::NoAvailability:
    case K::Conflict:
    case K::TooLateToCancel:
        return 409;
    case K::Unavailable:
        return 503;
    case K::Timeout:
        return 504;
    case K::Internal:
        return 500;
    }
    return 500;
}

HttpReply jsonReply(const QJsonObject &o, int status = 200) {
    return {status, QJsonDocument(o).toJson(QJsonDocument::Compact), "application/json"};
}
HttpReply error(const BackendError &e, bool parseError = false) {
    return jsonReply(json::errorJson(e), statusFor(e, parseError));
}
HttpReply error(int status, const char *code, const QString &message, const QString &field = {}) {
    QJsonObject err{{QStringLiteral("code"), QLatin1String(code)}, {QStringLiteral("message"), message}};
    if (!field.isEmpty())
        err.insert(QStringLiteral("field"), field);
    return jsonReply({{QStringLiteral("error"), err}}, status);
}

template <typename T> HttpReply reply(const Result<T> &r, int status = 200) {
    if (!r)
        return error(r.error());
    return jsonReply(json::toJson(r.value()), status);
}

// {key: [item, ...]} for a list answer.
template <typename T> HttpReply listReply(const char *key, const Result<QList<T>> &r) {
    if (!r)
        return error(r.error());
    QJsonArray items;
    for (const auto &item : r.value())
        items.append(json::toJson(item));
    return jsonReply({{QLatin1String(key), items}});
}

// Ids in paths: positive, at most 15 digits; anything else names nothing.
std::optional<qint64> pathId(const QString &s) {
    if (s.isEmpty() || s.size() > 15)
        return std::nullopt;
    for (QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    const qint64 v = s.toLongLong();
    return v > 0 ? std::optional<qint64>(v) : std::nullopt;
}

Result<QJsonObject> bodyObject(const HttpRequestView &r) {
    if (r.body.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return BackendError::invalid(
            QStringLiteral("body"),
            tr("The body is not valid JSON: %1 at offset %2.").arg(pe.errorString()).arg(pe.offset));
    if (!doc.isObject())
        return BackendError::invalid(QStringLiteral("body"), tr("The body must be a JSON object."));
    return doc.object();
}

} // namespace

const char *routeName(int route) {
    return route >= 0 && route < RouteCount ? routeNames[route] : "unknown";
}

QString Metrics::render() const {
    QString out;
    out += QStringLiteral("# HELP hotel_http_requests_total HTTP requests by route and status class.\n"
                          "# TYPE hotel_http_requests_total counter\n");
    for (int r = 0; r < RouteCount; ++r)
        for (int c = 1; c <= 5; ++c)
            if (const auto n = requests[r][c].load())
                out += QStringLiteral("hotel_http_requests_total{route=\"%1\",status=\"%2xx\"} %3\n")
                           .arg(QLatin1String(routeNames[r]))
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
        quint64 cumulative = 0;
        for (int b = 0; b < bucketCount; ++b) {
            cumulative += latency[r][b].load();
            out += QStringLiteral("hotel_http_request_duration_seconds_bucket{route=\"%1\",le=\"%2\"} %3\n")
                       .arg(QLatin1String(routeNames[r]))
                       .arg(buckets[b])
                       .arg(cumulative);
        }
        out += QStringLiteral("hotel_http_request_duration_seconds_bucket{route=\"%1\",le=\"+Inf\"} %2\n")
                   .arg(QLatin1String(routeNames[r]))
                   .arg(total);
        out += QStringLiteral("hotel_http_request_duration_seconds_sum{route=\"%1\"} %2\n")
                   .arg(QLatin1String(routeNames[r]))
                   .arg(latencySumMicros[r].load() / 1e6);
        out += QStringLiteral("hotel_http_request_duration_seconds_count{route=\"%1\"} %2\n")
                   .arg(QLatin1String(routeNames[r]))
                   .arg(total);
    }
    out += QStringLiteral("# TYPE hotel_bookings_created_total counter\nhotel_bookings_created_total %1\n")
               .arg(bookingsCreated.load());
    out += QStringLiteral("# TYPE hotel_bookings_failed_total counter\nhotel_bookings_failed_total %1\n")
               .arg(bookingsFailed.load());
    out +=
        QStringLiteral("# TYPE hotel_bookings_no_availability_total counter\nhotel_bookings_no_availability_total %1\n")
            .arg(bookingsNoAvailability.load());
    out += QStringLiteral("# TYPE hotel_bookings_cancelled_total counter\nhotel_bookings_cancelled_total %1\n")
               .arg(bookingsCancelled.load());
    out +=
        QStringLiteral(
            "# HELP hotel_booking_transaction_seconds_total Time spent in booking transactions (lock wait included).\n"
            "# TYPE hotel_booking_transaction_seconds_total counter\nhotel_booking_transaction_seconds_total %1\n")
            .arg(bookingMicros.load() / 1e6);
    out += QStringLiteral("# TYPE hotel_worker_threads gauge\nhotel_worker_threads %1\n").arg(threads.load());
    out += QStringLiteral("# TYPE hotel_worker_threads_busy gauge\nhotel_worker_threads_busy %1\n")
               .arg(busyThreads.load());
    out += QStringLiteral("# TYPE hotel_rate_limited_total counter\nhotel_rate_limited_total %1\n")
               .arg(rateLimited.load());
    out += QStringLiteral("# HELP hotel_overbooked_nights Room-type nights whose counters disagree with the bookings "
                          "or exceed capacity (must be 0).\n"
                          "# TYPE hotel_overbooked_nights gauge\nhotel_overbooked_nights %1\n")
               .arg(overbookedNights.load());
    if (sliceSearch) {
        out += QStringLiteral("# TYPE hotel_search_cache_hits_total counter\nhotel_search_cache_hits_total %1\n")
                   .arg(sliceSearch->hits());
        out += QStringLiteral("# TYPE hotel_search_cache_misses_total counter\nhotel_search_cache_misses_total %1\n")
                   .arg(sliceSearch->misses());
        out += QStringLiteral(
                   "# TYPE hotel_search_cache_invalidations_total counter\nhotel_search_cache_invalidations_total %1\n")
                   .arg(sliceSearch->invalidations());
        out += QStringLiteral("# TYPE hotel_search_cache_entries gauge\nhotel_search_cache_entries %1\n")
                   .arg(sliceSearch->size());
    }
    return out;
}

Api::Api(Store &store, const TokenSigner &signer, Metrics &metrics, Limits limits, SliceSearch *cache, Store *reads)
    : m_store(store)
    , m_signer(signer)
    , m_metrics(metrics)
    , m_limits(limits)
    , m_cache(cache)
    , m_reads(reads) {
    if (m_cache && m_cache->enabled())
        m_store.setChangeSink(
            [this](HotelId hotelId, QDate from, QDate to) { m_cache->invalidateHotel(hotelId, from, to, m_store); });
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
        out = error(413, "payload_too_large", tr("The body is larger than %1 bytes.").arg(m_limits.maxBodyBytes));
    else if (!allow(request)) {
        ++m_metrics.rateLimited;
        out = error(429, "rate_limited", tr("Too many requests; slow down and try again in a second."));
    } else
        out = dispatch(request, &route);
    --m_metrics.busyThreads;
    const qint64 micros = timer.nsecsElapsed() / 1000;
    const int cls = std::clamp(out.status / 100, 1, 5);
    ++m_metrics.requests[route][cls];
    int bucket = 0;
    while (bucket < Metrics::bucketCount && micros / 1e6 > Metrics::buckets[bucket])
        ++bucket;
    ++m_metrics.latency[route][bucket];
    m_metrics.latencySumMicros[route] += quint64(micros);
    return out;
}

HttpReply Api::search(const SearchQuery &query) {
    if (!m_cache || !m_cache->enabled())
        return reply(reads().searchHotels(query));
    const QString key = SliceSearch::keyFor(query);
    if (auto body = m_cache->find(key))
        return {200, *body, "application/json"};
    const auto ticket = m_cache->ticket(SliceSearch::tagsFor(query));
    HttpReply answer = reply(m_cache->canSearch(query) ? m_cache->search(reads(), query) : reads().searchHotels(query));
    if (answer.status == 200)
        m_cache->insert(key, ticket, answer.body);
    return answer;
}

HttpReply Api::dispatch(const HttpRequestView &r, int *route) {
    const QStringList parts = r.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QByteArray &m = r.method;
    const bool get = m == "GET", post = m == "POST", put = m == "PUT", patch = m == "PATCH", del = m == "DELETE";

    if (parts == QStringList{QStringLiteral("healthz")} && get) {
        *route = Health;
        if (m_store.ping())
            return jsonReply({{QStringLiteral("status"), QStringLiteral("ok")}});
        return error(503, "unavailable", tr("The database cannot be reached."));
    }
    if (parts == QStringList{QStringLiteral("metrics")} && get) {
        *route = MetricsRoute;
        // The audit recounts every room-type night; at 100K hotels that is seconds of work, so a scrape
        // every few seconds reuses the last count for a minute.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (now - m_metrics.lastAuditMs.load() >= 60000) {
            m_metrics.lastAuditMs = now;
            if (auto audit = m_store.audit())
                m_metrics.overbookedNights = audit->issues.size();
        }
        return {200, m_metrics.render().toUtf8(), "text/plain; version=0.0.4"};
    }
    if (parts.size() < 3 || parts[0] != QLatin1String("api") || parts[1] != QLatin1String("v1"))
        return error(404, "not_found", tr("There is no such endpoint."));
    const QStringList p = parts.mid(2);

    // Who is calling: a bearer token, or nobody (public catalogue and auth only).
    std::optional<Actor> actor;
    if (!r.authorization.isEmpty()) {
        if (!r.authorization.startsWith("Bearer "))
            return error(401, "unauthenticated", tr("Use an Authorization: Bearer <token> header."));
        auto verified = m_signer.verify(r.authorization.mid(7).trimmed(), QDateTime::currentDateTimeUtc());
        if (!verified)
            return error(verified.error());
        actor = verified.value();
    }
    auto requireActor = [&]() -> std::optional<HttpReply> {
        if (!actor)
            return error(401, "unauthenticated", tr("Sign in first: this endpoint needs a bearer token."));
        return std::nullopt;
    };
    auto requireStaff = [&]() -> std::optional<HttpReply> {
        if (auto e = requireActor())
            return e;
        if (!actor->isStaff())
            return error(403, "forbidden", tr("This endpoint is for hotel staff."));
        return std::nullopt;
    };
    auto dateQuery = [&](const char *name, QDate *out) -> std::optional<HttpReply> {
        const QString key = QLatin1String(name);
        if (!r.query.hasQueryItem(key))
            return error(400, "invalid_input", tr("%1 is required.").arg(key), key);
        auto d = json::dateParam(key, r.query.queryItemValue(key, QUrl::FullyDecoded));
        if (!d)
            return error(d.error(), true);
        *out = d.value();
        return std::nullopt;
    };
    auto body = bodyObject(r);

    // ---- auth ----
    if (p.size() == 2 && p[0] == QLatin1String("auth") && post) {
        if (!body)
            return error(body.error(), true);
        const QJsonObject o = body.value();
        for (const char *key : {"email", "password"})
            if (!o.value(QLatin1String(key)).isString())
                return error(400, "invalid_input", tr("%1 is required (a string).").arg(QLatin1String(key)),
                             QLatin1String(key));
        if (p[1] == QLatin1String("register")) {
            *route = Register;
            if (o.contains(QStringLiteral("name")) && !o.value(QStringLiteral("name")).isString())
                return error(400, "invalid_input", tr("name must be a string."), QStringLiteral("name"));
            auto u = m_store.createUser(NewUser{o.value(QStringLiteral("email")).toString(),
                                                o.value(QStringLiteral("password")).toString(),
                                                o.value(QStringLiteral("name")).toString(),
                                                Role::Guest,
                                                {}});
            return reply(u, 201);
        }
        if (p[1] == QLatin1String("token")) {
            *route = TokenRoute;
            auto u = m_store.authenticate(o.value(QStringLiteral("email")).toString(),
                                          o.value(QStringLiteral("password")).toString());
            if (!u)
                return error(u.error());
            auto token = m_signer.issue(u.value(), QDateTime::currentDateTimeUtc());
            if (!token)
                return error(token.error());
            return jsonReply({{QStringLiteral("accessToken"), token.value()},
                              {QStringLiteral("tokenType"), QStringLiteral("Bearer")},
                              {QStringLiteral("expiresIn"), m_signer.lifetimeSeconds()},
                              {QStringLiteral("user"), json::toJson(u.value())}});
        }
    }

    // ---- hotels ----
    if (p == QStringList{QStringLiteral("hotels")} && get) {
        *route = StaffHotels;
        if (auto e = requireStaff())
            return *e;
        return listReply("hotels", m_store.hotels(*actor));
    }
    if (!p.isEmpty() && p[0] == QLatin1String("hotels")) {
        if (p.size() == 2 && p[1] == QLatin1String("search") && get) {
            *route = Search;
            SearchQuery q;
            q.city = r.query.queryItemValue(QStringLiteral("city"), QUrl::FullyDecoded);
            if (auto e = dateQuery("checkIn", &q.checkIn))
                return *e;
            if (auto e = dateQuery("checkOut", &q.checkOut))
                return *e;
            auto number = [&](const char *name, bool integer) -> Result<std::optional<double>> {
                const QString key = QLatin1String(name);
                if (!r.query.hasQueryItem(key))
                    return std::optional<double>();
                bool ok = false;
                const double v = r.query.queryItemValue(key).toDouble(&ok);
                if (!ok || !std::isfinite(v) || (integer && v != std::floor(v)) || std::abs(v) > 1e9)
                    return BackendError::invalid(key, tr("%1 must be a number.").arg(key));
                return std::optional<double>(v);
            };
            for (auto [name, integer, target] :
                 {std::tuple{"guests", true, 0}, std::tuple{"limit", true, 1}, std::tuple{"offset", true, 2},
                  std::tuple{"minStars", true, 3}, std::tuple{"lat", false, 4}, std::tuple{"lon", false, 5},
                  std::tuple{"radiusKm", false, 6}}) {
                auto v = number(name, integer);
                if (!v)
                    return error(v.error(), true);
                if (!v.value())
                    continue;
                const double x = *v.value();
                switch (target) {
                case 0:
                    q.guests = int(x);
                    break;
                case 1:
                    q.limit = int(x);
                    break;
                case 2:
                    q.offset = int(x);
                    break;
                case 3:
                    q.minStars = int(x);
                    break;
                case 4:
                    q.latitude = x;
                    break;
                case 5:
                    q.longitude = x;
                    break;
                case 6:
                    q.radiusKm = x;
                    break;
                }
            }
            for (const char *name : {"minPrice", "maxPrice"}) {
                const QString key = QLatin1String(name);
                if (!r.query.hasQueryItem(key))
                    continue;
                auto money = parseMoney(r.query.queryItemValue(key));
                if (!money)
                    return error(400, "invalid_input", tr("%1 must be a price such as 150.00.").arg(key), key);
                (key == QLatin1String("minPrice") ? q.minPrice : q.maxPrice) = *money;
            }
            q.text = r.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
            const QString sort = r.query.queryItemValue(QStringLiteral("sort"));
            if (sort == QLatin1String("rating"))
                q.sort = SearchSort::Rating;
            else if (sort == QLatin1String("distance"))
                q.sort = SearchSort::Distance;
            else if (!sort.isEmpty() && sort != QLatin1String("price"))
                return error(400, "invalid_input", tr("sort must be price, rating or distance."),
                             QStringLiteral("sort"));
            return search(q);
        }
        if (p.size() < 2)
            return error(404, "not_found", tr("There is no such endpoint."));
        const auto hotelId = pathId(p[1]);
        if (!hotelId)
            return error(404, "not_found", tr("Hotel %1 does not exist.").arg(p[1].left(20)));
        if (p.size() == 2 && get) {
            *route = GetHotel;
            return reply(reads().hotel(*hotelId));
        }
        if (p.size() == 3 && p[2] == QLatin1String("room-types") && get) {
            *route = RoomTypes;
            return listReply("roomTypes", reads().roomTypes(*hotelId));
        }
        if (p.size() == 5 && p[2] == QLatin1String("room-types") && p[4] == QLatin1String("availability") && get) {
            *route = AvailabilityRoute;
            const auto typeId = pathId(p[3]);
            if (!typeId)
                return error(404, "not_found", tr("Room type %1 does not exist.").arg(p[3].left(20)));
            QDate in, out;
            if (auto e = dateQuery("checkIn", &in))
                return *e;
            if (auto e = dateQuery("checkOut", &out))
                return *e;
            return reply(reads().availability(*hotelId, *typeId, in, out));
        }
        if (p.size() == 3 && p[2] == QLatin1String("changes") && get) {
            *route = Changes;
            auto c = m_store.changeCounter(*hotelId);
            if (!c)
                return error(c.error());
            return jsonReply({{QStringLiteral("counter"), c.value()}});
        }
        // staff
        if (auto e = requireStaff())
            return *e;
        if (p.size() == 3 && p[2] == QLatin1String("bookings") && get) {
            *route = HotelBookings;
            BookingFilter f;
            f.hotelId = *hotelId;
            for (const char *name : {"from", "to"}) {
                const QString key = QLatin1String(name);
                if (!r.query.hasQueryItem(key))
                    continue;
                auto d = json::dateParam(key, r.query.queryItemValue(key));
                if (!d)
                    return error(d.error(), true);
                (key == QLatin1String("from") ? f.from : f.to) = d.value();
            }
            if (r.query.hasQueryItem(QStringLiteral("status"))) {
                auto s = bookingStatusFromName(r.query.queryItemValue(QStringLiteral("status")));
                if (!s)
                    return error(400, "invalid_input", tr("status must be PENDING, CONFIRMED, CANCELLED or COMPLETED."),
                                 QStringLiteral("status"));
                f.statuses << *s;
            }
            f.text = r.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
            return listReply("bookings", m_store.bookings(*actor, f));
        }
        if (p.size() == 3 && p[2] == QLatin1String("inventory") && get) {
            *route = Inventory;
            QDate from, to;
            if (auto e = dateQuery("from", &from))
                return *e;
            if (auto e = dateQuery("to", &to))
                return *e;
            return reply(m_store.inventory(*actor, *hotelId, from, to));
        }
        if (p.size() == 3 && p[2] == QLatin1String("rooms") && get) {
            *route = Rooms;
            return listReply("rooms", m_store.rooms(*actor, *hotelId));
        }
        if (p.size() == 4 && p[2] == QLatin1String("rooms") && put) {
            *route = RoomStatusRoute;
            const auto roomId = pathId(p[3]);
            if (!roomId)
                return error(404, "not_found", tr("Room %1 does not exist.").arg(p[3].left(20)));
            if (!body)
                return error(body.error(), true);
            const auto status = roomStatusFromName(body->value(QStringLiteral("status")).toString());
            if (!status)
                return error(400, "invalid_input", tr("status must be AVAILABLE or MAINTENANCE."),
                             QStringLiteral("status"));
            auto room = m_store.setRoomStatus(*actor, *roomId, *status);
            if (room && room->hotelId != *hotelId)
                return error(404, "not_found", tr("Room %1 does not exist in this hotel.").arg(*roomId));
            return reply(room);
        }
        if (p.size() == 5 && p[2] == QLatin1String("room-types") &&
            (p[4] == QLatin1String("prices") || p[4] == QLatin1String("blocks"))) {
            const auto typeId = pathId(p[3]);
            if (!typeId)
                return error(404, "not_found", tr("Room type %1 does not exist.").arg(p[3].left(20)));
            if (!body)
                return error(body.error(), true);
            if (p[4] == QLatin1String("prices") && put) {
                *route = Prices;
                auto prices = json::pricesFrom(body.value());
                if (!prices)
                    return error(prices.error(), true);
                auto done = m_store.setPrices(*actor, *hotelId, *typeId, prices.value());
                if (!done)
                    return error(done.error());
                return jsonReply({{QStringLiteral("updated"), int(prices->size())}});
            }
            if (p[4] == QLatin1String("blocks") && (post || del)) {
                *route = post ? BlockAdd : BlockRemove;
                const QJsonObject o = body.value();
                auto from = json::dateParam(QStringLiteral("from"), o.value(QStringLiteral("from")).toString());
                if (!from)
                    return error(from.error(), true);
                auto to = json::dateParam(QStringLiteral("to"), o.value(QStringLiteral("to")).toString());
                if (!to)
                    return error(to.error(), true);
                const QJsonValue count = o.value(QStringLiteral("count"));
                if (!count.isDouble() || count.toDouble() != std::floor(count.toDouble()) || count.toDouble() < 1 ||
                    count.toDouble() > 10000)
                    return error(400, "invalid_input", tr("count must be a whole number of rooms from 1 to 10000."),
                                 QStringLiteral("count"));
                const int n = int(count.toDouble());
                auto done = m_store.blockRooms(*actor, *hotelId, *typeId, from.value(), to.value(), post ? n : -n);
                if (!done)
                    return error(done.error());
                return jsonReply({{QStringLiteral("blocked"), post ? n : -n}});
            }
        }
        return error(404, "not_found", tr("There is no such endpoint."));
    }

    // ---- bookings ----
    if (!p.isEmpty() && p[0] == QLatin1String("bookings")) {
        if (auto e = requireActor())
            return *e;
        if (p.size() == 1 && post) {
            *route = CreateBooking;
            if (!body)
                return error(body.error(), true);
            auto request = json::newBookingFrom(body.value());
            if (!request)
                return error(request.error(), true);
            request.value().idempotencyKey = QString::fromUtf8(r.idempotencyKey.left(200));
            QElapsedTimer t;
            t.start();
            auto created = m_store.createBooking(*actor, request.value());
            m_metrics.bookingMicros += quint64(t.nsecsElapsed() / 1000);
            if (!created) {
                (created.error().kind == BackendError::Kind::NoAvailability ? m_metrics.bookingsNoAvailability
                                                                            : m_metrics.bookingsFailed)++;
                return error(created.error());
            }
            ++m_metrics.bookingsCreated;
            return jsonReply(json::toJson(created.value()), 201);
        }
        if (p.size() < 2)
            return error(404, "not_found", tr("There is no such endpoint."));
        const auto id = pathId(p[1]);
        if (!id)
            return error(404, "not_found", tr("Booking %1 does not exist.").arg(p[1].left(20)));
        if (p.size() == 2 && get) {
            *route = GetBooking;
            return reply(m_store.booking(*actor, *id));
        }
        if (p.size() == 2 && patch) {
            *route = ModifyBooking;
            if (!body)
                return error(body.error(), true);
            auto change = json::bookingChangeFrom(body.value());
            if (!change)
                return error(change.error(), true);
            return reply(m_store.modifyBooking(*actor, *id, change.value()));
        }
        if (p.size() == 3 && post && p[2] == QLatin1String("cancel")) {
            *route = CancelBooking;
            if (!body)
                return error(body.error(), true);
            const QJsonValue reason = body->value(QStringLiteral("reason"));
            if (!reason.isUndefined() && !reason.isString())
                return error(400, "invalid_input", tr("reason must be a string."), QStringLiteral("reason"));
            const bool override = body->value(QStringLiteral("staffOverride")).toBool(false);
            auto c = m_store.cancelBooking(*actor, *id, reason.toString(), override);
            if (!c)
                return error(c.error());
            ++m_metrics.bookingsCancelled;
            return jsonReply({{QStringLiteral("bookingId"), c->booking.id},
                              {QStringLiteral("booking"), json::toJson(c->booking)},
                              {QStringLiteral("status"), bookingStatusName(c->booking.status)},
                              {QStringLiteral("refundAmount"), formatMoney(c->refundAmount)},
                              {QStringLiteral("currency"), c->booking.currency}});
        }
        if (p.size() == 3 && post && p[2] == QLatin1String("check-in")) {
            *route = CheckIn;
            if (!body)
                return error(body.error(), true);
            const QJsonValue room = body->value(QStringLiteral("roomId"));
            if (!room.isDouble() || room.toDouble() < 1 || room.toDouble() != std::floor(room.toDouble()))
                return error(400, "invalid_input", tr("roomId must be a room id."), QStringLiteral("roomId"));
            return reply(m_store.checkIn(*actor, *id, qint64(room.toDouble())));
        }
        if (p.size() == 3 && post && p[2] == QLatin1String("check-out")) {
            *route = CheckOut;
            return reply(m_store.checkOut(*actor, *id));
        }
        return error(404, "not_found", tr("There is no such endpoint."));
    }

    if (p == QStringList{QStringLiteral("users"), QStringLiteral("me"), QStringLiteral("bookings")} && get) {
        *route = MyBookings;
        if (auto e = requireActor())
            return *e;
        BookingFilter f;
        f.userId = actor->userId;
        if (r.query.hasQueryItem(QStringLiteral("status"))) {
            auto s = bookingStatusFromName(r.query.queryItemValue(QStringLiteral("status")));
            if (!s)
                return error(400, "invalid_input", tr("status must be PENDING, CONFIRMED, CANCELLED or COMPLETED."),
                             QStringLiteral("status"));
            f.statuses << *s;
        }
        Actor self = *actor;
        self.role = Role::Guest; // "my" bookings: even staff see only their own here
        return listReply("bookings", m_store.bookings(self, f));
    }
    return error(404, "not_found", tr("There is no such endpoint."));
}

} // namespace hotel
