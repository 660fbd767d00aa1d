// The promise: no room-night is ever sold twice, whatever the concurrency.
#include "StoreTestFixture.h"

#include <QRandomGenerator>
#include <atomic>
#include <thread>

using namespace hotel;
using namespace hotel::test;
using K = BackendError::Kind;

namespace {

class ConcurrencyTest : public StoreTest {};

TEST_P(ConcurrencyTest, sixtyFourThreadsRaceForTheLastRooms) {
    constexpr int threads = 64;
    constexpr int roomsLeft = 3;
    auto f = makeHotel(*m_store, QStringLiteral("Seoul"), {10});
    // Seven of ten rooms are already gone on the contested nights.
    ASSERT_TRUE(m_store->blockRooms(Actor::system(), f.hotel.id, f.roomTypes[0].id, day(30), day(34), 10 - roomsLeft));
    std::atomic<int> ready{0}, won{0}, refused{0}, other{0};
    // Every booking belongs to a user who exists (a foreign key on PostgreSQL): one guest per thread.
    QList<UserId> guests;
    for (int t = 0; t < threads; ++t)
        guests << makeUser(*m_store, QStringLiteral("racer%1@example.com").arg(t), Role::Guest).id;
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back([&, t] {
            auto store = m_db->open();
            if (!store) {
                ++other;
                return;
            }
            // Overlapping stays: every one of them contains night day(32).
            const QDate in = day(30 + t % 3);
            const QDate out = day(33 + t % 2);
            NewBooking request = bookingRequest(f, 0, in, out);
            ++ready;
            while (ready.load() < threads)
                std::this_thread::yield();
            auto r = store->createBooking(Actor{guests.at(t), Role::Guest, {}}, request);
            if (r)
                ++won;
            else if (r.error().kind == K::NoAvailability)
                ++refused;
            else {
                ++other;
                ADD_FAILURE() << r.error().userMessage.toStdString() << " " << r.error().detail.toStdString();
            }
        });
    for (auto &th : pool)
        th.join();
    EXPECT_EQ(won.load(), roomsLeft);
    EXPECT_EQ(refused.load(), threads - roomsLeft);
    EXPECT_EQ(other.load(), 0);
    auto audit = m_store->audit();
    ASSERT_TRUE(audit);
    EXPECT_TRUE(audit->clean()) << audit->issues.first().problem.toStdString();
    auto grid = m_store->inventory(Actor::system(), f.hotel.id, day(32), day(33));
    EXPECT_EQ(grid->at(0, 0).available(), 0);
}

TEST_P(ConcurrencyTest, randomizedOperationsKeepCountersEqualToTheRecount) {
    const quint32 seed = qEnvironmentVariableIsSet("HOTEL_TEST_SEED")
                             ? quint32(qEnvironmentVariableIntValue("HOTEL_TEST_SEED"))
                             : QRandomGenerator::global()->generate();
    std::cout << "[ seed ] HOTEL_TEST_SEED=" << seed << std::endl;
    auto f = makeHotel(*m_store, QStringLiteral("Seoul"), {3, 2, 4});
    auto desk = makeUser(*m_store, QStringLiteral("desk@example.com"), Role::FrontDesk, {f.hotel.id});
    constexpr int threads = 4;
    const int opsPerThread = GetParam() == TestDatabase::Kind::Sqlite ? 300 : 500;
    std::atomic<int> done{0}, unexpected{0};
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back([&, t] {
            QRandomGenerator rng(seed + quint32(t));
            auto store = m_db->open();
            ASSERT_TRUE(store);
            const Actor actor = desk.actor();
            QList<BookingId> mine;
            for (int i = 0; i < opsPerThread; ++i) {
                const int type = rng.bounded(3);
                const QDate in = day(10 + rng.bounded(40));
                const QDate out = in.addDays(1 + rng.bounded(5));
                const int op = rng.bounded(10);
                BackendError::Kind kind = K::Internal;
                bool ok = true;
                if (op < 5 || mine.isEmpty()) {
                    auto r = store->createBooking(actor, bookingRequest(f, type, in, out));
                    ok = r.ok();
                    if (ok)
                        mine << r->id;
                    else
                        kind = r.error().kind;
                } else if (op < 7) {
                    BookingChange c;
                    c.checkIn = in;
                    c.checkOut = out;
                    if (rng.bounded(2))
                        c.roomTypeId = f.roomTypes[type].id;
                    auto r = store->modifyBooking(actor, mine[rng.bounded(int(mine.size()))], c);
                    ok = r.ok();
                    if (!ok)
                        kind = r.error().kind;
                } else if (op < 9) {
                    const BookingId id = mine.takeAt(rng.bounded(int(mine.size())));
                    auto r = store->cancelBooking(actor, id, QStringLiteral("random"), true);
                    ok = r.ok();
                    if (!ok)
                        kind = r.error().kind;
                } else {
                    auto r =
                        store->blockRooms(actor, f.hotel.id, f.roomTypes[type].id, in, out, rng.bounded(2) ? 1 : -1);
                    ok = r.ok();
                    if (!ok)
                        kind = r.error().kind;
                }
                if (!ok && kind != K::NoAvailability && kind != K::InvalidInput && kind != K::Conflict)
                    ++unexpected;
                ++done;
            }
        });
    for (auto &th : pool)
        th.join();
    EXPECT_EQ(done.load(), threads * opsPerThread);
    EXPECT_EQ(unexpected.load(), 0);
    auto audit = m_store->audit();
    ASSERT_TRUE(audit);
    EXPECT_GT(audit->roomTypeNightsChecked, 0);
    EXPECT_TRUE(audit->clean()) << "seed " << seed << ": " << audit->issues.first().problem.toStdString();
}

HOTEL_BOTH_DATABASES(ConcurrencyTest);

} // namespace
