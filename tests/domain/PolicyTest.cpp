#include "domain/Policy.h"

#include <QTimeZone>
#include <gtest/gtest.h>

using namespace hotel;

namespace {

Hotel hotelIn(const char *zone, const char *currency = "USD") {
    Hotel h;
    h.timeZone = zone;
    h.currency = QString::fromLatin1(currency);
    h.taxRateBasisPoints = 1000;
    h.feePerNight = 0;
    h.checkInTime = QTime(14, 0);
    h.freeCancellationHours = 24;
    return h;
}

QDateTime utc(int y, int m, int d, int hh, int mm = 0) {
    return QDateTime(QDate(y, m, d), QTime(hh, mm), QTimeZone::utc());
}

} // namespace

TEST(PolicyMoney, TaxesRoundHalfUpOnceSoTheQuoteIsWhatIsStored) {
    // 799.15 at 10 %: 79.915 -> 79.92 (truncating, as the dialog once did, said 79.91).
    const auto p = policy::priceStay(hotelIn("UTC"), 79915, 1);
    EXPECT_EQ(p.room, 79915);
    EXPECT_EQ(p.taxes, 7992);
    EXPECT_EQ(p.total, 79915 + 7992);
}

TEST(PolicyMoney, FeesPerNightAndTheTotalIsTheSumOfItsParts) {
    Hotel h = hotelIn("UTC");
    h.feePerNight = 250;
    h.taxRateBasisPoints = 825; // 8.25 %
    const auto p = policy::priceStay(h, 30001, 3);
    EXPECT_EQ(p.taxes, 2475); // 300.01 * 8.25 % = 24.7508 -> 24.75
    EXPECT_EQ(p.fees, 750);
    EXPECT_EQ(p.total, p.room + p.taxes + p.fees);
}

TEST(PolicyMoney, ZeroDecimalCurrenciesNeverShowFractions) {
    EXPECT_EQ(policy::currencyDecimals(u"KRW"), 0);
    EXPECT_EQ(policy::currencyDecimals(u"jpy"), 0);
    EXPECT_EQ(policy::currencyDecimals(u"EUR"), 2);
    Hotel h = hotelIn("Asia/Seoul", "KRW");
    h.taxRateBasisPoints = 1000;
    h.feePerNight = 55050;                            // 550.50 won would be a fraction: rounded to 551
    const auto p = policy::priceStay(h, 12345600, 2); // 123,456 won: 10 % is 12,345.6 -> 12,346
    EXPECT_EQ(p.taxes % 100, 0);
    EXPECT_EQ(p.taxes, 1234600);
    EXPECT_EQ(p.fees, 110100);
    EXPECT_EQ(p.total % 100, 0);
    EXPECT_EQ(policy::roundToMinorUnit(-150, u"KRW"), -200);
    EXPECT_EQ(policy::roundToMinorUnit(149, u"KRW"), 100);
    EXPECT_EQ(policy::roundToMinorUnit(149, u"USD"), 149);
}

TEST(PolicyTime, TodayIsTheHotelsOwnDate) {
    const QDateTime now = utc(2026, 3, 1, 23, 30); // already 2 March in Seoul, still 1 March in New York
    EXPECT_EQ(policy::hotelToday(QByteArray("Asia/Seoul"), now), QDate(2026, 3, 2));
    EXPECT_EQ(policy::hotelToday(QByteArray("America/New_York"), now), QDate(2026, 3, 1));
    EXPECT_EQ(policy::hotelToday(QByteArray("Pacific/Kiritimati"), utc(2026, 3, 1, 10)), QDate(2026, 3, 2));
    // An unknown zone counts as UTC, never as the machine's zone.
    EXPECT_EQ(policy::hotelToday(QByteArray("Nowhere/Atlantis"), now), QDate(2026, 3, 1));
}

TEST(PolicyCancellation, DeadlineIsCheckInTimeLessTheHoursInTheHotelsZone) {
    const Hotel h = hotelIn("Europe/Berlin");
    Booking b;
    b.checkIn = QDate(2026, 7, 10);
    b.totalPrice = 50000;
    // 14:00 Berlin summer time (UTC+2) on 10 July, less 24 h: 9 July 12:00 UTC.
    const auto before = policy::cancellationTerms(h, b, utc(2026, 7, 9, 12, 0));
    EXPECT_EQ(before.deadline.toUTC(), utc(2026, 7, 9, 12, 0));
    EXPECT_TRUE(before.free);
    EXPECT_EQ(before.refund, 50000);
    EXPECT_EQ(before.deadlineText, QStringLiteral("2026-07-09 14:00"));
    const auto after = policy::cancellationTerms(h, b, utc(2026, 7, 9, 12, 1));
    EXPECT_FALSE(after.free);
    EXPECT_EQ(after.refund, 0);
}

TEST(PolicyCancellation, AcrossTheSpringForwardNightTheWallClockHolds) {
    // Clocks go forward in Berlin on 29 March 2026: 14:00 on the 29th is 12:00 UTC; 24 h before is 12:00 UTC
    // on the 28th, which is 13:00 Berlin winter time. The rule counts hours, the text shows the hotel's clock.
    const Hotel h = hotelIn("Europe/Berlin");
    Booking b;
    b.checkIn = QDate(2026, 3, 29);
    const auto t = policy::cancellationTerms(h, b, utc(2026, 3, 1, 0));
    EXPECT_EQ(t.deadline.toUTC(), utc(2026, 3, 28, 12, 0));
    EXPECT_EQ(t.deadlineText, QStringLiteral("2026-03-28 13:00"));
}

TEST(PolicyStatus, OnlyTheDocumentedTransitions) {
    using S = BookingStatus;
    EXPECT_TRUE(policy::mayTransition(S::Pending, S::Confirmed));
    EXPECT_TRUE(policy::mayTransition(S::Pending, S::Cancelled));
    EXPECT_TRUE(policy::mayTransition(S::Confirmed, S::Cancelled));
    EXPECT_TRUE(policy::mayTransition(S::Confirmed, S::Completed));
    EXPECT_FALSE(policy::mayTransition(S::Pending, S::Completed));
    EXPECT_FALSE(policy::mayTransition(S::Cancelled, S::Confirmed));
    EXPECT_FALSE(policy::mayTransition(S::Completed, S::Cancelled));
    EXPECT_FALSE(policy::mayTransition(S::Confirmed, S::Pending));
    Booking inHouse;
    inHouse.status = S::Confirmed;
    inHouse.checkedInAt = utc(2026, 1, 1, 15);
    EXPECT_FALSE(policy::isCancellable(inHouse));
    EXPECT_FALSE(policy::isModifiable(inHouse));
    inHouse.checkedInAt.reset();
    EXPECT_TRUE(policy::isCancellable(inHouse));
}

TEST(PolicyActor, WhoMayDoWhat) {
    const Actor globalAdmin{1, Role::Admin, {}};
    const Actor hotelAdmin{2, Role::Admin, {7}};
    const Actor desk{3, Role::FrontDesk, {7}};
    const Actor revenue{4, Role::Revenue, {7}};
    const Actor guest{5, Role::Guest, {}};
    const Actor deskWithoutHotels{6, Role::FrontDesk, {}};
    EXPECT_TRUE(globalAdmin.isGlobalAdmin());
    EXPECT_FALSE(hotelAdmin.isGlobalAdmin());
    EXPECT_FALSE(deskWithoutHotels.isGlobalAdmin());
    EXPECT_TRUE(globalAdmin.mayActOnHotel(99));
    EXPECT_FALSE(hotelAdmin.mayActOnHotel(99));
    EXPECT_FALSE(deskWithoutHotels.mayActOnHotel(7));
    EXPECT_TRUE(desk.mayCreateBooking(7));
    EXPECT_FALSE(desk.mayCreateBooking(8));
    EXPECT_FALSE(revenue.mayCreateBooking(7));
    EXPECT_TRUE(guest.mayCreateBooking(8));
    EXPECT_TRUE(revenue.mayEditPrices(7));
    EXPECT_FALSE(desk.mayEditPrices(7));
    EXPECT_FALSE(guest.mayRunFrontDesk(7));
    EXPECT_TRUE(desk.mayRunFrontDesk(7));
}
