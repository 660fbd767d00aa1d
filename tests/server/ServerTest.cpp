// hotel-server's REST API over real sockets, on SQLite and PostgreSQL.
#include "HttpClient.h"
#include "StoreTestFixture.h"
#include "server/Serve.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QThread>
#include <arpa/inet.h>
#include <atomic>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace hotel;
using namespace hotel::test;

namespace {

class ServerTest : public StoreTest {
protected:
    void SetUp() override {
        StoreTest::SetUp();
        if (HasFatalFailure() || IsSkipped())
            return;
        m_hotelA = makeHotel(*m_store, QStringLiteral("Seoul"), {10, 2});
        m_hotelB = makeHotel(*m_store, QStringLiteral("Busan"), {2}, 35.18, 129.07);
        makeUser(*m_store, QStringLiteral("alice@example.com"), Role::Guest);
        makeUser(*m_store, QStringLiteral("bob@example.com"), Role::Guest);
        makeUser(*m_store, QStringLiteral("desk-a@example.com"), Role::FrontDesk, {m_hotelA.hotel.id});
        makeUser(*m_store, QStringLiteral("desk-b@example.com"), Role::FrontDesk, {m_hotelB.hotel.id});
        makeUser(*m_store, QStringLiteral("rev-a@example.com"), Role::Revenue, {m_hotelA.hotel.id});
        ServeOptions options;
        options.db = m_db->config();
        options.port = 0;
        options.threads = 4;
        options.jwtSecret = QByteArray(40, 'k');
        options.limits.ratePerSecond = 0;
        m_service = std::make_unique<HttpService>(options);
        auto port = m_service->start();
        ASSERT_TRUE(port) << port.error().userMessage.toStdString();
        m_port = port.value();
    }
    void TearDown() override {
        m_service.reset();
        StoreTest::TearDown();
    }
    QByteArray token(const char *email) {
        auto r = request(m_port, "POST", "/api/v1/auth/token",
                         QByteArray(R"({"email":")") + email + R"(","password":"correct horse"})");
        EXPECT_EQ(r.status, 200) << r.body.toStdString();
        return r.json().value(QStringLiteral("accessToken")).toString().toUtf8();
    }
    QByteArray bookingBody(const HotelFixture &f, int type, QDate in, QDate out) {
        return QStringLiteral(
                   R"({"hotelId":%1,"roomTypeId":%2,"checkInDate":"%3","checkOutDate":"%4",)"
                   R"("guestInfo":{"name":"John Doe","email":"john@example.com","phone":"+1-555-0100"},"numberOfGuests":2})")
            .arg(f.hotel.id)
            .arg(f.roomTypes[type].id)
            .arg(in.toString(Qt::ISODate), out.toString(Qt::ISODate))
            .toUtf8();
    }
    bool auditClean() {
        auto s = m_db->open();
        auto a = s->audit();
        return a && a->clean();
    }

    HotelFixture m_hotelA, m_hotelB;
    std::unique_ptr<HttpService> m_service;
    quint16 m_port = 0;
};

// The real clock runs in the server: book well ahead of today, inside the fixture's inventory.
QDate ahead(int days) {
    return QDate::currentDate().addDays(days);
}

TEST_P(ServerTest, lastRoomsRaceThroughHttp) {
    // The fixture's inventory is for 2030; open the nights the race uses (today + 30..33) first.
    auto s = m_db->open();
    s->setClock(nullptr); // the server runs on the real clock
    ASSERT_TRUE(s->extendInventory(ahead(40)));
    constexpr int clients = 100, roomsLeft = 3;
    ASSERT_TRUE(s->blockRooms(Actor::system(), m_hotelA.hotel.id, m_hotelA.roomTypes[0].id, ahead(30), ahead(33),
                              10 - roomsLeft));
    const QByteArray alice = token("alice@example.com");
    std::atomic<int> created{0}, conflict{0}, other{0}, ready{0};
    std::vector<std::thread> pool;
    for (int i = 0; i < clients; ++i)
        pool.emplace_back([&, i] {
            const QByteArray body = bookingBody(m_hotelA, 0, ahead(30 + i % 2), ahead(32 + i % 2));
            ++ready;
            while (ready.load() < clients)
                std::this_thread::yield();
            const Response r = request(m_port, "POST", "/api/v1/bookings", body, alice);
            if (r.status == 201)
                ++created;
            else if (r.status == 409 && r.json()[QStringLiteral("error")].toObject()[QStringLiteral("code")] ==
                                            QStringLiteral("no_availability"))
                ++conflict;
            else {
                ++other;
                ADD_FAILURE() << r.status << " " << r.body.toStdString();
            }
        });
    for (auto &t : pool)
        t.join();
    EXPECT_EQ(created.load(), roomsLeft);
    EXPECT_EQ(conflict.load(), clients - roomsLeft);
    EXPECT_EQ(other.load(), 0);
    EXPECT_TRUE(auditClean());
    const auto metrics = request(m_port, "GET", "/metrics");
    EXPECT_TRUE(metrics.body.contains("hotel_overbooked_nights 0")) << metrics.body.toStdString();
    EXPECT_TRUE(metrics.body.contains("hotel_bookings_created_total 3"));
}

TEST_P(ServerTest, badInputAlwaysGetsA4xxJsonErrorAndTheServerStaysHealthy) {
    auto s = m_db->open();
    s->setClock(nullptr); // the server runs on the real clock
    ASSERT_TRUE(s->extendInventory(ahead(40)));
    const QByteArray alice = token("alice@example.com");
    const QByteArray good = bookingBody(m_hotelA, 0, ahead(10), ahead(12));
    struct Case {
        QByteArray method, path, body;
        bool auth;
        int status;
        const char *field;
    };
    const QByteArray in = ahead(10).toString(Qt::ISODate).toUtf8(), out = ahead(12).toString(Qt::ISODate).toUtf8();
    const std::vector<Case> cases{
        {"POST", "/api/v1/bookings", "{not json", true, 400, "body"},
        {"POST", "/api/v1/bookings", "[1,2]", true, 400, "body"},
        {"POST", "/api/v1/bookings", "{}", true, 400, "hotelId"},
        {"POST", "/api/v1/bookings", QByteArray(good).replace("\"hotelId\":", "\"hotelId\":\"x\",\"ignored\":"), true,
         400, "hotelId"},
        {"POST", "/api/v1/bookings", QByteArray(good).replace(in, "2030-02-30"), true, 400, "checkInDate"},
        {"POST", "/api/v1/bookings", QByteArray(good).replace(out, in), true, 422, "checkOutDate"},
        {"POST", "/api/v1/bookings", QByteArray(good).replace("\"numberOfGuests\":2", "\"numberOfGuests\":0"), true,
         422, "numberOfGuests"},
        {"POST", "/api/v1/bookings", QByteArray(good).replace("\"numberOfGuests\":2", "\"numberOfGuests\":\"two\""),
         true, 400, "numberOfGuests"},
        {"POST", "/api/v1/bookings", QByteArray(good).replace("john@example.com", "john"), true, 422,
         "guestInfo.email"},
        {"POST", "/api/v1/bookings", QByteArray(good).replace("\"roomTypeId\":", "\"roomTypeId\":99999,\"x\":"), true,
         404, "roomTypeId"},
        {"POST", "/api/v1/bookings", good, false, 401, nullptr},
        {"POST", "/api/v1/bookings", QByteArray(70 * 1024, ' '), true, 413, nullptr},
        {"GET", "/api/v1/bookings/99999999", {}, true, 404, nullptr},
        {"GET", "/api/v1/bookings/-1", {}, true, 404, nullptr},
        {"GET", "/api/v1/bookings/1%00", {}, true, 404, nullptr},
        {"GET", "/api/v1/bookings/" + QByteArray(300, '9'), {}, true, 404, nullptr},
        {"GET", "/api/v1/bookings/../../etc/passwd", {}, true, 404, nullptr},
        {"GET", "/api/v1/hotels/search?city=Seoul&checkIn=tomorrow&checkOut=2030-01-02", {}, false, 400, "checkIn"},
        {"GET",
         "/api/v1/hotels/search?city=Seoul&checkIn=" + in + "&checkOut=" + out + "&guests=abc",
         {},
         false,
         400,
         "guests"},
        {"GET",
         "/api/v1/hotels/search?city=Seoul&checkIn=" + in + "&checkOut=" + out + "&limit=100000",
         {},
         false,
         422,
         "limit"},
        {"GET", "/api/v1/hotels/search?checkIn=" + in + "&checkOut=" + out, {}, false, 422, "city"},
        {"GET", "/api/v1/hotels/abc", {}, false, 404, nullptr},
        {"GET", "/api/v1/hotels/1/room-types/1/availability?checkIn=" + in, {}, false, 400, "checkOut"},
        {"PATCH", "/api/v1/bookings/1", R"({"status":"CANCELLED"})", true, 400, "status"},
        {"POST", "/api/v1/auth/register", R"({"email":"x"})", false, 400, "password"},
        {"POST", "/api/v1/auth/register", R"({"email":"not-mail","password":"long enough"})", false, 422, "email"},
        {"POST", "/api/v1/auth/token", R"({"email":"alice@example.com","password":"wrong"})", false, 401, nullptr},
        {"GET", "/api/v1/nothing-here", {}, false, 404, nullptr},
        {"DELETE", "/api/v1/hotels/1", {}, false, 401, nullptr},
    };
    for (const Case &c : cases) {
        const Response r = request(m_port, c.method, c.path, c.body, c.auth ? alice : QByteArray());
        EXPECT_EQ(r.status, c.status) << c.method.constData() << " " << c.path.left(80).constData() << " -> "
                                      << r.body.toStdString();
        const QJsonObject error = r.json().value(QStringLiteral("error")).toObject();
        EXPECT_FALSE(error.value(QStringLiteral("code")).toString().isEmpty()) << c.path.left(80).constData();
        EXPECT_FALSE(error.value(QStringLiteral("message")).toString().isEmpty());
        if (c.field) {
            EXPECT_EQ(error.value(QStringLiteral("field")).toString(), QLatin1String(c.field)) << r.body.toStdString();
        }
    }
    EXPECT_EQ(request(m_port, "GET", "/healthz").status, 200);
    auto count = m_db->open();
    EXPECT_TRUE(count->bookings(Actor::system(), {})->isEmpty());
    EXPECT_TRUE(auditClean());
}

TEST_P(ServerTest, everyoneSeesOnlyWhatIsTheirs) {
    auto s = m_db->open();
    s->setClock(nullptr); // the server runs on the real clock
    ASSERT_TRUE(s->extendInventory(ahead(40)));
    const QByteArray alice = token("alice@example.com"), bob = token("bob@example.com");
    const QByteArray deskA = token("desk-a@example.com"), deskB = token("desk-b@example.com"),
                     revA = token("rev-a@example.com");
    const Response created =
        request(m_port, "POST", "/api/v1/bookings", bookingBody(m_hotelA, 0, ahead(20), ahead(22)), alice);
    ASSERT_EQ(created.status, 201) << created.body.toStdString();
    EXPECT_EQ(created.json().value(QStringLiteral("status")).toString(), QStringLiteral("CONFIRMED"));
    const QByteArray path =
        "/api/v1/bookings/" + QByteArray::number(created.json().value(QStringLiteral("bookingId")).toInteger());
    EXPECT_EQ(request(m_port, "GET", path, {}, alice).status, 200);
    EXPECT_EQ(request(m_port, "GET", path, {}, bob).status, 404);
    EXPECT_EQ(request(m_port, "PATCH", path, R"({"numberOfGuests":1})", bob).status, 404);
    EXPECT_EQ(request(m_port, "POST", path + "/cancel", R"({"reason":"x"})", bob).status, 404);
    EXPECT_EQ(request(m_port, "GET", path, {}).status, 401);
    EXPECT_EQ(request(m_port, "GET", path, {}, "not-a-token").status, 401);
    EXPECT_EQ(request(m_port, "GET", path, {}, deskA).status, 200);
    EXPECT_EQ(request(m_port, "GET", path, {}, deskB).status, 403);
    const QByteArray hotelA = "/api/v1/hotels/" + QByteArray::number(m_hotelA.hotel.id);
    const QByteArray range =
        "?from=" + ahead(20).toString(Qt::ISODate).toUtf8() + "&to=" + ahead(22).toString(Qt::ISODate).toUtf8();
    EXPECT_EQ(request(m_port, "GET", hotelA + "/inventory" + range, {}, alice).status, 403);
    EXPECT_EQ(request(m_port, "GET", hotelA + "/inventory" + range, {}, deskB).status, 403);
    const Response grid = request(m_port, "GET", hotelA + "/inventory" + range, {}, deskA);
    ASSERT_EQ(grid.status, 200) << grid.body.toStdString();
    EXPECT_EQ(grid.json()[QStringLiteral("roomTypes")]
                  .toArray()[0]
                  .toObject()[QStringLiteral("nights")]
                  .toArray()[0]
                  .toObject()[QStringLiteral("booked")]
                  .toInt(),
              1);
    const QByteArray prices = hotelA + "/room-types/" + QByteArray::number(m_hotelA.roomTypes[0].id) + "/prices";
    const QByteArray priceBody =
        R"({"prices":[{"date":")" + ahead(20).toString(Qt::ISODate).toUtf8() + R"(","price":"199.00"}]})";
    EXPECT_EQ(request(m_port, "PUT", prices, priceBody, deskA).status, 403);
    EXPECT_EQ(request(m_port, "PUT", prices, priceBody, revA).status, 200);
    const Response mine = request(m_port, "GET", "/api/v1/users/me/bookings?status=CONFIRMED", {}, alice);
    EXPECT_EQ(mine.json()[QStringLiteral("bookings")].toArray().size(), 1);
    EXPECT_EQ(request(m_port, "GET", "/api/v1/users/me/bookings", {}, bob)
                  .json()[QStringLiteral("bookings")]
                  .toArray()
                  .size(),
              0);
    const Response cancelled = request(m_port, "POST", path + "/cancel", R"({"reason":"Change of plans"})", alice);
    ASSERT_EQ(cancelled.status, 200) << cancelled.body.toStdString();
    EXPECT_EQ(cancelled.json()[QStringLiteral("refundAmount")].toString(),
              created.json()[QStringLiteral("totalPrice")].toString());
    EXPECT_TRUE(auditClean());
}

TEST_P(ServerTest, authorizationComesBeforeTheBodyIsRead) {
    const QByteArray alice = token("alice@example.com"), deskA = token("desk-a@example.com"),
                     deskB = token("desk-b@example.com"), revA = token("rev-a@example.com");
    const QByteArray hotelA = "/api/v1/hotels/" + QByteArray::number(m_hotelA.hotel.id);
    const QByteArray typeA = hotelA + "/room-types/" + QByteArray::number(m_hotelA.roomTypes[0].id);
    struct Case {
        QByteArray method, path, who;
        int status;
    };
    const std::vector<Case> cases{
        // Nobody signed in: 401, whatever the body.
        {"POST", "/api/v1/bookings", {}, 401},
        {"PATCH", "/api/v1/bookings/1", {}, 401},
        {"POST", "/api/v1/bookings/1/cancel", {}, 401},
        {"POST", "/api/v1/bookings/1/check-in", {}, 401},
        {"PUT", hotelA + "/rooms/1", {}, 401},
        {"PUT", typeA + "/prices", {}, 401},
        {"POST", typeA + "/blocks", {}, 401},
        {"DELETE", typeA + "/blocks", {}, 401},
        // A token that does not verify, even on a public route.
        {"POST", "/api/v1/auth/register", "not-a-token", 401},
        // Signed in, but not allowed: 403 before the body.
        {"PUT", typeA + "/prices", alice, 403},
        {"POST", typeA + "/blocks", alice, 403},
        {"PUT", hotelA + "/rooms/1", alice, 403},
        {"POST", typeA + "/blocks", deskB, 403},     // staff of another hotel
        {"PUT", typeA + "/prices", deskA, 403},      // the desk does not set prices
        {"DELETE", hotelA + "/rooms/1", alice, 403}, // no such route, but staff ground
        // Allowed: only now is the body read, and it is not JSON.
        {"PUT", typeA + "/prices", revA, 400},
        {"POST", typeA + "/blocks", deskA, 400},
        {"POST", "/api/v1/bookings", alice, 400},
    };
    for (const QByteArray &body : {QByteArray("{not json"), QByteArray("[1,2]"), QByteArray("nonsense")})
        for (const Case &c : cases) {
            const Response r = request(m_port, c.method, c.path, body, c.who);
            EXPECT_EQ(r.status, c.status) << c.method.constData() << " " << c.path.constData() << " as "
                                          << (c.who.isEmpty() ? "nobody" : "someone") << " -> " << r.body.toStdString();
            if (c.status == 400) {
                EXPECT_EQ(r.json()[QStringLiteral("error")].toObject()[QStringLiteral("field")].toString(),
                          QStringLiteral("body"));
            }
        }
    EXPECT_TRUE(auditClean());
}

TEST_P(ServerTest, pipelinedRequestsAreAnsweredInOrderAndEarlyHangUpsDoNoHarm) {
    const int fd = connectTo(m_port);
    ASSERT_GE(fd, 0);
    const QByteArray pipelined = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"
                                 "GET /api/v1/hotels/999999 HTTP/1.1\r\nHost: x\r\n\r\n"
                                 "GET /api/v1/hotels/" +
                                 QByteArray::number(m_hotelA.hotel.id) + " HTTP/1.1\r\nHost: x\r\n\r\n";
    ::send(fd, pipelined.constData(), size_t(pipelined.size()), MSG_NOSIGNAL);
    QByteArray buffer;
    const Response first = readResponse(fd, buffer), second = readResponse(fd, buffer),
                   third = readResponse(fd, buffer);
    ::close(fd);
    EXPECT_EQ(first.status, 200);
    EXPECT_TRUE(first.body.contains("ok"));
    EXPECT_EQ(second.status, 404);
    EXPECT_EQ(third.status, 200);
    EXPECT_TRUE(third.body.contains("Seoul"));

    // Clients that hang up before, during and right after their request, from several threads at once.
    std::vector<std::thread> pool;
    for (int t = 0; t < 8; ++t)
        pool.emplace_back([this, t] {
            for (int i = 0; i < 25; ++i) {
                const int c = connectTo(m_port);
                if (c < 0)
                    continue;
                const QByteArray full = "GET /api/v1/hotels/search?city=Seoul&checkIn=2030-01-20&checkOut=2030-01-22 "
                                        "HTTP/1.1\r\nHost: x\r\n\r\n";
                const QByteArray part = (i + t) % 3 == 0 ? full.left(20) : full;
                ::send(c, part.constData(), size_t(part.size()), MSG_NOSIGNAL);
                ::close(c);
            }
        });
    for (auto &th : pool)
        th.join();
    EXPECT_EQ(request(m_port, "GET", "/healthz").status, 200);
    EXPECT_EQ(request(m_port, "GET", "/api/v1/hotels/search?city=Seoul&checkIn=2030-01-20&checkOut=2030-01-22").status,
              200);
}

TEST_P(ServerTest, behindATrustedProxyEveryClientHasItsOwnRateLimit) {
    auto statuses = [](quint16 port, const QByteArray &client, int n) {
        QList<int> out;
        for (int i = 0; i < n; ++i)
            out << request(port, "GET", "/healthz", {}, {}, "X-Forwarded-For: 198.51.100.1, " + client + "\r\n").status;
        return out;
    };
    // The proxy's own address is trusted: the right-most X-Forwarded-For entry is the client.
    ServeOptions options;
    options.db = m_db->config();
    options.port = 0;
    options.threads = 1;
    options.jwtSecret = QByteArray(40, 'k');
    options.limits.ratePerSecond = 0.01;
    options.limits.burst = 3;
    options.limits.trustedProxies = {QStringLiteral("127.0.0.1")};
    HttpService trusting(options);
    auto a = trusting.start();
    ASSERT_TRUE(a);
    EXPECT_EQ(statuses(a.value(), "203.0.113.7", 4), (QList<int>{200, 200, 200, 429}));
    EXPECT_EQ(statuses(a.value(), "203.0.113.8", 1), QList<int>{200}); // another guest behind the same proxy

    // Nobody trusted: the header is the client's word and changes nothing.
    options.limits.trustedProxies.clear();
    HttpService ignoring(options);
    auto b = ignoring.start();
    ASSERT_TRUE(b);
    EXPECT_EQ(statuses(b.value(), "203.0.113.7", 3), (QList<int>{200, 200, 200}));
    EXPECT_EQ(statuses(b.value(), "203.0.113.9", 1), QList<int>{429});
}

HOTEL_BOTH_DATABASES(ServerTest);

// PostgreSQL only: an outage of the database server (here: every connection of the server killed, as a restart
// does) is answered 503 with Retry-After while it lasts, and the server recovers by itself.
class ServerOutageTest : public ServerTest {};

TEST_P(ServerOutageTest, lostConnectionsAre503WithRetryAfterThenRecoverWithoutRestart) {
    const QByteArray path = "/api/v1/hotels/" + QByteArray::number(m_hotelA.hotel.id);
    ASSERT_EQ(request(m_port, "GET", path).status, 200);
    for (int i = 0; i < 8; ++i) // make sure every worker thread has its connection open
        ASSERT_EQ(request(m_port, "GET", path).status, 200);
    {
        auto admin = m_db->open();
        ASSERT_TRUE(admin);
        QSqlQuery kill(admin->database());
        ASSERT_TRUE(kill.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                                             "current_database() AND pid <> pg_backend_pid()")));
    }
    QThread::msleep(200);
    int unavailable = 0, okInARow = 0;
    for (int i = 0; i < 200 && okInARow < 12; ++i) {
        const Response r = request(m_port, "GET", path);
        if (r.status == 200) {
            ++okInARow;
            continue;
        }
        okInARow = 0;
        ++unavailable;
        EXPECT_EQ(r.status, 503) << r.body.toStdString();
        EXPECT_EQ(r.header("Retry-After"), QByteArray("2")) << r.head.toStdString();
        QThread::msleep(100);
    }
    std::printf("[ figure ] %d answers 503 after the connections were killed, then %d of 200 in a row\n", unavailable,
                okInARow);
    EXPECT_GE(okInARow, 12);
    EXPECT_LE(unavailable, 40);
}

INSTANTIATE_TEST_SUITE_P(Databases, ServerOutageTest, ::testing::Values(TestDatabase::Kind::Postgres), paramName);

// At boot the server may start before PostgreSQL: it waits (saying so in the log) instead of exiting at once,
// and gives up with the cause after --wait-for-db seconds.
TEST(ServerStart, waitsForADatabaseThatIsNotUpThenNamesTheCause) {
    const int closed = [] {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
        socklen_t len = sizeof addr;
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len);
        ::close(fd); // nobody listens there now
        return int(ntohs(addr.sin_port));
    }();
    auto db = DbConfig::parse(QStringLiteral("postgresql://hotel@127.0.0.1:%1/hotel").arg(closed));
    ASSERT_TRUE(db);
    ServeOptions options;
    options.db = db.value();
    options.port = 0;
    options.jwtSecret = QByteArray(40, 'k');
    options.waitForDbSeconds = 2;
    QElapsedTimer timer;
    timer.start();
    HttpService service(options);
    auto started = service.start();
    const qint64 took = timer.elapsed();
    ASSERT_FALSE(started);
    EXPECT_EQ(started.error().kind, BackendError::Kind::Unavailable);
    EXPECT_GE(took, 1000) << "it waited";
    EXPECT_LT(took, 8000) << "and gave up when told";
    std::printf("[ figure ] start against a database that is down: gave up after %lld ms (--wait-for-db 2)\n", took);
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
