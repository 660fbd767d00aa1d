#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <optional>

class QSqlDatabase;

namespace hotel {

// What GET /metrics reads from the database beside the store's audit: saturation (PostgreSQL's own view of
// its sessions) and tonight's business figures. Read-only statements over the worker's own connection.
struct DbSaturation {
    int serverConnections = 0;         // sessions of the whole PostgreSQL server
    int maxConnections = 0;            // its max_connections
    int lockWaiters = 0;               // sessions of this database waiting for a lock now
    double longestLockWaitSeconds = 0; // how long the longest of them has waited
};

// PostgreSQL only: std::nullopt on SQLite (one writer at a time, no sessions to count) or on a failed query.
std::optional<DbSaturation> readDbSaturation(const QSqlDatabase &db);

// One night's rooms and room revenue by currency: available = total - blocked, sold = booked, revenue = the
// nightly prices of the sold rooms in major units. Occupancy is sold / available, RevPAR revenue / available.
struct NightFigures {
    struct Currency {
        qint64 available = 0;
        qint64 sold = 0;
        double revenue = 0;
    };
    QMap<QString, Currency> byCurrency;
};

Result<NightFigures> readNightFigures(const QSqlDatabase &db, QDate night);

} // namespace hotel
