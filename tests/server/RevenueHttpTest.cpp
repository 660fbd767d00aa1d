// The revenue endpoints over HTTP (issue 9): stay restrictions refuse a booking with 409 `restricted`, the KPIs
// count what was sold, the engine runs only for price editors, and a dry run changes nothing.
#include "ServedTest.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace hotel;
using namespace hotel::test;

namespace {

class RevenueHttpTest : public ServedTest {
protected:
    void SetUp() override {
        StoreTest::SetUp();
        if (HasFatalFailure() || IsSkipped())
            return;
        m_store->setClock(nullptr); // the server runs on the real clock
        m_hotel = makeHotel(*m_store, QStringLiteral("Seoul"), {10});
        ASSERT_TRUE(m_store->extendInventory(QDate::currentDate().addDays(60)));
        makeUser(*m_store, QStringLiteral("alice@example.com"), Role::Guest);
        makeUser(*m_store, QStringLiteral("desk@example.com"), Role::FrontDesk, {m_hotel.hotel.id});
        makeUser(*m_store, QStringLiteral("rev@example.com"), Role::Revenue, {m_hotel.hotel.id});
        start();
    }
    QByteArray hotelPath() const { return "/api/v1/hotels/" + QByteArray::number(m_hotel.hotel.id); }
    QByteArray typePath() const { return hotelPath() + "/room-types/" + QByteArray::number(m_hotel.roomTypes[0].id); }
    Response book(const QByteArray &who, QDate in, int nights) {
        const QByteArray body =
            QStringLiteral(R"({"hotelId":%1,"roomTypeId":%2,"checkInDate":"%3","checkOutDate":"%4",)"
                           R"("guestInfo":{"name":"Kim Minji","email":"minji@example.com"},"numberOfGuests":1})")
                .arg(m_hotel.hotel.id)
                .arg(m_hotel.roomTypes[0].id)
                .arg(in.toString(Qt::ISODate), in.addDays(nights).toString(Qt::ISODate))
                .toUtf8();
        return request(m_port, "POST", "/api/v1/bookings", body, who);
    }

    HotelFixture m_hotel;
};

TEST_P(RevenueHttpTest, aMinimumStayRefusesAShortBookingWithRestricted) {
    const QByteArray rev = token(QStringLiteral("rev@example.com")), alice = token(QStringLiteral("alice@example.com"));
    const QDate night = QDate::currentDate().addDays(20);
    const QByteArray body =
        R"({"restrictions":[{"date":")" + night.toString(Qt::ISODate).toUtf8() +
        R"(","minStay":2,"maxStay":0,"closed":false,"closedToArrival":false,"closedToDeparture":false}]})";
    EXPECT_EQ(
        request(m_port, "PUT", typePath() + "/restrictions", body, token(QStringLiteral("desk@example.com"))).status,
        403)
        << "the desk does not set restrictions";
    const Response saved = request(m_port, "PUT", typePath() + "/restrictions", body, rev);
    ASSERT_EQ(saved.status, 200) << saved.body.toStdString();
    const Response shortStay = book(alice, night, 1);
    EXPECT_EQ(shortStay.status, 409) << shortStay.body.toStdString();
    EXPECT_EQ(shortStay.json()[QStringLiteral("error")].toObject()[QStringLiteral("code")].toString(),
              QStringLiteral("restricted"));
    EXPECT_EQ(book(alice, night, 2).status, 201) << "two nights keep the rule";
    const QByteArray range =
        "?from=" + night.toString(Qt::ISODate).toUtf8() + "&to=" + night.addDays(1).toString(Qt::ISODate).toUtf8();
    const Response read = request(m_port, "GET", typePath() + "/restrictions" + range, {}, rev);
    ASSERT_EQ(read.status, 200) << read.body.toStdString();
    EXPECT_TRUE(read.body.contains("\"minStay\":2")) << read.body.toStdString();
}

TEST_P(RevenueHttpTest, kpisCountWhatWasSold) {
    const QDate in = QDate::currentDate().addDays(10);
    ASSERT_EQ(book(token(QStringLiteral("alice@example.com")), in, 3).status, 201);
    const QByteArray query = "/kpis?from=" + in.toString(Qt::ISODate).toUtf8() +
                             "&to=" + in.addDays(3).toString(Qt::ISODate).toUtf8() + "&groupBy=day";
    EXPECT_EQ(request(m_port, "GET", hotelPath() + query, {}, token(QStringLiteral("alice@example.com"))).status, 403);
    const Response r = request(m_port, "GET", hotelPath() + query, {}, token(QStringLiteral("desk@example.com")));
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    const QJsonArray rows = r.json()[QStringLiteral("rows")].toArray();
    ASSERT_EQ(rows.size(), 3) << r.body.toStdString();
    for (const auto &row : rows) {
        EXPECT_EQ(row.toObject()[QStringLiteral("roomsSold")].toInt(), 1) << r.body.toStdString();
        EXPECT_EQ(row.toObject()[QStringLiteral("roomsAvailable")].toInt(), 10);
    }
    EXPECT_EQ(
        request(m_port, "GET", hotelPath() + "/kpis?from=x&to=y", {}, token(QStringLiteral("desk@example.com"))).status,
        400);
}

TEST_P(RevenueHttpTest, theEngineRunsOnlyForPriceEditorsAndADryRunChangesNothing) {
    const QByteArray rev = token(QStringLiteral("rev@example.com"));
    EXPECT_EQ(request(m_port, "POST", hotelPath() + "/pricing/reprice", R"({"days":30})",
                      token(QStringLiteral("desk@example.com")))
                  .status,
              403);
    const QByteArray inventory = hotelPath() +
                                 "/inventory?from=" + QDate::currentDate().toString(Qt::ISODate).toUtf8() +
                                 "&to=" + QDate::currentDate().addDays(30).toString(Qt::ISODate).toUtf8();
    const QByteArray before = request(m_port, "GET", inventory, {}, rev).body;
    const Response dry = request(m_port, "POST", hotelPath() + "/pricing/reprice", R"({"days":30,"dryRun":true})", rev);
    ASSERT_EQ(dry.status, 200) << dry.body.toStdString();
    EXPECT_EQ(request(m_port, "GET", inventory, {}, rev).body, before) << "a dry run changes nothing";
    const Response run = request(m_port, "POST", hotelPath() + "/pricing/reprice", R"({"days":30})", rev);
    EXPECT_EQ(run.status, 200) << run.body.toStdString();
    const Response bad = request(m_port, "POST", hotelPath() + "/pricing/reprice", R"({"days":"many"})", rev);
    EXPECT_EQ(bad.status, 400) << bad.body.toStdString();
}

HOTEL_BOTH_DATABASES(RevenueHttpTest);

} // namespace

HOTEL_QT_TEST_MAIN
