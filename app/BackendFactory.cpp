#include "app/BackendFactory.h"

#include "client/RestBackend.h"
#include "client/SqlBackend.h"
#include "seed/LivingDemo.h"
#include "seed/Seeder.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace hotel {

QString demoDatabasePath() {
    return defaultDemoDatabasePath();
}

static BackendError notBuiltIn(const QString &what) {
    return BackendError::make(
        BackendError::Kind::Unavailable,
        QCoreApplication::translate("hotel::BackendFactory", "This build of the portal cannot open %1.").arg(what));
}

Result<Backend *> createBackend(const ConnectionSettings &settings, QObject *parent) {
    switch (settings.kind) {
    case Backend::Kind::Demo: {
        DbConfig config;
        if (!settings.sqliteUrl.isEmpty()) {
            auto parsed = DbConfig::parse(settings.sqliteUrl);
            if (!parsed)
                return parsed.error();
            config = parsed.value();
        } else {
            config.driver = DbConfig::Driver::Sqlite;
            config.path = demoDatabasePath();
        }
        SqlBackend::Options options;
        options.kind = Backend::Kind::Demo;
        // First start: the demo database is empty, so it is filled before the first answer.
        options.prepare = [](Store &store) -> VoidResult {
            auto staff = store.hotels(Actor::system());
            if (!staff)
                return staff.error();
            if (!staff->isEmpty()) {
                // Keep a year of nights on sale as the calendar moves on.
                (void)store.extendInventory(QDate::currentDate().addDays(365));
                return Unit{};
            }
            // A hotel in mid-season on the day it is opened (seed/LivingDemo.h): 90 days of history, 180 to come.
            SeedOptions seed;
            seed.hotels = 40;
            seed.seed = 20261124;
            LivingDemoOptions living;
            living.seed = seed.seed;
            // Three living hotels (the first ones of a fresh database) keep the first start near a second on
            // a small machine; the other 37 still answer searches with their empty calendars.
            living.hotels = {1, 2, 3};
            auto seeded = seedLivingDemo(store, seed, living);
            if (!seeded)
                return seeded.error();
            return Unit{};
        };
        return static_cast<Backend *>(new SqlBackend(config, options, parent));
    }
    case Backend::Kind::Postgres: {
        auto parsed = DbConfig::parse(settings.databaseUrl(true));
        if (!parsed)
            return parsed.error();
        SqlBackend::Options options;
        options.kind = Backend::Kind::Postgres;
        return static_cast<Backend *>(new SqlBackend(parsed.value(), options, parent));
    }
    case Backend::Kind::Rest:
        return static_cast<Backend *>(new RestBackend(QUrl(settings.serverUrl), parent));
    }
    return notBuiltIn(settings.describe());
}

} // namespace hotel
