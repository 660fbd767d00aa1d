// The overbooking audit (every night's booked count against a recount of the bookings that hold it) and the
// change counter clients poll.
#include "store/Store.h"
#include "store/StorePrivate.h"

namespace hotel {

using K = BackendError::Kind;

Result<AuditReport> Store::audit(HotelId hotelId) {
    AuditReport report;
    const QString scope = hotelId > 0 ? QStringLiteral(" WHERE i.hotel_id = ?") : QString();
    QVariantList args;
    if (hotelId > 0)
        args << hotelId;
    auto count = d->exec(QStringLiteral("SELECT count(*) FROM room_inventory i") + scope, args);
    if (!count)
        return count.error();
    count.value()->next();
    report.roomTypeNightsChecked = count.value()->value(0).toInt();
    count.value()->finish();

    // Set-based recount on PostgreSQL (it must run at 100K hotels); a correlated count on the demo database.
    QString sql;
    if (d->pg())
        sql = QStringLiteral(
                  "WITH held AS (SELECT b.room_type_id, d::date AS date, count(*) AS n FROM bookings b "
                  "CROSS JOIN generate_series(b.check_in_date, b.check_out_date - 1, interval '1 day') d "
                  "WHERE b.status IN ('PENDING', 'CONFIRMED', 'COMPLETED') %1 GROUP BY 1, 2) "
                  "SELECT i.room_type_id, i.date, i.booked_rooms, COALESCE(held.n, 0), i.blocked_rooms, i.total_rooms, "
                  "i.overbooking_allowance FROM room_inventory i LEFT JOIN held ON held.room_type_id = i.room_type_id "
                  "AND held.date = i.date %2 %3 (i.booked_rooms <> COALESCE(held.n, 0) OR i.booked_rooms + "
                  "i.blocked_rooms > i.total_rooms + i.overbooking_allowance OR i.booked_rooms < 0 OR i.blocked_rooms "
                  "< 0) "
                  "ORDER BY i.room_type_id, i.date")
                  .arg(hotelId > 0 ? QStringLiteral("AND b.hotel_id = ?") : QString(), scope,
                       hotelId > 0 ? QStringLiteral("AND") : QStringLiteral("WHERE"));
    else
        sql =
            QStringLiteral(
                "SELECT * FROM (SELECT i.room_type_id, i.date, i.booked_rooms, (SELECT count(*) FROM bookings b WHERE "
                "b.room_type_id = i.room_type_id AND b.status IN ('PENDING', 'CONFIRMED', 'COMPLETED') AND "
                "b.check_in_date <= i.date AND b.check_out_date > i.date) AS counted, i.blocked_rooms, i.total_rooms, "
                "i.overbooking_allowance FROM room_inventory i %1) x WHERE booked_rooms <> counted OR booked_rooms + "
                "blocked_rooms > total_rooms + overbooking_allowance OR booked_rooms < 0 OR blocked_rooms < 0 "
                "ORDER BY room_type_id, date")
                .arg(scope);
    if (d->pg() && hotelId > 0)
        args << hotelId;
    auto r = d->exec(sql, args);
    if (!r)
        return r.error();
    // Bookings on nights that have no inventory row at all would escape the join above.
    while (r.value()->next()) {
        const QSqlQuery &q = *r.value();
        AuditIssue issue;
        issue.roomTypeId = q.value(0).toLongLong();
        issue.date = q.value(1).toDate();
        issue.recordedBooked = q.value(2).toInt();
        issue.countedBooked = q.value(3).toInt();
        issue.blockedRooms = q.value(4).toInt();
        issue.totalRooms = q.value(5).toInt();
        issue.overbookingAllowance = q.value(6).toInt();
        issue.problem = issue.recordedBooked != issue.countedBooked
                            ? storeTr("inventory says %1 booked, bookings say %2")
                                  .arg(issue.recordedBooked)
                                  .arg(issue.countedBooked)
                            : storeTr("over capacity: %1 booked + %2 blocked > %3 + %4")
                                  .arg(issue.recordedBooked)
                                  .arg(issue.blockedRooms)
                                  .arg(issue.totalRooms)
                                  .arg(issue.overbookingAllowance);
        report.issues << issue;
    }
    r.value()->finish();
    auto orphans = d->exec(
        QStringLiteral("SELECT b.id, b.room_type_id, b.check_in_date FROM bookings b WHERE b.status IN ('PENDING', "
                       "'CONFIRMED', 'COMPLETED') %1 AND (SELECT count(*) FROM room_inventory i WHERE i.room_type_id = "
                       "b.room_type_id AND i.date >= b.check_in_date AND i.date < b.check_out_date) <> b.nights")
            .arg(hotelId > 0 ? QStringLiteral("AND b.hotel_id = ?") : QString()),
        hotelId > 0 ? QVariantList{hotelId} : QVariantList{});
    if (!orphans)
        return orphans.error();
    while (orphans.value()->next()) {
        AuditIssue issue;
        issue.roomTypeId = orphans.value()->value(1).toLongLong();
        issue.date = orphans.value()->value(2).toDate();
        issue.problem =
            storeTr("booking %1 holds nights that have no inventory row").arg(orphans.value()->value(0).toLongLong());
        report.issues << issue;
    }
    return report;
}

Result<qint64> Store::changeCounter(HotelId hotelId) {
    auto r = d->exec(QStringLiteral("SELECT counter FROM hotel_changes WHERE hotel_id = ?"), {hotelId});
    if (!r)
        return r.error();
    if (!r.value()->next())
        return BackendError::make(K::NotFound, storeTr("Hotel %1 does not exist.").arg(hotelId));
    return r.value()->value(0).toLongLong();
}

} // namespace hotel
