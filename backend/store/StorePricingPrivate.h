#pragma once

// What the pricing engine's store code shares with the other operations (setPrices in StoreInventory.cpp,
// the restriction checks in StoreBookings.cpp).
#include "domain/Pricing.h"
#include "store/StorePrivate.h"

namespace hotel {

// Writes new prices of locked nights and their history rows, set-based on PostgreSQL. `manual`: also sets
// (true) or clears (false) the nights' manual flag; nullopt leaves it.
VoidResult writePriceChanges(Store::Private &d, HotelId hotelId, const QList<pricing::PriceChange> &changes,
                             pricing::PriceChangeReason reason, UserId by, qint64 recomputeId,
                             std::optional<bool> manual);

// The stay restrictions of a room type's nights [from, to] (the departure day included) that hold any rule.
Result<QList<pricing::NightRestriction>> restrictionsOf(Store::Private &d, RoomTypeId roomTypeId, QDate from, QDate to);
// A 409 `restricted` naming the rule and the night, when the stay breaks one.
std::optional<BackendError> checkRestrictions(Store::Private &d, RoomTypeId roomTypeId, QDate checkIn, QDate checkOut);

} // namespace hotel
