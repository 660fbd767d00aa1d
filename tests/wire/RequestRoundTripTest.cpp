// What the client writes, the server reads back unchanged: each request body and query string once through
// its writer (RestBackend's side) and its reader (the server's side).
#include "wire/Json.h"
#include "wire/Requests.h"

#include <gtest/gtest.h>

using namespace hotel;

TEST(RequestRoundTrip, CredentialsAndCancellation) {
    auto c =
        json::credentialsFrom(json::toJson(json::Credentials{QStringLiteral("a@b.example"), QStringLiteral("s3cret")}));
    ASSERT_TRUE(c);
    EXPECT_EQ(c->email, QStringLiteral("a@b.example"));
    EXPECT_EQ(c->password, QStringLiteral("s3cret"));
    auto x = json::cancellationFrom(json::toJson(json::Cancellation{QStringLiteral("Flight cancelled"), true}));
    ASSERT_TRUE(x);
    EXPECT_EQ(x->reason, QStringLiteral("Flight cancelled"));
    EXPECT_TRUE(x->staffOverride);
}

TEST(RequestRoundTrip, CheckInRoomStatusAndBlock) {
    auto room = json::checkInRoomFrom(json::checkInRoomJson(1203));
    ASSERT_TRUE(room);
    EXPECT_EQ(room.value(), 1203);
    auto status = json::roomStatusFrom(json::roomStatusJson(RoomStatus::Maintenance));
    ASSERT_TRUE(status);
    EXPECT_EQ(status.value(), RoomStatus::Maintenance);
    auto block = json::roomBlockFrom(json::toJson(json::RoomBlock{QDate(2026, 6, 1), QDate(2026, 6, 4), 3}));
    ASSERT_TRUE(block) << block.error().userMessage.toStdString();
    EXPECT_EQ(block->from, QDate(2026, 6, 1));
    EXPECT_EQ(block->to, QDate(2026, 6, 4));
    EXPECT_EQ(block->count, 3);
}

TEST(RequestRoundTrip, Prices) {
    const QList<NightPrice> prices{{QDate(2026, 6, 1), 15050}, {QDate(2026, 6, 2), 1}, {QDate(2026, 6, 3), 999999}};
    auto back = json::pricesFrom(json::pricesJson(prices));
    ASSERT_TRUE(back) << back.error().userMessage.toStdString();
    ASSERT_EQ(back->size(), 3);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(back->at(i).date, prices[i].date);
        EXPECT_EQ(back->at(i).price, prices[i].price);
    }
}

TEST(RequestRoundTrip, SearchQueryWithEveryFilter) {
    SearchQuery q;
    q.city = QStringLiteral("São Paulo & Rio");
    q.latitude = -23.55052;
    q.longitude = -46.633308;
    q.radiusKm = 12.5;
    q.checkIn = QDate(2026, 7, 1);
    q.checkOut = QDate(2026, 7, 3);
    q.guests = 3;
    q.minStars = 4;
    q.minPrice = 5000;
    q.maxPrice = 25050;
    q.text = QStringLiteral("Grand+Plaza");
    q.sort = SearchSort::Distance;
    q.limit = 40;
    q.offset = 80;
    // Through the URL as a client sends it, so encoding is part of the round trip.
    const QUrlQuery sent(json::toQuery(q).toString(QUrl::FullyEncoded));
    auto back = json::searchQueryFrom(sent);
    ASSERT_TRUE(back) << back.error().userMessage.toStdString();
    EXPECT_EQ(back->city, q.city);
    EXPECT_EQ(back->checkIn, q.checkIn);
    EXPECT_EQ(back->checkOut, q.checkOut);
    EXPECT_EQ(back->guests, 3);
    EXPECT_NEAR(*back->latitude, *q.latitude, 1e-6);
    EXPECT_NEAR(*back->longitude, *q.longitude, 1e-6);
    EXPECT_DOUBLE_EQ(*back->radiusKm, 12.5);
    EXPECT_EQ(back->minStars, 4);
    EXPECT_EQ(back->minPrice, 5000);
    EXPECT_EQ(back->maxPrice, 25050);
    EXPECT_EQ(back->text, q.text);
    EXPECT_EQ(back->sort, SearchSort::Distance);
    EXPECT_EQ(back->limit, 40);
    EXPECT_EQ(back->offset, 80);
}

TEST(RequestRoundTrip, HotelBookingFilterAndDateRange) {
    BookingFilter f;
    f.from = QDate(2026, 6, 1);
    f.to = QDate(2026, 6, 30);
    f.text = QStringLiteral("K7M");
    f.statuses = {BookingStatus::Cancelled};
    auto back = json::hotelBookingFilterFrom(QUrlQuery(json::bookingFilterQuery(f).toString(QUrl::FullyEncoded)), 42);
    ASSERT_TRUE(back) << back.error().userMessage.toStdString();
    EXPECT_EQ(back->hotelId, 42);
    EXPECT_EQ(back->from, f.from);
    EXPECT_EQ(back->to, f.to);
    EXPECT_EQ(back->text, f.text);
    EXPECT_EQ(back->statuses, f.statuses);

    auto range = json::requiredDateParams(
        json::dateRangeQuery(json::param::from, QDate(2026, 1, 1), json::param::to, QDate(2026, 2, 1)),
        json::param::from, json::param::to);
    ASSERT_TRUE(range);
    EXPECT_EQ(range->first, QDate(2026, 1, 1));
    EXPECT_EQ(range->second, QDate(2026, 2, 1));
}
