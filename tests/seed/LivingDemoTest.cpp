// The living demo against the history it claims to follow: lead-time and stay-length quantiles, occupancy,
// today's desk, completed stays in their rooms, and an overbooking audit that finds nothing.
#include "seed/LivingDemo.h"

#include "StoreTestFixture.h"
#include "domain/Policy.h"
#include "seed/Seeder.h"

#include <QSqlQuery>
#include <QTimeZone>
#include <algorithm>

using namespace hotel;
using namespace hotel::test;

namespace {

class LivingDemoTest : public StoreTest {
protected:
    void SetUp() override {
        StoreTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        auto profile = DemandProfile::builtIn();
        ASSERT_TRUE(profile) << profile.error().userMessage.toStdString();
        m_profile = profile.value();
    }

    Result<LivingDemoSummary> seed(int hotels, quint32 seed = 7) {
        SeedOptions options;
        options.hotels = hotels;
        options.seed = seed;
        options.users = false;
        LivingDemoOptions living;
        living.seed = seed;
        return seedLivingDemo(*m_store, options, living);
    }

    QList<Booking> allBookings(HotelId hotelId) {
        QList<Booking> out;
        BookingFilter f;
        f.hotelId = hotelId;
        f.limit = 5000;
        for (f.offset = 0;; f.offset += f.limit) {
            auto page = m_store->bookings(Actor::system(), f);
            EXPECT_TRUE(page);
            if (!page)
                return out;
            out += page.value();
            if (page->size() < f.limit)
                return out;
        }
    }

    static double quantile(QList<int> values, double p) {
        std::sort(values.begin(), values.end());
        return values.at(std::min(int(values.size()) - 1, int(std::lround(p * (values.size() - 1)))));
    }

    DemandProfile m_profile;
};

TEST_P(LivingDemoTest, followsTheHistoryAndKeepsTheAuditClean) {
    auto summary = seed(4);
    ASSERT_TRUE(summary) << summary.error().userMessage.toStdString() << " " << summary.error().detail.toStdString();
    EXPECT_EQ(summary->hotels, 4);
    EXPECT_GT(summary->arrivalsToday, 0);
    EXPECT_GT(summary->inHouse, 0);
    EXPECT_GT(summary->departuresToday, 0);
    EXPECT_GE(summary->noShows, 4);
    EXPECT_GT(summary->cancelled, summary->stays / 5); // the history cancels about a third of its bookings

    auto audit = m_store->audit();
    ASSERT_TRUE(audit);
    EXPECT_TRUE(audit->clean()) << (audit->issues.isEmpty() ? "" : audit->issues.first().problem.toStdString());

    QList<int> leads, nights;
    double weekendBooked = 0, weekendTotal = 0, weekdayBooked = 0, weekdayTotal = 0;
    QSet<QString> segments;
    for (const Hotel &h : m_store->hotels(Actor::system()).value()) {
        const QDate today = policy::hotelToday(h, testNow());
        const QTimeZone zone(h.timeZone);
        int arrivals = 0, inHouse = 0, departures = 0, cancelledToday = 0, noShowLastNight = 0;
        const QList<Booking> bookings = allBookings(h.id);
        for (const Booking &b : bookings) {
            ASSERT_LE(b.createdAt, testNow()) << b.confirmationCode.toStdString();
            if (b.status == BookingStatus::Cancelled) {
                ASSERT_TRUE(b.cancelledAt);
                EXPECT_LE(*b.cancelledAt, testNow());
                EXPECT_GE(*b.cancelledAt, b.createdAt);
                if (b.cancelReason == QLatin1String("No-show") && b.checkIn == today.addDays(-1))
                    ++noShowLastNight;
                else if (b.cancelledAt->toTimeZone(zone).date() == today)
                    ++cancelledToday;
                continue;
            }
            // Past stays are completed, in the room they had; nobody to come has a room yet.
            if (b.checkOut < today) {
                EXPECT_EQ(b.status, BookingStatus::Completed);
                EXPECT_TRUE(b.roomId.has_value());
                EXPECT_TRUE(b.checkedOutAt.has_value());
            }
            if (b.checkIn >= today) {
                EXPECT_FALSE(b.roomId.has_value());
            }
            arrivals += b.checkIn == today && !b.checkedInAt ? 1 : 0;
            inHouse += b.isInHouse() ? 1 : 0;
            departures += b.isInHouse() && b.checkOut == today ? 1 : 0;
            // Stays that arrived before today were all booked before now: their lead times are the history's,
            // unconditioned (coming stays are only those booked far enough ahead).
            if (b.checkIn < today) {
                leads << int(b.createdAt.toTimeZone(zone).date().daysTo(b.checkIn));
                nights << b.nights;
            }
        }
        EXPECT_GT(arrivals, 0) << h.name.toStdString();
        EXPECT_GT(inHouse, 0) << h.name.toStdString();
        EXPECT_GT(departures, 0) << h.name.toStdString();
        EXPECT_GE(cancelledToday, 1) << h.name.toStdString();
        EXPECT_GE(noShowLastNight, 1) << h.name.toStdString();

        // Every guest in house sleeps in an occupied room of the booked type.
        auto rooms = m_store->rooms(Actor::system(), h.id);
        ASSERT_TRUE(rooms);
        int occupied = 0;
        for (const Room &r : *rooms)
            occupied += r.status == RoomStatus::Occupied ? 1 : 0;
        EXPECT_EQ(occupied, inHouse) << h.name.toStdString();

        auto grid = m_store->inventory(Actor::system(), h.id, today, today.addDays(30));
        ASSERT_TRUE(grid);
        double booked = 0, total = 0;
        for (const InventoryNight &n : grid->nights) {
            booked += n.bookedRooms;
            total += n.totalRooms;
            const bool weekend = n.date.dayOfWeek() == 5 || n.date.dayOfWeek() == 6;
            (weekend ? weekendBooked : weekdayBooked) += n.bookedRooms;
            (weekend ? weekendTotal : weekdayTotal) += n.totalRooms;
        }
        const double occupancy = booked / total;
        EXPECT_GE(occupancy, 0.50) << h.name.toStdString();
        EXPECT_LE(occupancy, 0.95) << h.name.toStdString();
    }
    EXPECT_GT(weekendBooked / weekendTotal, weekdayBooked / weekdayTotal);

    // Stated tolerance: each lead-time quantile within 20 % or 4 days of the history's, stay lengths within
    // one night (several hundred stays per quantile; the generator draws from the same table).
    ASSERT_GT(leads.size(), 400);
    for (double p : {0.10, 0.25, 0.50, 0.75, 0.90}) {
        const double want = DemandProfile::percentile(m_profile.leadTimePercentiles, p * 100);
        const double got = quantile(leads, p);
        EXPECT_NEAR(got, want, std::max(4.0, 0.20 * want)) << "lead-time quantile " << p;
        const double wantNights = DemandProfile::percentile(m_profile.stayNightsPercentiles, p * 100);
        EXPECT_NEAR(quantile(nights, p), wantNights, 1.0) << "stay-length quantile " << p;
    }
    auto rows = m_store->database().exec(QStringLiteral("SELECT DISTINCT market_segment FROM bookings"));
    while (rows.next())
        segments << rows.value(0).toString();
    EXPECT_TRUE(segments.contains(QStringLiteral("Online TA")));
    EXPECT_TRUE(segments.contains(QStringLiteral("Direct")));
    EXPECT_TRUE(segments.contains(QStringLiteral("Groups")));
}

TEST_P(LivingDemoTest, sameSeedSameDayAndASecondRunChangesNothing) {
    ASSERT_TRUE(seed(2, 11));
    auto fingerprint = [this] {
        QStringList out;
        for (const Hotel &h : m_store->hotels(Actor::system()).value())
            for (const Booking &b : allBookings(h.id))
                out << QStringLiteral("%1|%2|%3|%4|%5")
                           .arg(b.guestName, b.checkIn.toString(Qt::ISODate), b.checkOut.toString(Qt::ISODate),
                                bookingStatusName(b.status))
                           .arg(b.totalPrice);
        return out;
    };
    const QStringList first = fingerprint();
    ASSERT_GT(first.size(), 100);
    LivingDemoOptions again;
    again.seed = 11;
    auto second = fillLivingDemo(*m_store, m_profile, again);
    ASSERT_TRUE(second);
    EXPECT_EQ(second->skippedHotels, 2);
    EXPECT_EQ(second->bookings, 0);
    EXPECT_EQ(fingerprint(), first);

    QString whyNot;
    auto other = TestDatabase::create(GetParam(), &whyNot);
    ASSERT_TRUE(other) << whyNot.toStdString();
    auto otherStore = other->open(QStringLiteral("living-other"));
    SeedOptions options;
    options.hotels = 2;
    options.seed = 11;
    options.users = false;
    LivingDemoOptions living;
    living.seed = 11;
    ASSERT_TRUE(seedLivingDemo(*otherStore, options, living));
    std::swap(m_store, otherStore);
    EXPECT_EQ(fingerprint(), first);
    std::swap(m_store, otherStore);
}

TEST_P(LivingDemoTest, refusesWindowsItCannotFill) {
    LivingDemoOptions o;
    o.pastDays = 0;
    auto r = fillLivingDemo(*m_store, m_profile, o);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().field, QStringLiteral("pastDays"));
    o.pastDays = 90;
    o.futureDays = 1000;
    r = fillLivingDemo(*m_store, m_profile, o);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().field, QStringLiteral("futureDays"));
}

HOTEL_BOTH_DATABASES(LivingDemoTest);

} // namespace
