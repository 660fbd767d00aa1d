#pragma once

// The wire format of the REST API: the design document's camelCase names; money as decimal strings ("330.00",
// never a double); dates yyyy-MM-dd; timestamps ISO 8601 UTC.
#include "domain/Domain.h"
#include "domain/Result.h"
#include "wire/Keys.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hotel::json {

QJsonObject toJson(const Hotel &h);
QJsonObject toJson(const RoomType &rt);
QJsonObject toJson(const Room &r);
QJsonObject toJson(const Booking &b);
QJsonObject toJson(const HotelHit &hit);
QJsonObject toJson(const SearchResult &r);
QJsonObject toJson(const Availability &a);
QJsonObject toJson(const InventoryGrid &g);
QJsonObject toJson(const User &u);
QJsonObject toJson(const AuditReport &r);
QJsonObject errorJson(const BackendError &e);

// Request bodies. Each failure names the field.
Result<NewBooking> newBookingFrom(const QJsonObject &o);
Result<BookingChange> bookingChangeFrom(const QJsonObject &o);
Result<QList<NightPrice>> pricesFrom(const QJsonObject &o);

// Answers, read back by RestBackend (the inverse of toJson).
Hotel hotelFrom(const QJsonObject &o);
RoomType roomTypeFrom(const QJsonObject &o);
Room roomFrom(const QJsonObject &o);
Booking bookingFrom(const QJsonObject &o);
SearchResult searchResultFrom(const QJsonObject &o);
Availability availabilityFrom(const QJsonObject &o);
InventoryGrid inventoryFrom(const QJsonObject &o);
User userFrom(const QJsonObject &o);
BackendError errorFrom(const QJsonObject &o, int httpStatus);
QJsonObject toJson(const NewBooking &b);
// The answer to a cancellation: the booking, its refund and currency.
QJsonObject toJson(const CancelResult &c);
CancelResult cancelResultFrom(const QJsonObject &o);
// The answer to a sign-in: a bearer token, its lifetime and the user. The session's expiry counts from `now`.
QJsonObject sessionJson(const QString &accessToken, int expiresInSeconds, const User &user);
Session sessionFrom(const QJsonObject &o, const QDateTime &now);
QJsonObject toJson(const BookingChange &c);

// Query-string helpers: a missing key gives nullopt; a malformed one an InvalidInput naming it.
Result<QDate> dateParam(const QString &name, const QString &text);

} // namespace hotel::json
