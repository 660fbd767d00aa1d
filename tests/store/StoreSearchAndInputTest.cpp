#include "StoreTestFixture.h"

#include <QSqlQuery>

using namespace hotel;
using namespace hotel::test;
using K = BackendError::Kind;

namespace {

class SearchTest : public StoreTest {};

SearchQuery seoulQuery() {
    SearchQuery q;
    q.city = QStringLiteral("seoul");
    q.checkIn = day(20);
    q.checkOut = day(22);
    q.guests = 2;
    return q;
}

TEST_P(SearchTest, findsOnlyHotelsWithRoomForTheGuestsOnEveryNight) {
    auto cheap = makeHotel(*m_store, QStringLiteral("Seoul"), {1, 2}, 37.5665, 126.9780, "Asia/Seoul", 3);
    auto grand = makeHotel(*m_store, QStringLiteral("Seoul"), {2}, 37.5512, 126.9882, "Asia/Seoul", 5);
    auto busan = makeHotel(*m_store, QStringLiteral("Busan"), {2}, 35.1796, 129.0756, "Asia/Seoul", 4);
    Q_UNUSED(busan);
    ASSERT_TRUE(m_store->setPrices(Actor::system(), grand.hotel.id, grand.roomTypes[0].id,
                                   {{day(20), 30000}, {day(21), 30000}}));
    auto guest = makeUser(*m_store, QStringLiteral("g@example.com"), Role::Guest);
    auto result = m_store->searchHotels(seoulQuery());
    ASSERT_TRUE(result) << result.error().detail.toStdString();
    ASSERT_EQ(result->total, 2);
    ASSERT_EQ(result->hotels.size(), 2);
    EXPECT_EQ(result->hotels[0].hotel.id, cheap.hotel.id); // sorted by price
    EXPECT_EQ(result->hotels[0].lowestNightlyPrice, 10000);
    EXPECT_EQ(result->hotels[0].offers.size(), 2);
    EXPECT_EQ(result->hotels[0].offers[0].totalPrice, 20000);
    EXPECT_EQ(result->hotels[1].lowestNightlyPrice, 30000);

    // Sell out the cheap hotel's second night on both types: it drops out.
    ASSERT_TRUE(m_store->createBooking(guest.actor(), bookingRequest(cheap, 0, day(21), day(22))));
    ASSERT_TRUE(m_store->blockRooms(Actor::system(), cheap.hotel.id, cheap.roomTypes[1].id, day(21), day(22), 2));
    result = m_store->searchHotels(seoulQuery());
    ASSERT_TRUE(result);
    ASSERT_EQ(result->total, 1);
    EXPECT_EQ(result->hotels[0].hotel.id, grand.hotel.id);

    auto q = seoulQuery();
    q.guests = 3; // only type 1 of the cheap hotel sleeps 3, and it is blocked
    EXPECT_EQ(m_store->searchHotels(q)->total, 0);
}

TEST_P(SearchTest, radiusStarsPriceNameSortAndPaging) {
    auto a = makeHotel(*m_store, QStringLiteral("Seoul"), {2}, 37.5665, 126.9780, "Asia/Seoul", 3);
    auto b = makeHotel(*m_store, QStringLiteral("Seoul"), {2}, 37.5000, 127.0300, "Asia/Seoul", 5);
    auto far = makeHotel(*m_store, QStringLiteral("Incheon"), {2}, 37.4563, 126.7052, "Asia/Seoul", 4);
    ASSERT_TRUE(
        m_store->setPrices(Actor::system(), b.hotel.id, b.roomTypes[0].id, {{day(20), 20000}, {day(21), 20000}}));
    SearchQuery q = seoulQuery();
    q.city.clear();
    q.latitude = 37.5665;
    q.longitude = 126.9780;
    q.radiusKm = 12;
    q.sort = SearchSort::Distance;
    auto near = m_store->searchHotels(q);
    ASSERT_TRUE(near) << near.error().detail.toStdString();
    ASSERT_EQ(near->total, 2); // Incheon is ~25 km away
    EXPECT_EQ(near->hotels[0].hotel.id, a.hotel.id);
    ASSERT_TRUE(near->hotels[1].distanceKm.has_value());
    EXPECT_NEAR(*near->hotels[1].distanceKm, 8.7, 1.0);
    q.radiusKm = 40;
    EXPECT_EQ(m_store->searchHotels(q)->total, 3);
    q.sort = SearchSort::Rating;
    EXPECT_EQ(m_store->searchHotels(q)->hotels[0].hotel.id, b.hotel.id);
    q.minStars = 4;
    EXPECT_EQ(m_store->searchHotels(q)->total, 2);
    q.minStars.reset();
    q.maxPrice = 15000;
    EXPECT_EQ(m_store->searchHotels(q)->total, 2);
    q.maxPrice.reset();
    q.minPrice = 15000;
    EXPECT_EQ(m_store->searchHotels(q)->total, 1);
    q.minPrice.reset();
    q.text = QStringLiteral("hotel INCHEON");
    auto byName = m_store->searchHotels(q);
    ASSERT_EQ(byName->total, 1);
    EXPECT_EQ(byName->hotels[0].hotel.id, far.hotel.id);
    q.text.clear();
    q.limit = 1;
    q.offset = 1;
    auto page = m_store->searchHotels(q);
    EXPECT_EQ(page->total, 3);
    EXPECT_EQ(page->hotels.size(), 1);
    q.offset = 50;
    EXPECT_EQ(m_store->searchHotels(q)->total, 3);
}

TEST_P(SearchTest, badInputNamesTheFieldAndWritesNothing) {
    auto f = makeHotel(*m_store, QStringLiteral("Seoul"), {2});
    auto guest = makeUser(*m_store, QStringLiteral("g@example.com"), Role::Guest);
    struct Case {
        const char *field;
        std::function<void(NewBooking &)> spoil;
    };
    const std::vector<Case> cases{
        {"checkOutDate", [](NewBooking &b) { b.checkOut = b.checkIn; }},
        {"checkOutDate", [](NewBooking &b) { b.checkOut = b.checkIn.addDays(-2); }},
        {"checkOutDate", [](NewBooking &b) { b.checkOut = b.checkIn.addDays(limits::maxNights + 1); }},
        {"checkInDate", [](NewBooking &b) { b.checkIn = QDate(); }},
        {"checkInDate",
         [](NewBooking &b) {
             b.checkIn = day(1);
             b.checkOut = day(3);
         }}, // in the past
        {"numberOfGuests", [](NewBooking &b) { b.numberOfGuests = 0; }},
        {"numberOfGuests", [](NewBooking &b) { b.numberOfGuests = 99; }},
        {"numberOfGuests", [](NewBooking &b) { b.numberOfGuests = 3; }}, // the type sleeps 2
        {"guestInfo.email", [](NewBooking &b) { b.guestEmail = QStringLiteral("not-an-email"); }},
        {"guestInfo.name", [](NewBooking &b) { b.guestName = QStringLiteral("   "); }},
        {"guestInfo.name", [](NewBooking &b) { b.guestName = QString(500, QLatin1Char('x')); }},
        {"guestInfo.phone", [](NewBooking &b) { b.guestPhone = QStringLiteral("call me; DROP TABLE bookings"); }},
        {"hotelId", [](NewBooking &b) { b.hotelId = -4; }},
        {"hotelId", [](NewBooking &b) { b.hotelId = 999999; }},
        {"roomTypeId", [](NewBooking &b) { b.roomTypeId = 999999; }},
    };
    for (const auto &c : cases) {
        NewBooking request = bookingRequest(f, 0, day(20), day(22));
        c.spoil(request);
        auto r = m_store->createBooking(guest.actor(), request);
        ASSERT_FALSE(r) << c.field;
        EXPECT_EQ(r.error().field, QString::fromLatin1(c.field)) << r.error().userMessage.toStdString();
        EXPECT_FALSE(r.error().userMessage.isEmpty());
    }
    EXPECT_EQ(m_store->setPrices(Actor::system(), f.hotel.id, f.roomTypes[0].id, {{day(20), -1}}).error().field,
              QStringLiteral("prices[0].price"));
    auto badUser =
        m_store->createUser(NewUser{QStringLiteral("nope"), QStringLiteral("12345678"), {}, Role::Guest, {}});
    EXPECT_EQ(badUser.error().field, QStringLiteral("email"));
    SearchQuery q = seoulQuery();
    q.latitude = 120;
    q.longitude = 0;
    EXPECT_EQ(m_store->searchHotels(q).error().field, QStringLiteral("lat"));
    q = seoulQuery();
    q.limit = 0;
    EXPECT_EQ(m_store->searchHotels(q).error().field, QStringLiteral("limit"));
    QSqlQuery count(m_store->database());
    count.exec(
        QStringLiteral("SELECT (SELECT count(*) FROM bookings) + (SELECT sum(booked_rooms) FROM room_inventory)"));
    ASSERT_TRUE(count.next());
    EXPECT_EQ(count.value(0).toInt(), 0);
    auto grid = m_store->inventory(Actor::system(), f.hotel.id, day(20), day(22));
    EXPECT_EQ(grid->at(0, 0).price, 10000);
}

HOTEL_BOTH_DATABASES(SearchTest);

} // namespace
