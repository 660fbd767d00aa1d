// The pricing engine's formula at its edges, the settings it refuses, the stay restrictions, and a property
// test over random settings.
#include "domain/Pricing.h"

#include <QRandomGenerator>
#include <gtest/gtest.h>

using namespace hotel;
using namespace hotel::pricing;

namespace {

RoomType roomType(Money base, const QString &currency = QStringLiteral("USD")) {
    RoomType rt;
    rt.id = 7;
    rt.hotelId = 1;
    rt.basePrice = base;
    rt.currency = currency;
    rt.totalRooms = 10;
    return rt;
}

// Settings whose only moving part is the demand curve (seasons none, every weekday 1.0).
PricingSettings flat() {
    PricingSettings s = defaultSettings(1);
    s.weekday.fill(one);
    return s;
}

const RoomTypeBounds wide{7, 0, 100'000'000};
const QDate wednesday(2030, 1, 9); // a Wednesday night
const QDate friday(2030, 1, 11);
const QDate saturday(2030, 1, 12);
const QDate sunday(2030, 1, 13);

} // namespace

TEST(PricingFormula, emptyNightIsHalfTheBaseAndAFullNightTwice) {
    const PricingSettings s = flat();
    EXPECT_EQ(nightPrice(10000, QStringLiteral("USD"), wide, s, wednesday, occupancyOf(10, 0, 0)), 5000);
    EXPECT_EQ(nightPrice(10000, QStringLiteral("USD"), wide, s, wednesday, occupancyOf(10, 10, 0)), 20000);
    // Blocked rooms count as taken; more taken than there are rooms (overbooking) is a full night.
    EXPECT_EQ(nightPrice(10000, QStringLiteral("USD"), wide, s, wednesday, occupancyOf(10, 6, 4)), 20000);
    EXPECT_EQ(occupancyOf(10, 11, 1), one);
    EXPECT_EQ(occupancyOf(0, 0, 0), one);
    // Half full: 0.5 + 0.5 x 1.5 = 1.25.
    EXPECT_EQ(nightPrice(10000, QStringLiteral("USD"), wide, s, wednesday, occupancyOf(10, 5, 0)), 12500);
}

TEST(PricingFormula, curveIsLinearBetweenItsPoints) {
    PricingSettings s = flat();
    s.demandCurve = {{0, 6000}, {5000, 8000}, {8000, 15000}, {one, 25000}};
    EXPECT_EQ(demandFactor(s.demandCurve, 0), 6000);
    EXPECT_EQ(demandFactor(s.demandCurve, 2500), 7000);
    EXPECT_EQ(demandFactor(s.demandCurve, 5000), 8000);
    EXPECT_EQ(demandFactor(s.demandCurve, 6500), 11500);
    EXPECT_EQ(demandFactor(s.demandCurve, 9000), 20000);
    EXPECT_EQ(demandFactor(s.demandCurve, one), 25000);
}

TEST(PricingFormula, seasonAppliesFromItsFirstToItsLastNightIncluded) {
    PricingSettings s = flat();
    s.seasons = {{QStringLiteral("Summer"), QDate(2030, 7, 1), QDate(2030, 8, 31), 15000}};
    const int half = occupancyOf(10, 5, 0);
    EXPECT_EQ(nightPrice(10000, QStringLiteral("USD"), wide, s, QDate(2030, 6, 30), half), 12500);
    EXPECT_EQ(nightPrice(10000, QStringLiteral("USD"), wide, s, QDate(2030, 7, 1), half), 18750);
    EXPECT_EQ(nightPrice(10000, QStringLiteral("USD"), wide, s, QDate(2030, 8, 31), half), 18750);
    EXPECT_EQ(nightPrice(10000, QStringLiteral("USD"), wide, s, QDate(2030, 9, 1), half), 12500);
}

TEST(PricingFormula, weekendNightsAreDearerByDefault) {
    const PricingSettings s = defaultSettings(1);
    const int half = occupancyOf(10, 5, 0);
    EXPECT_EQ(nightPrice(10000, QStringLiteral("USD"), wide, s, wednesday, half), 11250);
    EXPECT_EQ(nightPrice(10000, QStringLiteral("USD"), wide, s, friday, half), 15000);
    EXPECT_EQ(nightPrice(10000, QStringLiteral("USD"), wide, s, saturday, half), 15000);
    EXPECT_EQ(nightPrice(10000, QStringLiteral("USD"), wide, s, sunday, half), 11250);
}

TEST(PricingFormula, clampedToBothBounds) {
    const PricingSettings s = flat();
    const RoomTypeBounds bounds{7, 8000, 15000};
    EXPECT_EQ(nightPrice(10000, QStringLiteral("USD"), bounds, s, wednesday, 0), 8000);
    EXPECT_EQ(nightPrice(10000, QStringLiteral("USD"), bounds, s, wednesday, one), 15000);
    EXPECT_EQ(nightPrice(10000, QStringLiteral("USD"), bounds, s, wednesday, occupancyOf(10, 5, 0)), 12500);
    // A bound equal on both sides pins the price.
    EXPECT_EQ(nightPrice(10000, QStringLiteral("USD"), RoomTypeBounds{7, 9900, 9900}, s, wednesday, one), 9900);
}

TEST(PricingFormula, roundsToEachCurrencysMinorUnit) {
    PricingSettings s = flat();
    s.weekday.fill(10700); // 1.07: prices with fractions of a minor unit
    const int half = occupancyOf(10, 5, 0);
    // KRW and JPY have no minor unit: 110,000 x 1.25 x 1.07 = 147,125 won exactly; 110,001 gives 147,126.34.
    EXPECT_EQ(nightPrice(11000000, QStringLiteral("KRW"), wide, s, wednesday, half), 14712500);
    EXPECT_EQ(nightPrice(11000100, QStringLiteral("KRW"), RoomTypeBounds{7, 0, 10'000'000'000}, s, wednesday, half),
              14712600);
    EXPECT_EQ(nightPrice(12345, QStringLiteral("JPY"), wide, s, wednesday, half) % 100, 0);
    EXPECT_EQ(nightPrice(12345, QStringLiteral("JPY"), wide, s, wednesday, half), 16500); // 165.11 -> 165
    // USD keeps cents: 123.45 x 1.25 x 1.07 = 165.114... -> 165.11.
    EXPECT_EQ(nightPrice(12345, QStringLiteral("USD"), wide, s, wednesday, half), 16511);
    // KWD has three decimals by ISO 4217; Money holds hundredths, so its prices are exact to the hundredth.
    EXPECT_EQ(nightPrice(12345, QStringLiteral("KWD"), wide, s, wednesday, half), 16511);
    // 100.00 x 1.25 x 1.0004 = 125.05 exactly; 12.50 x 1.0004 = 12.5050: half a cent rounds up.
    s.weekday.fill(10004);
    EXPECT_EQ(nightPrice(10000, QStringLiteral("USD"), wide, s, wednesday, half), 12505);
    s.weekday.fill(one);
    s.demandCurve = {{0, 10004}, {one, 10005}};
    EXPECT_EQ(nightPrice(1250, QStringLiteral("USD"), wide, s, wednesday, 0), 1251); // 12.5050 -> 12.51
}

TEST(PricingFormula, zeroDecimalBoundsStayWholeAfterRounding) {
    // A price clamped to a bound is already whole: rounding never moves it past the bound.
    const PricingSettings s = flat();
    const RoomTypeBounds bounds{7, 5000000, 8000000};
    for (int occ = 0; occ <= one; occ += 250) {
        const Money p = nightPrice(5432100, QStringLiteral("KRW"), bounds, s, wednesday, occ);
        EXPECT_GE(p, bounds.minPrice);
        EXPECT_LE(p, bounds.maxPrice);
        EXPECT_EQ(p % 100, 0);
    }
}

TEST(PricingRecompute, leavesManualNightsAndUnchangedOnesOut) {
    PricingSettings s = flat();
    RoomType rt = roomType(10000);
    s.bounds = {{7, 0, 1'000'000}};
    QList<NightState> nights{{wednesday, 10, 0, 0, 5000, false},
                             {wednesday.addDays(1), 10, 10, 0, 7777, true},
                             {wednesday.addDays(2), 10, 10, 0, 10000, false}};
    const auto changes = recompute(s, rt, QStringLiteral("USD"), nights);
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes[0], (PriceChange{7, wednesday.addDays(2), 10000, 20000}));
    s.enabled = false;
    EXPECT_TRUE(recompute(s, rt, QStringLiteral("USD"), nights).isEmpty());
}

TEST(PricingSettingsCheck, defaultsAreValid) {
    EXPECT_FALSE(validate(defaultSettings(1), {roomType(10000)}));
    const RoomTypeBounds b = defaultBounds(roomType(12345, QStringLiteral("KRW")));
    EXPECT_EQ(b.minPrice % 100, 0);
    EXPECT_EQ(b.maxPrice % 100, 0);
}

TEST(PricingSettingsCheck, refusesBadSettingsNamingTheField) {
    const QList<RoomType> types{roomType(10000), roomType(500000, QStringLiteral("KRW"))};
    const_cast<RoomType &>(types[1]).id = 8;
    auto field = [&](const PricingSettings &s) {
        auto e = validate(s, types);
        return e ? e->field : QString();
    };
    PricingSettings s = defaultSettings(1);
    s.weekday[5] = -1000;
    EXPECT_EQ(field(s), QStringLiteral("weekdayFactors.saturday"));

    s = defaultSettings(1);
    s.demandCurve = {{0, 5000}, {5000, 4000}, {one, 20000}};
    EXPECT_EQ(field(s), QStringLiteral("demandCurve[1].factor"));
    s.demandCurve = {{0, 5000}, {5000, 5000}, {one, 20000}};
    EXPECT_EQ(field(s), QStringLiteral("demandCurve[1].factor"));
    s.demandCurve = {{0, 5000}, {0, 6000}, {one, 20000}};
    EXPECT_EQ(field(s), QStringLiteral("demandCurve[1].occupancy"));
    s.demandCurve = {{1000, 5000}, {one, 20000}};
    EXPECT_EQ(field(s), QStringLiteral("demandCurve[0].occupancy"));
    s.demandCurve = {{0, 5000}, {9000, 20000}};
    EXPECT_EQ(field(s), QStringLiteral("demandCurve[1].occupancy"));
    s.demandCurve = {{0, -5000}, {one, 20000}};
    EXPECT_EQ(field(s), QStringLiteral("demandCurve[0].factor"));
    s.demandCurve = {{0, 5000}};
    EXPECT_EQ(field(s), QStringLiteral("demandCurve"));

    s = defaultSettings(1);
    s.seasons = {{QStringLiteral("Summer"), QDate(2030, 7, 1), QDate(2030, 8, 31), 15000},
                 {QStringLiteral("Late summer"), QDate(2030, 8, 31), QDate(2030, 9, 15), 12000}};
    EXPECT_EQ(field(s), QStringLiteral("seasons[1].from"));
    s.seasons = {{QStringLiteral("Backwards"), QDate(2030, 7, 1), QDate(2030, 6, 1), 15000}};
    EXPECT_EQ(field(s), QStringLiteral("seasons[0].to"));
    s.seasons = {{QStringLiteral("Free"), QDate(2030, 7, 1), QDate(2030, 7, 2), 0}};
    EXPECT_EQ(field(s), QStringLiteral("seasons[0].factor"));
    // Back to back is no overlap.
    s.seasons = {{QStringLiteral("A"), QDate(2030, 7, 1), QDate(2030, 7, 31), 15000},
                 {QStringLiteral("B"), QDate(2030, 8, 1), QDate(2030, 8, 31), 12000}};
    EXPECT_EQ(field(s), QString());

    s = defaultSettings(1);
    s.bounds = {{7, 20000, 10000}};
    EXPECT_EQ(field(s), QStringLiteral("bounds[0].minPrice"));
    s.bounds = {{7, -1, 10000}};
    EXPECT_EQ(field(s), QStringLiteral("bounds[0].minPrice"));
    s.bounds = {{99, 1000, 10000}};
    EXPECT_EQ(field(s), QStringLiteral("bounds[0].roomTypeId"));
    s.bounds = {{8, 100050, 200000}}; // KRW: no fractions of a won
    EXPECT_EQ(field(s), QStringLiteral("bounds[0].minPrice"));
    s.bounds = {{7, 1000, 10000}, {7, 1000, 10000}};
    EXPECT_EQ(field(s), QStringLiteral("bounds[1].roomTypeId"));
}

TEST(PricingProperty, randomSettingsNeverLeaveTheBoundsNorTouchAManualPrice) {
    QRandomGenerator rng(20301);
    const QStringList currencies{QStringLiteral("USD"), QStringLiteral("KRW"), QStringLiteral("JPY"),
                                 QStringLiteral("EUR"), QStringLiteral("KWD")};
    int checked = 0;
    for (int round = 0; round < 400; ++round) {
        const QString currency = currencies[rng.bounded(int(currencies.size()))];
        const Money unit = currency == QLatin1String("KRW") || currency == QLatin1String("JPY") ? 100 : 1;
        RoomType rt = roomType(Money(rng.bounded(1, 100000000)), currency);
        PricingSettings s = defaultSettings(1);
        // A random increasing curve.
        const int points = rng.bounded(2, 8);
        s.demandCurve.clear();
        int factor = rng.bounded(1, 20000);
        for (int i = 0; i < points; ++i) {
            const int occ = i == points - 1 ? one : i * (one / points) + (i ? rng.bounded(1, one / points) : 0);
            s.demandCurve << CurvePoint{occ, factor};
            factor += rng.bounded(1, 10000);
        }
        for (auto &w : s.weekday)
            w = rng.bounded(1, maxFactor);
        const QDate start(2030, 1, 1);
        int at = 0;
        for (int i = 0; i < 4; ++i) {
            const int from = at + rng.bounded(0, 30);
            const int to = from + rng.bounded(0, 30);
            s.seasons << Season{QStringLiteral("S%1").arg(i), start.addDays(from), start.addDays(to),
                                rng.bounded(1, maxFactor)};
            at = to + 1;
        }
        Money lo = Money(rng.bounded(0, 1000000)) * unit;
        Money hi = lo + Money(rng.bounded(0, 1000000)) * unit;
        s.bounds = {{rt.id, lo, hi}};
        ASSERT_FALSE(validate(s, {rt})) << validate(s, {rt})->userMessage.toStdString();

        QList<NightState> nights;
        for (int n = 0; n < 120; ++n) {
            const int total = rng.bounded(0, 50);
            nights << NightState{start.addDays(n),
                                 total,
                                 rng.bounded(0, total + 3),
                                 rng.bounded(0, 3),
                                 Money(rng.bounded(0, 100000000)),
                                 rng.bounded(4) == 0};
        }
        const auto changes = recompute(s, rt, currency, nights);
        QHash<QDate, PriceChange> byDate;
        for (const auto &c : changes)
            byDate.insert(c.date, c);
        for (const NightState &n : nights) {
            const Money after = byDate.contains(n.date) ? byDate[n.date].newPrice : n.price;
            if (n.manual) {
                EXPECT_FALSE(byDate.contains(n.date));
                EXPECT_EQ(after, n.price);
                continue;
            }
            EXPECT_GE(after, lo) << currency.toStdString();
            EXPECT_LE(after, hi) << currency.toStdString();
            EXPECT_EQ(after % unit, 0) << currency.toStdString();
            if (byDate.contains(n.date)) {
                EXPECT_EQ(byDate[n.date].oldPrice, n.price);
            }
            ++checked;
        }
    }
    EXPECT_GT(checked, 20000);
}

TEST(StayRestrictions, eachRuleNamesItselfAndTheNight) {
    const QDate a(2030, 3, 10);
    auto broken = [&](const QList<NightRestriction> &rules, QDate in, QDate out) {
        return brokenRule(rules, in, out).value_or(QString()).toStdString();
    };
    EXPECT_EQ(broken({}, a, a.addDays(3)), "");
    NightRestriction closed{a.addDays(1)};
    closed.closed = true;
    EXPECT_EQ(broken({closed}, a, a.addDays(3)), "The room type is closed on 2030-03-11.");
    EXPECT_EQ(broken({closed}, a, a.addDays(1)), ""); // the closed night is the departure day: not stayed
    NightRestriction cta{a};
    cta.closedToArrival = true;
    EXPECT_EQ(broken({cta}, a, a.addDays(2)), "The room type is closed to arrival on 2030-03-10.");
    EXPECT_EQ(broken({cta}, a.addDays(-1), a.addDays(2)), ""); // staying through is fine
    NightRestriction ctd{a.addDays(2)};
    ctd.closedToDeparture = true;
    EXPECT_EQ(broken({ctd}, a, a.addDays(2)), "The room type is closed to departure on 2030-03-12.");
    EXPECT_EQ(broken({ctd}, a, a.addDays(3)), "");
    NightRestriction min{a};
    min.minStay = 3;
    EXPECT_EQ(broken({min}, a, a.addDays(2)),
              "Stays arriving on 2030-03-10 must be at least 3 nights long (minimum stay).");
    EXPECT_EQ(broken({min}, a, a.addDays(3)), "");
    // Counted from the arrival night: a stay arriving the day before is not held to it.
    EXPECT_EQ(broken({min}, a.addDays(-1), a.addDays(1)), "");
    NightRestriction max{a};
    max.maxStay = 2;
    EXPECT_EQ(broken({max}, a, a.addDays(3)),
              "Stays arriving on 2030-03-10 may be at most 2 nights long (maximum stay).");
    EXPECT_EQ(broken({max}, a, a.addDays(2)), "");
}

TEST(StayRestrictions, refusesMinAboveMaxNamingTheField) {
    NightRestriction r{QDate(2030, 3, 10)};
    r.minStay = 5;
    r.maxStay = 3;
    auto e = validate(QList<NightRestriction>{NightRestriction{QDate(2030, 3, 9)}, r});
    ASSERT_TRUE(e);
    EXPECT_EQ(e->field, QStringLiteral("restrictions[1].minStay"));
    r.maxStay = 0;
    EXPECT_FALSE(validate(QList<NightRestriction>{r}));
    r.minStay = -1;
    EXPECT_EQ(validate(QList<NightRestriction>{r})->field, QStringLiteral("restrictions[0].minStay"));
    EXPECT_EQ(
        validate(QList<NightRestriction>{NightRestriction{QDate(2030, 3, 9)}, NightRestriction{QDate(2030, 3, 9)}})
            ->field,
        QStringLiteral("restrictions[1].date"));
}
