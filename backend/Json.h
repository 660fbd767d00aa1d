#pragma once

// The wire format of the REST API: the design document's camelCase names; money as decimal strings ("330.00",
// never a double); dates yyyy-MM-dd; timestamps ISO 8601 UTC.
#include "Domain.h"
#include "Result.h"

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

// Query-string helpers: a missing key gives nullopt; a malformed one an InvalidInput naming it.
Result<QDate> dateParam(const QString &name, const QString &text);

} // namespace hotel::json
