#pragma once

// The REST API's routes, in one table (Routes.cpp): method, path pattern, who may call it, the /metrics label
// and the handler (server/handlers/, one file per resource). As qBittorrent's WebUI picks a controller action
// and Akonadi a command handler from a table that also names the permission, the Api only matches a request
// here, checks the route's access rule and then hands it over: no handler reads a body before that.
#include "server/handlers/Handler.h"

#include <QStringList>
#include <optional>
#include <span>

namespace hotel {

// The index of a route's counters in /metrics; routeName() labels them. The names are the dashboards' API:
// never rename one.
enum RouteMetric {
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
    // issue 9: revenue management
    PricingSettingsRoute,
    PricingSettingsSave,
    PricingPreview,
    PricingReprice,
    PricingUndo,
    PricesRelease,
    PriceHistoryRoute,
    RestrictionsRoute,
    RestrictionsSave,
    KpisRoute,
    RouteCount
};
const char *routeName(int route);

// Who may call a route. Checked before the body is read; the store still checks every write itself.
enum class Access {
    Public,      // anyone (a token sent along must still be valid)
    SignedIn,    // any signed-in user: 401 without a token
    Staff,       // staff of some hotel: 403 for guests
    HotelStaff,  // staff of the path's {hotelId}
    PriceEditor, // a revenue manager or administrator of the path's {hotelId}
};

struct Route {
    const char *method;  // "GET", "POST", ...; "*": any
    const char *pattern; // "/api/v1/hotels/{hotelId}/rooms/{roomId}"; a last segment "**" matches any rest
    Access access;
    int metric; // RouteMetric (Unknown for the catch-alls)
    Handler handler;
};

// In matching order: the first route whose method and pattern fit wins.
std::span<const Route> routeTable();

struct RouteMatch {
    const Route *route = nullptr;
    PathIds ids;
    std::optional<BackendError> badId; // a placeholder that is no id (NotFound, naming the resource)
};
std::optional<RouteMatch> matchRoute(const QByteArray &method, const QStringList &segments);

// /api/v1/...: where a bearer token, when sent, is verified.
bool isApiPath(const QStringList &segments);

// nullopt when `actor` may call `route` for these ids, else the 401 or 403 reply.
std::optional<HttpReply> authorize(const Route &route, const std::optional<Actor> &actor, const PathIds &ids);

} // namespace hotel
