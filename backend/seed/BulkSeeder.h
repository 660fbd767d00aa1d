#pragma once

#include "domain/DbConfig.h"
#include "domain/Result.h"
#include "seed/Seeder.h"

#include <QDate>
#include <functional>

namespace hotel {

// The benchmark-scale loader for PostgreSQL (issue 5): 100,000 hotels with 5,000,000 rooms and 90 nights of
// inventory in minutes. The whole load is one transaction (a failure leaves the database as it was); the
// loaded tables' secondary indexes and foreign keys are dropped first and rebuilt after the rows are in, and
// every value is generated inside PostgreSQL by INSERT ... SELECT over generate_series, so nothing crosses the
// wire per row. Deterministic: the same seed gives the same data, hotels spread evenly over the demo cities
// and the cities of the time zone database (several hundred real places with true coordinates).
struct BulkSeedOptions {
    int hotels = 100000;
    int roomsPerHotel = 50; // split over 2-4 room types
    int days = 90;
    quint32 seed = 1;
    QDate from; // default: today (UTC) less one day, as the demo seeder
    bool users = true;
    // stage ("hotels", "rooms", "inventory", "indexes", ...), done and total units of that stage.
    std::function<void(const QString &stage, qint64 done, qint64 total)> progress;
};

Result<SeedSummary> bulkSeedPostgres(const DbConfig &config, const BulkSeedOptions &options);

struct SeedCity {
    QString name;
    QString country;
    double latitude = 0;
    double longitude = 0;
    QString timeZone;
    QString currency;
    int priceLevel = 0;
};

// The demo cities first (Seoul leading), then the world list (resources: data/world-cities.tsv).
QList<SeedCity> seedCities();

} // namespace hotel
