// Issue 10: the hotel's booking history (import, read for training), the forecast models trained on it, and the
// per-night overbooking allowance that room_inventory's capacity CHECK counts.
#include "domain/Validation.h"
#include "store/Store.h"
#include "store/StorePrivate.h"

namespace hotel {

using K = BackendError::Kind;

namespace {

constexpr int historyColumnCount = 34;
const char *const historyColumns =
    "hotel_id, source_file, source_line, source_hotel, arrival_date, lead_time, weekend_nights, week_nights, adults, "
    "children, babies, meal, country, market_segment, distribution_channel, repeated_guest, previous_cancellations, "
    "previous_bookings_not_canceled, reserved_room_type, deposit_type, agent, company, days_in_waiting_list, "
    "customer_type, adr, outcome, outcome_date, assigned_room_type, booking_changes, parking_spaces, "
    "special_requests";
constexpr int insertedColumns = 31;
static_assert(insertedColumns <= historyColumnCount);
// Rows per INSERT statement: 31 x 200 values stays under both databases' limits on bound values.
constexpr int rowsPerStatement = 200;

const char *outcomeName(HistoryBooking::Outcome o) {
    switch (o) {
    case HistoryBooking::Outcome::Cancelled:
        return "CANCELLED";
    case HistoryBooking::Outcome::NoShow:
        return "NO_SHOW";
    case HistoryBooking::Outcome::Stayed:
        break;
    }
    return "STAYED";
}

QString insertSql(int rows) {
    QString placeholders =
        QStringLiteral("(") + QStringLiteral("?,").repeated(insertedColumns - 1) + QStringLiteral("?)");
    QStringList all;
    for (int i = 0; i < rows; ++i)
        all << placeholders;
    return QStringLiteral("INSERT INTO booking_history (%1) VALUES %2 ON CONFLICT (hotel_id, source_file, "
                          "source_line) DO NOTHING")
        .arg(QLatin1String(historyColumns), all.join(u','));
}

std::optional<BackendError> mayAdminister(Store::Private &d, const Actor &actor, HotelId hotelId) {
    auto h = d.exec(QStringLiteral("SELECT 1 FROM hotels WHERE id = ?"), {hotelId});
    if (!h)
        return h.error();
    const bool exists = h.value()->next();
    h.value()->finish();
    if (!exists)
        return BackendError{K::NotFound, storeTr("Hotel %1 does not exist.").arg(hotelId), {}, QStringLiteral("hotel")};
    if (!(actor.role == Role::Admin && actor.mayActOnHotel(hotelId)))
        return BackendError::make(K::Forbidden, storeTr("Only an administrator of this hotel may do this."));
    return std::nullopt;
}

QVariant optionalId(int v) {
    return v < 0 ? QVariant(QMetaType(QMetaType::Int)) : QVariant(v);
}

} // namespace

Result<int> Store::importHistory(const Actor &actor, HotelId hotelId, const QList<HistoryBooking> &batch) {
    if (auto e = mayAdminister(*d, actor, hotelId))
        return *e;
    for (const auto &b : batch) {
        if (b.sourceFile.isEmpty() || b.sourceLine < 2)
            return BackendError::invalid(QStringLiteral("sourceLine"),
                                         storeTr("A history row needs its file and line."));
        if (!b.arrival.isValid() || !b.outcomeDate.isValid())
            return BackendError::invalid(
                QStringLiteral("arrival"),
                storeTr("Line %1: the arrival or outcome date is not valid.").arg(b.sourceLine));
    }
    return withRetry([&]() -> Result<int> {
        Transaction tx(*d);
        if (auto r = tx.begin(); !r)
            return r.error();
        int inserted = 0;
        for (qsizetype start = 0; start < batch.size(); start += rowsPerStatement) {
            const int rows = int(std::min<qsizetype>(rowsPerStatement, batch.size() - start));
            QVariantList values;
            values.reserve(rows * insertedColumns);
            for (int i = 0; i < rows; ++i) {
                const HistoryBooking &b = batch[start + i];
                values << hotelId << b.sourceFile << b.sourceLine << b.sourceHotel << d->date(b.arrival) << b.leadTime
                       << b.weekendNights << b.weekNights << b.adults << b.children << b.babies << b.meal << b.country
                       << b.marketSegment << b.distributionChannel
                       << (d->pg() ? QVariant(b.repeatedGuest) : QVariant(b.repeatedGuest ? 1 : 0))
                       << b.previousCancellations << b.previousBookingsNotCanceled << b.reservedRoomType
                       << b.depositType << optionalId(b.agent) << optionalId(b.company) << b.daysInWaitingList
                       << b.customerType << d->money(b.adr) << QString::fromLatin1(outcomeName(b.outcome))
                       << d->date(b.outcomeDate) << b.assignedRoomType << b.bookingChanges << b.parkingSpaces
                       << b.specialRequests;
            }
            auto q = d->exec(insertSql(rows), values);
            if (!q)
                return q.error();
            inserted += std::max(0, q.value()->numRowsAffected());
            q.value()->finish();
        }
        if (auto r = tx.commit(); !r)
            return r.error();
        return inserted;
    });
}

Result<qint64> Store::historyCount(HotelId hotelId) {
    auto q = d->exec(QStringLiteral("SELECT count(*) FROM booking_history WHERE hotel_id = ?"), {hotelId});
    if (!q)
        return q.error();
    const qint64 n = q.value()->next() ? q.value()->value(0).toLongLong() : 0;
    q.value()->finish();
    return n;
}

Result<QList<HistoryBooking>> Store::historyBookings(const Actor &actor, HotelId hotelId) {
    if (auto e = mayAdminister(*d, actor, hotelId))
        return *e;
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM booking_history WHERE hotel_id = ? ORDER BY arrival_date, source_file, "
                             "source_line")
                  .arg(QLatin1String(historyColumns)));
    q.addBindValue(hotelId);
    if (!q.exec())
        return d->mapError(q.lastError(), QStringLiteral("booking_history"));
    QList<HistoryBooking> out;
    while (q.next()) {
        HistoryBooking b;
        int c = 1;
        b.sourceFile = q.value(c++).toString();
        b.sourceLine = q.value(c++).toInt();
        b.sourceHotel = q.value(c++).toString();
        b.arrival = q.value(c++).toDate();
        b.leadTime = q.value(c++).toInt();
        b.weekendNights = q.value(c++).toInt();
        b.weekNights = q.value(c++).toInt();
        b.adults = q.value(c++).toInt();
        b.children = q.value(c++).toInt();
        b.babies = q.value(c++).toInt();
        b.meal = q.value(c++).toString();
        b.country = q.value(c++).toString();
        b.marketSegment = q.value(c++).toString();
        b.distributionChannel = q.value(c++).toString();
        b.repeatedGuest = q.value(c++).toBool();
        b.previousCancellations = q.value(c++).toInt();
        b.previousBookingsNotCanceled = q.value(c++).toInt();
        b.reservedRoomType = q.value(c++).toString();
        b.depositType = q.value(c++).toString();
        b.agent = q.value(c).isNull() ? -1 : q.value(c).toInt();
        ++c;
        b.company = q.value(c).isNull() ? -1 : q.value(c).toInt();
        ++c;
        b.daysInWaitingList = q.value(c++).toInt();
        b.customerType = q.value(c++).toString();
        b.adr = d->moneyOf(q.value(c++));
        const QString outcome = q.value(c++).toString();
        b.outcome = outcome == QLatin1String("CANCELLED") ? HistoryBooking::Outcome::Cancelled
                    : outcome == QLatin1String("NO_SHOW") ? HistoryBooking::Outcome::NoShow
                                                          : HistoryBooking::Outcome::Stayed;
        b.outcomeDate = q.value(c++).toDate();
        b.assignedRoomType = q.value(c++).toString();
        b.bookingChanges = q.value(c++).toInt();
        b.parkingSpaces = q.value(c++).toInt();
        b.specialRequests = q.value(c++).toInt();
        out.append(std::move(b));
    }
    return out;
}

Result<qint64> Store::saveForecastModel(const Actor &actor, const ForecastModelRecord &m) {
    if (auto e = mayAdminister(*d, actor, m.hotelId))
        return *e;
    if (m.model.isEmpty())
        return BackendError::invalid(QStringLiteral("model"), storeTr("The forecast model is empty."));
    if (!(m.heldOutAuc >= 0 && m.heldOutAuc <= 1))
        return BackendError::invalid(QStringLiteral("heldOutAuc"), storeTr("The AUC must be from 0 to 1."));
    Transaction tx(*d);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto q = d->exec(QStringLiteral("INSERT INTO forecast_models (hotel_id, trained_at, history_from, history_to, "
                                    "examples, held_out_auc, model, report) VALUES (?,?,?,?,?,?,?,?) RETURNING id"),
                     {m.hotelId, d->timestamp(m.trainedAt.isValid() ? m.trainedAt : d->now()), d->date(m.historyFrom),
                      d->date(m.historyTo), m.examples, m.heldOutAuc, m.model, m.report});
    if (!q)
        return q.error();
    const qint64 id = q.value()->next() ? q.value()->value(0).toLongLong() : 0;
    q.value()->finish();
    if (auto r = tx.commit(); !r)
        return r.error();
    return id;
}

Result<std::optional<ForecastModelRecord>> Store::latestForecastModel(const Actor &actor, HotelId hotelId) {
    if (!actor.mayActOnHotel(hotelId))
        return BackendError::make(K::Forbidden, storeTr("You are not staff of this hotel."));
    auto q = d->exec(QStringLiteral("SELECT id, trained_at, history_from, history_to, examples, held_out_auc, model, "
                                    "report FROM forecast_models WHERE hotel_id = ? ORDER BY trained_at DESC, id DESC "
                                    "LIMIT 1"),
                     {hotelId});
    if (!q)
        return q.error();
    if (!q.value()->next())
        return std::optional<ForecastModelRecord>{};
    ForecastModelRecord m;
    m.id = q.value()->value(0).toLongLong();
    m.hotelId = hotelId;
    m.trainedAt = Store::Private::timestampOf(q.value()->value(1));
    m.historyFrom = q.value()->value(2).toDate();
    m.historyTo = q.value()->value(3).toDate();
    m.examples = q.value()->value(4).toInt();
    m.heldOutAuc = q.value()->value(5).toDouble();
    m.model = q.value()->value(6).toByteArray();
    m.report = q.value()->value(7).toString();
    q.value()->finish();
    return std::optional<ForecastModelRecord>(std::move(m));
}

Result<OverbookingChange> Store::setOverbookingAllowance(const Actor &actor, HotelId hotelId, RoomTypeId roomTypeId,
                                                         QDate from, QDate to, int allowance) {
    if (auto e =
            validation::dateRange(QStringLiteral("from"), from, QStringLiteral("to"), to, limits::maxInventoryDays))
        return *e;
    if (allowance < 0 || allowance > 1000)
        return BackendError::invalid(QStringLiteral("allowance"),
                                     storeTr("The allowance must be a whole number of rooms from 0 to 1000."));
    auto rt = d->exec(QStringLiteral("SELECT 1 FROM room_types WHERE id = ? AND hotel_id = ?"), {roomTypeId, hotelId});
    if (!rt)
        return rt.error();
    const bool exists = rt.value()->next();
    rt.value()->finish();
    if (!exists)
        return BackendError{K::NotFound,
                            storeTr("Room type %1 does not exist in hotel %2.").arg(roomTypeId).arg(hotelId),
                            {},
                            QStringLiteral("roomTypeId")};
    if (!actor.mayEditPrices(hotelId))
        return BackendError::make(K::Forbidden, storeTr("Only revenue managers and administrators may overbook."));
    return withRetry([&]() -> Result<OverbookingChange> {
        Transaction tx(*d);
        if (auto r = tx.begin(); !r)
            return r.error();
        // The lock order (room type, date) before the write, as every booking takes it.
        auto locked = d->exec(QStringLiteral("SELECT date, booked_rooms + blocked_rooms - total_rooms FROM "
                                             "room_inventory WHERE room_type_id = ? AND date >= ? AND date < ? "
                                             "ORDER BY room_type_id, date") +
                                  (d->pg() ? QStringLiteral(" FOR UPDATE") : QString()),
                              {roomTypeId, d->date(from), d->date(to)});
        if (!locked)
            return locked.error();
        OverbookingChange change;
        while (locked.value()->next()) {
            ++change.nights;
            if (locked.value()->value(1).toInt() > allowance)
                change.heldAtSold << locked.value()->value(0).toDate();
        }
        locked.value()->finish();
        if (change.nights != from.daysTo(to))
            return BackendError::invalid(QStringLiteral("to"), storeTr("Some of these nights are not on sale yet."));
        // Never below what is sold: the CHECK would refuse it, and a sold night must stay sold.
        auto r = d->exec(QStringLiteral("UPDATE room_inventory SET overbooking_allowance = CASE WHEN booked_rooms + "
                                        "blocked_rooms - total_rooms > ? THEN booked_rooms + blocked_rooms - "
                                        "total_rooms ELSE ? END WHERE room_type_id = ? AND date >= ? AND date < ?"),
                         {allowance, allowance, roomTypeId, d->date(from), d->date(to)});
        if (!r)
            return r.error();
        if (auto b = d->bumpChanges(hotelId, from, to); !b)
            return b.error();
        if (auto c = tx.commit(); !c)
            return c.error();
        return change;
    });
}

} // namespace hotel
