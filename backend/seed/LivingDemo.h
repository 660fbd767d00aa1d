#pragma once

#include "domain/Domain.h"
#include "domain/Result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace hotel {

class Store;

// The shape of real demand, derived once from the shared booking history (scripts/derive-demo-distributions.py;
// N. Antonio et al., Data in Brief 22 (2019), CC BY 4.0) and built in as backend/seed/data/demand-profile.json.
struct DemandProfile {
    struct Segment {
        QString name;
        double stayShare = 0;        // among the stays a hotel held
        double cancelledPerStay = 0; // cancelled bookings per stay held
        double noShowsPerStay = 0;
    };
    QList<int> leadTimePercentiles;          // 0..100, days between booking and arrival, of stays held
    QList<int> cancelledLeadTimePercentiles; // the same, of cancelled bookings
    QList<int> stayNightsPercentiles;        // 0..100
    QList<double> stayNightsShares;          // [0] = 1 night ... last = that many or more
    QList<double> partySizeShares;           // [0] = 1 guest ...
    double monthFactors[12] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}; // arrivals of the month against the mean month
    QList<Segment> segments;
    QString source;

    // The built-in profile (Qt resource of hotel_seed).
    static Result<DemandProfile> builtIn();
    // Percentile p (0..100) of a percentile table, interpolated.
    static double percentile(const QList<int> &table, double p);
};

struct LivingDemoOptions {
    quint32 seed = 1;
    QDateTime now;         // UTC; default: the store's clock. Each hotel's "today" is its own zone's date.
    int pastDays = 90;     // stays arriving from today - pastDays
    int futureDays = 180;  // and up to today + futureDays
    QList<HotelId> hotels; // empty: every hotel
};

struct LivingDemoSummary {
    int hotels = 0;
    int bookings = 0;  // rows written, all statuses
    int stays = 0;     // bookings holding nights (completed, in house, to come)
    int cancelled = 0; // cancelled, no-shows included
    int noShows = 0;
    int arrivalsToday = 0;
    int inHouse = 0;
    int departuresToday = 0;
    int skippedHotels = 0; // had bookings already: left as they were
};

// Fills each hotel's past and coming days with bookings that follow `profile`: lead times, stay lengths,
// party sizes and segments of the history, occupancy higher on weekends and in the busier months, today with
// arrivals, guests in house, departures (a few of them already gone, their rooms dirty), cancellations made
// today and a no-show from last night; past stays completed in their rooms. The inventory must already cover
// [today - pastDays, today + futureDays + a month) (seed it from today - pastDays - 2).
//
// Written in one transaction through a bulk path: the bookings first, then each night's booked count raised by
// exactly the stays the generator placed there, so the CHECK constraint still guards capacity and the
// overbooking audit's recount agrees. Hotels that hold bookings already are skipped, so running it twice
// changes nothing. Deterministic for a seed and `now`.
Result<LivingDemoSummary> fillLivingDemo(Store &store, const DemandProfile &profile, const LivingDemoOptions &options);

// seedDemoData, with inventory from pastDays + 2 days ago, then fillLivingDemo: what the offline demo's first
// start and `hotel-server seed` make. `seeded`, when given, is told what seedDemoData made.
struct SeedOptions;
struct SeedSummary;
Result<LivingDemoSummary> seedLivingDemo(Store &store, SeedOptions seedOptions, const LivingDemoOptions &options,
                                         SeedSummary *seeded = nullptr);

} // namespace hotel
