// The front desk's writes: check-in with a room, check-out, room states. Each one transaction, in the lock order.
#include "domain/Policy.h"
#include "domain/Validation.h"
#include "store/Store.h"
#include "store/StorePrivate.h"

namespace hotel {

using K = BackendError::Kind;

Result<Booking> Store::checkIn(const Actor &actor, BookingId id, RoomId roomId) {
    auto current = booking(actor, id);
    if (!current)
        return current.error();
    const Booking old = current.value();
    if (!actor.mayRunFrontDesk(old.hotelId))
        return BackendError::make(K::Forbidden, storeTr("Only the hotel's staff can check guests in."));
    if (old.status != BookingStatus::Confirmed && old.status != BookingStatus::Pending)
        return BackendError::make(K::Conflict, storeTr("Only confirmed bookings can be checked in."));
    if (old.checkedInAt)
        return BackendError::make(K::Conflict, storeTr("The guest is already checked in."));
    auto h = hotel(old.hotelId);
    if (!h)
        return h.error();
    const QDate today = policy::hotelToday(h.value(), d->now());
    if (today < old.checkIn)
        return BackendError::make(
            K::Conflict,
            storeTr("The stay starts on %1; check-in is not possible before.").arg(old.checkIn.toString(Qt::ISODate)));
    if (today >= old.checkOut)
        return BackendError::make(K::Conflict, storeTr("The stay has already ended."));
    return updateBooking(*d, id, [&](const Booking &locked) -> VoidResult {
        if (locked.checkedInAt || locked.status != old.status)
            return BackendError::make(K::Conflict, storeTr("The booking was changed meanwhile; please reload it."));
        auto room =
            d->exec(QStringLiteral("SELECT room_type_id, hotel_id, status, room_number FROM rooms WHERE id = ?") +
                        (d->pg() ? QStringLiteral(" FOR UPDATE") : QString()),
                    {roomId});
        if (!room)
            return room.error();
        if (!room.value()->next())
            return BackendError{
                K::NotFound, storeTr("Room %1 does not exist.").arg(roomId), {}, QStringLiteral("roomId")};
        const RoomTypeId type = room.value()->value(0).toLongLong();
        const HotelId hotelId = room.value()->value(1).toLongLong();
        const QString status = room.value()->value(2).toString();
        const QString number = room.value()->value(3).toString();
        room.value()->finish();
        if (hotelId != old.hotelId || type != old.roomTypeId)
            return BackendError::invalid(QStringLiteral("roomId"),
                                         storeTr("Room %1 is not of the booked room type.").arg(number));
        if (status != roomStatusName(RoomStatus::Available))
            return BackendError{K::Conflict,
                                status == roomStatusName(RoomStatus::Maintenance)
                                    ? storeTr("Room %1 is under maintenance.").arg(number)
                                    : storeTr("Room %1 is occupied.").arg(number),
                                {},
                                QStringLiteral("roomId")};
        if (auto r = d->exec(QStringLiteral("UPDATE rooms SET status = ? WHERE id = ?"),
                             {roomStatusName(RoomStatus::Occupied), roomId});
            !r)
            return r.error();
        const QDateTime now = d->now();
        if (auto r = d->exec(
                QStringLiteral("UPDATE bookings SET room_id = ?, status = ?, checked_in_at = ?, updated_at = ? "
                               "WHERE id = ?"),
                {roomId, bookingStatusName(BookingStatus::Confirmed), d->timestamp(now), d->timestamp(now), id});
            !r)
            return r.error();
        if (auto r = d->bumpChanges(old.hotelId); !r)
            return r.error();
        return Unit{};
    });
}

Result<Booking> Store::checkOut(const Actor &actor, BookingId id) {
    auto current = booking(actor, id);
    if (!current)
        return current.error();
    const Booking old = current.value();
    if (!actor.mayRunFrontDesk(old.hotelId))
        return BackendError::make(K::Forbidden, storeTr("Only the hotel's staff can check guests out."));
    if (!old.isInHouse())
        return BackendError::make(K::Conflict, storeTr("The guest is not checked in."));
    return updateBooking(*d, id, [&](const Booking &locked) -> VoidResult {
        if (!locked.isInHouse())
            return BackendError::make(K::Conflict, storeTr("The booking was changed meanwhile; please reload it."));
        const QDateTime now = d->now();
        if (auto r = d->exec(
                QStringLiteral("UPDATE bookings SET status = ?, checked_out_at = ?, updated_at = ? WHERE id = ?"),
                {bookingStatusName(BookingStatus::Completed), d->timestamp(now), d->timestamp(now), id});
            !r)
            return r.error();
        if (locked.roomId)
            if (auto r = d->exec(
                    QStringLiteral("UPDATE rooms SET status = ? WHERE id = ? AND status = ?"),
                    {roomStatusName(RoomStatus::Available), *locked.roomId, roomStatusName(RoomStatus::Occupied)});
                !r)
                return r.error();
        if (auto r = d->bumpChanges(old.hotelId); !r)
            return r.error();
        return Unit{};
    });
}

Result<Room> Store::setRoomStatus(const Actor &actor, HotelId hotelId, RoomId roomId, RoomStatus status) {
    // The room is looked up within the hotel named, so a room of another hotel is "not found" before anything
    // is written, whoever asks.
    auto r =
        d->exec(QStringLiteral("SELECT id, room_type_id, hotel_id, room_number, floor, status, created_at FROM rooms "
                               "WHERE id = ? AND hotel_id = ?"),
                {roomId, hotelId});
    if (!r)
        return r.error();
    if (!r.value()->next())
        return BackendError{
            K::NotFound, storeTr("Room %1 does not exist in this hotel.").arg(roomId), {}, QStringLiteral("roomId")};
    const Room room = readRoom(*r.value(), 0, *d);
    r.value()->finish();
    if (!actor.mayRunFrontDesk(room.hotelId))
        return BackendError::make(K::Forbidden, storeTr("You are not staff of this hotel."));
    if (status == RoomStatus::Occupied)
        return BackendError::invalid(QStringLiteral("status"),
                                     storeTr("A room becomes occupied only by checking a guest in."));
    if (room.status == RoomStatus::Occupied)
        return BackendError::make(K::Conflict,
                                  storeTr("Room %1 is occupied; check the guest out first.").arg(room.roomNumber));
    auto up = d->exec(QStringLiteral("UPDATE rooms SET status = ? WHERE id = ? AND status <> ?"),
                      {roomStatusName(status), roomId, roomStatusName(RoomStatus::Occupied)});
    if (!up)
        return up.error();
    if (up.value()->numRowsAffected() != 1)
        return BackendError::make(K::Conflict, storeTr("Room %1 was changed meanwhile.").arg(room.roomNumber));
    (void)d->bumpChanges(room.hotelId);
    Room out = room;
    out.status = status;
    return out;
}

} // namespace hotel
