#pragma once

// Revenue management's rules, free of storage: the dynamic price of a night (design document Q4: base x
// demand x season x weekday, then the room type's guard rails, then the currency's minor unit), what a
// recompute changes (never a price set by hand), whether the hotel's settings make sense, and whether a stay
// keeps to the stay restrictions. The store applies them inside its transactions (StorePricing.cpp,
// StoreBookings.cpp), the server's search and the portal's preview call the same functions.
//
// Factors and occupancies are integers in basis points (10000 = 1.0 = 100 %), so a price is computed the same
// way on every machine and database and never passes through a double.

#include "domain/Domain.h"
#include "domain/Result.h"

#include <QHash>
#include <array>

namespace hotel::pricing {

inline constexpr int one = 10000;            // a factor of 1.0, an occupancy of 100 %
inline constexpr int maxFactor = 10 * one;   // no factor above 10.0
inline constexpr int maxCurvePoints = 20;    // of the demand curve
inline constexpr int maxSeasons = 100;       // per hotel
inline constexpr int maxRecomputeDays = 400; // nights one recompute looks at

// One point of the demand curve: at `occupancy` (0..one) the base price is multiplied by `factor`.
struct CurvePoint {
    int occupancy = 0;
    int factor = one;
    friend bool operator==(const CurvePoint &, const CurvePoint &) = default;
};

// A season: the nights [from, to] (both included, as a revenue manager writes "1 Jul - 31 Aug").
struct Season {
    QString name;
    QDate from;
    QDate to;
    int factor = one;
    friend bool operator==(const Season &, const Season &) = default;
};

// A room type's guard rails; the engine never prices a night outside [minPrice, maxPrice].
struct RoomTypeBounds {
    RoomTypeId roomTypeId = 0;
    Money minPrice = 0;
    Money maxPrice = 0;
    friend bool operator==(const RoomTypeBounds &, const RoomTypeBounds &) = default;
};

// A hotel's pricing settings. Room types without bounds of their own get defaultBounds().
struct PricingSettings {
    HotelId hotelId = 0;
    bool enabled = true;           // false: the engine leaves the hotel's prices alone
    QList<CurvePoint> demandCurve; // occupancy strictly increasing from 0 to one, factor strictly increasing
    QList<Season> seasons;         // not overlapping; nights outside every season: factor one
    std::array<int, 7> weekday{};  // Monday..Sunday (Qt's dayOfWeek() - 1), by the night's date
    QList<RoomTypeBounds> bounds;  // per room type
    UserId updatedBy = 0;          // who saved them last (0: never saved, the defaults)
    QDateTime updatedAt;
    friend bool operator==(const PricingSettings &, const PricingSettings &) = default;
};

// The design document's defaults: the curve 0.5 at an empty night to 2.0 at a full one, no seasons,
// Sunday to Thursday nights 0.9 and Friday and Saturday nights 1.2 (weekends dearer).
PricingSettings defaultSettings(HotelId hotelId);
// Guard rails of a room type nobody has set: half the base price to three times it, in whole minor units.
RoomTypeBounds defaultBounds(const RoomType &roomType);
RoomTypeBounds boundsFor(const PricingSettings &settings, const RoomType &roomType);

// Refuses settings that make no sense, naming the field ("demandCurve[2].factor", "seasons[1].from",
// "bounds[0].minPrice"...). `roomTypes`: the hotel's, for the bounds' ids and the currency's minor unit.
std::optional<BackendError> validate(const PricingSettings &settings, const QList<RoomType> &roomTypes);

// (booked + blocked) / total in basis points, at most one; a room type without rooms counts as full.
int occupancyOf(int totalRooms, int bookedRooms, int blockedRooms);
// The curve's factor at an occupancy, linear between points, flat beyond the ends.
int demandFactor(const QList<CurvePoint> &curve, int occupancy);
int seasonFactor(const QList<Season> &seasons, QDate night);
int weekdayFactor(const std::array<int, 7> &weekday, QDate night);

// The engine's price of a night: base x demand x season x weekday, half up to hundredths, clamped to the
// bounds, rounded to the currency's minor unit (bounds are whole minor units, so the result stays inside).
Money nightPrice(Money basePrice, const QString &currency, const RoomTypeBounds &bounds,
                 const PricingSettings &settings, QDate night, int occupancy);

// A night as the engine sees it.
struct NightState {
    QDate date;
    int totalRooms = 0;
    int bookedRooms = 0;
    int blockedRooms = 0;
    Money price = 0;
    bool manual = false; // set by hand: the engine never touches it until released
};

struct PriceChange {
    RoomTypeId roomTypeId = 0;
    QDate date;
    Money oldPrice = 0;
    Money newPrice = 0;
    friend bool operator==(const PriceChange &, const PriceChange &) = default;
};

// What a recompute of one room type changes: every night that is not manual and whose engine price differs
// from its current one. Empty when the hotel switched the engine off.
QList<PriceChange> recompute(const PricingSettings &settings, const RoomType &roomType, const QString &currency,
                             const QList<NightState> &nights);

// ---- stay restrictions ----------------------------------------------------------------------------------

// One room type's rules for one night (Apaleo's and Cloudbeds' definitions): minStay and maxStay count from
// the arrival night (0: none); closed: no stay may hold the night; closedToArrival: no stay may start on it;
// closedToDeparture: no stay may end on it (the stay's last night is the day before).
struct NightRestriction {
    QDate date;
    int minStay = 0;
    int maxStay = 0;
    bool closed = false;
    bool closedToArrival = false;
    bool closedToDeparture = false;
    bool isEmpty() const { return minStay == 0 && maxStay == 0 && !closed && !closedToArrival && !closedToDeparture; }
    friend bool operator==(const NightRestriction &, const NightRestriction &) = default;
};

inline constexpr int maxStayRule = 365;

// Refuses a restriction list naming the field ("restrictions[3].minStay": above maxStay, negative...).
std::optional<BackendError> validate(const QList<NightRestriction> &restrictions);

// The first rule a stay [checkIn, checkOut) breaks, naming the rule and the night; nullopt when it keeps to
// all. `rules`: the restrictions of the stay's nights and of its departure day (others may be missing).
std::optional<QString> brokenRule(const QList<NightRestriction> &rules, QDate checkIn, QDate checkOut);

// ---- what the store keeps and answers --------------------------------------------------------------------

enum class PriceChangeReason { Engine, Manual, Release, Undo };
QString reasonName(PriceChangeReason reason); // "engine", "manual", "release", "undo" (database and wire)
std::optional<PriceChangeReason> reasonFromName(QStringView name);

// One row of a night's price history.
struct PriceHistoryEntry {
    qint64 id = 0;
    RoomTypeId roomTypeId = 0;
    QDate date;
    Money oldPrice = 0;
    Money newPrice = 0;
    PriceChangeReason reason = PriceChangeReason::Engine;
    UserId changedBy = 0;
    QDateTime changedAt;
    qint64 recomputeId = 0; // the recompute (or its undo) that made it; 0 for manual changes and releases
};

// What a recompute did (or, dry, would do) to one hotel.
struct RecomputeResult {
    HotelId hotelId = 0;
    qint64 recomputeId = 0; // 0: a dry run, or nothing changed
    bool dryRun = false;
    QList<PriceChange> changes;
};

// A night of the preview: today's price against the price the proposed settings give, and the rooms on the
// books that night (the revenue they would bring at today's occupancy).
struct PreviewNight {
    RoomTypeId roomTypeId = 0;
    QDate date;
    int occupancy = 0; // basis points
    int roomsSold = 0;
    Money currentPrice = 0;
    Money proposedPrice = 0;
    bool manual = false;
};

struct PricePreview {
    HotelId hotelId = 0;
    QString currency;
    QList<PreviewNight> nights;
    Money currentRevenue = 0;  // sum of roomsSold x currentPrice
    Money proposedRevenue = 0; // sum of roomsSold x proposedPrice
};

// The preview of `proposed` over `nights` (the hotel's room types and their nights as they stand).
PricePreview preview(const PricingSettings &proposed, const QList<RoomType> &roomTypes, const QString &currency,
                     const QHash<RoomTypeId, QList<NightState>> &nights);

// ---- the figures a revenue manager steers by ---------------------------------------------------------------

enum class KpiGrouping { Day, Week, Month };
std::optional<KpiGrouping> kpiGroupingFromName(QStringView name); // "day", "week", "month"

// One night of one room type, counted: rooms available = total - blocked; sold = room-nights of confirmed and
// completed bookings; revenue = their nightly room prices; cancelled = room-nights of cancelled bookings.
struct KpiNight {
    QDate date;
    qint64 roomsAvailable = 0;
    qint64 roomsSold = 0;
    Money revenue = 0;
    qint64 cancellations = 0;
};

struct KpiRow {
    QString period; // "2030-01-05" (day), "2030-W01" (ISO week), "2030-01" (month)
    QDate start;    // the period's first night
    qint64 roomsAvailable = 0;
    qint64 roomsSold = 0;
    int occupancy = 0; // basis points: sold / available
    Money revenue = 0;
    Money adr = 0;    // revenue / rooms sold, half up
    Money revpar = 0; // revenue / rooms available, half up
    qint64 cancellations = 0;
    friend bool operator==(const KpiRow &, const KpiRow &) = default;
};

// Sums nights (of any room types) into periods, in date order.
QList<KpiRow> kpiRows(const QList<KpiNight> &nights, KpiGrouping grouping);
QString periodOf(QDate night, KpiGrouping grouping);
QDate periodStart(QDate night, KpiGrouping grouping);

// The nightly room price of each night of a booking: its room price spread evenly over its nights, the
// hundredths left over on the first nights, so the nights sum to the booking's room price exactly.
Money nightlyShare(Money roomPrice, int nights, int nightIndex);

// Booking pace: room-nights on the books for a future night as of past days.
struct PaceRow {
    QDate night;
    int onTheBooks = 0; // now
    int asOf1 = 0;      // as of 1, 7 and 30 days ago: pickup = onTheBooks - asOfN
    int asOf7 = 0;
    int asOf30 = 0;
};

} // namespace hotel::pricing
