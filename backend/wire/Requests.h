#pragma once

// What the REST API reads from requests: bodies and query strings, in the wire spelling of Json.h. Each
// failure is an InvalidInput naming the field (the server answers it with 400); whether the values make sense
// (a stay of at least one night, a known hotel) is the store's business.
#include "domain/Domain.h"
#include "domain/Result.h"
#include "wire/Keys.h"

#include <QByteArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace hotel::json {

// An empty body reads as {}; anything but a JSON object is an error naming "body".
Result<QJsonObject> bodyObject(const QByteArray &body);

struct Credentials {
    QString email;
    QString password;
};
Result<Credentials> credentialsFrom(const QJsonObject &o); // POST /auth/token
Result<NewUser> registrationFrom(const QJsonObject &o);    // POST /auth/register: a guest

struct Cancellation {
    QString reason;
    bool staffOverride = false;
};
Result<Cancellation> cancellationFrom(const QJsonObject &o);
Result<RoomId> checkInRoomFrom(const QJsonObject &o); // {"roomId": n}
Result<RoomStatus> roomStatusFrom(const QJsonObject &o);

struct RoomBlock {
    QDate from;
    QDate to;
    int count = 0; // rooms, 1..10000
};
Result<RoomBlock> roomBlockFrom(const QJsonObject &o);

// Query strings.
Result<QDate> requiredDateParam(const QUrlQuery &query, const QString &key);
// Two required dates, e.g. ?checkIn=&checkOut= (first, second).
Result<std::pair<QDate, QDate>> requiredDateParams(const QUrlQuery &query, const QString &first, const QString &second);
Result<SearchQuery> searchQueryFrom(const QUrlQuery &query);
// The optional ?status= of booking lists (nullopt: any status).
Result<std::optional<BookingStatus>> statusParam(const QUrlQuery &query);
// A hotel's bookings: ?from=&to=&status=&q=.
Result<BookingFilter> hotelBookingFilterFrom(const QUrlQuery &query, HotelId hotelId);

// What the client (RestBackend) writes: the inverse of each reader above, so the two cannot disagree.
QJsonObject toJson(const Credentials &c);
QJsonObject toJson(const Cancellation &c);
QJsonObject checkInRoomJson(RoomId roomId);
QJsonObject roomStatusJson(RoomStatus status);
QJsonObject toJson(const RoomBlock &b);
QJsonObject pricesJson(const QList<NightPrice> &prices);
QUrlQuery toQuery(const SearchQuery &q);
// The inverse of requiredDateParams: ?first=yyyy-MM-dd&second=yyyy-MM-dd.
QUrlQuery dateRangeQuery(const QString &first, QDate a, const QString &second, QDate b);
// ?from=&to=&q= of a hotel's bookings, and ?status= when the filter names exactly one (the API filters by one).
QUrlQuery bookingFilterQuery(const BookingFilter &f);

} // namespace hotel::json
