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
            LivingDemoOptions catalogue;
            catalogue.seed = seed.seed;
            catalogue.hotels = {-1}; // the catalogue and its inventory first; no hotel has id -1
            if (auto made = seedLivingDemo(store, seed, catalogue); !made)
                return made.error();
            // Three living hotels keep the first start near a second on a small machine; they are the first
            // three the portal lists (by name), so the demo opens on a hotel in mid-season. The other 37 still
            // answer searches with their empty calendars.
            auto listed = store.hotels(Actor::system());
            if (!listed)
                return listed.error();
            auto profile = DemandProfile::builtIn();
            if (!profile)
                return profile.error();
            LivingDemoOptions living;
            living.seed = seed.seed;
            for (const Hotel &h : listed.value().mid(0, 3))
                living.hotels << h.id;
            if (auto filled = fillLivingDemo(store, profile.value(), living); !filled)
                return filled.error();
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
