// The one lock order (DESIGN.md 3): a booking row first, then its room_inventory rows ORDER BY room_type_id,
// date. Every write that holds nights goes through these, so two writers can wait for each other but never
// deadlock on nights.
#include "store/Store.h"
#include "store/StorePrivate.h"

namespace hotel {

using K = BackendError::Kind;

Result<QList<LockedNight>> lockNights(Store::Private &d, RoomTypeId a, QDate aFrom, QDate aTo, RoomTypeId b,
                                      QDate bFrom, QDate bTo) {
    const QString lock = d.pg() ? QStringLiteral(" FOR UPDATE") : QString();
    const QString cols =
        QStringLiteral("SELECT room_type_id, date, total_rooms + overbooking_allowance - booked_rooms - "
                       "blocked_rooms, %1 FROM room_inventory WHERE ")
            .arg(d.priceCents(QStringLiteral("price")));
    Result<QSqlQuery *> r =
        b == 0
            ? d.exec(cols + QStringLiteral("room_type_id = ? AND date >= ? AND date < ? ORDER BY room_type_id, date") +
                         lock,
                     {a, d.date(aFrom), d.date(aTo)})
            : d.exec(
                  cols +
                      QStringLiteral("(room_type_id = ? AND date >= ? AND date < ?) OR (room_type_id = ? AND date >= ? "
                                     "AND date < ?) ORDER BY room_type_id, date") +
                      lock,
                  {a, d.date(aFrom), d.date(aTo), b, d.date(bFrom), d.date(bTo)});
    if (!r)
        return r.error();
    QList<LockedNight> out;
    while (r.value()->next())
        out << LockedNight{r.value()->value(0).toLongLong(), r.value()->value(1).toDate(), r.value()->value(2).toInt(),
                           r.value()->value(3).toLongLong()};
    r.value()->finish();
    return out;
}

VoidResult shiftBooked(Store::Private &d, RoomTypeId roomTypeId, QDate from, QDate to, int delta) {
    auto r = d.exec(QStringLiteral("UPDATE room_inventory SET booked_rooms = booked_rooms + ? WHERE room_type_id = ? "
                                   "AND date >= ? AND date < ?"),
                    {delta, roomTypeId, d.date(from), d.date(to)});
    if (!r)
        return r.error();
    return Unit{};
}

Result<Booking> readBookingById(Store::Private &d, BookingId id, bool forUpdate) {
    const QString lock = forUpdate && d.pg() ? QStringLiteral(" FOR UPDATE OF b") : QString();
    auto r = d.exec(QLatin1String(bookingSelect) + QStringLiteral(" WHERE b.id = ?") + lock, {id});
    if (!r)
        return r.error();
    if (!r.value()->next())
        return BackendError::make(K::NotFound, storeTr("Booking %1 does not exist.").arg(id));
    Booking b = readBooking(*r.value(), d);
    r.value()->finish();
    return b;
}

} // namespace hotel
