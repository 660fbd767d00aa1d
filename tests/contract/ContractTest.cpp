// One contract, every Backend: SqlBackend on SQLite, SqlBackend on PostgreSQL, and RestBackend talking to a
// hotel-server (in process, on a free loopback port) over PostgreSQL. Same scenarios, same expectations.
#include "TestDatabase.h"
#include "client/RestBackend.h"
#include "client/SqlBackend.h"
#include "server/Serve.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <gtest/gtest.h>

using namespace hotel;
using namespace hotel::test;
using K = BackendError::Kind;

namespace {

enum class Flavour { SqlSqlite, SqlPostgres, RestPostgres };

template <typename T> Result<T> await(QFuture<Result<T>> f) {
    if (!QTest::qWaitFor([&] { return f.isFinished(); }, 20000))
        return BackendError::make(K::Timeout, QStringLiteral("test: no answer in 20 s"));
    QCoreApplication::processEvents(); // continuations that store the session run on this thread
    return f.result();
}

class ContractTest : public ::testing::TestWithParam<Flavour> {
protected:
    void SetUp() override {
        const bool pg = GetParam() != Flavour::SqlSqlite;
        QString whyNot;
        m_db = TestDatabase::create(pg ? TestDatabase::Kind::Postgres : TestDatabase::Kind::Sqlite, &whyNot);
        if (!m_db) {
            if (pg && !runningInCi() && qEnvironmentVariable("HOTEL_TEST_PG_URL").isEmpty())
                GTEST_SKIP() << whyNot.toStdString();
            FAIL() << whyNot.toStdString();
        }
        m_store = m_db->open();
        m_store->setClock(nullptr); // backends and server run on the real clock
        m_a = makeHotel(*m_store, QStringLiteral("Seoul"), {2, 1});
        m_b = makeHotel(*m_store, QStringLiteral("Busan"), {1}, 35.18, 129.07);
        ASSERT_TRUE(m_store->extendInventory(QDate::currentDate().addDays(60)));
        makeUser(*m_store, QStringLiteral("desk@example.com"), Role::FrontDesk, {m_a.hotel.id});
        makeUser(*m_store, QStringLiteral("desk-b@example.com"), Role::FrontDesk, {m_b.hotel.id});
        makeUser(*m_store, QStringLiteral("rev@example.com"), Role::Revenue, {m_a.hotel.id});
        makeUser(*m_store, QStringLiteral("guest@example.com"), Role::Guest);
        m_today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Seoul")).date();
        if (GetParam() == Flavour::RestPostgres) {
            ServeOptions options;
            options.db = m_db->config();
            options.port = 0;
            options.threads = 2;
            options.jwtSecret = QByteArray(40, 's');
            options.limits.ratePerSecond = 0;
            m_server = std::make_unique<HttpService>(options);
            auto port = m_server->start();
            ASSERT_TRUE(port) << port.error().userMessage.toStdString();
            m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port.value()));
        }
    }
    void TearDown() override {
        m_server.reset();
        m_store.reset();
        m_db.reset();
    }
    std::unique_ptr<Backend> backend() {
        if (GetParam() == Flavour::RestPostgres)
            return std::make_unique<RestBackend>(m_url, nullptr, 5000);
        SqlBackend::Options options;
        options.kind = Backend::Kind::Postgres;
        return std::make_unique<SqlBackend>(m_db->config(), options);
    }
    std::unique_ptr<Backend> signedIn(const char *email) {
        auto b = backend();
        auto s = await(b->signIn(QLatin1String(email), QStringLiteral("correct horse")));
        EXPECT_TRUE(s) << email << " " << s.error().userMessage.toStdString();
        return b;
    }
    NewBooking request(const HotelFixture &f, int type, int fromDay, int toDay) {
        return bookingRequest(f, type, m_today.addDays(fromDay), m_today.addDays(toDay));
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<HttpService> m_server;
    QUrl m_url;
    HotelFixture m_a, m_b;
    QDate m_today;
};

TEST_P(ContractTest, signInDecidesWhoIsActing) {
    auto b = backend();
    auto wrong = await(b->signIn(QStringLiteral("desk@example.com"), QStringLiteral("nope")));
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().kind, K::Unauthenticated);
    EXPECT_FALSE(b->session().has_value());
    auto desk = signedIn("desk@example.com");
    ASSERT_TRUE(desk->session());
    EXPECT_EQ(desk->session()->user.role, Role::FrontDesk);
    auto hotels = await(desk->staffHotels());
    ASSERT_TRUE(hotels) << hotels.error().userMessage.toStdString();
    ASSERT_EQ(hotels->size(), 1);
    EXPECT_EQ(hotels->first().id, m_a.hotel.id);
    EXPECT_EQ(hotels->first().timeZone, QByteArray("Asia/Seoul"));
}

TEST_P(ContractTest, bookingLifecycle) {
    auto desk = signedIn("desk@example.com");
    auto search = SearchQuery{};
    search.city = QStringLiteral("Seoul");
    search.checkIn = m_today.addDays(3);
    search.checkOut = m_today.addDays(5);
    auto found = await(desk->searchHotels(search));
    ASSERT_TRUE(found) << found.error().userMessage.toStdString();
    ASSERT_EQ(found->total, 1);
    EXPECT_EQ(found->hotels[0].offers.size(), 2);
    EXPECT_EQ(found->hotels[0].lowestNightlyPrice, 10000);

    auto avail = await(desk->availability(m_a.hotel.id, m_a.roomTypes[0].id, m_today, m_today.addDays(2)));
    ASSERT_TRUE(avail);
    EXPECT_EQ(avail->nights.size(), 2);
    EXPECT_EQ(avail->totalPrice, 20000);

    NewBooking r = request(m_a, 0, 0, 2);
    r.idempotencyKey = QStringLiteral("contract-1");
    auto created = await(desk->createBooking(r));
    ASSERT_TRUE(created) << created.error().userMessage.toStdString();
    EXPECT_EQ(created->totalPrice, 20000 + 2000 + 1000);
    auto again = await(desk->createBooking(r));
    ASSERT_TRUE(again);
    EXPECT_EQ(again->id, created->id);

    BookingFilter f;
    f.hotelId = m_a.hotel.id;
    auto list = await(desk->bookings(f));
    ASSERT_TRUE(list);
    EXPECT_EQ(list->size(), 1);

    BookingChange change;
    change.checkOut = m_today.addDays(3);
    auto modified = await(desk->modifyBooking(created->id, change));
    ASSERT_TRUE(modified) << modified.error().userMessage.toStdString();
    EXPECT_EQ(modified->nights, 3);

    auto rooms = await(desk->rooms(m_a.hotel.id));
    ASSERT_TRUE(rooms);
    RoomId free = 0;
    for (const Room &room : rooms.value())
        if (room.roomTypeId == m_a.roomTypes[0].id && room.status == RoomStatus::Available)
            free = room.id;
    ASSERT_GT(free, 0);
    auto in = await(desk->checkIn(created->id, free));
    ASSERT_TRUE(in) << in.error().userMessage.toStdString();
    EXPECT_EQ(in->roomId, free);
    EXPECT_TRUE(in->isInHouse());
    auto out = await(desk->checkOut(created->id));
    ASSERT_TRUE(out);
    EXPECT_EQ(out->status, BookingStatus::Completed);

    auto later = await(desk->createBooking(request(m_a, 1, 10, 12)));
    ASSERT_TRUE(later);
    auto cancelled = await(desk->cancelBooking(later->id, QStringLiteral("plans changed"), false));
    ASSERT_TRUE(cancelled) << cancelled.error().userMessage.toStdString();
    EXPECT_EQ(cancelled->refundAmount, later->totalPrice);
    EXPECT_EQ(cancelled->booking.status, BookingStatus::Cancelled);
    EXPECT_TRUE(m_store->audit()->clean());
}

TEST_P(ContractTest, errorsCarryTheirKindAndField) {
    auto desk = signedIn("desk@example.com");
    NewBooking bad = request(m_a, 0, 1, 2);
    bad.guestEmail = QStringLiteral("nope");
    auto invalid = await(desk->createBooking(bad));
    ASSERT_FALSE(invalid);
    EXPECT_EQ(invalid.error().kind, K::InvalidInput);
    EXPECT_EQ(invalid.error().field, QStringLiteral("guestInfo.email"));
    EXPECT_FALSE(invalid.error().userMessage.isEmpty());
    EXPECT_EQ(await(desk->booking(987654)).error().kind, K::NotFound);
    EXPECT_EQ(await(desk->inventory(m_b.hotel.id, m_today, m_today.addDays(3))).error().kind, K::Forbidden);
    EXPECT_EQ(await(desk->setPrices(m_a.hotel.id, m_a.roomTypes[0].id, {{m_today.addDays(1), 100}})).error().kind,
              K::Forbidden);
    ASSERT_TRUE(await(desk->createBooking(request(m_a, 1, 4, 5))));
    auto full = await(desk->createBooking(request(m_a, 1, 4, 5)));
    ASSERT_FALSE(full);
    EXPECT_EQ(full.error().kind, K::NoAvailability);
    auto guest = signedIn("guest@example.com");
    EXPECT_EQ(await(guest->staffHotels()).error().kind, K::Forbidden);
}

TEST_P(ContractTest, pricesBlocksAndTheGrid) {
    auto rev = signedIn("rev@example.com");
    auto desk = signedIn("desk@example.com");
    ASSERT_TRUE(await(rev->setPrices(m_a.hotel.id, m_a.roomTypes[0].id, {{m_today.addDays(2), 12345}})));
    ASSERT_TRUE(await(desk->blockRooms(m_a.hotel.id, m_a.roomTypes[0].id, m_today.addDays(2), m_today.addDays(3), 1)));
    auto grid = await(desk->inventory(m_a.hotel.id, m_today, m_today.addDays(4)));
    ASSERT_TRUE(grid) << grid.error().userMessage.toStdString();
    ASSERT_EQ(grid->roomTypes.size(), 2);
    ASSERT_EQ(grid->days(), 4);
    EXPECT_EQ(grid->at(0, 2).price, 12345);
    EXPECT_EQ(grid->at(0, 2).blockedRooms, 1);
    EXPECT_EQ(grid->at(0, 2).available(), 1);
    EXPECT_EQ(grid->at(0, 1).available(), 2);
    auto tooMany =
        await(desk->blockRooms(m_a.hotel.id, m_a.roomTypes[0].id, m_today.addDays(2), m_today.addDays(3), 5));
    EXPECT_EQ(tooMany.error().kind, K::NoAvailability);
    ASSERT_TRUE(await(desk->blockRooms(m_a.hotel.id, m_a.roomTypes[0].id, m_today.addDays(2), m_today.addDays(3), -1)));
}

// Only where several desks share a database: the offline demo has one desk, whose own writes are announced
// (SeedTest.sqlBackendAnswersOnItsWorkersAndAnnouncesChanges).
class ChangeFeedTest : public ContractTest {};

TEST_P(ChangeFeedTest, anotherDesksBookingIsAnnouncedWithinTwoSeconds) {
    auto watcher = signedIn("desk@example.com");
    ASSERT_TRUE(await(watcher->inventory(m_a.hotel.id, m_today, m_today.addDays(7)))); // starts watching the hotel
    QTest::qWait(2500); // the REST poll has seen the counter once
    QSignalSpy changed(watcher.get(), &Backend::hotelChanged);
    auto other = signedIn("desk@example.com");
    ASSERT_TRUE(await(other->createBooking(request(m_a, 0, 6, 7))));
    QElapsedTimer t;
    t.start();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            for (const auto &args : changed)
                if (args.first().value<HotelId>() == m_a.hotel.id)
                    return true;
            return false;
        },
        3000));
    EXPECT_LT(t.elapsed(), 2600);
}

TEST_P(ContractTest, aBackendWhoseServerIsDownAnswersQuickly) {
    std::unique_ptr<Backend> dead;
    if (GetParam() == Flavour::RestPostgres) {
        m_server.reset();
        dead = std::make_unique<RestBackend>(m_url, nullptr, 3000);
    } else if (GetParam() == Flavour::SqlPostgres) {
        DbConfig nowhere = m_db->config();
        nowhere.port = 1; // nothing listens there
        SqlBackend::Options options;
        dead = std::make_unique<SqlBackend>(nowhere, options);
    } else {
        DbConfig unreadable;
        unreadable.path = QStringLiteral("/proc/definitely/not/here.sqlite");
        SqlBackend::Options options;
        dead = std::make_unique<SqlBackend>(unreadable, options);
    }
    QElapsedTimer t;
    t.start();
    auto r = await(dead->signIn(QStringLiteral("desk@example.com"), QStringLiteral("correct horse")));
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.error().kind == K::Unavailable || r.error().kind == K::Timeout)
        << r.error().userMessage.toStdString();
    EXPECT_FALSE(r.error().userMessage.isEmpty());
    EXPECT_LT(t.elapsed(), 8000);
}

std::string flavourName(const ::testing::TestParamInfo<Flavour> &info) {
    switch (info.param) {
    case Flavour::SqlSqlite:
        return "SqlOnSQLite";
    case Flavour::SqlPostgres:
        return "SqlOnPostgreSQL";
    case Flavour::RestPostgres:
        return "RestOnPostgreSQL";
    }
    return {};
}

INSTANTIATE_TEST_SUITE_P(SharedDatabase, ChangeFeedTest, ::testing::Values(Flavour::SqlPostgres, Flavour::RestPostgres),
                         flavourName);

INSTANTIATE_TEST_SUITE_P(Backends, ContractTest,
                         ::testing::Values(Flavour::SqlSqlite, Flavour::SqlPostgres, Flavour::RestPostgres),
                         [](const auto &info) {
                             switch (info.param) {
                             case Flavour::SqlSqlite:
                                 return std::string("SqlOnSQLite");
                             case Flavour::SqlPostgres:
                                 return std::string("SqlOnPostgreSQL");
                             case Flavour::RestPostgres:
                                 return std::string("RestOnPostgreSQL");
                             }
                             return std::string();
                         });

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
