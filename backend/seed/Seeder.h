#pragma once

#include "domain/Domain.h"
#include "domain/Result.h"

#include <functional>

namespace hotel {

class Store;

// Deterministic demo data: the same seed gives the same hotels, rooms, prices and users. Hotels stand in real
// cities with their true coordinates and time zones (resources: the city table in Seeder.cpp, public
// GeoNames facts), Seoul first.
struct SeedOptions {
    int hotels = 40;
    quint32 seed = 1;
    int days = 365;    // inventory from `from` on
    QDate from;        // default: today (UTC) less one day
    bool users = true; // demo users of every role, password "demo-password"
    std::function<void(int done, int total)> progress;
};

struct SeedSummary {
    int hotels = 0;
    int roomTypes = 0;
    int rooms = 0;
    int users = 0;
};

Result<SeedSummary> seedDemoData(Store &store, const SeedOptions &options);

// admin, frontdesk, revenue and guest @demo.hotel (password demoPassword); the two staff users act on
// `staffHotels`. Users that exist already are left as they are. Returns how many were made.
Result<int> seedDemoUsers(Store &store, const QList<HotelId> &staffHotels);

// The demo database in the user's data folder (QStandardPaths::AppDataLocation/demo.sqlite).
QString defaultDemoDatabasePath();
inline constexpr const char *demoPassword = "demo-password";

} // namespace hotel
