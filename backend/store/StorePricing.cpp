// The pricing engine's storage (issue 9): a hotel's settings, recomputes of its nights in one transaction
// (the rules are domain/Pricing.h), their undo, the release of manual prices and every night's price history.
// A recompute locks the hotel's nights ORDER BY room_type_id, date, the order bookings lock in (DESIGN.md 3),
// so a booking sees all of a recompute or none of it.
#include "domain/Policy.h"
#include "domain/Validation.h"
#include "store/Store.h"
#include "store/StorePricingPrivate.h"

namespace hotel {

using K = BackendError::Kind;
using namespace pricing;

namespace {

// PostgreSQL array literals of bound values: "{1,2}", "{2030-01-01,2030-01-02}", "{100.00,80.50}".
template <typename T, typename F> QString arrayText(const QList<T> &items, F &&text) {
    QStringList parts;
    parts.reserve(items.size());
    for (const T &item : items)
        parts << text(item);
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

Result<PricingSettings> loadSettings(Store::Private &d, HotelId hotelId) {
    PricingSettings s = defaultSettings(hotelId);
    auto r = d.exec(QStringLiteral("SELECT enabled, factor_mon, factor_tue, factor_wed, factor_thu, factor_fri, "
                                   "factor_sat, factor_sun, updated_by, updated_at FROM pricing_settings "
                                   "WHERE hotel_id = ?"),
                    {hotelId});
    if (!r)
        return r.error();
    if (!r.value()->next())
        return s; // never saved: the defaults
    QSqlQuery &q = *r.value();
    s.enabled = q.value(0).toBool();
    for (int i = 0; i < 7; ++i)
        s.weekday[i] = q.value(1 + i).toInt();
    s.updatedBy = q.value(8).toLongLong();
    s.updatedAt = Store::Private::timestampOf(q.value(9));
    q.finish();

    auto curve = d.exec(QStringLiteral("SELECT occupancy_bp, factor_bp FROM pricing_curve_points WHERE hotel_id = ? "
                                       "ORDER BY occupancy_bp"),
                        {hotelId});
    if (!curve)
        return curve.error();
    s.demandCurve.clear();
    while (curve.value()->next())
        s.demandCurve << CurvePoint{curve.value()->value(0).toInt(), curve.value()->value(1).toInt()};
    auto seasons = d.exec(QStringLiteral("SELECT name, from_date, to_date, factor_bp FROM pricing_seasons WHERE "
                                         "hotel_id = ? ORDER BY from_date, id"),
                          {hotelId});
    if (!seasons)
        return seasons.error();
    while (seasons.value()->next())
        s.seasons << Season{seasons.value()->value(0).toString(), seasons.value()->value(1).toDate(),
                            seasons.value()->value(2).toDate(), seasons.value()->value(3).toInt()};
    auto bounds = d.exec(QStringLiteral("SELECT room_type_id, min_price, max_price FROM room_type_price_bounds "
                                        "WHERE hotel_id = ? ORDER BY room_type_id"),
                         {hotelId});
    if (!bounds)
        return bounds.error();
    while (bounds.value()->next())
        s.bounds << RoomTypeBounds{bounds.value()->value(0).toLongLong(), d.moneyOf(bounds.value()->value(1)),
                                   d.moneyOf(bounds.value()->value(2))};
    return s;
}

// The hotel's nights [from, to) as the engine sees them, per room type; locked when `lock` (PostgreSQL:
// FOR UPDATE in the one order; SQLite's BEGIN IMMEDIATE has locked everything already).
Result<QHash<RoomTypeId, QList<NightState>>> hotelNights(Store::Private &d, HotelId hotelId, QDate from, QDate to,
                                                         bool lock) {
    auto r = d.exec(QStringLiteral("SELECT room_type_id, date, total_rooms, booked_rooms, blocked_rooms, %1, "
                                   "price_manual FROM room_inventory WHERE hotel_id = ? AND date >= ? AND date < ? "
                                   "ORDER BY room_type_id, date")
                            .arg(d.priceCents(QStringLiteral("price"))) +
                        (lock && d.pg() ? QStringLiteral(" FOR UPDATE") : QString()),
                    {hotelId, d.date(from), d.date(to)});
    if (!r)
        return r.error();
    QHash<RoomTypeId, QList<NightState>> out;
    QSqlQuery &q = *r.value();
    while (q.next())
        out[q.value(0).toLongLong()] << NightState{q.value(1).toDate(), q.value(2).toInt(),      q.value(3).toInt(),
                                                   q.value(4).toInt(),  q.value(5).toLongLong(), q.value(6).toBool()};
    q.finish();
    return out;
}

struct HotelFacts {
    Hotel hotel;
    QList<RoomType> roomTypes;
};

Result<HotelFacts> hotelFacts(Store &store, HotelId hotelId) {
    auto h = store.hotel(hotelId);
    if (!h)
        return BackendError{h.error().kind, h.error().userMessage, h.error().detail, QStringLiteral("hotelId")};
    auto types = store.roomTypes(hotelId);
    if (!types)
        return types.error();
    // The hotel's currency is the one its prices are in (and rounded to), whatever a room type says.
    QList<RoomType> roomTypes = types.value();
    for (RoomType &rt : roomTypes)
        rt.currency = h->currency;
    return HotelFacts{h.value(), roomTypes};
}

BackendError notPriceEditor() {
    return BackendError::make(K::Forbidden,
                              storeTr("Only revenue managers and administrators of this hotel can change prices."));
}

} // namespace

VoidResult writePriceChanges(Store::Private &d, HotelId hotelId, const QList<PriceChange> &changes,
                             PriceChangeReason reason, UserId by, qint64 recomputeId, std::optional<bool> manual) {
    if (changes.isEmpty())
        return Unit{};
    const QVariant recompute = recomputeId > 0 ? QVariant(recomputeId) : QVariant();
    const QVariant when = d.timestamp(d.now());
    if (d.pg()) {
        // Four statements for the whole set instead of two per night: a recompute of 100,000 hotels is
        // bounded by round trips.
        const QString ids = arrayText(changes, [](const PriceChange &c) { return QString::number(c.roomTypeId); });
        const QString dates = arrayText(changes, [](const PriceChange &c) { return c.date.toString(Qt::ISODate); });
        const QString olds = arrayText(changes, [](const PriceChange &c) { return formatMoney(c.oldPrice); });
        const QString news = arrayText(changes, [](const PriceChange &c) { return formatMoney(c.newPrice); });
        auto up = manual ? d.exec(QStringLiteral("UPDATE room_inventory i SET price = v.p, price_manual = ? FROM "
                                                 "unnest(CAST(? AS bigint[]), CAST(? AS date[]), CAST(? AS "
                                                 "numeric[])) AS v(rt, d, p) WHERE i.room_type_id = v.rt AND "
                                                 "i.date = v.d"),
                                  {*manual, ids, dates, news})
                         : d.exec(QStringLiteral("UPDATE room_inventory i SET price = v.p FROM unnest(CAST(? AS "
                                                 "bigint[]), CAST(? AS date[]), CAST(? AS numeric[])) AS v(rt, d, "
                                                 "p) WHERE i.room_type_id = v.rt AND i.date = v.d"),
                                  {ids, dates, news});
        if (!up)
            return up.error();
        auto hist = d.exec(QStringLiteral("INSERT INTO price_history (hotel_id, room_type_id, date, old_price, "
                                          "new_price, reason, changed_by, changed_at, recompute_id) SELECT CAST(? AS "
                                          "bigint), v.rt, v.d, v.o, v.p, CAST(? AS text), CAST(? AS bigint), CAST(? "
                                          "AS timestamptz), CAST(? AS bigint) FROM unnest(CAST(? AS "
                                          "bigint[]), CAST(? AS date[]), CAST(? AS numeric[]), CAST(? AS "
                                          "numeric[])) AS v(rt, d, o, p)"),
                           {hotelId, reasonName(reason), by, when, recompute, ids, dates, olds, news});
        if (!hist)
            return hist.error();
        return Unit{};
    }
    for (const PriceChange &c : changes) {
        auto up = manual ? d.exec(QStringLiteral("UPDATE room_inventory SET price = ?, price_manual = ? WHERE "
                                                 "room_type_id = ? AND date = ?"),
                                  {d.money(c.newPrice), *manual ? 1 : 0, c.roomTypeId, d.date(c.date)})
                         : d.exec(QStringLiteral("UPDATE room_inventory SET price = ? WHERE room_type_id = ? AND "
                                                 "date = ?"),
                                  {d.money(c.newPrice), c.roomTypeId, d.date(c.date)});
        if (!up)
            return up.error();
        auto hist = d.exec(QStringLiteral("INSERT INTO price_history (hotel_id, room_type_id, date, old_price, "
                                          "new_price, reason, changed_by, changed_at, recompute_id) VALUES "
                                          "(?,?,?,?,?,?,?,?,?)"),
                           {hotelId, c.roomTypeId, d.date(c.date), d.money(c.oldPrice), d.money(c.newPrice),
                            reasonName(reason), by, when, recompute});
        if (!hist)
            return hist.error();
    }
    return Unit{};
}

Result<PricingSettings> Store::pricingSettings(const Actor &actor, HotelId hotelId) {
    if (auto h = hotel(hotelId); !h)
        return BackendError{h.error().kind, h.error().userMessage, {}, QStringLiteral("hotelId")};
    if (!actor.mayActOnHotel(hotelId))
        return BackendError::make(K::Forbidden, storeTr("You are not staff of this hotel."));
    return loadSettings(*d, hotelId);
}

Result<PricingSettings> Store::savePricingSettings(const Actor &actor, const PricingSettings &settings) {
    auto facts = hotelFacts(*this, settings.hotelId);
    if (!facts)
        return facts.error();
    if (!actor.mayEditPrices(settings.hotelId))
        return notPriceEditor();
    if (auto e = validate(settings, facts->roomTypes))
        return *e;
    const HotelId id = settings.hotelId;
    auto saved = withRetry([&]() -> VoidResult {
        Transaction tx(*d);
        if (auto r = tx.begin(); !r)
            return r.error();
        // Replaced whole: the settings row first (its lock serialises two managers saving at once), then
        // what hangs off it.
        auto del = d->exec(QStringLiteral("DELETE FROM pricing_settings WHERE hotel_id = ?"), {id});
        if (!del)
            return del.error();
        for (const QString &table : {QStringLiteral("pricing_curve_points"), QStringLiteral("pricing_seasons"),
                                     QStringLiteral("room_type_price_bounds")})
            if (auto r = d->exec(QStringLiteral("DELETE FROM %1 WHERE hotel_id = ?").arg(table), {id}); !r)
                return r.error();
        QVariantList row{id, settings.enabled};
        for (int f : settings.weekday)
            row << f;
        row << actor.userId << d->timestamp(d->now());
        if (auto r = d->exec(QStringLiteral("INSERT INTO pricing_settings (hotel_id, enabled, factor_mon, factor_tue, "
                                            "factor_wed, factor_thu, factor_fri, factor_sat, factor_sun, updated_by, "
                                            "updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
                             row);
            !r)
            return r.error();
        for (const CurvePoint &p : settings.demandCurve)
            if (auto r = d->exec(QStringLiteral("INSERT INTO pricing_curve_points (hotel_id, occupancy_bp, factor_bp) "
                                                "VALUES (?,?,?)"),
                                 {id, p.occupancy, p.factor});
                !r)
                return r.error();
        for (const Season &s : settings.seasons)
            if (auto r = d->exec(QStringLiteral("INSERT INTO pricing_seasons (hotel_id, name, from_date, to_date, "
                                                "factor_bp) VALUES (?,?,?,?,?)"),
                                 {id, s.name.trimmed(), d->date(s.from), d->date(s.to), s.factor});
                !r)
                return r.error();
        for (const RoomTypeBounds &b : settings.bounds)
            if (auto r = d->exec(QStringLiteral("INSERT INTO room_type_price_bounds (room_type_id, hotel_id, "
                                                "min_price, max_price) VALUES (?,?,?,?)"),
                                 {b.roomTypeId, id, d->money(b.minPrice), d->money(b.maxPrice)});
                !r)
                return r.error();
        if (auto r = d->bumpChanges(id); !r)
            return r.error();
        return tx.commit();
    });
    if (!saved)
        return saved.error();
    return loadSettings(*d, id);
}

Result<PricePreview> Store::pricePreview(const Actor &actor, HotelId hotelId,
                                         const std::optional<PricingSettings> &proposed, int days) {
    auto facts = hotelFacts(*this, hotelId);
    if (!facts)
        return facts.error();
    if (!actor.mayActOnHotel(hotelId))
        return BackendError::make(K::Forbidden, storeTr("You are not staff of this hotel."));
    if (days < 1 || days > maxRecomputeDays)
        return BackendError::invalid(QStringLiteral("days"),
                                     storeTr("days must be between 1 and %1.").arg(maxRecomputeDays));
    PricingSettings settings;
    if (proposed) {
        settings = *proposed;
        settings.hotelId = hotelId;
        if (auto e = validate(settings, facts->roomTypes))
            return *e;
    } else {
        auto saved = loadSettings(*d, hotelId);
        if (!saved)
            return saved.error();
        settings = saved.value();
    }
    const QDate today = policy::hotelToday(facts->hotel, d->now());
    auto nights = hotelNights(*d, hotelId, today, today.addDays(days), false);
    if (!nights)
        return nights.error();
    return preview(settings, facts->roomTypes, facts->hotel.currency, nights.value());
}

Result<RecomputeResult> Store::reprice(const Actor &actor, HotelId hotelId, int days, bool dryRun) {
    auto facts = hotelFacts(*this, hotelId);
    if (!facts)
        return facts.error();
    if (!actor.mayEditPrices(hotelId))
        return notPriceEditor();
    if (days < 1 || days > maxRecomputeDays)
        return BackendError::invalid(QStringLiteral("days"),
                                     storeTr("days must be between 1 and %1.").arg(maxRecomputeDays));
    const QDate from = policy::hotelToday(facts->hotel, d->now());
    const QDate to = from.addDays(days);
    RecomputeResult result;
    result.hotelId = hotelId;
    result.dryRun = dryRun;
    auto done = withRetry([&]() -> VoidResult {
        result.changes.clear();
        result.recomputeId = 0;
        Transaction tx(*d);
        if (auto r = tx.begin(); !r)
            return r.error();
        auto settings = loadSettings(*d, hotelId);
        if (!settings)
            return settings.error();
        // A dry run locks nothing: it reads what a recompute would see now and writes nothing.
        auto nights = hotelNights(*d, hotelId, from, to, !dryRun);
        if (!nights)
            return nights.error();
        for (const RoomType &rt : facts->roomTypes)
            result.changes += recompute(settings.value(), rt, facts->hotel.currency, nights.value().value(rt.id));
        if (dryRun || result.changes.isEmpty())
            return Unit{}; // rolled back: nothing was written
        auto run = d->exec(QStringLiteral("INSERT INTO price_recomputes (hotel_id, started_by, created_at, "
                                          "nights_changed) VALUES (?,?,?,?) RETURNING id"),
                           {hotelId, actor.userId, d->timestamp(d->now()), int(result.changes.size())});
        if (!run)
            return run.error();
        run.value()->next();
        result.recomputeId = run.value()->value(0).toLongLong();
        run.value()->finish();
        if (auto r = writePriceChanges(*d, hotelId, result.changes, PriceChangeReason::Engine, actor.userId,
                                       result.recomputeId, std::nullopt);
            !r)
            return r.error();
        if (auto r = d->bumpChanges(hotelId, from, to); !r)
            return r.error();
        return tx.commit();
    });
    if (!done)
        return done.error();
    return result;
}

Result<RecomputeResult> Store::undoRecompute(const Actor &actor, HotelId hotelId, qint64 recomputeId) {
    if (auto h = hotel(hotelId); !h)
        return BackendError{h.error().kind, h.error().userMessage, {}, QStringLiteral("hotelId")};
    if (!actor.mayEditPrices(hotelId))
        return notPriceEditor();
    RecomputeResult result;
    result.hotelId = hotelId;
    result.recomputeId = recomputeId;
    auto done = withRetry([&]() -> VoidResult {
        result.changes.clear();
        Transaction tx(*d);
        if (auto r = tx.begin(); !r)
            return r.error();
        auto run = d->exec(QStringLiteral("SELECT undone_at FROM price_recomputes WHERE id = ? AND hotel_id = ?") +
                               (d->pg() ? QStringLiteral(" FOR UPDATE") : QString()),
                           {recomputeId, hotelId});
        if (!run)
            return run.error();
        if (!run.value()->next())
            return BackendError{K::NotFound,
                                storeTr("Recompute %1 of hotel %2 does not exist.").arg(recomputeId).arg(hotelId),
                                {},
                                QStringLiteral("recomputeId")};
        const bool undone = !run.value()->value(0).isNull();
        run.value()->finish();
        if (undone)
            return BackendError::make(K::Conflict, storeTr("Recompute %1 was already undone.").arg(recomputeId));
        auto rows =
            d->exec(QStringLiteral("SELECT room_type_id, date, %1, %2 FROM price_history WHERE "
                                   "recompute_id = ? AND reason = ? ORDER BY room_type_id, date")
                        .arg(d->priceCents(QStringLiteral("old_price")), d->priceCents(QStringLiteral("new_price"))),
                    {recomputeId, reasonName(PriceChangeReason::Engine)});
        if (!rows)
            return rows.error();
        QList<PriceChange> made;
        QDate first, last;
        while (rows.value()->next()) {
            const PriceChange c{rows.value()->value(0).toLongLong(), rows.value()->value(1).toDate(),
                                rows.value()->value(2).toLongLong(), rows.value()->value(3).toLongLong()};
            made << c;
            first = first.isValid() ? std::min(first, c.date) : c.date;
            last = last.isValid() ? std::max(last, c.date) : c.date;
        }
        rows.value()->finish();
        if (!made.isEmpty()) {
            // The same lock as a recompute; a night changed since (by hand, by a later recompute) keeps its
            // price: the undo gives back only what this recompute set.
            auto nights = hotelNights(*d, hotelId, first, last.addDays(1), true);
            if (!nights)
                return nights.error();
            QHash<std::pair<RoomTypeId, QDate>, NightState> now;
            for (auto it = nights.value().cbegin(); it != nights.value().cend(); ++it)
                for (const NightState &n : it.value())
                    now.insert({it.key(), n.date}, n);
            for (const PriceChange &c : made) {
                const auto it = now.constFind({c.roomTypeId, c.date});
                if (it != now.constEnd() && !it->manual && it->price == c.newPrice)
                    result.changes << PriceChange{c.roomTypeId, c.date, c.newPrice, c.oldPrice};
            }
        }
        if (auto r = writePriceChanges(*d, hotelId, result.changes, PriceChangeReason::Undo, actor.userId, recomputeId,
                                       std::nullopt);
            !r)
            return r.error();
        if (auto r = d->exec(QStringLiteral("UPDATE price_recomputes SET undone_by = ?, undone_at = ? WHERE id = ?"),
                             {actor.userId, d->timestamp(d->now()), recomputeId});
            !r)
            return r.error();
        if (!result.changes.isEmpty())
            if (auto r = d->bumpChanges(hotelId, first, last.addDays(1)); !r)
                return r.error();
        return tx.commit();
    });
    if (!done)
        return done.error();
    return result;
}

Result<RecomputeResult> Store::releasePrices(const Actor &actor, HotelId hotelId, RoomTypeId roomTypeId, QDate from,
                                             QDate to) {
    if (auto e = validation::dateRange(QStringLiteral("from"), from, QStringLiteral("to"), to, maxRecomputeDays))
        return *e;
    auto facts = hotelFacts(*this, hotelId);
    if (!facts)
        return facts.error();
    const RoomType *type = nullptr;
    for (const RoomType &rt : facts->roomTypes)
        if (rt.id == roomTypeId)
            type = &rt;
    if (!type)
        return BackendError{K::NotFound,
                            storeTr("Room type %1 does not exist in hotel %2.").arg(roomTypeId).arg(hotelId),
                            {},
                            QStringLiteral("roomTypeId")};
    if (!actor.mayEditPrices(hotelId))
        return notPriceEditor();
    RecomputeResult result;
    result.hotelId = hotelId;
    auto done = withRetry([&]() -> VoidResult {
        result.changes.clear();
        Transaction tx(*d);
        if (auto r = tx.begin(); !r)
            return r.error();
        auto settings = loadSettings(*d, hotelId);
        if (!settings)
            return settings.error();
        auto locked = lockNights(*d, roomTypeId, from, to);
        if (!locked)
            return locked.error();
        auto nights = hotelNights(*d, hotelId, from, to, false);
        if (!nights)
            return nights.error();
        QList<NightState> manual;
        for (const NightState &n : nights.value().value(roomTypeId))
            if (n.manual)
                manual << n;
        if (manual.isEmpty())
            return Unit{};
        // Released nights take the engine's price at once (when the engine is on), the flag cleared in the
        // same statement; a night whose price stays is still recorded, so its history shows the release.
        PricingSettings s = settings.value();
        const RoomTypeBounds bounds = boundsFor(s, *type);
        for (const NightState &n : manual) {
            const Money engine = s.enabled ? nightPrice(type->basePrice, facts->hotel.currency, bounds, s, n.date,
                                                        occupancyOf(n.totalRooms, n.bookedRooms, n.blockedRooms))
                                           : n.price;
            result.changes << PriceChange{roomTypeId, n.date, n.price, engine};
        }
        if (auto r = writePriceChanges(*d, hotelId, result.changes, PriceChangeReason::Release, actor.userId, 0, false);
            !r)
            return r.error();
        if (auto r = d->bumpChanges(hotelId, from, to); !r)
            return r.error();
        return tx.commit();
    });
    if (!done)
        return done.error();
    return result;
}

Result<QList<PriceHistoryEntry>> Store::priceHistory(const Actor &actor, HotelId hotelId, RoomTypeId roomTypeId,
                                                     QDate date) {
    if (!date.isValid())
        return BackendError::invalid(QStringLiteral("date"), storeTr("date must be a date (yyyy-MM-dd)."));
    if (auto h = hotel(hotelId); !h)
        return BackendError{h.error().kind, h.error().userMessage, {}, QStringLiteral("hotelId")};
    if (!actor.mayActOnHotel(hotelId))
        return BackendError::make(K::Forbidden, storeTr("You are not staff of this hotel."));
    auto r = d->exec(QStringLiteral("SELECT id, room_type_id, date, %1, %2, reason, changed_by, changed_at, "
                                    "recompute_id FROM price_history WHERE hotel_id = ? AND room_type_id = ? AND "
                                    "date = ? ORDER BY id")
                         .arg(d->priceCents(QStringLiteral("old_price")), d->priceCents(QStringLiteral("new_price"))),
                     {hotelId, roomTypeId, d->date(date)});
    if (!r)
        return r.error();
    QList<PriceHistoryEntry> out;
    QSqlQuery &q = *r.value();
    while (q.next()) {
        PriceHistoryEntry e;
        e.id = q.value(0).toLongLong();
        e.roomTypeId = q.value(1).toLongLong();
        e.date = q.value(2).toDate();
        e.oldPrice = q.value(3).toLongLong();
        e.newPrice = q.value(4).toLongLong();
        e.reason = reasonFromName(q.value(5).toString()).value_or(PriceChangeReason::Engine);
        e.changedBy = q.value(6).toLongLong();
        e.changedAt = Store::Private::timestampOf(q.value(7));
        e.recomputeId = q.value(8).isNull() ? 0 : q.value(8).toLongLong();
        out << e;
    }
    q.finish();
    return out;
}

Result<QList<HotelId>> Store::hotelIdsAfter(HotelId after, int limit) {
    auto r = d->exec(QStringLiteral("SELECT id FROM hotels WHERE id > ? ORDER BY id LIMIT ?"),
                     {after, std::clamp(limit, 1, 100000)});
    if (!r)
        return r.error();
    QList<HotelId> out;
    while (r.value()->next())
        out << r.value()->value(0).toLongLong();
    r.value()->finish();
    return out;
}

} // namespace hotel
