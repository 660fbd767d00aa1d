// The figures a revenue manager steers by (issue 9): rooms available and sold, occupancy, revenue, ADR, RevPAR
// and cancellations per day, ISO week or month, and the booking pace. The store counts each night (the
// inventory rows and the bookings that hold them); domain/Pricing.h sums nights into periods and divides.
#include "domain/Validation.h"
#include "store/Store.h"
#include "store/StorePricingPrivate.h"

namespace hotel {

using K = BackendError::Kind;
using namespace pricing;

namespace {

constexpr int maxKpiDays = 800; // two years and a little, by month

struct Scope {
    QString where;
    QVariantList args;
};

// hotel_id = ? [AND room_type_id = ?] on a table's columns.
Scope scopeOf(HotelId hotelId, std::optional<RoomTypeId> roomTypeId, const QString &prefix) {
    Scope s{prefix + QStringLiteral("hotel_id = ?"), {hotelId}};
    if (roomTypeId) {
        s.where += QStringLiteral(" AND ") + prefix + QStringLiteral("room_type_id = ?");
        s.args << *roomTypeId;
    }
    return s;
}

std::optional<BackendError> checkKpiRequest(Store &store, const Actor &actor, HotelId hotelId, QDate from, QDate to,
                                            std::optional<RoomTypeId> roomTypeId) {
    if (auto e = validation::dateRange(QStringLiteral("from"), from, QStringLiteral("to"), to, maxKpiDays))
        return e;
    auto types = store.roomTypes(hotelId);
    if (!types)
        return BackendError{types.error().kind, types.error().userMessage, {}, QStringLiteral("hotelId")};
    if (!actor.mayActOnHotel(hotelId))
        return BackendError::make(K::Forbidden, storeTr("You are not staff of this hotel."));
    if (roomTypeId &&
        std::none_of(types->begin(), types->end(), [&](const RoomType &rt) { return rt.id == *roomTypeId; }))
        return BackendError{K::NotFound,
                            storeTr("Room type %1 does not exist in hotel %2.").arg(*roomTypeId).arg(hotelId),
                            {},
                            QStringLiteral("roomTypeId")};
    return std::nullopt;
}

} // namespace

Result<QList<KpiRow>> Store::kpis(const Actor &actor, HotelId hotelId, QDate from, QDate to, KpiGrouping grouping,
                                  std::optional<RoomTypeId> roomTypeId) {
    if (auto e = checkKpiRequest(*this, actor, hotelId, from, to, roomTypeId))
        return *e;
    const int days = int(from.daysTo(to));
    QList<KpiNight> nights(days);
    for (int i = 0; i < days; ++i)
        nights[i].date = from.addDays(i);

    const Scope inv = scopeOf(hotelId, roomTypeId, QString());
    auto r = d->exec(QStringLiteral("SELECT date, total_rooms - blocked_rooms FROM room_inventory WHERE %1 AND "
                                    "date >= ? AND date < ?")
                         .arg(inv.where),
                     inv.args + QVariantList{d->date(from), d->date(to)});
    if (!r)
        return r.error();
    while (r.value()->next()) {
        const qint64 i = from.daysTo(r.value()->value(0).toDate());
        if (i >= 0 && i < days)
            nights[i].roomsAvailable += std::max(0, r.value()->value(1).toInt());
    }
    r.value()->finish();

    // Each booking's room price spread over its nights (pricing::nightlyShare): the nights of a period sum to
    // what the guests pay for their rooms there, without taxes or fees.
    const Scope book = scopeOf(hotelId, roomTypeId, QString());
    auto b = d->exec(QStringLiteral("SELECT check_in_date, check_out_date, status, %1 FROM bookings WHERE %2 AND "
                                    "check_in_date < ? AND check_out_date > ? AND status IN (?, ?, ?)")
                         .arg(d->priceCents(QStringLiteral("room_price")), book.where),
                     book.args + QVariantList{d->date(to), d->date(from), bookingStatusName(BookingStatus::Confirmed),
                                              bookingStatusName(BookingStatus::Completed),
                                              bookingStatusName(BookingStatus::Cancelled)});
    if (!b)
        return b.error();
    QSqlQuery &q = *b.value();
    while (q.next()) {
        const QDate in = q.value(0).toDate(), out = q.value(1).toDate();
        const bool cancelled = q.value(2).toString() == bookingStatusName(BookingStatus::Cancelled);
        const Money roomPrice = q.value(3).toLongLong();
        const int stay = nightsBetween(in, out);
        for (int n = 0; n < stay; ++n) {
            const qint64 i = from.daysTo(in.addDays(n));
            if (i < 0 || i >= days)
                continue;
            if (cancelled) {
                ++nights[i].cancellations;
            } else {
                ++nights[i].roomsSold;
                nights[i].revenue += nightlyShare(roomPrice, stay, n);
            }
        }
    }
    q.finish();
    return kpiRows(nights, grouping);
}

Result<QList<PaceRow>> Store::bookingPace(const Actor &actor, HotelId hotelId, QDate from, QDate to,
                                          std::optional<RoomTypeId> roomTypeId) {
    if (auto e = checkKpiRequest(*this, actor, hotelId, from, to, roomTypeId))
        return *e;
    const QDateTime now = d->now().toUTC();
    const std::array<QDateTime, 4> asOf{now, now.addDays(-1), now.addDays(-7), now.addDays(-30)};
    const int days = int(from.daysTo(to));
    QList<PaceRow> rows(days);
    for (int i = 0; i < days; ++i)
        rows[i].night = from.addDays(i);
    // On the books at a moment: made by then, and not cancelled by then (a booking cancelled later was still
    // on the books). Pending bookings are not yet business.
    const Scope book = scopeOf(hotelId, roomTypeId, QString());
    auto b = d->exec(QStringLiteral("SELECT check_in_date, check_out_date, created_at, cancelled_at FROM bookings "
                                    "WHERE %1 AND check_in_date < ? AND check_out_date > ? AND status IN (?, ?, ?)")
                         .arg(book.where),
                     book.args + QVariantList{d->date(to), d->date(from), bookingStatusName(BookingStatus::Confirmed),
                                              bookingStatusName(BookingStatus::Completed),
                                              bookingStatusName(BookingStatus::Cancelled)});
    if (!b)
        return b.error();
    QSqlQuery &q = *b.value();
    while (q.next()) {
        const QDate in = q.value(0).toDate(), out = q.value(1).toDate();
        const QDateTime created = Store::Private::timestampOf(q.value(2));
        const QDateTime cancelled = Store::Private::timestampOf(q.value(3));
        std::array<bool, 4> held{};
        for (int k = 0; k < 4; ++k)
            held[k] = created <= asOf[k] && (!cancelled.isValid() || cancelled > asOf[k]);
        for (QDate night = std::max(in, from); night < std::min(out, to); night = night.addDays(1)) {
            PaceRow &r = rows[from.daysTo(night)];
            r.onTheBooks += held[0];
            r.asOf1 += held[1];
            r.asOf7 += held[2];
            r.asOf30 += held[3];
        }
    }
    q.finish();
    return rows;
}

} // namespace hotel
