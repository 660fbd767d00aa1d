#include "server/Routes.h"

#include "server/Metrics.h"
#include "server/handlers/Handlers.h"

#include <array>

namespace hotel {

namespace {

using A = Access;
namespace h = handlers;

// clang-format off
constexpr Route routes[] = {
    {"GET",    "/healthz",                                                 A::Public,      Health,            h::health},
    {"GET",    "/metrics",                                                 A::Public,      MetricsRoute,      h::metrics},
    {"POST",   "/api/v1/auth/register",                                    A::Public,      Register,          h::registerUser},
    {"POST",   "/api/v1/auth/token",                                       A::Public,      TokenRoute,        h::issueToken},
    {"GET",    "/api/v1/hotels",                                           A::Staff,       StaffHotels,       h::staffHotels},
    {"GET",    "/api/v1/hotels/search",                                    A::Public,      Search,            h::search},
    {"GET",    "/api/v1/hotels/{hotelId}",                                 A::Public,      GetHotel,          h::getHotel},
    {"GET",    "/api/v1/hotels/{hotelId}/room-types",                      A::Public,      RoomTypes,         h::roomTypes},
    {"GET",    "/api/v1/hotels/{hotelId}/room-types/{roomTypeId}/availability", A::Public, AvailabilityRoute, h::availability},
    {"GET",    "/api/v1/hotels/{hotelId}/changes",                         A::Public,      Changes,           h::changes},
    {"GET",    "/api/v1/hotels/{hotelId}/bookings",                        A::HotelStaff,  HotelBookings,     h::hotelBookings},
    {"GET",    "/api/v1/hotels/{hotelId}/inventory",                       A::HotelStaff,  Inventory,         h::inventory},
    {"GET",    "/api/v1/hotels/{hotelId}/rooms",                           A::HotelStaff,  Rooms,             h::rooms},
    {"PUT",    "/api/v1/hotels/{hotelId}/rooms/{roomId}",                  A::HotelStaff,  RoomStatusRoute,   h::setRoomStatus},
    {"PUT",    "/api/v1/hotels/{hotelId}/room-types/{roomTypeId}/prices",  A::PriceEditor, Prices,            h::setPrices},
    {"POST",   "/api/v1/hotels/{hotelId}/room-types/{roomTypeId}/blocks",  A::HotelStaff,  BlockAdd,          h::addBlock},
    {"DELETE", "/api/v1/hotels/{hotelId}/room-types/{roomTypeId}/blocks",  A::HotelStaff,  BlockRemove,       h::removeBlock},
    // issue 9: revenue management
    {"GET",    "/api/v1/hotels/{hotelId}/pricing/settings",                A::HotelStaff,  PricingSettingsRoute, h::pricingSettings},
    {"PUT",    "/api/v1/hotels/{hotelId}/pricing/settings",                A::PriceEditor, PricingSettingsSave, h::savePricingSettings},
    {"POST",   "/api/v1/hotels/{hotelId}/pricing/preview",                 A::PriceEditor, PricingPreview,    h::pricePreview},
    {"POST",   "/api/v1/hotels/{hotelId}/pricing/reprice",                 A::PriceEditor, PricingReprice,    h::reprice},
    {"POST",   "/api/v1/hotels/{hotelId}/pricing/undo",                    A::PriceEditor, PricingUndo,       h::undoRecompute},
    {"POST",   "/api/v1/hotels/{hotelId}/room-types/{roomTypeId}/prices/release", A::PriceEditor, PricesRelease, h::releasePrices},
    {"GET",    "/api/v1/hotels/{hotelId}/room-types/{roomTypeId}/prices/history", A::HotelStaff, PriceHistoryRoute, h::priceHistory},
    {"GET",    "/api/v1/hotels/{hotelId}/room-types/{roomTypeId}/restrictions", A::PriceEditor, RestrictionsRoute, h::restrictions},
    {"PUT",    "/api/v1/hotels/{hotelId}/room-types/{roomTypeId}/restrictions", A::PriceEditor, RestrictionsSave, h::setRestrictions},
    {"GET",    "/api/v1/hotels/{hotelId}/kpis",                            A::HotelStaff,  KpisRoute,         h::kpis},
    // Everything else below a hotel is staff ground: others learn nothing about what exists there.
    {"*",      "/api/v1/hotels/{hotelId}/**",                              A::Staff,       Unknown,           h::notFound},
    {"POST",   "/api/v1/bookings",                                         A::SignedIn,    CreateBooking,     h::createBooking},
    {"GET",    "/api/v1/bookings/{bookingId}",                             A::SignedIn,    GetBooking,        h::getBooking},
    {"PATCH",  "/api/v1/bookings/{bookingId}",                             A::SignedIn,    ModifyBooking,     h::modifyBooking},
    {"POST",   "/api/v1/bookings/{bookingId}/cancel",                      A::SignedIn,    CancelBooking,     h::cancelBooking},
    {"POST",   "/api/v1/bookings/{bookingId}/check-in",                    A::SignedIn,    CheckIn,           h::checkIn},
    {"POST",   "/api/v1/bookings/{bookingId}/check-out",                   A::SignedIn,    CheckOut,          h::checkOut},
    {"*",      "/api/v1/bookings/**",                                      A::SignedIn,    Unknown,           h::notFound},
    {"GET",    "/api/v1/users/me/bookings",                                A::SignedIn,    MyBookings,        h::myBookings},
};

const char *const routeNames[] = {"unknown",        "healthz",      "metrics",        "search",       "hotel",
                                  "room_types",     "availability", "create_booking", "get_booking",  "modify_booking",
                                  "cancel_booking", "my_bookings",  "register",       "token",        "hotel_bookings",
                                  "inventory",      "prices",       "block_add",      "block_remove", "rooms",
                                  "check_in",       "check_out",    "changes",        "staff_hotels", "room_status",
                                  // issue 9
                                  "pricing_settings", "pricing_settings_save", "pricing_preview", "pricing_reprice",
                                  "pricing_undo", "prices_release", "price_history", "restrictions",
                                  "restrictions_save", "kpis"};
// clang-format on
static_assert(std::size(routeNames) == RouteCount);
static_assert(RouteCount <= Metrics::routeCount);

enum class Segment { Literal, HotelId, RoomTypeId, RoomId, BookingId, Rest };

struct Compiled {
    const Route *route;
    QList<std::pair<Segment, QString>> segments; // the literal text for Literal
};

Segment segmentKind(const QString &s) {
    static const std::pair<const char *, Segment> placeholders[] = {{"{hotelId}", Segment::HotelId},
                                                                    {"{roomTypeId}", Segment::RoomTypeId},
                                                                    {"{roomId}", Segment::RoomId},
                                                                    {"{bookingId}", Segment::BookingId},
                                                                    {"**", Segment::Rest}};
    for (const auto &[text, kind] : placeholders)
        if (s == QLatin1String(text))
            return kind;
    return Segment::Literal;
}

// Split once, on first use, not on every request.
const QList<Compiled> &compiled() {
    static const QList<Compiled> table = [] {
        QList<Compiled> out;
        for (const Route &r : routes) {
            Compiled c{&r, {}};
            for (const QString &s : QString::fromLatin1(r.pattern).split(QLatin1Char('/'), Qt::SkipEmptyParts))
                c.segments.append({segmentKind(s), s});
            out.append(c);
        }
        return out;
    }();
    return table;
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

// Stores the id of a placeholder; the first malformed one becomes the match's 404.
void takeId(Segment kind, const QString &text, RouteMatch &match) {
    struct Target {
        Segment kind;
        qint64 PathIds::*field;
        const char *missing;
    };
    static const Target targets[] = {
        {Segment::HotelId, &PathIds::hotel, QT_TRANSLATE_NOOP("hotel::Api", "Hotel %1 does not exist.")},
        {Segment::RoomTypeId, &PathIds::roomType, QT_TRANSLATE_NOOP("hotel::Api", "Room type %1 does not exist.")},
        {Segment::RoomId, &PathIds::room, QT_TRANSLATE_NOOP("hotel::Api", "Room %1 does not exist.")},
        {Segment::BookingId, &PathIds::booking, QT_TRANSLATE_NOOP("hotel::Api", "Booking %1 does not exist.")}};
    for (const Target &t : targets) {
        if (t.kind != kind)
            continue;
        if (const auto id = pathId(text))
            match.ids.*t.field = *id;
        else if (!match.badId)
            match.badId = BackendError::make(BackendError::Kind::NotFound, apiTr(t.missing).arg(text.left(20)));
    }
}

} // namespace

const char *routeName(int route) {
    return route >= 0 && route < RouteCount ? routeNames[route] : "unknown";
}

std::span<const Route> routeTable() {
    return routes;
}

bool isApiPath(const QStringList &segments) {
    return segments.size() >= 3 && segments[0] == QLatin1String("api") && segments[1] == QLatin1String("v1");
}

std::optional<RouteMatch> matchRoute(const QByteArray &method, const QStringList &segments) {
    for (const Compiled &c : compiled()) {
        if (qstrcmp(c.route->method, "*") != 0 && method != c.route->method)
            continue;
        const bool rest = !c.segments.isEmpty() && c.segments.last().first == Segment::Rest;
        const qsizetype fixed = c.segments.size() - (rest ? 1 : 0);
        if (rest ? segments.size() < fixed : segments.size() != fixed)
            continue;
        RouteMatch match{c.route, {}, std::nullopt};
        bool fits = true;
        for (qsizetype i = 0; i < fixed && fits; ++i) {
            const auto &[kind, literal] = c.segments[i];
            if (kind == Segment::Literal)
                fits = segments[i] == literal;
            else
                takeId(kind, segments[i], match);
        }
        if (fits)
            return match;
    }
    return std::nullopt;
}

std::optional<HttpReply> authorize(const Route &route, const std::optional<Actor> &actor, const PathIds &ids) {
    if (route.access == Access::Public)
        return std::nullopt;
    if (!actor)
        return error(401, "unauthenticated", apiTr("Sign in first: this endpoint needs a bearer token."));
    if (route.access == Access::SignedIn)
        return std::nullopt;
    if (!actor->isStaff())
        return error(403, "forbidden", apiTr("This endpoint is for hotel staff."));
    if (route.access == Access::HotelStaff && !actor->mayActOnHotel(ids.hotel))
        return error(403, "forbidden", apiTr("You are not staff of this hotel."));
    if (route.access == Access::PriceEditor && !actor->mayEditPrices(ids.hotel))
        return error(403, "forbidden", apiTr("Only revenue managers and administrators of this hotel set prices."));
    return std::nullopt;
}

} // namespace hotel
