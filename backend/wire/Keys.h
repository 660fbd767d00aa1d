#pragma once

// Every key of the wire format, spelled once (the habit of qBittorrent's serialize_torrent.h KEY_* constants).
// The design document's camelCase names.
#include <QString>

namespace hotel::json::key {

inline const QString accessToken = QStringLiteral("accessToken");
inline const QString address = QStringLiteral("address");
inline const QString amenities = QStringLiteral("amenities");
inline const QString availability = QStringLiteral("availability");
inline const QString available = QStringLiteral("available");
inline const QString availableRoomTypes = QStringLiteral("availableRoomTypes");
inline const QString availableRooms = QStringLiteral("availableRooms");
inline const QString basePrice = QStringLiteral("basePrice");
inline const QString bedType = QStringLiteral("bedType");
inline const QString blocked = QStringLiteral("blocked");
inline const QString body = QStringLiteral("body");
inline const QString bookable = QStringLiteral("bookable");
inline const QString booked = QStringLiteral("booked");
inline const QString booking = QStringLiteral("booking");
inline const QString bookingId = QStringLiteral("bookingId");
inline const QString bookings = QStringLiteral("bookings");
inline const QString cancelReason = QStringLiteral("cancelReason");
inline const QString cancellationPolicy = QStringLiteral("cancellationPolicy");
inline const QString cancelledAt = QStringLiteral("cancelledAt");
inline const QString checkInDate = QStringLiteral("checkInDate");
inline const QString checkInTime = QStringLiteral("checkInTime");
inline const QString checkOutDate = QStringLiteral("checkOutDate");
inline const QString checkOutTime = QStringLiteral("checkOutTime");
inline const QString checked = QStringLiteral("checked");
inline const QString checkedInAt = QStringLiteral("checkedInAt");
inline const QString checkedOutAt = QStringLiteral("checkedOutAt");
inline const QString city = QStringLiteral("city");
inline const QString code = QStringLiteral("code");
inline const QString confirmationCode = QStringLiteral("confirmationCode");
inline const QString count = QStringLiteral("count");
inline const QString counter = QStringLiteral("counter");
inline const QString country = QStringLiteral("country");
inline const QString createdAt = QStringLiteral("createdAt");
inline const QString currency = QStringLiteral("currency");
inline const QString date = QStringLiteral("date");
inline const QString description = QStringLiteral("description");
inline const QString distanceKm = QStringLiteral("distanceKm");
inline const QString email = QStringLiteral("email");
inline const QString error = QStringLiteral("error");
inline const QString expiresIn = QStringLiteral("expiresIn");
inline const QString feePerNight = QStringLiteral("feePerNight");
inline const QString fees = QStringLiteral("fees");
inline const QString field = QStringLiteral("field");
inline const QString floor = QStringLiteral("floor");
inline const QString freeCancellationHours = QStringLiteral("freeCancellationHours");
inline const QString from = QStringLiteral("from");
inline const QString guestInfo = QStringLiteral("guestInfo");
inline const QString hotelId = QStringLiteral("hotelId");
inline const QString hotelIds = QStringLiteral("hotelIds");
inline const QString hotelName = QStringLiteral("hotelName");
inline const QString hotels = QStringLiteral("hotels");
inline const QString images = QStringLiteral("images");
inline const QString issues = QStringLiteral("issues");
inline const QString latitude = QStringLiteral("latitude");
inline const QString location = QStringLiteral("location");
inline const QString longitude = QStringLiteral("longitude");
inline const QString lowestPrice = QStringLiteral("lowestPrice");
inline const QString maxOccupancy = QStringLiteral("maxOccupancy");
inline const QString message = QStringLiteral("message");
inline const QString name = QStringLiteral("name");
inline const QString nights = QStringLiteral("nights");
inline const QString numberOfGuests = QStringLiteral("numberOfGuests");
inline const QString password = QStringLiteral("password");
inline const QString phone = QStringLiteral("phone");
inline const QString price = QStringLiteral("price");
inline const QString priceBreakdown = QStringLiteral("priceBreakdown");
inline const QString prices = QStringLiteral("prices");
inline const QString problem = QStringLiteral("problem");
inline const QString reason = QStringLiteral("reason");
inline const QString refundAmount = QStringLiteral("refundAmount");
inline const QString role = QStringLiteral("role");
inline const QString roomId = QStringLiteral("roomId");
inline const QString roomNumber = QStringLiteral("roomNumber");
inline const QString roomPrice = QStringLiteral("roomPrice");
inline const QString roomTypeId = QStringLiteral("roomTypeId");
inline const QString roomTypeName = QStringLiteral("roomTypeName");
inline const QString roomTypes = QStringLiteral("roomTypes");
inline const QString rooms = QStringLiteral("rooms");
inline const QString size = QStringLiteral("size");
inline const QString staffOverride = QStringLiteral("staffOverride");
inline const QString starRating = QStringLiteral("starRating");
inline const QString status = QStringLiteral("status");
inline const QString taxRate = QStringLiteral("taxRate");
inline const QString taxes = QStringLiteral("taxes");
inline const QString timeZone = QStringLiteral("timeZone");
inline const QString to = QStringLiteral("to");
inline const QString tokenType = QStringLiteral("tokenType");
inline const QString total = QStringLiteral("total");
inline const QString totalPrice = QStringLiteral("totalPrice");
inline const QString totalRooms = QStringLiteral("totalRooms");
inline const QString updated = QStringLiteral("updated");
inline const QString updatedAt = QStringLiteral("updatedAt");
inline const QString user = QStringLiteral("user");
inline const QString userId = QStringLiteral("userId");

} // namespace hotel::json::key

// Query-string parameters (`?checkIn=...&guests=2`), spelled once for the server's readers and the client's
// writers.
namespace hotel::json::param {

inline const QString checkIn = QStringLiteral("checkIn");
inline const QString checkOut = QStringLiteral("checkOut");
inline const QString city = QStringLiteral("city");
inline const QString from = QStringLiteral("from");
inline const QString guests = QStringLiteral("guests");
inline const QString lat = QStringLiteral("lat");
inline const QString limit = QStringLiteral("limit");
inline const QString lon = QStringLiteral("lon");
inline const QString maxPrice = QStringLiteral("maxPrice");
inline const QString minPrice = QStringLiteral("minPrice");
inline const QString minStars = QStringLiteral("minStars");
inline const QString offset = QStringLiteral("offset");
inline const QString q = QStringLiteral("q");
inline const QString radiusKm = QStringLiteral("radiusKm");
inline const QString sort = QStringLiteral("sort");
inline const QString status = QStringLiteral("status");
inline const QString to = QStringLiteral("to");

} // namespace hotel::json::param
