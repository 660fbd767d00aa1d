// Issue 10: the per-night overbooking allowance under a race, lowering it below what is sold, and the history
// import's idempotency, on both databases.
#include "StoreTestFixture.h"

#include <atomic>
#include <thread>

using namespace hotel;
using namespace hotel::test;
using K = BackendError::Kind;

class OverbookingTest : public StoreTest {};

TEST_P(OverbookingTest, exactlyTotalPlusAllowanceSellUnderA64ClientRace) {
    constexpr int threads = 64, total = 4, allowance = 2;
    auto f = makeHotel(*m_store, QStringLiteral("Lisbon"), {total});
    const RoomTypeId type = f.roomTypes[0].id;
    const User revenue = makeUser(*m_store, QStringLiteral("rev@x.test"), Role::Revenue, {f.hotel.id});
    const User desk = makeUser(*m_store, QStringLiteral("desk@x.test"), Role::FrontDesk, {f.hotel.id});
    EXPECT_EQ(m_store->setOverbookingAllowance(desk.actor(), f.hotel.id, type, day(40), day(41), 2).error().kind,
              K::Forbidden);
    EXPECT_EQ(m_store->setOverbookingAllowance(revenue.actor(), f.hotel.id, type, day(41), day(40), 2).error().field,
              QStringLiteral("to"));
    EXPECT_EQ(m_store->setOverbookingAllowance(revenue.actor(), f.hotel.id, type, day(40), day(41), -1).error().field,
              QStringLiteral("allowance"));
    auto set = m_store->setOverbookingAllowance(revenue.actor(), f.hotel.id, type, day(40), day(41), allowance);
    ASSERT_TRUE(set) << set.error().userMessage.toStdString();
    EXPECT_EQ(set->nights, 1);
    EXPECT_TRUE(set->heldAtSold.isEmpty());

    std::atomic<int> ready{0}, won{0}, refused{0}, other{0};
    for (int t = 0; t < threads; ++t)
        guestWithId(*m_store, 2000 + t);
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back([&, t] {
            auto store = m_db->open();
            if (!store) {
                ++other;
                return;
            }
            // Every stay ends on day(41): day(40) is the last night, the contested one.
            NewBooking request = bookingRequest(f, 0, day(40 - t % 2), day(41));
            ++ready;
            while (ready.load() < threads)
                std::this_thread::yield();
            auto r = store->createBooking(Actor{UserId(2000 + t), Role::Guest, {}}, request);
            if (r)
                ++won;
            else if (r.error().kind == K::NoAvailability)
                ++refused;
            else
                ++other;
        });
    for (auto &th : pool)
        th.join();
    EXPECT_EQ(won.load(), total + allowance);
    EXPECT_EQ(refused.load(), threads - total - allowance);
    EXPECT_EQ(other.load(), 0);
    auto audit = m_store->audit();
    ASSERT_TRUE(audit);
    EXPECT_TRUE(audit->clean());

    // Lowered below what is sold: the night stays at what is sold, nothing more sells, nothing sold is lost.
    auto lowered = m_store->setOverbookingAllowance(revenue.actor(), f.hotel.id, type, day(40), day(41), 0);
    ASSERT_TRUE(lowered) << lowered.error().userMessage.toStdString();
    ASSERT_EQ(lowered->heldAtSold.size(), 1);
    EXPECT_EQ(lowered->heldAtSold.first(), day(40));
    auto more = m_store->createBooking(guestWithId(*m_store, 3000), bookingRequest(f, 0, day(40), day(41)));
    ASSERT_FALSE(more);
    EXPECT_EQ(more.error().kind, K::NoAvailability);
    auto grid = m_store->inventory(Actor::system(), f.hotel.id, day(40), day(41));
    ASSERT_TRUE(grid);
    EXPECT_EQ(grid->at(0, 0).available(), 0);
    auto after = m_store->audit();
    ASSERT_TRUE(after);
    EXPECT_TRUE(after->clean());
    // A night with nothing sold takes the lower allowance as asked.
    auto other2 = m_store->setOverbookingAllowance(revenue.actor(), f.hotel.id, type, day(50), day(52), 0);
    ASSERT_TRUE(other2);
    EXPECT_TRUE(other2->heldAtSold.isEmpty());
}

TEST_P(OverbookingTest, aSecondImportOfTheSameRowsAddsNothing) {
    auto f = makeHotel(*m_store, QStringLiteral("Porto"), {2});
    QList<HistoryBooking> rows;
    for (int i = 0; i < 450; ++i) { // more than one INSERT statement's worth
        HistoryBooking b;
        b.sourceFile = QStringLiteral("sha256:abc");
        b.sourceLine = i + 2;
        b.sourceHotel = QStringLiteral("City Hotel");
        b.arrival = QDate(2016, 1, 1).addDays(i % 300);
        b.leadTime = i % 90;
        b.weekNights = 2;
        b.adults = 2;
        b.marketSegment = QStringLiteral("Online TA");
        b.distributionChannel = QStringLiteral("TA/TO");
        b.reservedRoomType = QStringLiteral("A");
        b.depositType = QStringLiteral("No Deposit");
        b.customerType = QStringLiteral("Transient");
        b.agent = i % 3 ? 9 : -1;
        b.adr = 9550;
        b.outcome = i % 10 ? HistoryBooking::Outcome::Stayed : HistoryBooking::Outcome::Cancelled;
        b.outcomeDate = b.arrival;
        rows.append(b);
    }
    auto first = m_store->importHistory(Actor::system(), f.hotel.id, rows);
    ASSERT_TRUE(first) << first.error().detail.toStdString();
    EXPECT_EQ(first.value(), 450);
    auto second = m_store->importHistory(Actor::system(), f.hotel.id, rows);
    ASSERT_TRUE(second);
    EXPECT_EQ(second.value(), 0);
    EXPECT_EQ(m_store->historyCount(f.hotel.id).value(), 450);
    auto back = m_store->historyBookings(Actor::system(), f.hotel.id);
    ASSERT_TRUE(back);
    ASSERT_EQ(back->size(), 450);
    EXPECT_EQ(back->first().arrival, QDate(2016, 1, 1));
    EXPECT_EQ(back->first().adr, 9550);
    int cancelled = 0, noAgent = 0;
    for (const auto &b : back.value()) {
        cancelled += b.outcome == HistoryBooking::Outcome::Cancelled;
        noAgent += b.agent == -1;
    }
    EXPECT_EQ(cancelled, 45);
    EXPECT_EQ(noAgent, 150);
    // A bad row refuses the whole batch: nothing half-loaded.
    rows[0].sourceLine = 0;
    rows[1].sourceLine = 100000;
    EXPECT_FALSE(m_store->importHistory(Actor::system(), f.hotel.id, rows));
    EXPECT_EQ(m_store->historyCount(f.hotel.id).value(), 450);
    const User desk = makeUser(*m_store, QStringLiteral("d2@x.test"), Role::FrontDesk, {f.hotel.id});
    EXPECT_EQ(m_store->importHistory(desk.actor(), f.hotel.id, rows.mid(2)).error().kind, K::Forbidden);
}

HOTEL_BOTH_DATABASES(OverbookingTest);
