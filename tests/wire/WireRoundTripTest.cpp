#include "wire/Json.h"

#include <QTimeZone>
#include <gtest/gtest.h>

using namespace hotel;

namespace {

const QDateTime stamp(QDate(2026, 5, 4), QTime(3, 2, 1), QTimeZone::utc());

Hotel sampleHotel() {
    Hotel h;
    h.id = 42;
    h.name = QStringLiteral("Hôtel Ünïcode 서울");
    h.description = QStringLiteral("By the river");
    h.address = QStringLiteral("1 Quay");
    h.city = QStringLiteral("Seoul");
    h.country = QStringLiteral("KR");
    h.latitude = 37.5665;
    h.longitude = 126.978;
    h.starRating = 5;
    h.amenities = {QStringLiteral("wifi"), QStringLiteral("spa")};
    h.images = {QStringLiteral("https://example.com/a.jpg")};
    h.checkInTime = QTime(15, 0);
    h.checkOutTime = QTime(10, 30);
    h.freeCancellationHours = 48;
    h.taxRateBasisPoints = 825;
    h.feePerNight = 1250;
    h.currency = QStringLiteral("KRW");
    h.timeZone = "Asia/Seoul";
    h.createdAt = stamp;
    h.updatedAt = stamp.addSecs(60);
    return h;
}

RoomType sampleRoomType() {
    RoomType rt;
    rt.id = 7;
    rt.hotelId = 42;
    rt.name = QStringLiteral("Deluxe Twin");
    rt.description = QStringLiteral("Two beds");
    rt.maxOccupancy = 3;
    rt.bedType = QStringLiteral("twin");
    rt.basePrice = 15050;
    rt.currency = QStringLiteral("KRW");
    rt.amenities = {QStringLiteral("tv")};
    rt.sizeSqm = 31;
    rt.images = {QStringLiteral("https://example.com/b.jpg")};
    rt.totalRooms = 12;
    rt.createdAt = stamp;
    return rt;
}

Booking sampleBooking(BookingStatus status) {
    Booking b;
    b.id = 9001;
    b.confirmationCode = QStringLiteral("K7M-4QX-9TP");
    b.userId = 3;
    b.hotelId = 42;
    b.roomTypeId = 7;
    b.roomId = 55;
    b.roomNumber = QStringLiteral("1203");
    b.checkIn = QDate(2026, 6, 1);
    b.checkOut = QDate(2026, 6, 4);
    b.nights = 3;
    b.guestName = QStringLiteral("Ada Lovelace");
    b.guestEmail = QStringLiteral("ada@example.com");
    b.guestPhone = QStringLiteral("+44 20 7946 0000");
    b.numberOfGuests = 2;
    b.roomPrice = 45000;
    b.taxes = 4500;
    b.fees = 1500;
    b.totalPrice = 51000;
    b.currency = QStringLiteral("USD");
    b.status = status;
    b.createdAt = stamp;
    b.updatedAt = stamp.addSecs(5);
    b.checkedInAt = stamp.addDays(1);
    b.hotelName = QStringLiteral("Hotel");
    b.roomTypeName = QStringLiteral("Deluxe Twin");
    if (status == BookingStatus::Cancelled) {
        b.cancelReason = QStringLiteral("Flight cancelled");
        b.refundAmount = 51000;
        b.cancelledAt = stamp.addDays(2);
        b.checkedInAt.reset();
        b.roomId.reset();
        b.roomNumber.clear();
    }
    return b;
}

} // namespace

// Written, read back and written again: the same JSON, so the reader misses nothing the writer says.
TEST(WireRoundTrip, Hotel) {
    const QJsonObject once = json::toJson(sampleHotel());
    const Hotel back = json::hotelFrom(once);
    EXPECT_EQ(json::toJson(back), once);
    EXPECT_EQ(back.name, sampleHotel().name);
    EXPECT_EQ(back.taxRateBasisPoints, 825);
    EXPECT_EQ(back.feePerNight, 1250);
    EXPECT_EQ(back.timeZone, QByteArray("Asia/Seoul"));
    EXPECT_EQ(back.checkOutTime, QTime(10, 30));
    EXPECT_EQ(once.value(json::key::feePerNight).toString(), QStringLiteral("12.50")); // money never a double
}

TEST(WireRoundTrip, RoomTypeAndRoom) {
    const QJsonObject once = json::toJson(sampleRoomType());
    const RoomType back = json::roomTypeFrom(once);
    EXPECT_EQ(json::toJson(back), once);
    EXPECT_EQ(back.basePrice, 15050);
    EXPECT_EQ(back.sizeSqm, 31);

    Room room{55, 7, 42, QStringLiteral("1203"), 12, RoomStatus::Maintenance, {}};
    const QJsonObject r = json::toJson(room);
    const Room roomBack = json::roomFrom(r);
    EXPECT_EQ(json::toJson(roomBack), r);
    EXPECT_EQ(roomBack.status, RoomStatus::Maintenance);
}

TEST(WireRoundTrip, BookingInEveryStatus) {
    for (auto status :
         {BookingStatus::Pending, BookingStatus::Confirmed, BookingStatus::Cancelled, BookingStatus::Completed}) {
        const QJsonObject once = json::toJson(sampleBooking(status));
        const Booking back = json::bookingFrom(once);
        EXPECT_EQ(json::toJson(back), once) << bookingStatusName(status).toStdString();
        EXPECT_EQ(back.status, status);
        EXPECT_EQ(back.totalPrice, 51000);
        EXPECT_EQ(back.taxes, 4500);
        EXPECT_EQ(back.checkOut, QDate(2026, 6, 4));
    }
    const Booking cancelled = json::bookingFrom(json::toJson(sampleBooking(BookingStatus::Cancelled)));
    ASSERT_TRUE(cancelled.refundAmount.has_value());
    EXPECT_EQ(*cancelled.refundAmount, 51000);
    EXPECT_EQ(cancelled.cancelReason, QStringLiteral("Flight cancelled"));
}

TEST(WireRoundTrip, NewBookingRequest) {
    NewBooking request{42,
                       7,
                       QDate(2026, 6, 1),
                       QDate(2026, 6, 4),
                       QStringLiteral("Ada"),
                       QStringLiteral("ada@example.com"),
                       QStringLiteral("+1 555 0100"),
                       2,
                       QStringLiteral("k-1")};
    auto back = json::newBookingFrom(json::toJson(request));
    ASSERT_TRUE(back) << back.error().userMessage.toStdString();
    EXPECT_EQ(back->hotelId, 42);
    EXPECT_EQ(back->roomTypeId, 7);
    EXPECT_EQ(back->checkIn, request.checkIn);
    EXPECT_EQ(back->checkOut, request.checkOut);
    EXPECT_EQ(back->guestName, request.guestName);
    EXPECT_EQ(back->guestEmail, request.guestEmail);
    EXPECT_EQ(back->guestPhone, request.guestPhone);
    EXPECT_EQ(back->numberOfGuests, 2);
}

TEST(WireRoundTrip, BookingChangeCarriesOnlyWhatChanges) {
    BookingChange change;
    change.checkOut = QDate(2026, 6, 5);
    change.guestName = QStringLiteral("Grace Hopper");
    auto back = json::bookingChangeFrom(json::toJson(change));
    ASSERT_TRUE(back) << back.error().userMessage.toStdString();
    EXPECT_FALSE(back->checkIn.has_value());
    EXPECT_EQ(back->checkOut, change.checkOut);
    EXPECT_EQ(back->guestName, change.guestName);
    EXPECT_FALSE(back->roomTypeId.has_value());
    EXPECT_FALSE(back->numberOfGuests.has_value());
    EXPECT_EQ(json::toJson(*back), json::toJson(change));
}

TEST(WireRoundTrip, SearchResult) {
    SearchResult r;
    r.total = 31;
    HotelHit hit;
    hit.hotel = sampleHotel();
    hit.distanceKm = 1.25;
    hit.lowestNightlyPrice = 9900;
    hit.offers << RoomTypeOffer{7, QStringLiteral("Deluxe Twin"), 3, 4, 29700, 9900};
    r.hotels << hit;
    const QJsonObject once = json::toJson(r);
    const SearchResult back = json::searchResultFrom(once);
    EXPECT_EQ(json::toJson(back), once);
    ASSERT_EQ(back.hotels.size(), 1);
    EXPECT_EQ(back.total, 31);
    ASSERT_EQ(back.hotels[0].offers.size(), 1);
    EXPECT_EQ(back.hotels[0].offers[0].totalPrice, 29700);
    EXPECT_EQ(back.hotels[0].offers[0].availableRooms, 4);
}

TEST(WireRoundTrip, AvailabilityAndGrid) {
    Availability a;
    a.roomType = sampleRoomType();
    a.nights = {{QDate(2026, 6, 1), 3, 15000}, {QDate(2026, 6, 2), 0, 16000}};
    a.totalPrice = 31000;
    const QJsonObject once = json::toJson(a);
    const Availability back = json::availabilityFrom(once);
    EXPECT_EQ(json::toJson(back), once);
    EXPECT_FALSE(back.bookable());
    ASSERT_EQ(back.nights.size(), 2);
    EXPECT_EQ(back.nights[1].price, 16000);

    InventoryGrid g;
    g.hotelId = 42;
    g.from = QDate(2026, 6, 1);
    g.to = QDate(2026, 6, 3);
    g.roomTypes = {sampleRoomType()};
    g.nights = {{7, QDate(2026, 6, 1), 12, 3, 1, 2, 15000}, {7, QDate(2026, 6, 2), 12, 12, 0, 2, 16000}};
    const QJsonObject grid = json::toJson(g);
    const InventoryGrid gridBack = json::inventoryFrom(grid);
    EXPECT_EQ(json::toJson(gridBack), grid);
    EXPECT_EQ(gridBack.days(), 2);
    EXPECT_EQ(gridBack.at(0, 0).blockedRooms, 1);
    EXPECT_EQ(gridBack.at(0, 1).bookedRooms, 12);
}

TEST(WireRoundTrip, UserAndError) {
    User u{3, QStringLiteral("desk@example.com"), QStringLiteral("Desk"), Role::FrontDesk, {1, 2}, {}};
    const QJsonObject once = json::toJson(u);
    const User back = json::userFrom(once);
    EXPECT_EQ(json::toJson(back), once);
    EXPECT_EQ(back.role, Role::FrontDesk);
    EXPECT_EQ(back.hotelIds, (QList<HotelId>{1, 2}));

    const BackendError e = BackendError::invalid(QStringLiteral("checkInDate"), QStringLiteral("must be a date"));
    const BackendError eb = json::errorFrom(json::errorJson(e), 400);
    EXPECT_EQ(eb.kind, BackendError::Kind::InvalidInput);
    EXPECT_EQ(eb.field, e.field);
    EXPECT_EQ(eb.userMessage, e.userMessage);
    EXPECT_EQ(json::errorJson(eb), json::errorJson(e));
}

TEST(WireRoundTrip, CancelResultAndSession) {
    const CancelResult c{sampleBooking(BookingStatus::Cancelled), 12345};
    const QJsonObject once = json::toJson(c);
    const CancelResult back = json::cancelResultFrom(once);
    EXPECT_EQ(json::toJson(back), once);
    EXPECT_EQ(back.refundAmount, 12345);
    EXPECT_EQ(back.booking.status, BookingStatus::Cancelled);

    const User u{3, QStringLiteral("desk@example.com"), QStringLiteral("Desk"), Role::FrontDesk, {1}, {}};
    const Session s = json::sessionFrom(json::sessionJson(QStringLiteral("tok.en.value"), 3600, u), stamp);
    EXPECT_EQ(s.accessToken, QStringLiteral("tok.en.value"));
    EXPECT_EQ(s.expiresAt, stamp.addSecs(3600));
    EXPECT_EQ(json::toJson(s.user), json::toJson(u));
}
