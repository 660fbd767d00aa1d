// The server's in-memory search (SliceSearch): answers and night slices combined in memory must be exactly what the
// database search gives, and a write anywhere (this server, another process) must take effect on the next search.
#include "server/SliceSearch.h"

#include "HttpClient.h"
#include "StoreTestFixture.h"
#include "seed/BulkSeeder.h"
#include "server/Serve.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>
#include <QUrlQuery>
#include <cmath>

using namespace hotel;
using namespace hotel::test;

namespace {

QDate ahead(int days) {
    return QDate::currentDate().addDays(days);
}

QByteArray searchPath(const QList<std::pair<QString, QString>> &items) {
    QUrlQuery q;
    for (const auto &[k, v] : items)
        q.addQueryItem(k, v);
    return "/api/v1/hotels/search?" + q.toString(QUrl::FullyEncoded).toUtf8();
}

// Distances are computed by two formulas (earthdistance's and ours): equal to far below a metre.
QJsonObject comparable(QJsonObject answer) {
    QJsonArray hotels = answer.value(QStringLiteral("hotels")).toArray();
    for (auto h : hotels) {
        QJsonObject o = h.toObject();
        if (o.contains(QStringLiteral("distanceKm")))
            o.insert(QStringLiteral("distanceKm"),
                     std::round(o.value(QStringLiteral("distanceKm")).toDouble() * 1e6) / 1e6);
        h = o;
    }
    answer.insert(QStringLiteral("hotels"), hotels);
    return answer;
}

class SliceSearchTest : public StoreTest {
protected:
    void SetUp() override {
        StoreTest::SetUp();
        if (HasFatalFailure() || IsSkipped())
            return;
        BulkSeedOptions seed;
        seed.hotels = 900; // two or three hotels in each city
        seed.roomsPerHotel = 8;
        seed.days = 20;
        seed.from = ahead(-1);
        auto loaded = bulkSeedPostgres(m_db->config(), seed);
        ASSERT_TRUE(loaded) << loaded.error().detail.toStdString();
        m_store->setClock(nullptr); // the server runs on the real clock
    }
    std::unique_ptr<HttpService> serve(bool cache) {
        ServeOptions options;
        options.db = m_db->config();
        options.port = 0;
        options.threads = 2;
        options.jwtSecret = QByteArray(40, 'k');
        options.limits.ratePerSecond = 0;
        options.sliceSearch.ttlMs = cache ? 300000 : 0;
        options.warmNights = 20;
        auto service = std::make_unique<HttpService>(options);
        auto port = service->start();
        EXPECT_TRUE(port) << port.error().userMessage.toStdString();
        m_ports << (port ? port.value() : 0);
        if (cache) // radius searches use the cache once the listener knows every hotel's place
            for (int i = 0; i < 200 && service->sliceSearch().knownCities().isEmpty(); ++i)
                QThread::msleep(50);
        return service;
    }
    QJsonObject search(quint16 port, const QList<std::pair<QString, QString>> &items) {
        const Response r = request(port, "GET", searchPath(items));
        EXPECT_EQ(r.status, 200) << r.body.toStdString();
        return r.json();
    }
    // Rooms left of the room type in the answer, 0 when it is not offered.
    static int roomsLeft(const QJsonObject &answer, RoomTypeId type) {
        for (const auto h : answer.value(QStringLiteral("hotels")).toArray())
            for (const auto o : h.toObject().value(QStringLiteral("availableRoomTypes")).toArray())
                if (o.toObject().value(QStringLiteral("roomTypeId")).toInteger() == type)
                    return o.toObject().value(QStringLiteral("availableRooms")).toInt();
        return 0;
    }
    QList<quint16> m_ports;
};

TEST_P(SliceSearchTest, answersAreExactlyTheDatabaseSearch) {
    auto cached = serve(true);
    auto direct = serve(false);
    QSqlQuery q(m_store->database());
    ASSERT_TRUE(
        q.exec(QStringLiteral("SELECT city, avg(latitude), avg(longitude) FROM hotels GROUP BY city ORDER BY city")));
    struct Place {
        QString city;
        double lat, lon;
    };
    QList<Place> places;
    while (q.next())
        places << Place{q.value(0).toString(), q.value(1).toDouble(), q.value(2).toDouble()};
    ASSERT_GT(places.size(), 300);

    QRandomGenerator rng(11);
    int nonEmpty = 0;
    for (int i = 0; i < 160; ++i) {
        const Place &p = places[rng.bounded(int(places.size()))];
        const int start = 1 + int(rng.bounded(12)), nights = 1 + int(rng.bounded(6));
        QList<std::pair<QString, QString>> items{
            {QStringLiteral("checkIn"), ahead(start).toString(Qt::ISODate)},
            {QStringLiteral("checkOut"), ahead(start + nights).toString(Qt::ISODate)},
            {QStringLiteral("guests"), QString::number(1 + rng.bounded(4))}};
        if (i % 3 == 0 || i % 5 == 0)
            items << std::pair{QStringLiteral("city"), i % 7 == 0 ? p.city.toUpper() : p.city};
        if (i % 3 != 0) {
            items << std::pair{QStringLiteral("lat"),
                               QString::number(p.lat + (rng.generateDouble() - 0.5) * 0.06, 'f', 4)}
                  << std::pair{QStringLiteral("lon"),
                               QString::number(p.lon + (rng.generateDouble() - 0.5) * 0.06, 'f', 4)}
                  << std::pair{QStringLiteral("radiusKm"), QString::number(QList<int>{1, 3, 5, 10, 80}[rng.bounded(5)])}
                  << std::pair{QStringLiteral("sort"), QStringList{QStringLiteral("distance"), QStringLiteral("price"),
                                                                   QStringLiteral("rating")}[rng.bounded(3)]};
        }
        if (i % 4 == 0)
            items << std::pair{QStringLiteral("minStars"), QString::number(2 + rng.bounded(4))};
        if (i % 6 == 0)
            items << std::pair{QStringLiteral("maxPrice"), QStringLiteral("250.00")};
        if (i % 9 == 0)
            items << std::pair{QStringLiteral("minPrice"), QStringLiteral("120.00")};
        if (i % 8 == 0)
            items << std::pair{QStringLiteral("q"), QStringLiteral("grand")};
        if (i % 10 == 0)
            items << std::pair{QStringLiteral("offset"), QStringLiteral("1")}
                  << std::pair{QStringLiteral("limit"), QStringLiteral("1")};
        const QJsonObject expected = comparable(search(m_ports[1], items));
        // Twice: once computed from slices, once from the answer cache.
        EXPECT_EQ(comparable(search(m_ports[0], items)), expected) << searchPath(items).toStdString();
        EXPECT_EQ(comparable(search(m_ports[0], items)), expected) << searchPath(items).toStdString();
        nonEmpty += expected.value(QStringLiteral("total")).toInt() > 0;
    }
    EXPECT_GT(nonEmpty, 100);
    EXPECT_GT(cached->sliceSearch().hits(), 150u);
    EXPECT_GT(cached->sliceSearch().sliceBytes(), 0);
}

TEST_P(SliceSearchTest, anotherProcesssBookingsShowOnTheNextSearchAndOtherNightsStayCached) {
    auto service = serve(true);
    const quint16 port = m_ports[0];
    const QList<std::pair<QString, QString>> stay{{QStringLiteral("city"), QStringLiteral("Seoul")},
                                                  {QStringLiteral("checkIn"), ahead(5).toString(Qt::ISODate)},
                                                  {QStringLiteral("checkOut"), ahead(7).toString(Qt::ISODate)}};
    const QList<std::pair<QString, QString>> later{{QStringLiteral("city"), QStringLiteral("Seoul")},
                                                   {QStringLiteral("checkIn"), ahead(10).toString(Qt::ISODate)},
                                                   {QStringLiteral("checkOut"), ahead(12).toString(Qt::ISODate)}};
    const QJsonObject before = search(port, stay);
    search(port, later);
    const QJsonObject offer = before[QStringLiteral("hotels")][0][QStringLiteral("availableRoomTypes")][0].toObject();
    const RoomTypeId type = offer.value(QStringLiteral("roomTypeId")).toInteger();
    const HotelId hotel = before[QStringLiteral("hotels")][0][QStringLiteral("hotelId")].toInteger();
    const int left = offer.value(QStringLiteral("availableRooms")).toInt();
    ASSERT_GT(left, 0);
    ASSERT_EQ(roomsLeft(search(port, stay), type), left); // served from the cache now

    // Another process (here: this test's own connection, as a portal in direct mode would) sells them all.
    for (int i = 0; i < left; ++i) {
        auto b = m_store->createBooking(Actor::system(), NewBooking{hotel,
                                                                    type,
                                                                    ahead(5),
                                                                    ahead(7),
                                                                    QStringLiteral("Walk In"),
                                                                    QStringLiteral("walk.in@example.com"),
                                                                    {},
                                                                    1,
                                                                    {}});
        ASSERT_TRUE(b) << b.error().detail.toStdString();
    }
    // NOTIFY reaches the server's listener within milliseconds; allow a generous bound on a loaded machine.
    QElapsedTimer t;
    t.start();
    int shown = left;
    while ((shown = roomsLeft(search(port, stay), type)) != 0 && t.elapsed() < 3000)
        QThread::msleep(20);
    EXPECT_EQ(shown, 0) << "a sold-out room type still offered after " << t.elapsed() << " ms";

    // The other nights were not touched: their answer is still served from the cache.
    const quint64 hits = service->sliceSearch().hits();
    search(port, later);
    EXPECT_EQ(service->sliceSearch().hits(), hits + 1);
}

TEST_P(SliceSearchTest, aBookingThroughThisServerShowsOnTheVeryNextSearch) {
    makeUser(*m_store, QStringLiteral("ada@example.com"), Role::Guest);
    auto service = serve(true);
    const quint16 port = m_ports[0];
    const QList<std::pair<QString, QString>> stay{{QStringLiteral("city"), QStringLiteral("Seoul")},
                                                  {QStringLiteral("checkIn"), ahead(3).toString(Qt::ISODate)},
                                                  {QStringLiteral("checkOut"), ahead(4).toString(Qt::ISODate)}};
    const QJsonObject before = search(port, stay);
    const QJsonObject offer = before[QStringLiteral("hotels")][0][QStringLiteral("availableRoomTypes")][0].toObject();
    const RoomTypeId type = offer.value(QStringLiteral("roomTypeId")).toInteger();
    const HotelId hotel = before[QStringLiteral("hotels")][0][QStringLiteral("hotelId")].toInteger();
    const int left = offer.value(QStringLiteral("availableRooms")).toInt();

    const Response token =
        request(port, "POST", "/api/v1/auth/token", R"({"email":"ada@example.com","password":"correct horse"})");
    ASSERT_EQ(token.status, 200);
    const QByteArray body =
        QStringLiteral(R"({"hotelId":%1,"roomTypeId":%2,"checkInDate":"%3","checkOutDate":"%4",)"
                       R"("guestInfo":{"name":"Ada Guest","email":"ada@example.com"},"numberOfGuests":1})")
            .arg(hotel)
            .arg(type)
            .arg(ahead(3).toString(Qt::ISODate), ahead(4).toString(Qt::ISODate))
            .toUtf8();
    const Response booked = request(port, "POST", "/api/v1/bookings", body,
                                    token.json().value(QStringLiteral("accessToken")).toString().toUtf8());
    ASSERT_EQ(booked.status, 201) << booked.body.toStdString();
    EXPECT_EQ(roomsLeft(search(port, stay), type), left - 1); // no waiting: the server's own write
}

INSTANTIATE_TEST_SUITE_P(Databases, SliceSearchTest, ::testing::Values(TestDatabase::Kind::Postgres), paramName);

TEST(SliceSearchTickets, anAnswerComputedAcrossAWriteIsNeverStored) {
    SliceSearch cache(SliceSearch::Options{});
    SearchQuery q;
    q.city = QStringLiteral("Seoul");
    q.checkIn = QDate(2030, 1, 5);
    q.checkOut = QDate(2030, 1, 8);
    const HotelPlace seoul = placeOf(QStringLiteral("Seoul"), 37.56, 126.97);
    const QString key = SliceSearch::keyFor(q);

    auto ticket = cache.ticket(SliceSearch::tagsFor(q));
    cache.invalidate(seoul, QDate(2030, 1, 7), QDate(2030, 1, 9)); // overlaps the stay's last night
    cache.insert(key, ticket, "stale");
    EXPECT_FALSE(cache.find(key));

    ticket = cache.ticket(SliceSearch::tagsFor(q));
    // The day after check-out is no part of the stay (the check-out day is: its closed-to-departure rule, issue 9).
    cache.invalidate(seoul, QDate(2030, 1, 9), QDate(2030, 1, 10));
    cache.invalidate(placeOf(QStringLiteral("Busan"), 35.18, 129.07), {}, {}); // another city, wholly
    cache.insert(key, ticket, "fresh");
    EXPECT_EQ(cache.find(key), QByteArray("fresh"));

    cache.invalidate(seoul, {}, {}); // the whole city: a new room type, say
    EXPECT_FALSE(cache.find(key));

    SearchQuery radius;
    radius.latitude = 37.5;
    radius.longitude = 126.9;
    radius.radiusKm = 10;
    radius.checkIn = q.checkIn;
    radius.checkOut = q.checkOut;
    ticket = cache.ticket(SliceSearch::tagsFor(radius));
    cache.insert(SliceSearch::keyFor(radius), ticket, "circle");
    EXPECT_TRUE(cache.find(SliceSearch::keyFor(radius)));
    cache.invalidate(seoul, QDate(2030, 1, 6), QDate(2030, 1, 7)); // Seoul's cell, one night of the stay
    EXPECT_FALSE(cache.find(SliceSearch::keyFor(radius)));
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
