#include "server/DbStats.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace hotel {

std::optional<DbSaturation> readDbSaturation(const QSqlDatabase &db) {
    if (db.driverName() != QLatin1String("QPSQL"))
        return std::nullopt;
    // A waiting statement's age is its lock wait so far: a session shows wait_event_type 'Lock' only while
    // it waits for a heavyweight lock (a row's FOR UPDATE among them).
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'), "
            "current_setting('max_connections')::int, "
            "count(*) FILTER (WHERE wait_event_type = 'Lock'), "
            "coalesce(extract(epoch FROM max(now() - query_start) FILTER (WHERE wait_event_type = 'Lock')), 0) "
            "FROM pg_stat_activity WHERE datname = current_database()")) ||
        !q.next())
        return std::nullopt;
    DbSaturation s;
    s.serverConnections = q.value(0).toInt();
    s.maxConnections = q.value(1).toInt();
    s.lockWaiters = q.value(2).toInt();
    s.longestLockWaitSeconds = q.value(3).toDouble();
    return s;
}

Result<NightFigures> readNightFigures(const QSqlDatabase &db, QDate night) {
    // PostgreSQL keeps prices as numeric major units, SQLite as hundredths (Money).
    const bool postgres = db.driverName() == QLatin1String("QPSQL");
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT h.currency, sum(i.total_rooms - i.blocked_rooms), sum(i.booked_rooms), "
                             "sum(i.booked_rooms * i.price) FROM room_inventory i JOIN hotels h ON h.id = i.hotel_id "
                             "WHERE i.date = ? GROUP BY h.currency"));
    q.addBindValue(postgres ? QVariant(night) : QVariant(night.toString(Qt::ISODate)));
    if (!q.exec())
        return BackendError::make(BackendError::Kind::Unavailable, QStringLiteral("night figures"),
                                  q.lastError().text());
    NightFigures figures;
    while (q.next()) {
        auto &c = figures.byCurrency[q.value(0).toString()];
        c.available = q.value(1).toLongLong();
        c.sold = q.value(2).toLongLong();
        c.revenue = q.value(3).toDouble() / (postgres ? 1.0 : 100.0);
    }
    return figures;
}

} // namespace hotel
