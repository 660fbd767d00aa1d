// Revenue management in the store (issue 9), on SQLite and PostgreSQL: settings, manual prices and their
// history, recompute / dry run / undo / release, stay restrictions on bookings and search, and the KPIs
// against a recount by hand-written SQL.
#include "StoreTestFixture.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>
#include <thread>

using namespace hotel;
using namespace hotel::test;
using namespace hotel::pricing;
using K = BackendError::Kind;

namespace {

class PricingStoreTest : public StoreTest {
protected:
    Actor revenue(const HotelFixture &f) { return Actor{900, Role::Revenue, {f.hotel.id}}; }
    Money priceOf(const HotelFixture &f, int type, QDate date) {
        auto grid = m_store->inventory(Actor::system(), f.hotel.id, date, date.addDays(1));
        EXPECT_TRUE(grid);
        return grid ? grid->at(type, 0).price : -1;
    }
    qint64 scalar(const QString &sql, const QVariantList &values = {}) {
        QSqlQuery q(m_store->database());
        q.prepare(sql);
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values[i]);
        EXPECT_TRUE(q.exec()) << q.lastError().text().toStdString() << " " << sql.toStdString();
        return q.next() ? q.value(0).toLongLong() : -1;
    }
};

const QDate today = day(9); // testNow() is 2030-01-10 12:00 UTC: 21:00 that day in Seoul

TEST_P(PricingStoreTest, settingsAreSavedWholeWithWhoAndWhenAndBadOnesNotAtAll) {
    auto f = makeHotel(*m_store, QStringLiteral("Seoul"), {10, 4});
    auto defaults = m_store->pricingSettings(revenue(f), f.hotel.id);
    ASSERT_TRUE(defaults);
    EXPECT_EQ(defaults->demandCurve, defaultSettings(f.hotel.id).demandCurve);
    EXPECT_EQ(defaults->updatedBy, 0);

    PricingSettings s = defaults.value();
    s.demandCurve = {{0, 6000}, {7000, 12000}, {one, 18000}};
    s.seasons = {{QStringLiteral("Lunar New Year"), day(30), day(35), 14000}};
    s.weekday = {10000, 10000, 10000, 10000, 11000, 12000, 9500};
    s.bounds = {{f.roomTypes[1].id, 6000, 25000}};
    auto saved = m_store->savePricingSettings(revenue(f), s);
    ASSERT_TRUE(saved) << saved.error().userMessage.toStdString();
    EXPECT_EQ(saved->demandCurve, s.demandCurve);
    EXPECT_EQ(saved->seasons, s.seasons);
    EXPECT_EQ(saved->weekday, s.weekday);
    EXPECT_EQ(saved->bounds, s.bounds);
    EXPECT_EQ(saved->updatedBy, 900);
    EXPECT_EQ(saved->updatedAt, testNow());

    // Overlapping seasons: refused naming the field, and the saved settings stay as they were.
    PricingSettings bad = s;
    bad.seasons << Season{QStringLiteral("Overlap"), day(34), day(40), 12000};
    auto refused = m_store->savePricingSettings(revenue(f), bad);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, K::InvalidInput);
    EXPECT_EQ(refused.error().field, QStringLiteral("seasons[1].from"));
    bad = s;
    bad.bounds = {{f.roomTypes[0].id, 5050, 9000}}; // a fraction of a won
    EXPECT_EQ(m_store->savePricingSettings(revenue(f), bad).error().field, QStringLiteral("bounds[0].minPrice"));
    auto after = m_store->pricingSettings(revenue(f), f.hotel.id);
    ASSERT_TRUE(after);
    EXPECT_EQ(after->seasons, s.seasons);
    EXPECT_EQ(after->bounds, s.bounds);

    // Front desk may read, not write.
    const Actor desk{901, Role::FrontDesk, {f.hotel.id}};
    EXPECT_TRUE(m_store->pricingSettings(desk, f.hotel.id));
    EXPECT_EQ(m_store->savePricingSettings(desk, s).error().kind, K::Forbidden);
}

TEST_P(PricingStoreTest, recomputeSkipsManualNightsWritesHistoryAndUndoesAsAWhole) {
    auto f = makeHotel(*m_store, QStringLiteral("Seoul"), {4});
    const RoomTypeId rt = f.roomTypes[0].id;
    // A manual price on one night: marked manual, kept in the history with the old price.
    ASSERT_TRUE(m_store->setPrices(revenue(f), f.hotel.id, rt, {{day(20), 12300}}));
    auto manualHistory = m_store->priceHistory(revenue(f), f.hotel.id, rt, day(20));
    ASSERT_TRUE(manualHistory);
    ASSERT_EQ(manualHistory->size(), 1);
    EXPECT_EQ(manualHistory->at(0).oldPrice, 10000);
    EXPECT_EQ(manualHistory->at(0).newPrice, 12300);
    EXPECT_EQ(manualHistory->at(0).reason, PriceChangeReason::Manual);
    EXPECT_EQ(manualHistory->at(0).changedBy, 900);

    // Two of four rooms sold on day(15): occupancy 0.5, factor 1.25; a Tuesday night: weekday 0.9.
    for (int i = 0; i < 2; ++i)
        ASSERT_TRUE(m_store->createBooking(guestWithId(*m_store, 50 + i), bookingRequest(f, 0, day(15), day(16))));
    const Money bookedTotal = m_store->bookings(Actor::system(), BookingFilter{})->first().totalPrice;

    // A dry run says what would change and changes nothing.
    auto dry = m_store->reprice(revenue(f), f.hotel.id, 90, true);
    ASSERT_TRUE(dry) << dry.error().userMessage.toStdString() << dry.error().detail.toStdString();
    EXPECT_TRUE(dry->dryRun);
    EXPECT_EQ(dry->recomputeId, 0);
    EXPECT_EQ(dry->changes.size(), 89); // 90 nights, less the manual one
    EXPECT_EQ(priceOf(f, 0, day(15)), 10000);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM price_history")), 1);

    auto run = m_store->reprice(revenue(f), f.hotel.id, 90, false);
    ASSERT_TRUE(run) << run.error().userMessage.toStdString() << run.error().detail.toStdString();
    EXPECT_GT(run->recomputeId, 0);
    EXPECT_EQ(run->changes, dry->changes);
    EXPECT_EQ(priceOf(f, 0, day(15)), 11300); // 100 x 1.25 x 0.9 = 112.5 won, half up to 113 won
    EXPECT_EQ(priceOf(f, 0, day(16)), 5000);  // empty Thursday: 100 x 0.5 x 0.9 = 45, the floor is 50
    EXPECT_EQ(priceOf(f, 0, day(17)), 6000);  // empty Friday: 100 x 0.5 x 1.2 = 60
    EXPECT_EQ(priceOf(f, 0, day(20)), 12300); // manual: untouched
    EXPECT_EQ(priceOf(f, 0, day(8)), 10000);  // the past is not repriced
    EXPECT_EQ(priceOf(f, 0, day(99)), 10000); // nor beyond the 90 nights
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM price_history WHERE recompute_id = ? AND reason = ?"),
                     {run->recomputeId, QStringLiteral("engine")}),
              89);
    // A confirmed booking's total never changes with prices.
    EXPECT_EQ(m_store->bookings(Actor::system(), BookingFilter{})->first().totalPrice, bookedTotal);
    // Nothing left to change: a second run changes nothing and opens no recompute.
    auto again = m_store->reprice(revenue(f), f.hotel.id, 90, false);
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->changes.isEmpty());
    EXPECT_EQ(again->recomputeId, 0);

    // A night changed by hand since the recompute keeps its new price through the undo.
    ASSERT_TRUE(m_store->setPrices(revenue(f), f.hotel.id, rt, {{day(30), 7700}}));
    auto undo = m_store->undoRecompute(revenue(f), f.hotel.id, run->recomputeId);
    ASSERT_TRUE(undo) << undo.error().userMessage.toStdString() << undo.error().detail.toStdString();
    EXPECT_EQ(undo->changes.size(), 88);
    EXPECT_EQ(priceOf(f, 0, day(15)), 10000);
    EXPECT_EQ(priceOf(f, 0, day(30)), 7700);
    EXPECT_EQ(priceOf(f, 0, day(20)), 12300);
    auto twice = m_store->undoRecompute(revenue(f), f.hotel.id, run->recomputeId);
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().kind, K::Conflict);
    auto history = m_store->priceHistory(revenue(f), f.hotel.id, rt, day(15));
    ASSERT_TRUE(history);
    ASSERT_EQ(history->size(), 2);
    EXPECT_EQ(history->at(0).reason, PriceChangeReason::Engine);
    EXPECT_EQ(history->at(1).reason, PriceChangeReason::Undo);
    EXPECT_EQ(history->at(1).oldPrice, 11300);
    EXPECT_EQ(history->at(1).newPrice, 10000);

    // Release: the manual night goes back to the engine, at the engine's price, and is recorded.
    auto released = m_store->releasePrices(revenue(f), f.hotel.id, rt, day(20), day(21));
    ASSERT_TRUE(released) << released.error().userMessage.toStdString() << released.error().detail.toStdString();
    ASSERT_EQ(released->changes.size(), 1);
    EXPECT_EQ(priceOf(f, 0, day(20)), 5000); // an empty Monday at the floor
    EXPECT_EQ(m_store->priceHistory(revenue(f), f.hotel.id, rt, day(20))->last().reason, PriceChangeReason::Release);
    auto next = m_store->reprice(revenue(f), f.hotel.id, 90, true);
    ASSERT_TRUE(next);
    EXPECT_TRUE(std::any_of(next->changes.begin(), next->changes.end(),
                            [](const PriceChange &c) { return c.date == day(15); }));

    // Who may: front desk neither reprices nor undoes.
    const Actor desk{901, Role::FrontDesk, {f.hotel.id}};
    EXPECT_EQ(m_store->reprice(desk, f.hotel.id, 90, true).error().kind, K::Forbidden);
    EXPECT_EQ(m_store->undoRecompute(desk, f.hotel.id, run->recomputeId).error().kind, K::Forbidden);
    EXPECT_EQ(m_store->reprice(revenue(f), f.hotel.id, 0, true).error().field, QStringLiteral("days"));
}

TEST_P(PricingStoreTest, previewComparesCurrentAndProposedAtTodaysOccupancy) {
    auto f = makeHotel(*m_store, QStringLiteral("Seoul"), {4});
    ASSERT_TRUE(m_store->createBooking(guestWithId(*m_store, 50), bookingRequest(f, 0, day(15), day(17))));
    PricingSettings proposed = defaultSettings(f.hotel.id);
    proposed.weekday.fill(one);
    proposed.bounds = {{f.roomTypes[0].id, 0, 100000}};
    auto p = m_store->pricePreview(revenue(f), f.hotel.id, proposed, 90);
    ASSERT_TRUE(p) << p.error().userMessage.toStdString() << p.error().detail.toStdString();
    ASSERT_EQ(p->nights.size(), 90);
    EXPECT_EQ(p->nights.first().date, today);
    // One room of four on day(15) and day(16): 100 x (0.5 + 0.25 x 1.5) = 87.5 -> 88 won, twice.
    EXPECT_EQ(p->currentRevenue, 2 * 10000);
    EXPECT_EQ(p->proposedRevenue, 2 * 8800);
    EXPECT_EQ(priceOf(f, 0, day(15)), 10000); // a preview writes nothing
    PricingSettings bad = proposed;
    bad.demandCurve = {{0, 9000}, {one, 8000}};
    EXPECT_EQ(m_store->pricePreview(revenue(f), f.hotel.id, bad, 90).error().field,
              QStringLiteral("demandCurve[1].factor"));
}

TEST_P(PricingStoreTest, restrictionsRefuseBookingsAndModificationsAndLeaveSearchResultsOut) {
    auto f = makeHotel(*m_store, QStringLiteral("Seoul"), {4, 4});
    const RoomTypeId rt = f.roomTypes[0].id;
    NightRestriction minStay{day(20)};
    minStay.minStay = 3;
    NightRestriction closed{day(25)};
    closed.closed = true;
    NightRestriction cta{day(30)};
    cta.closedToArrival = true;
    NightRestriction ctd{day(35)};
    ctd.closedToDeparture = true;
    NightRestriction maxStay{day(40)};
    maxStay.maxStay = 2;
    ASSERT_TRUE(m_store->setRestrictions(revenue(f), f.hotel.id, rt, {minStay, closed, cta, ctd, maxStay}));
    auto read = m_store->restrictions(revenue(f), f.hotel.id, rt, day(20), day(21));
    ASSERT_TRUE(read);
    ASSERT_EQ(read->size(), 1);
    EXPECT_EQ(read->first(), minStay);

    const Actor guest = guestWithId(*m_store, 77);
    auto refused = [&](QDate in, QDate out) {
        auto r = m_store->createBooking(guest, bookingRequest(f, 0, in, out));
        EXPECT_FALSE(r);
        if (r)
            return std::string("booked");
        EXPECT_EQ(r.error().kind, K::Restricted) << r.error().userMessage.toStdString();
        return r.error().userMessage.toStdString();
    };
    EXPECT_EQ(refused(day(20), day(22)), "Stays arriving on 2030-01-21 must be at least 3 nights long (minimum stay).");
    EXPECT_EQ(refused(day(24), day(26)), "The room type is closed on 2030-01-26.");
    EXPECT_EQ(refused(day(30), day(31)), "The room type is closed to arrival on 2030-01-31.");
    EXPECT_EQ(refused(day(33), day(35)), "The room type is closed to departure on 2030-02-05.");
    EXPECT_EQ(refused(day(40), day(43)), "Stays arriving on 2030-02-10 may be at most 2 nights long (maximum stay).");
    EXPECT_TRUE(m_store->createBooking(guest, bookingRequest(f, 0, day(20), day(23))));
    EXPECT_TRUE(m_store->createBooking(guest, bookingRequest(f, 0, day(29), day(31)))); // staying through CTA
    // The other room type has no rules.
    EXPECT_TRUE(m_store->createBooking(guest, bookingRequest(f, 1, day(24), day(26))));

    // A modification into a restricted stay is refused the same way, and the booking stays as it was.
    auto b = m_store->createBooking(guest, bookingRequest(f, 0, day(50), day(52)));
    ASSERT_TRUE(b);
    BookingChange change;
    change.checkIn = day(24);
    change.checkOut = day(27);
    auto modified = m_store->modifyBooking(guest, b->id, change);
    ASSERT_FALSE(modified);
    EXPECT_EQ(modified.error().kind, K::Restricted);
    EXPECT_EQ(m_store->booking(guest, b->id)->checkIn, day(50));

    // Search: the restricted room type is left out, the other one offered.
    SearchQuery q;
    q.city = QStringLiteral("Seoul");
    q.checkIn = day(24);
    q.checkOut = day(26);
    auto found = m_store->searchHotels(q);
    ASSERT_TRUE(found) << found.error().detail.toStdString();
    ASSERT_EQ(found->hotels.size(), 1);
    ASSERT_EQ(found->hotels[0].offers.size(), 1);
    EXPECT_EQ(found->hotels[0].offers[0].roomTypeId, f.roomTypes[1].id);
    for (auto [in, out] : {std::pair{day(20), day(22)}, std::pair{day(30), day(31)}, std::pair{day(33), day(35)},
                           std::pair{day(40), day(43)}}) {
        q.checkIn = in;
        q.checkOut = out;
        auto r = m_store->searchHotels(q);
        ASSERT_TRUE(r);
        ASSERT_EQ(r->hotels.size(), 1);
        EXPECT_EQ(r->hotels[0].offers.size(), 1) << in.toString(Qt::ISODate).toStdString();
    }
    q.checkIn = day(20);
    q.checkOut = day(23);
    EXPECT_EQ(m_store->searchHotels(q)->hotels[0].offers.size(), 2);

    // Lifting a rule: an empty rule for the night.
    ASSERT_TRUE(m_store->setRestrictions(revenue(f), f.hotel.id, rt, {NightRestriction{day(25)}}));
    EXPECT_TRUE(m_store->createBooking(guest, bookingRequest(f, 0, day(24), day(26))));

    // Bad input: min above max, named; nothing written.
    NightRestriction bad{day(60)};
    bad.minStay = 5;
    bad.maxStay = 2;
    auto e = m_store->setRestrictions(revenue(f), f.hotel.id, rt, {NightRestriction{day(59)}, bad});
    ASSERT_FALSE(e);
    EXPECT_EQ(e.error().field, QStringLiteral("restrictions[1].minStay"));
    EXPECT_EQ(m_store->setRestrictions(Actor{901, Role::FrontDesk, {f.hotel.id}}, f.hotel.id, rt, {bad}).error().kind,
              K::InvalidInput);
    NightRestriction fine{day(60)};
    fine.closed = true;
    EXPECT_EQ(m_store->setRestrictions(Actor{901, Role::FrontDesk, {f.hotel.id}}, f.hotel.id, rt, {fine}).error().kind,
              K::Forbidden);
}

// The KPIs of a generated hotel against a recount by hand-written SQL, night by night.
TEST_P(PricingStoreTest, kpisEqualAHandWrittenRecount) {
    auto f = makeHotel(*m_store, QStringLiteral("Busan"), {6, 3});
    QRandomGenerator rng(9);
    QList<Booking> made;
    for (int i = 0; i < 60; ++i) {
        const int type = rng.bounded(2);
        const QDate in = day(10 + rng.bounded(40));
        const QDate out = in.addDays(1 + rng.bounded(5));
        auto b = m_store->createBooking(guestWithId(*m_store, 100 + i), bookingRequest(f, type, in, out));
        if (b)
            made << b.value();
        if (i % 7 == 0) {
            ASSERT_TRUE(m_store->setPrices(revenue(f), f.hotel.id, f.roomTypes[type].id,
                                           {{in, Money(7000 + rng.bounded(50) * 100)}}));
        }
    }
    ASSERT_GT(made.size(), 30);
    for (int i = 0; i < made.size(); i += 5)
        ASSERT_TRUE(m_store->cancelBooking(Actor::system(), made[i].id, QStringLiteral("plans changed"), true));
    ASSERT_TRUE(m_store->blockRooms(Actor::system(), f.hotel.id, f.roomTypes[0].id, day(20), day(24), 2));

    const bool pg = GetParam() == TestDatabase::Kind::Postgres;
    const QString cents = pg ? QStringLiteral("CAST(b.room_price * 100 AS bigint)") : QStringLiteral("b.room_price");
    const QString index = pg ? QStringLiteral("(CAST(? AS date) - b.check_in_date)")
                             : QStringLiteral("CAST(julianday(?) - julianday(b.check_in_date) AS integer)");
    const QString nights = pg ? QStringLiteral("(b.check_out_date - b.check_in_date)")
                              : QStringLiteral("CAST(julianday(b.check_out_date) - julianday(b.check_in_date) AS "
                                               "integer)");
    auto rows = m_store->kpis(revenue(f), f.hotel.id, day(5), day(60), KpiGrouping::Day);
    ASSERT_TRUE(rows) << rows.error().userMessage.toStdString() << rows.error().detail.toStdString();
    ASSERT_EQ(rows->size(), 55);
    qint64 soldAll = 0;
    Money revenueAll = 0;
    for (const KpiRow &r : rows.value()) {
        const QVariant night = pg ? QVariant(r.start) : QVariant(r.start.toString(Qt::ISODate));
        const qint64 available =
            scalar(QStringLiteral("SELECT COALESCE(sum(total_rooms - blocked_rooms), 0) FROM room_inventory WHERE "
                                  "hotel_id = ? AND date = ?"),
                   {f.hotel.id, night});
        const qint64 sold = scalar(QStringLiteral("SELECT count(*) FROM bookings b WHERE b.hotel_id = ? AND "
                                                  "b.check_in_date <= ? AND b.check_out_date > ? AND b.status IN "
                                                  "('CONFIRMED', 'COMPLETED')"),
                                   {f.hotel.id, night, night});
        const qint64 cancelled = scalar(QStringLiteral("SELECT count(*) FROM bookings b WHERE b.hotel_id = ? AND "
                                                       "b.check_in_date <= ? AND b.check_out_date > ? AND b.status = "
                                                       "'CANCELLED'"),
                                        {f.hotel.id, night, night});
        // A night's share of a booking's room price: an even split, the hundredths left over on the first nights.
        const qint64 revenue = scalar(
            QStringLiteral("SELECT COALESCE(sum(%1 / %2 + CASE WHEN %3 < %1 %% %2 THEN 1 ELSE 0 END), 0) FROM "
                           "bookings b WHERE b.hotel_id = ? AND b.check_in_date <= ? AND b.check_out_date > ? AND "
                           "b.status IN ('CONFIRMED', 'COMPLETED')")
                .arg(cents, nights, index)
                .replace(QStringLiteral("%%"), QStringLiteral("%")),
            {night, f.hotel.id, night, night});
        EXPECT_EQ(r.roomsAvailable, available) << r.period.toStdString();
        EXPECT_EQ(r.roomsSold, sold) << r.period.toStdString();
        EXPECT_EQ(r.cancellations, cancelled) << r.period.toStdString();
        EXPECT_EQ(r.revenue, revenue) << r.period.toStdString();
        EXPECT_EQ(r.adr, sold ? (2 * revenue + sold) / (2 * sold) : 0);
        EXPECT_EQ(r.revpar, available ? (2 * revenue + available) / (2 * available) : 0);
        soldAll += sold;
        revenueAll += revenue;
    }
    // Every night of every booking is counted once: the months sum to the same, and revenue to the room prices.
    auto months = m_store->kpis(revenue(f), f.hotel.id, day(5), day(60), KpiGrouping::Month);
    ASSERT_TRUE(months);
    ASSERT_EQ(months->size(), 3); // 6 January to 1 March
    EXPECT_EQ(months->at(0).period, QStringLiteral("2030-01"));
    EXPECT_EQ(months->at(2).period, QStringLiteral("2030-03"));
    qint64 monthsSold = 0;
    Money monthsRevenue = 0;
    for (const KpiRow &m : months.value()) {
        monthsSold += m.roomsSold;
        monthsRevenue += m.revenue;
    }
    EXPECT_EQ(monthsSold, soldAll);
    EXPECT_EQ(monthsRevenue, revenueAll);
    Money roomPrices = 0;
    for (int i = 0; i < made.size(); ++i)
        if (i % 5 != 0)
            roomPrices += made[i].roomPrice;
    EXPECT_EQ(revenueAll, roomPrices);
    auto weeks = m_store->kpis(revenue(f), f.hotel.id, day(5), day(60), KpiGrouping::Week);
    ASSERT_TRUE(weeks);
    EXPECT_EQ(weeks->first().period, QStringLiteral("2030-W01"));
    // One room type only.
    auto one = m_store->kpis(revenue(f), f.hotel.id, day(20), day(21), KpiGrouping::Day, f.roomTypes[1].id);
    ASSERT_TRUE(one);
    EXPECT_EQ(one->first().roomsAvailable, 3);
    EXPECT_EQ(m_store->kpis(Actor{5, Role::Guest, {}}, f.hotel.id, day(5), day(6), KpiGrouping::Day).error().kind,
              K::Forbidden);
    // Pace: everything was booked "now" (the test clock): on the books now, nothing 7 days ago.
    auto pace = m_store->bookingPace(revenue(f), f.hotel.id, day(10), day(60));
    ASSERT_TRUE(pace);
    qint64 onBooks = 0;
    for (const PaceRow &p : pace.value()) {
        onBooks += p.onTheBooks;
        EXPECT_EQ(p.asOf7, 0);
    }
    EXPECT_EQ(onBooks, soldAll);
}

// A recompute while 16 clients book the same hotel's nights: the audit is clean, and every booking's room
// price is the sum of its nights' prices at one moment of the price history (all of a recompute or none).
TEST_P(PricingStoreTest, recomputeWhileSixteenClientsBook) {
    auto f = makeHotel(*m_store, QStringLiteral("Seoul"), {40, 40});
    constexpr int clients = 16;
    std::atomic<bool> stop{false};
    std::atomic<int> booked{0}, failed{0};
    for (int c = 0; c < clients; ++c)
        guestWithId(*m_store, 1000 + c);
    std::vector<std::thread> pool;
    for (int c = 0; c < clients; ++c)
        pool.emplace_back([&, c] {
            auto store = m_db->open();
            QRandomGenerator rng(c + 1);
            for (int i = 0; i < 12 && !failed; ++i) {
                const int type = rng.bounded(2);
                const QDate in = day(10 + rng.bounded(20));
                auto r = store->createBooking(Actor{UserId(1000 + c), Role::Guest, {}},
                                              bookingRequest(f, type, in, in.addDays(1 + rng.bounded(4))));
                if (r)
                    ++booked;
                else if (r.error().kind != K::NoAvailability) {
                    ++failed;
                    ADD_FAILURE() << r.error().userMessage.toStdString() << r.error().detail.toStdString();
                }
            }
        });
    QList<qint64> recomputes;
    std::thread repricer([&] {
        auto store = m_db->open();
        while (!stop) {
            auto r = store->reprice(Actor::system(), f.hotel.id, 90, false);
            if (!r) {
                ++failed;
                ADD_FAILURE() << r.error().userMessage.toStdString() << r.error().detail.toStdString();
                return;
            }
            if (r->recomputeId)
                recomputes << r->recomputeId;
        }
    });
    for (auto &t : pool)
        t.join();
    stop = true;
    repricer.join();
    ASSERT_EQ(failed.load(), 0);
    ASSERT_GT(booked.load(), 50);
    ASSERT_GE(recomputes.size(), 2);
    auto audit = m_store->audit(f.hotel.id);
    ASSERT_TRUE(audit);
    EXPECT_TRUE(audit->clean());

    // Each night's price after k recomputes (k = 0: the 100.00 of the fixture), from the history in id order.
    QHash<std::pair<RoomTypeId, QDate>, QList<Money>> versions;
    for (const RoomType &rt : f.roomTypes)
        for (QDate d = day(10); d < day(40); d = d.addDays(1))
            versions[{rt.id, d}] = QList<Money>(recomputes.size() + 1, 10000);
    for (int k = 0; k < recomputes.size(); ++k) {
        for (const RoomType &rt : f.roomTypes)
            for (QDate d = day(10); d < day(40); d = d.addDays(1))
                versions[{rt.id, d}][k + 1] = versions[{rt.id, d}][k];
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("SELECT room_type_id, date, %1 FROM price_history WHERE recompute_id = ?")
                      .arg(GetParam() == TestDatabase::Kind::Postgres ? QStringLiteral("CAST(new_price * 100 AS "
                                                                                       "bigint)")
                                                                      : QStringLiteral("new_price")));
        q.bindValue(0, recomputes[k]);
        ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
        while (q.next()) {
            const auto key = std::pair{q.value(0).toLongLong(), q.value(1).toDate()};
            if (versions.contains(key))
                versions[key][k + 1] = q.value(2).toLongLong();
        }
    }
    auto all = m_store->bookings(Actor::system(), BookingFilter{{}, f.hotel.id, {}, {}, {}, {}, 5000, 0});
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), booked.load());
    for (const Booking &b : all.value()) {
        bool matches = false;
        for (int k = 0; k <= recomputes.size() && !matches; ++k) {
            Money sum = 0;
            for (QDate d = b.checkIn; d < b.checkOut; d = d.addDays(1))
                sum += versions[{b.roomTypeId, d}][k];
            matches = sum == b.roomPrice;
        }
        EXPECT_TRUE(matches) << b.confirmationCode.toStdString() << " " << b.roomPrice;
    }
}

HOTEL_BOTH_DATABASES(PricingStoreTest);

} // namespace
