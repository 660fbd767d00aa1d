// The inventory rows: reads of a stay or a grid, and the writes on the rows themselves (nightly prices, rooms
// blocked from sale).
#include "domain/Policy.h"
#include "domain/Validation.h"
#include "store/Store.h"
#include "store/StorePricingPrivate.h" // issue 9: manual prices and their history
#include "store/StorePrivate.h"

#include <QSet>

namespace hotel {

using K = BackendError::Kind;

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

VoidResult Store::setPrices(const Actor &actor, HotelId hotelId, RoomTypeId roomTypeId,
                            const QList<NightPrice> &prices) {
    if (prices.isEmpty())
        return BackendError::invalid(QStringLiteral("prices"), storeTr("No prices were given."));
    if (prices.size() > limits::maxInventoryDays)
        return BackendError::invalid(QStringLiteral("prices"),
                                     storeTr("At most %1 nights per request.").arg(limits::maxInventoryDays));
    QSet<QDate> seen;
    QDate first, last;
    for (int i = 0; i < prices.size(); ++i) {
        const auto &p = prices[i];
        const QString field = QStringLiteral("prices[%1]").arg(i);
        if (!p.date.isValid())
            return BackendError::invalid(field + QStringLiteral(".date"),
                                         storeTr("%1.date must be a date.").arg(field));
        if (auto e = validation::price(field + QStringLiteral(".price"), p.price))
            return *e;
        if (seen.contains(p.date))
            return BackendError::invalid(field + QStringLiteral(".date"),
                                         storeTr("%1 appears twice.").arg(p.date.toString(Qt::ISODate)));
        seen.insert(p.date);
        if (!first.isValid() || p.date < first)
            first = p.date;
        if (!last.isValid() || p.date > last)
            last = p.date;
    }
    auto rt = d->exec(QStringLiteral("SELECT 1 FROM room_types WHERE id = ? AND hotel_id = ?"), {roomTypeId, hotelId});
    if (!rt)
        return rt.error();
    if (!rt.value()->next())
        return BackendError{K::NotFound,
                            storeTr("Room type %1 does not exist in hotel %2.").arg(roomTypeId).arg(hotelId),
                            {},
                            QStringLiteral("roomTypeId")};
    rt.value()->finish();
    if (!actor.mayEditPrices(hotelId))
        return BackendError::make(K::Forbidden,
                                  storeTr("Only revenue managers and administrators of this hotel can change prices."));
    return withRetry([&]() -> VoidResult {
        Transaction tx(*d);
        if (auto r = tx.begin(); !r)
            return r.error();
        auto locked = lockNights(*d, roomTypeId, first, last.addDays(1));
        if (!locked)
            return locked.error();
        // ---- revenue management (issue 9): a price set by hand is marked manual (the engine leaves it until
        // released) and goes to the price history with the old price, in this transaction.
        QHash<QDate, Money> present;
        for (const auto &n : locked.value())
            present.insert(n.date, n.price);
        QList<NightPrice> sorted = prices;
        std::sort(sorted.begin(), sorted.end(),
                  [](const NightPrice &a, const NightPrice &b) { return a.date < b.date; });
        QList<pricing::PriceChange> changes;
        for (const auto &p : sorted) {
            if (!present.contains(p.date))
                return BackendError::invalid(QStringLiteral("prices"),
                                             storeTr("%1 is not on sale; prices can be set only for open nights.")
                                                 .arg(p.date.toString(Qt::ISODate)));
            changes << pricing::PriceChange{roomTypeId, p.date, present.value(p.date), p.price};
        }
        if (auto r = writePriceChanges(*d, hotelId, changes, pricing::PriceChangeReason::Manual, actor.userId, 0, true);
            !r)
            return r.error();
        // ---- end of revenue management
        if (auto r = d->bumpChanges(hotelId, first, last.addDays(1)); !r)
            return r.error();
        return tx.commit();
    });
}

VoidResult Store::blockRooms(const Actor &actor, HotelId hotelId, RoomTypeId roomTypeId, QDate from, QDate to,
                             int count) {
    if (auto e =
            validation::dateRange(QStringLiteral("from"), from, QStringLiteral("to"), to, limits::maxInventoryDays))
        return *e;
    if (count == 0 || count > 10000 || count < -10000)
        return BackendError::invalid(QStringLiteral("count"), storeTr("count must be a non-zero number of rooms."));
    auto rt =
        d->exec(QStringLiteral("SELECT name FROM room_types WHERE id = ? AND hotel_id = ?"), {roomTypeId, hotelId});
    if (!rt)
        return rt.error();
    if (!rt.value()->next())
        return BackendError{K::NotFound,
                            storeTr("Room type %1 does not exist in hotel %2.").arg(roomTypeId).arg(hotelId),
                            {},
                            QStringLiteral("roomTypeId")};
    const QString name = rt.value()->value(0).toString();
    rt.value()->finish();
    if (!actor.mayRunFrontDesk(hotelId))
        return BackendError::make(K::Forbidden, storeTr("You are not staff of this hotel."));
    return withRetry([&]() -> VoidResult {
        Transaction tx(*d);
        if (auto r = tx.begin(); !r)
            return r.error();
        auto locked =
            d->exec(QStringLiteral("SELECT date, total_rooms + overbooking_allowance - booked_rooms - blocked_rooms, "
                                   "blocked_rooms FROM room_inventory WHERE room_type_id = ? AND date >= ? AND "
                                   "date < ? ORDER BY room_type_id, date") +
                        (d->pg() ? QStringLiteral(" FOR UPDATE") : QString()),
                    {roomTypeId, d->date(from), d->date(to)});
        if (!locked)
            return locked.error();
        int rows = 0;
        while (locked.value()->next()) {
            ++rows;
            const QDate day = locked.value()->value(0).toDate();
            const int available = locked.value()->value(1).toInt();
            const int blocked = locked.value()->value(2).toInt();
            if (count > 0 && available < count)
                return BackendError{K::NoAvailability,
                                    storeTr("Only %1 %2 rooms are free on %3; cannot block %4.")
                                        .arg(available)
                                        .arg(name, day.toString(Qt::ISODate))
                                        .arg(count),
                                    {},
                                    QStringLiteral("count")};
            if (count < 0 && blocked < -count)
                return BackendError::invalid(QStringLiteral("count"),
                                             storeTr("Only %1 rooms are blocked on %2; cannot unblock %3.")
                                                 .arg(blocked)
                                                 .arg(day.toString(Qt::ISODate))
                                                 .arg(-count));
        }
        locked.value()->finish();
        if (rows != from.daysTo(to))
            return BackendError::invalid(QStringLiteral("to"), storeTr("Some of these nights are not on sale yet."));
        if (auto r = d->exec(
                QStringLiteral("UPDATE room_inventory SET blocked_rooms = blocked_rooms + ? WHERE room_type_id = ? "
                               "AND date >= ? AND date < ?"),
                {count, roomTypeId, d->date(from), d->date(to)});
            !r)
            return r.error();
        if (auto r = d->bumpChanges(hotelId, from, to); !r)
            return r.error();
        return tx.commit();
    });
}

} // namespace hotel
