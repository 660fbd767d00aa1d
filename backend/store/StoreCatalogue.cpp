// Hotels, room types, rooms, inventory, users and the audit.
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

QString storeTr(const char *text) {
    return QCoreApplication::translate("hotel::Store", text);
}

const char *const hotelColumns =
    "h.id, h.name, h.description, h.address, h.city, h.country, h.latitude, h.longitude, h.star_rating, "
    "h.amenities, h.images, h.check_in_time, h.check_out_time, h.free_cancellation_hours, h.tax_rate_bp, "
    "h.fee_per_night, h.currency, h.time_zone, h.created_at, h.updated_at"; // 20
const char *const roomTypeColumns =
    "rt.id, rt.hotel_id, rt.name, rt.description, rt.max_occupancy, rt.bed_type, rt.base_price, rt.currency, "
    "rt.amenities, rt.size_sqm, rt.images, rt.total_rooms, rt.overbooking_allowance, rt.created_at"; // 14
const char *const bookingSelect =
    "SELECT b.id, b.confirmation_code, b.user_id, b.hotel_id, b.room_type_id, b.room_id, b.check_in_date, "
    "b.check_out_date, b.nights, b.guest_name, b.guest_email, b.guest_phone, b.number_of_guests, b.room_price, "
    "b.taxes, b.fees, b.total_price, b.currency, b.status, b.cancel_reason, b.refund_amount, b.idempotency_key, "
    "b.created_at, b.updated_at, b.cancelled_at, b.checked_in_at, b.checked_out_at, h.name, rt.name, r.room_number "
    "FROM bookings b JOIN hotels h ON h.id = b.hotel_id JOIN room_types rt ON rt.id = b.room_type_id "
    "LEFT JOIN rooms r ON r.id = b.room_id";

QString toJsonArray(const QStringList &list) {
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJsonArray(const QVariant &v) {
    QStringList out;
    for (const auto &item : QJsonDocument::fromJson(v.toString().toUtf8()).array())
        out << item.toString();
    return out;
}

QDate hotelToday(const Hotel &hotel, const QDateTime &nowUtc) {
    const QTimeZone zone(hotel.timeZone);
    return zone.isValid() ? nowUtc.toTimeZone(zone).date() : nowUtc.date();
}

Hotel readHotel(const QSqlQuery &q, int i, const Store::Private &d) {
    Hotel h;
    h.id = q.value(i + 0).toLongLong();
    h.name = q.value(i + 1).toString();
    h.description = q.value(i + 2).toString();
    h.address = q.value(i + 3).toString();
    h.city = q.value(i + 4).toString();
    h.country = q.value(i + 5).toString();
    h.latitude = q.value(i + 6).toDouble();
    h.longitude = q.value(i + 7).toDouble();
    h.starRating = q.value(i + 8).toInt();
    h.amenities = fromJsonArray(q.value(i + 9));
    h.images = fromJsonArray(q.value(i + 10));
    h.checkInTime = QTime::fromString(q.value(i + 11).toString(), QStringLiteral("HH:mm"));
    h.checkOutTime = QTime::fromString(q.value(i + 12).toString(), QStringLiteral("HH:mm"));
    h.freeCancellationHours = q.value(i + 13).toInt();
    h.taxRateBasisPoints = q.value(i + 14).toInt();
    h.feePerNight = d.moneyOf(q.value(i + 15));
    h.currency = q.value(i + 16).toString();
    h.timeZone = q.value(i + 17).toString().toUtf8();
    h.createdAt = Store::Private::timestampOf(q.value(i + 18));
    h.updatedAt = Store::Private::timestampOf(q.value(i + 19));
    return h;
}

RoomType readRoomType(const QSqlQuery &q, int i, const Store::Private &d) {
    RoomType rt;
    rt.id = q.value(i + 0).toLongLong();
    rt.hotelId = q.value(i + 1).toLongLong();
    rt.name = q.value(i + 2).toString();
    rt.description = q.value(i + 3).toString();
    rt.maxOccupancy = q.value(i + 4).toInt();
    rt.bedType = q.value(i + 5).toString();
    rt.basePrice = d.moneyOf(q.value(i + 6));
    rt.currency = q.value(i + 7).toString();
    rt.amenities = fromJsonArray(q.value(i + 8));
    rt.sizeSqm = q.value(i + 9).toInt();
    rt.images = fromJsonArray(q.value(i + 10));
    rt.totalRooms = q.value(i + 11).toInt();
    rt.overbookingAllowance = q.value(i + 12).toInt();
    rt.createdAt = Store::Private::timestampOf(q.value(i + 13));
    return rt;
}

Room readRoom(const QSqlQuery &q, int i, const Store::Private &) {
    Room r;
    r.id = q.value(i + 0).toLongLong();
    r.roomTypeId = q.value(i + 1).toLongLong();
    r.hotelId = q.value(i + 2).toLongLong();
    r.roomNumber = q.value(i + 3).toString();
    r.floor = q.value(i + 4).toInt();
    r.status = roomStatusFromName(q.value(i + 5).toString()).value_or(RoomStatus::Maintenance);
    r.createdAt = Store::Private::timestampOf(q.value(i + 6));
    return r;
}

Booking readBooking(const QSqlQuery &q, const Store::Private &d) {
    Booking b;
    b.id = q.value(0).toLongLong();
    b.confirmationCode = q.value(1).toString();
    b.userId = q.value(2).toLongLong();
    b.hotelId = q.value(3).toLongLong();
    b.roomTypeId = q.value(4).toLongLong();
    if (!q.value(5).isNull())
        b.roomId = q.value(5).toLongLong();
    b.checkIn = q.value(6).toDate();
    b.checkOut = q.value(7).toDate();
    b.nights = q.value(8).toInt();
    b.guestName = q.value(9).toString();
    b.guestEmail = q.value(10).toString();
    b.guestPhone = q.value(11).toString();
    b.numberOfGuests = q.value(12).toInt();
    b.roomPrice = d.moneyOf(q.value(13));
    b.taxes = d.moneyOf(q.value(14));
    b.fees = d.moneyOf(q.value(15));
    b.totalPrice = d.moneyOf(q.value(16));
    b.currency = q.value(17).toString();
    b.status = bookingStatusFromName(q.value(18).toString()).value_or(BookingStatus::Pending);
    b.cancelReason = q.value(19).toString();
    if (!q.value(20).isNull())
        b.refundAmount = d.moneyOf(q.value(20));
    b.idempotencyKey = q.value(21).toString();
    b.createdAt = Store::Private::timestampOf(q.value(22));
    b.updatedAt = Store::Private::timestampOf(q.value(23));
    if (!q.value(24).isNull())
        b.cancelledAt = Store::Private::timestampOf(q.value(24));
    if (!q.value(25).isNull())
        b.checkedInAt = Store::Private::timestampOf(q.value(25));
    if (!q.value(26).isNull())
        b.checkedOutAt = Store::Private::timestampOf(q.value(26));
    b.hotelName = q.value(27).toString();
    b.roomTypeName = q.value(28).toString();
    b.roomNumber = q.value(29).toString();
    return b;
}

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
    if (actor.role == Role::Admin && actor.hotelIds.isEmpty()) {
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

Result<Availability> Store::availability(HotelId hotelId, RoomTypeId roomTypeId, QDate checkIn, QDate checkOut) {
    if (auto e = validation::stay(checkIn, checkOut, {}))
        return *e;
    auto r = d->exec(QStringLiteral("SELECT %1 FROM room_types rt WHERE rt.id = ? AND rt.hotel_id = ?")
                         .arg(QLatin1String(roomTypeColumns)),
                     {roomTypeId, hotelId});
    if (!r)
        return r.error();
    if (!r.value()->next())
        return BackendError::make(K::NotFound,
                                  storeTr("Room type %1 does not exist in hotel %2.").arg(roomTypeId).arg(hotelId));
    Availability a;
    a.roomType = readRoomType(*r.value(), 0, *d);
    auto n = d->exec(QStringLiteral("SELECT date, total_rooms + overbooking_allowance - booked_rooms - blocked_rooms, "
                                    "%1 FROM room_inventory WHERE room_type_id = ? AND date >= ? AND date < ? "
                                    "ORDER BY date")
                         .arg(d->priceCents(QStringLiteral("price"))),
                     {roomTypeId, d->date(checkIn), d->date(checkOut)});
    if (!n)
        return n.error();
    QMap<QDate, NightAvailability> found;
    while (n.value()->next()) {
        NightAvailability night{n.value()->value(0).toDate(), n.value()->value(1).toInt(),
                                n.value()->value(2).toLongLong()};
        found.insert(night.date, night);
    }
    for (QDate day = checkIn; day < checkOut; day = day.addDays(1)) {
        const NightAvailability night = found.value(day, NightAvailability{day, 0, 0});
        a.nights << night;
        a.totalPrice += night.price;
    }
    return a;
}

Result<InventoryGrid> Store::inventory(const Actor &actor, HotelId hotelId, QDate from, QDate to) {
    if (auto e =
            validation::dateRange(QStringLiteral("from"), from, QStringLiteral("to"), to, limits::maxInventoryDays))
        return *e;
    auto types = roomTypes(hotelId);
    if (!types)
        return types.error();
    if (!actor.mayActOnHotel(hotelId))
        return BackendError::make(K::Forbidden, storeTr("You are not staff of this hotel."));
    InventoryGrid grid;
    grid.hotelId = hotelId;
    grid.from = from;
    grid.to = to;
    grid.roomTypes = types.value();
    const int days = grid.days();
    QHash<RoomTypeId, int> row;
    grid.nights.resize(qsizetype(grid.roomTypes.size()) * days);
    for (int i = 0; i < grid.roomTypes.size(); ++i) {
        row.insert(grid.roomTypes[i].id, i);
        for (int day = 0; day < days; ++day) {
            InventoryNight &n = grid.nights[i * days + day];
            n.roomTypeId = grid.roomTypes[i].id;
            n.date = from.addDays(day);
        }
    }
    auto r = d->exec(QStringLiteral("SELECT room_type_id, date, total_rooms, booked_rooms, blocked_rooms, "
                                    "overbooking_allowance, %1 FROM room_inventory WHERE hotel_id = ? AND date >= ? "
                                    "AND date < ?")
                         .arg(d->priceCents(QStringLiteral("price"))),
                     {hotelId, d->date(from), d->date(to)});
    if (!r)
        return r.error();
    QSqlQuery &q = *r.value();
    while (q.next()) {
        const auto it = row.constFind(q.value(0).toLongLong());
        const int day = int(from.daysTo(q.value(1).toDate()));
        if (it == row.constEnd() || day < 0 || day >= days)
            continue;
        InventoryNight &n = grid.nights[it.value() * days + day];
        n.totalRooms = q.value(2).toInt();
        n.bookedRooms = q.value(3).toInt();
        n.blockedRooms = q.value(4).toInt();
        n.overbookingAllowance = q.value(5).toInt();
        n.price = q.value(6).toLongLong();
    }
    return grid;
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

Result<User> Store::createUser(const NewUser &u) {
    if (auto e = validation::email(QStringLiteral("email"), u.email))
        return *e;
    if (auto e = validation::text(QStringLiteral("name"), u.name, false))
        return *e;
    if (u.password.size() < 8 || u.password.size() > 200)
        return BackendError::invalid(QStringLiteral("password"), storeTr("password must have 8 to 200 characters."));
    for (HotelId id : u.hotelIds)
        if (auto h = hotel(id); !h)
            return BackendError{K::NotFound, h.error().userMessage, h.error().detail, QStringLiteral("hotelIds")};
    const QByteArray hash = passwords::hash(u.password);
    if (hash.isEmpty())
        return BackendError::make(K::Internal, storeTr("The password could not be hashed."));
    Transaction tx(*d);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto r =
        d->exec(QStringLiteral("INSERT INTO users (email, name, password_hash, role, created_at) VALUES (?,?,?,?,?) "
                               "RETURNING id"),
                {u.email.trimmed(), u.name, QString::fromLatin1(hash), roleName(u.role), d->timestamp(d->now())});
    if (!r) {
        if (r.error().kind == K::Conflict)
            return BackendError{K::Conflict, storeTr("This e-mail address is already registered."), r.error().detail,
                                QStringLiteral("email")};
        return r.error();
    }
    r.value()->next();
    const UserId id = r.value()->value(0).toLongLong();
    r.value()->finish();
    for (HotelId hotelId : u.hotelIds)
        if (auto c =
                d->exec(QStringLiteral("INSERT INTO user_hotels (user_id, hotel_id) VALUES (?, ?)"), {id, hotelId});
            !c)
            return c.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return user(id);
}

Result<User> Store::authenticate(const QString &email, const QString &password) {
    const auto denied = BackendError::make(K::Unauthenticated, storeTr("The e-mail address or the password is wrong."));
    if (email.size() > 254 || password.size() > 200)
        return denied;
    auto r =
        d->exec(QStringLiteral("SELECT id, password_hash FROM users WHERE lower(email) = lower(?)"), {email.trimmed()});
    if (!r)
        return r.error();
    if (!r.value()->next())
        return denied;
    const UserId id = r.value()->value(0).toLongLong();
    const QByteArray hash = r.value()->value(1).toString().toLatin1();
    r.value()->finish();
    if (!passwords::verify(hash, password))
        return denied;
    return user(id);
}

Result<User> Store::user(UserId id) {
    auto r = d->exec(QStringLiteral("SELECT id, email, name, role, created_at FROM users WHERE id = ?"), {id});
    if (!r)
        return r.error();
    if (!r.value()->next())
        return BackendError::make(K::NotFound, storeTr("User %1 does not exist.").arg(id));
    User u;
    u.id = r.value()->value(0).toLongLong();
    u.email = r.value()->value(1).toString();
    u.name = r.value()->value(2).toString();
    u.role = roleFromName(r.value()->value(3).toString()).value_or(Role::Guest);
    u.createdAt = Store::Private::timestampOf(r.value()->value(4));
    r.value()->finish();
    auto hs = d->exec(QStringLiteral("SELECT hotel_id FROM user_hotels WHERE user_id = ? ORDER BY hotel_id"), {id});
    if (!hs)
        return hs.error();
    while (hs.value()->next())
        u.hotelIds << hs.value()->value(0).toLongLong();
    return u;
}

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
