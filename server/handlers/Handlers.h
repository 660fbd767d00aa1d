#pragma once

// One function per route; server/Routes.cpp says which route calls which, and who may.
#include "server/handlers/Handler.h"

namespace hotel::handlers {

// SystemHandlers.cpp
HttpReply health(const Call &call);
HttpReply metrics(const Call &call);
HttpReply notFound(const Call &call); // the catch-alls: a path nothing answers

// AuthHandlers.cpp
HttpReply registerUser(const Call &call);
HttpReply issueToken(const Call &call);

// HotelHandlers.cpp: the catalogue
HttpReply staffHotels(const Call &call);
HttpReply getHotel(const Call &call);
HttpReply roomTypes(const Call &call);
HttpReply availability(const Call &call);
HttpReply changes(const Call &call);

// SearchHandlers.cpp
HttpReply search(const Call &call);

// InventoryHandlers.cpp: a hotel's rooms, nights and prices
HttpReply inventory(const Call &call);
HttpReply setPrices(const Call &call);
HttpReply addBlock(const Call &call);
HttpReply removeBlock(const Call &call);
HttpReply rooms(const Call &call);
HttpReply setRoomStatus(const Call &call);

// BookingHandlers.cpp
HttpReply createBooking(const Call &call);
HttpReply getBooking(const Call &call);
HttpReply modifyBooking(const Call &call);
HttpReply cancelBooking(const Call &call);
HttpReply checkIn(const Call &call);
HttpReply checkOut(const Call &call);
HttpReply myBookings(const Call &call);
HttpReply hotelBookings(const Call &call);

// RevenueHandlers.cpp (issue 9): pricing engine, restrictions, KPIs
HttpReply pricingSettings(const Call &call);
HttpReply savePricingSettings(const Call &call);
HttpReply pricePreview(const Call &call);
HttpReply reprice(const Call &call);
HttpReply undoRecompute(const Call &call);
HttpReply releasePrices(const Call &call);
HttpReply priceHistory(const Call &call);
HttpReply restrictions(const Call &call);
HttpReply setRestrictions(const Call &call);
HttpReply kpis(const Call &call);

} // namespace hotel::handlers
