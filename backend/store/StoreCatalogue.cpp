// The catalogue: hotels, room types (with their inventory rows), rooms, and the nightly extension of inventory.
#include "domain/Validation.h"
#include "store/Passwords.h"
#include "store/Store.h"
#include "store/StorePrivate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace hotel {

using K = BackendError::Kind;

Result<Hotel> Store::hotel(HotelId id) {
    auto r = d->exec(QStringLiteral("SELECT %1 FROM hotels h WHERE h.id = ?").arg(QLatin1String(hotelColumns)), {id});
    if (!r)
        return r.error();
    if (!r.value()->next())
        return BackendError::make(K::NotFound, storeTr("Hotel %1 does not exist.").arg(id));
    return readHotel(*r.value(), 0, *d);
}

Result<QList<HotelLocation>> Store::hotelLocations() {
    auto r = d->exec(QStringLiteral("SELECT id, city, latitude, longitude FROM hotels"));
    if (!r)
        return r.error();
    QList<HotelLocation> list;
    QSqlQuery &q = *r.value();
    while (q.next())
        list << HotelLocation{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toDouble(),
                              q.value(3).toDouble()};
    q.finish();
    return list;
}

Result<QList<Hotel>> Store::hotels(const Actor &actor) {
    if (!actor.isStaff())
        return BackendError::make(K::Forbidden, storeTr("Only hotel staff can list their hotels."));
    QList<Hotel> out;
    if (actor.isGlobalAdmin()) {
        auto r = d->exec(QStringLiteral("SELECT %1 FROM hotels h ORDER BY h.name, h.id LIMIT 1000")
                             .arg(QLatin1String(hotelColumns)));
        if (!r)
            return r.error();
        while (r.value()->next())
            out << readHotel(*r.value(), 0, *d);
        return out;
    }
    for (HotelId id : actor.hotelIds) {
        auto h = hotel(id);
        if (h)
            out << h.value();
    }
    std::sort(out.begin(), out.end(), [](const Hotel &a, const Hotel &b) { return a.name < b.name; });
    return out;
}

Result<QList<RoomType>> Store::roomTypes(HotelId hotelId) {
    if (auto h = hotel(hotelId); !h)
        return h.error();
    auto r = d->exec(QStringLiteral("SELECT %1 FROM room_types rt WHERE rt.hotel_id = ? ORDER BY rt.id")
                         .arg(QLatin1String(roomTypeColumns)),
                     {hotelId});
    if (!r)
        return r.error();
    QList<RoomType> out;
    while (r.value()->next())
        out << readRoomType(*r.value(), 0, *d);
    return out;
}

Result<QList<Room>> Store::rooms(const Actor &actor, HotelId hotelId) {
    if (auto h = hotel(hotelId); !h)
        return h.error();
    if (!actor.mayActOnHotel(hotelId))
        return BackendError::make(K::Forbidden, storeTr("You are not staff of this hotel."));
    auto r =
        d->exec(QStringLiteral("SELECT id, room_type_id, hotel_id, room_number, floor, status, created_at FROM rooms "
                               "WHERE hotel_id = ? ORDER BY floor, room_number"),
                {hotelId});
    if (!r)
        return r.error();
    QList<Room> out;
    while (r.value()->next())
        out << readRoom(*r.value(), 0, *d);
    return out;
}

Result<Hotel> Store::createHotel(const Actor &actor, const Hotel &h) {
    if (actor.role != Role::Admin)
        return BackendError::make(K::Forbidden, storeTr("Only administrators can create hotels."));
    if (auto e = validation::hotel(h))
        return *e;
    const QDateTime now = d->now();
    Transaction tx(*d);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto r = d->exec(
        QStringLiteral("INSERT INTO hotels (name, description, address, city, country, latitude, longitude, "
                       "star_rating, amenities, images, check_in_time, check_out_time, "
                       "free_cancellation_hours, tax_rate_bp, fee_per_night, currency, time_zone, "
                       "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"),
        {h.name, h.description, h.address, h.city, h.country, h.latitude, h.longitude, h.starRating,
         toJsonArray(h.amenities), toJsonArray(h.images), h.checkInTime.toString(QStringLiteral("HH:mm")),
         h.checkOutTime.toString(QStringLiteral("HH:mm")), h.freeCancellationHours, h.taxRateBasisPoints,
         d->money(h.feePerNight), h.currency, QString::fromUtf8(h.timeZone), d->timestamp(now), d->timestamp(now)});
    if (!r)
        return r.error();
    r.value()->next();
    const HotelId id = r.value()->value(0).toLongLong();
    r.value()->finish();
    if (auto c = d->exec(QStringLiteral("INSERT INTO hotel_changes (hotel_id, counter) VALUES (?, 0)"), {id}); !c)
        return c.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return hotel(id);
}

namespace {
// Inventory rows for [from, from + days) of one room type (or of all when roomTypeId is 0) at the base price.
QString inventoryFillSql(bool pg, bool oneType) {
    const QString where = oneType ? QStringLiteral("WHERE rt.id = ?") : QString();
    if (pg)
        return QStringLiteral("INSERT INTO room_inventory (room_type_id, date, hotel_id, total_rooms, booked_rooms, "
                              "blocked_rooms, overbooking_allowance, price) SELECT rt.id, d::date, rt.hotel_id, "
                              "rt.total_rooms, 0, 0, rt.overbooking_allowance, rt.base_price FROM room_types rt "
                              "CROSS JOIN generate_series(?::date, ?::date, interval '1 day') d %1 "
                              "ON CONFLICT (room_type_id, date) DO NOTHING")
            .arg(where);
    return QStringLiteral("WITH RECURSIVE days(d) AS (SELECT ? UNION ALL SELECT date(d, '+1 day') FROM days "
                          "WHERE d < ?) INSERT OR IGNORE INTO room_inventory (room_type_id, date, hotel_id, "
                          "total_rooms, booked_rooms, blocked_rooms, overbooking_allowance, price) SELECT rt.id, "
                          "days.d, rt.hotel_id, rt.total_rooms, 0, 0, rt.overbooking_allowance, rt.base_price FROM "
                          "room_types rt CROSS JOIN days %1")
        .arg(where);
}
} // namespace

Result<RoomType> Store::createRoomType(const Actor &actor, const RoomType &rt, QDate inventoryFrom, int days) {
    if (actor.role != Role::Admin)
        return BackendError::make(K::Forbidden, storeTr("Only administrators can create room types."));
    if (auto e = validation::roomType(rt))
        return *e;
    if (days < 0 || days > 3 * 366 || (days > 0 && !inventoryFrom.isValid()))
        return BackendError::invalid(QStringLiteral("days"),
                                     storeTr("Inventory must cover 0 to 1098 days from a valid date."));
    auto h = hotel(rt.hotelId);
    if (!h)
        return h.error();
    Transaction tx(*d);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto r =
        d->exec(QStringLiteral("INSERT INTO room_types (hotel_id, name, description, max_occupancy, bed_type, "
                               "base_price, currency, amenities, size_sqm, images, total_rooms, "
                               "overbooking_allowance, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"),
                {rt.hotelId, rt.name, rt.description, rt.maxOccupancy, rt.bedType, d->money(rt.basePrice), h->currency,
                 toJsonArray(rt.amenities), rt.sizeSqm, toJsonArray(rt.images), rt.totalRooms, rt.overbookingAllowance,
                 d->timestamp(d->now())});
    if (!r)
        return r.error();
    r.value()->next();
    const RoomTypeId id = r.value()->value(0).toLongLong();
    r.value()->finish();
    if (days > 0) {
        auto fill = d->exec(inventoryFillSql(d->pg(), true),
                            {d->date(inventoryFrom), d->date(inventoryFrom.addDays(days - 1)), id});
        if (!fill)
            return fill.error();
    }
    if (auto c = d->bumpChanges(rt.hotelId); !c)
        return c.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    auto out = d->exec(
        QStringLiteral("SELECT %1 FROM room_types rt WHERE rt.id = ?").arg(QLatin1String(roomTypeColumns)), {id});
    if (!out)
        return out.error();
    out.value()->next();
    return readRoomType(*out.value(), 0, *d);
}

Result<int> Store::extendInventory(QDate until) {
    const QDate today = d->now().date().addDays(-1); // UTC date less one: covers every time zone's "today"
    if (!until.isValid() || until <= today)
        return 0;
    auto r = d->exec(inventoryFillSql(d->pg(), false), {d->date(today), d->date(until.addDays(-1))});
    if (!r)
        return r.error();
    return r.value()->numRowsAffected();
}

Result<Room> Store::createRoom(const Actor &actor, const Room &room) {
    if (actor.role != Role::Admin)
        return BackendError::make(K::Forbidden, storeTr("Only administrators can create rooms."));
    if (auto e = validation::text(QStringLiteral("roomNumber"), room.roomNumber, true, 20))
        return *e;
    auto rt = d->exec(QStringLiteral("SELECT hotel_id FROM room_types WHERE id = ?"), {room.roomTypeId});
    if (!rt)
        return rt.error();
    if (!rt.value()->next())
        return BackendError::make(K::NotFound, storeTr("Room type %1 does not exist.").arg(room.roomTypeId));
    const HotelId hotelId = rt.value()->value(0).toLongLong();
    rt.value()->finish();
    auto r = d->exec(
        QStringLiteral("INSERT INTO rooms (hotel_id, room_type_id, room_number, floor, status, created_at) "
                       "VALUES (?,?,?,?,?,?) RETURNING id, room_type_id, hotel_id, room_number, floor, "
                       "status, created_at"),
        {hotelId, room.roomTypeId, room.roomNumber, room.floor, roomStatusName(room.status), d->timestamp(d->now())});
    if (!r) {
        if (r.error().kind == K::Conflict)
            return BackendError{K::Conflict,
                                storeTr("Room number %1 already exists in this hotel.").arg(room.roomNumber),
                                r.error().detail, QStringLiteral("roomNumber")};
        return r.error();
    }
    r.value()->next();
    Room out = readRoom(*r.value(), 0, *d);
    r.value()->finish();
    return out;
}

} // namespace hotel
