// Stay restrictions (issue 9): per room type and night, minimum and maximum stay (from the arrival night),
// closed, closed to arrival, closed to departure. Kept on the night's room_inventory row, so search reads
// them with the nights it already scans; the rules themselves are pricing::brokenRule (domain/Pricing.h).
#include "domain/Validation.h"
#include "store/Store.h"
#include "store/StorePricingPrivate.h"

namespace hotel {

using K = BackendError::Kind;
using namespace pricing;

namespace {

const char *const restrictionColumns = "date, min_stay, max_stay, closed, closed_to_arrival, closed_to_departure";

NightRestriction readRestriction(const QSqlQuery &q) {
    NightRestriction r;
    r.date = q.value(0).toDate();
    r.minStay = q.value(1).toInt();
    r.maxStay = q.value(2).toInt();
    r.closed = q.value(3).toBool();
    r.closedToArrival = q.value(4).toBool();
    r.closedToDeparture = q.value(5).toBool();
    return r;
}

} // namespace

Result<QList<NightRestriction>> restrictionsOf(Store::Private &d, RoomTypeId roomTypeId, QDate from, QDate to) {
    auto r = d.exec(QStringLiteral("SELECT %1 FROM room_inventory WHERE room_type_id = ? AND date >= ? AND date <= ? "
                                   "AND (min_stay > 0 OR max_stay > 0 OR closed OR closed_to_arrival OR "
                                   "closed_to_departure) ORDER BY date")
                        .arg(QLatin1String(restrictionColumns)),
                    {roomTypeId, d.date(from), d.date(to)});
    if (!r)
        return r.error();
    QList<NightRestriction> out;
    while (r.value()->next())
        out << readRestriction(*r.value());
    r.value()->finish();
    return out;
}

std::optional<BackendError> checkRestrictions(Store::Private &d, RoomTypeId roomTypeId, QDate checkIn, QDate checkOut) {
    auto rules = restrictionsOf(d, roomTypeId, checkIn, checkOut);
    if (!rules)
        return rules.error();
    if (auto broken = brokenRule(rules.value(), checkIn, checkOut))
        return BackendError::make(K::Restricted, *broken);
    return std::nullopt;
}

Result<QList<NightRestriction>> Store::restrictions(const Actor &actor, HotelId hotelId, RoomTypeId roomTypeId,
                                                    QDate from, QDate to) {
    if (auto e =
            validation::dateRange(QStringLiteral("from"), from, QStringLiteral("to"), to, limits::maxInventoryDays))
        return *e;
    auto rt = d->exec(QStringLiteral("SELECT 1 FROM room_types WHERE id = ? AND hotel_id = ?"), {roomTypeId, hotelId});
    if (!rt)
        return rt.error();
    if (!rt.value()->next())
        return BackendError{K::NotFound,
                            storeTr("Room type %1 does not exist in hotel %2.").arg(roomTypeId).arg(hotelId),
                            {},
                            QStringLiteral("roomTypeId")};
    rt.value()->finish();
    if (!actor.mayActOnHotel(hotelId))
        return BackendError::make(K::Forbidden, storeTr("You are not staff of this hotel."));
    auto r = d->exec(QStringLiteral("SELECT %1 FROM room_inventory WHERE room_type_id = ? AND date >= ? AND date < ? "
                                    "ORDER BY date")
                         .arg(QLatin1String(restrictionColumns)),
                     {roomTypeId, d->date(from), d->date(to)});
    if (!r)
        return r.error();
    QList<NightRestriction> out;
    while (r.value()->next())
        out << readRestriction(*r.value());
    r.value()->finish();
    return out;
}

VoidResult Store::setRestrictions(const Actor &actor, HotelId hotelId, RoomTypeId roomTypeId,
                                  const QList<NightRestriction> &list) {
    if (list.isEmpty())
        return BackendError::invalid(QStringLiteral("restrictions"), storeTr("No restrictions were given."));
    if (list.size() > limits::maxInventoryDays)
        return BackendError::invalid(QStringLiteral("restrictions"),
                                     storeTr("At most %1 nights per request.").arg(limits::maxInventoryDays));
    if (auto e = validate(list))
        return *e;
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
        return BackendError::make(
            K::Forbidden, storeTr("Only revenue managers and administrators of this hotel can change restrictions."));
    QList<NightRestriction> sorted = list;
    std::sort(sorted.begin(), sorted.end(),
              [](const NightRestriction &a, const NightRestriction &b) { return a.date < b.date; });
    const QDate first = sorted.first().date, last = sorted.last().date;
    return withRetry([&]() -> VoidResult {
        Transaction tx(*d);
        if (auto r = tx.begin(); !r)
            return r.error();
        auto locked = lockNights(*d, roomTypeId, first, last.addDays(1));
        if (!locked)
            return locked.error();
        QSet<QDate> present;
        for (const auto &n : locked.value())
            present.insert(n.date);
        for (int i = 0; i < sorted.size(); ++i) {
            const NightRestriction &n = sorted[i];
            if (!present.contains(n.date))
                return BackendError::invalid(QStringLiteral("restrictions"),
                                             storeTr("%1 is not on sale; restrictions can be set only for open "
                                                     "nights.")
                                                 .arg(n.date.toString(Qt::ISODate)));
            auto up = d->exec(
                QStringLiteral("UPDATE room_inventory SET min_stay = ?, max_stay = ?, closed = ?, "
                               "closed_to_arrival = ?, closed_to_departure = ? WHERE room_type_id = ? "
                               "AND date = ?"),
                {n.minStay, n.maxStay, n.closed, n.closedToArrival, n.closedToDeparture, roomTypeId, d->date(n.date)});
            if (!up)
                return up.error();
        }
        // A closed-to-departure day changes the stays that end on it: searches for them hear of the change too.
        if (auto r = d->bumpChanges(hotelId, first.addDays(-1), last.addDays(1)); !r)
            return r.error();
        return tx.commit();
    });
}

} // namespace hotel

namespace hotel {

Result<QList<std::pair<RoomTypeId, pricing::NightRestriction>>> Store::cityRestrictions(const QString &city, QDate from,
                                                                                        QDate to) {
    if (!from.isValid() || !to.isValid() || to <= from || from.daysTo(to) > limits::maxInventoryDays + 1)
        return BackendError::invalid(QStringLiteral("to"), storeTr("to must be after from."));
    auto r = d->exec(QStringLiteral("SELECT i.room_type_id, i.date, i.min_stay, i.max_stay, i.closed, "
                                    "i.closed_to_arrival, i.closed_to_departure FROM hotels h JOIN room_inventory i "
                                    "ON i.hotel_id = h.id AND i.date >= ? AND i.date < ? WHERE lower(h.city) = "
                                    "lower(?) AND (i.min_stay > 0 OR i.max_stay > 0 OR i.closed OR "
                                    "i.closed_to_arrival OR i.closed_to_departure)"),
                     {d->date(from), d->date(to), city.trimmed()});
    if (!r)
        return r.error();
    QList<std::pair<RoomTypeId, pricing::NightRestriction>> out;
    QSqlQuery &q = *r.value();
    while (q.next()) {
        pricing::NightRestriction n;
        n.date = q.value(1).toDate();
        n.minStay = q.value(2).toInt();
        n.maxStay = q.value(3).toInt();
        n.closed = q.value(4).toBool();
        n.closedToArrival = q.value(5).toBool();
        n.closedToDeparture = q.value(6).toBool();
        out << std::pair{q.value(0).toLongLong(), n};
    }
    q.finish();
    return out;
}

} // namespace hotel
