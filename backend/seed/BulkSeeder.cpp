#include "seed/BulkSeeder.h"

#include "store/Store.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace hotel {

Q_LOGGING_CATEGORY(lcBulkSeed, "hotel.seed.bulk")

namespace {

using K = BackendError::Kind;

class Loader final {
public:
    explicit Loader(QSqlDatabase db)
        : m_db(std::move(db)) {}

    // Every value is bound; the only SQL text not written here is the DDL PostgreSQL itself prints for the
    // indexes and constraints it is asked to put back.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &args = {}) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        // PostgreSQL cannot PREPARE utility statements (SET, DDL, VACUUM): those run as plain queries.
        if (args.isEmpty()) {
            if (!q.exec(sql))
                return failure(q, sql);
            return q;
        }
        if (!q.prepare(sql))
            return failure(q, sql);
        for (int i = 0; i < args.size(); ++i)
            q.bindValue(i, args[i]);
        if (!q.exec())
            return failure(q, sql);
        return q;
    }

private:
    static BackendError failure(const QSqlQuery &q, const QString &sql) {
        qCWarning(lcBulkSeed) << "bulk seed statement failed:" << q.lastError().text() << sql.left(200);
        return BackendError::make(K::Unavailable, QStringLiteral("The bulk load failed; nothing was loaded."),
                                  q.lastError().text());
    }

    QSqlDatabase m_db;
};

// Undone and redone around the load: secondary indexes and foreign keys of the loaded tables, and the primary
// key of room_inventory (no other table refers to it). The other primary keys stay: bookings refer to them.
constexpr auto loadedTables = "ARRAY['hotels', 'room_types', 'rooms', 'room_inventory', 'hotel_changes']::regclass[]";

} // namespace

Result<SeedSummary> bulkSeedPostgres(const DbConfig &config, const BulkSeedOptions &options) {
    if (!config.isPostgres())
        return BackendError::invalid(
            QStringLiteral("db"),
            QStringLiteral("--bulk loads PostgreSQL only; the demo SQLite file is seeded without it."));
    if (options.hotels < 1 || options.hotels > 1000000)
        return BackendError::invalid(QStringLiteral("hotels"), QStringLiteral("hotels must be between 1 and 1000000"));
    if (options.roomsPerHotel < 4 || options.roomsPerHotel > 1000)
        return BackendError::invalid(QStringLiteral("rooms-per-hotel"),
                                     QStringLiteral("rooms-per-hotel must be between 4 and 1000"));
    if (options.days < 1 || options.days > 1000)
        return BackendError::invalid(QStringLiteral("days"), QStringLiteral("days must be between 1 and 1000"));

    auto store = Store::open(config, QStringLiteral("hotel-bulk-seed"));
    if (!store)
        return store.error();
    if (auto m = store.value()->migrate(); !m)
        return m.error();
    Loader db(store.value()->database());
    const auto progress = [&options](const QString &stage, qint64 done, qint64 total) {
        if (options.progress)
            options.progress(stage, done, total);
    };
    const qint64 seed = options.seed;
    const QDate from = options.from.isValid() ? options.from : QDate::currentDate().addDays(-1);

    auto existing = db.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM hotels)"));
    if (!existing)
        return existing.error();
    existing.value().next();
    if (existing->value(0).toBool())
        return BackendError::make(K::Conflict,
                                  QStringLiteral("The bulk load fills an empty database; this one has hotels already."),
                                  config.toUrl());

    for (const char *setting : {"SET statement_timeout = 0", "SET lock_timeout = 0", "SET synchronous_commit = off",
                                "SET maintenance_work_mem = '1GB'", "SET work_mem = '256MB'"}) {
        if (auto r = db.exec(QLatin1String(setting)); !r)
            return r.error();
    }
    if (auto r = db.exec(QStringLiteral("BEGIN")); !r)
        return r.error();
    // From here on a failure returns early and the Store's connection closes with the transaction open:
    // PostgreSQL rolls it back, indexes and constraints included (DDL is transactional).

    // A stable hash of (seed, key, salt) in [0, n): deterministic whatever order PostgreSQL evaluates rows in.
    if (auto r = db.exec(QStringLiteral(
            "CREATE FUNCTION pg_temp.rnd(s bigint, k bigint, salt int, n int) RETURNS int LANGUAGE sql IMMUTABLE "
            "AS 'SELECT ((hashint8(hashint8(k)::bigint * 1000003 + salt * 7919 + s)::bigint & 2147483647) % n)::int'"));
        !r)
        return r.error();

    progress(QStringLiteral("dropping indexes"), 0, 1);
    const QString tables = QLatin1String(loadedTables);
    auto saved =
        db.exec(QStringLiteral(
                    "SELECT 1 AS step, format('ALTER TABLE %1$s DROP CONSTRAINT %2$I', conrelid::regclass, conname), "
                    "       format('ALTER TABLE %1$s ADD CONSTRAINT %2$I %3$s', conrelid::regclass, conname, "
                    "pg_get_constraintdef(oid)), "
                    "       CASE contype WHEN 'f' THEN 3 ELSE 1 END "
                    "  FROM pg_constraint WHERE conrelid = ANY (@TABLES@) "
                    "   AND (contype IN ('f', 'u') OR (contype = 'p' AND conrelid = 'room_inventory'::regclass)) "
                    "UNION ALL "
                    "SELECT 2, format('DROP INDEX %s', indexrelid::regclass), pg_get_indexdef(indexrelid), 2 "
                    "  FROM pg_index i WHERE indrelid = ANY (@TABLES@) "
                    "   AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid) "
                    "ORDER BY 1")
                    .replace(QStringLiteral("@TABLES@"), tables));
    if (!saved)
        return saved.error();
    struct Undone {
        QString drop, create;
        int order;
    };
    QList<Undone> undone;
    while (saved.value().next())
        undone << Undone{saved->value(1).toString(), saved->value(2).toString(), saved->value(3).toInt()};
    // Foreign keys go first, so no unique constraint they lean on is dropped under them.
    std::stable_sort(undone.begin(), undone.end(), [](const Undone &a, const Undone &b) { return a.order > b.order; });
    for (const Undone &u : undone)
        if (auto r = db.exec(u.drop); !r)
            return r.error();

    progress(QStringLiteral("cities"), 0, 1);
    if (auto r =
            db.exec(QStringLiteral("CREATE TEMP TABLE seed_cities (idx int PRIMARY KEY, name text, country text, "
                                   "lat float8, lon float8, tz text, currency text, price_level int) ON COMMIT DROP"));
        !r)
        return r.error();
    const QList<SeedCity> cities = seedCities();
    for (int i = 0; i < cities.size(); ++i) {
        const SeedCity &c = cities[i];
        if (auto r = db.exec(QStringLiteral("INSERT INTO seed_cities VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                             {i, c.name, c.country, c.latitude, c.longitude, c.timeZone, c.currency, c.priceLevel});
            !r)
            return r.error();
    }
    const int cityCount = int(cities.size());

    progress(QStringLiteral("hotels"), 0, options.hotels);
    // Hotels take ids 1..N in an empty table (checked above), so room types can be derived from the id alone.
    if (auto r = db.exec(
            QStringLiteral(
                "INSERT INTO hotels (id, name, description, address, city, country, latitude, longitude, star_rating, "
                "  amenities, check_in_time, check_out_time, free_cancellation_hours, tax_rate_bp, fee_per_night, "
                "currency, time_zone) "
                "SELECT g, "
                "  (ARRAY['Grand','Royal','Harbour','Garden','Central','Riverside','Park','Skyline','Heritage','Maple',"
                "         'Lotus','Sunrise','Plaza','Palace'])[1 + pg_temp.rnd(?, g, 1, 14)] || ' ' || c.name || ' ' "
                "|| "
                "  (ARRAY['Hotel','Inn','Suites','Residence','Hotel & Spa','Stay'])[1 + pg_temp.rnd(?, g, 2, 6)] || ' "
                "' || g, "
                "  format('A %s-star hotel in %s.', st.stars, c.name), "
                "  format('%s Main Street, %s', 1 + pg_temp.rnd(?, g, 3, 300), c.name), "
                "  c.name, c.country, "
                "  c.lat + (pg_temp.rnd(?, g, 4, 1000000) / 1e6 - 0.5) * 0.1, "
                "  c.lon + (pg_temp.rnd(?, g, 5, 1000000) / 1e6 - 0.5) * 0.1, "
                "  st.stars, "
                "  (SELECT coalesce(json_agg(a ORDER BY k), '[]')::text "
                "     FROM "
                "unnest(ARRAY['wifi','pool','parking','gym','spa','restaurant','bar','airport-shuttle','breakfast','"
                "laundry']) "
                "          WITH ORDINALITY AS u(a, k) WHERE pg_temp.rnd(?, g * 16 + k, 6, 100) < 30 + st.stars * 10), "
                "  format('%s:00', 14 + pg_temp.rnd(?, g, 7, 2)), format('%s:00', 10 + pg_temp.rnd(?, g, 8, 2)), "
                "  (ARRAY[24, 48, 72])[1 + pg_temp.rnd(?, g, 9, 3)], 500 + pg_temp.rnd(?, g, 10, 11) * 100, "
                "  c.price_level * 5 / 100.0, c.currency, c.tz "
                "FROM generate_series(1, CAST(? AS int)) AS g "
                "JOIN seed_cities c ON c.idx = (g - 1) % CAST(? AS int) "
                "CROSS JOIN LATERAL (SELECT 2 + pg_temp.rnd(?, g, 0, 4) AS stars) st"),
            {seed, seed, seed, seed, seed, seed, seed, seed, seed, seed, options.hotels, cityCount, seed});
        !r)
        return r.error();
    if (auto r = db.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('hotels', 'id'), ?)"), {options.hotels});
        !r)
        return r.error();
    if (auto r = db.exec(QStringLiteral("INSERT INTO hotel_changes (hotel_id, counter) SELECT id, 0 FROM hotels")); !r)
        return r.error();
    progress(QStringLiteral("hotels"), options.hotels, options.hotels);

    progress(QStringLiteral("room types"), 0, 1);
    // 2 to 4 types a hotel, the hotel's rooms shared out between them; prices as the demo seeder makes them.
    if (auto r = db.exec(
            QStringLiteral(
                "INSERT INTO room_types (hotel_id, name, description, max_occupancy, bed_type, base_price, currency, "
                "size_sqm, total_rooms) "
                "SELECT h.id, tpl.name, format('%s m², bed: %s', tpl.size, tpl.bed), tpl.occ, tpl.bed, "
                "  (c.price_level::bigint * tpl.factor * (60 + h.star_rating * 15) / 100) / 100.0, h.currency, "
                "tpl.size, "
                "  CAST(? AS int) / kk.k + (t < CAST(? AS int) % kk.k)::int "
                "FROM hotels h JOIN seed_cities c ON c.idx = (h.id - 1) % CAST(? AS int) "
                "CROSS JOIN LATERAL (SELECT 2 + pg_temp.rnd(?, h.id, 20, 3) AS k) kk "
                "CROSS JOIN LATERAL generate_series(0, kk.k - 1) AS t "
                "JOIN (VALUES (0, 'Standard Double', 'Queen', 2, 22, 100), (1, 'Twin Room', 'Twin', 2, 24, 105), "
                "             (2, 'Deluxe King', 'King', 2, 32, 140), (3, 'Family Room', 'Queen + Sofa bed', 4, 40, "
                "170), "
                "             (4, 'Junior Suite', 'King', 3, 48, 220), (5, 'Executive Suite', 'King', 4, 70, 320)) "
                "  AS tpl(k, name, bed, occ, size, factor) ON tpl.k = (t * 2 + pg_temp.rnd(?, h.id * 8 + t, 21, 2)) % "
                "6 "
                "ORDER BY h.id, t"),
            {options.roomsPerHotel, options.roomsPerHotel, cityCount, seed, seed});
        !r)
        return r.error();
    auto typeRange = db.exec(QStringLiteral("SELECT min(id), max(id), count(*) FROM room_types"));
    if (!typeRange)
        return typeRange.error();
    typeRange.value().next();
    const qint64 firstType = typeRange->value(0).toLongLong(), lastType = typeRange->value(1).toLongLong();
    const qint64 typeCount = typeRange->value(2).toLongLong();

    progress(QStringLiteral("rooms"), 0, 1);
    if (auto r = db.exec(
            QStringLiteral(
                "INSERT INTO rooms (hotel_id, room_type_id, room_number, floor, status) "
                "SELECT rt.hotel_id, rt.id, ((rt.t + 1) * 1000 + r)::text, rt.t + 1, "
                "  CASE WHEN pg_temp.rnd(?, rt.id * 1000 + r, 30, 100) < 4 THEN 'MAINTENANCE' ELSE 'AVAILABLE' END "
                "FROM (SELECT id, hotel_id, total_rooms, row_number() OVER (PARTITION BY hotel_id ORDER BY id) - 1 AS "
                "t "
                "      FROM room_types) rt "
                "CROSS JOIN LATERAL generate_series(1, rt.total_rooms) AS r "
                "ORDER BY rt.id, r"),
            {seed});
        !r)
        return r.error();

    // Inventory in slices of room types, so the progress moves; weekends +20 %, July, August and December
    // +15 %, and a few percent of noise a night.
    const qint64 slices = std::clamp<qint64>(typeCount / 2000, 1, 200);
    const qint64 perSlice = (lastType - firstType + slices) / slices;
    const qint64 inventoryRows = typeCount * options.days;
    for (qint64 s = 0; s < slices; ++s) {
        progress(QStringLiteral("inventory"), inventoryRows * s / slices, inventoryRows);
        const qint64 lo = firstType + s * perSlice, hi = lo + perSlice - 1;
        if (auto r = db.exec(
                QStringLiteral("INSERT INTO room_inventory (room_type_id, date, hotel_id, total_rooms, booked_rooms, "
                               "blocked_rooms, "
                               "  overbooking_allowance, price) "
                               "SELECT rt.id, n.night, rt.hotel_id, rt.total_rooms, 0, 0, rt.overbooking_allowance, "
                               "  round(rt.base_price * (100 + CASE WHEN extract(isodow FROM n.night) IN (5, 6) THEN "
                               "20 ELSE 0 END "
                               "    + CASE WHEN extract(month FROM n.night) IN (7, 8, 12) THEN 15 ELSE 0 END "
                               "    + pg_temp.rnd(?, rt.id * 1000 + d, 40, 11) - 5) / 100.0, 2) "
                               "FROM room_types rt CROSS JOIN generate_series(0, CAST(? AS int) - 1) AS d "
                               "CROSS JOIN LATERAL (SELECT CAST(? AS date) + d AS night) n "
                               "WHERE rt.id BETWEEN CAST(? AS bigint) AND CAST(? AS bigint)"),
                {seed, options.days, from, lo, hi});
            !r)
            return r.error();
    }
    progress(QStringLiteral("inventory"), inventoryRows, inventoryRows);

    std::stable_sort(undone.begin(), undone.end(), [](const Undone &a, const Undone &b) { return a.order < b.order; });
    for (int i = 0; i < undone.size(); ++i) {
        progress(QStringLiteral("indexes"), i, undone.size());
        if (auto r = db.exec(undone[i].create); !r)
            return r.error();
    }
    progress(QStringLiteral("indexes"), undone.size(), undone.size());
    if (auto r = db.exec(QStringLiteral("COMMIT")); !r)
        return r.error();

    // Fresh statistics, hint bits and the visibility map, so the first searches plan and read as later ones do.
    const char *vacuumTables[] = {"hotels", "room_types", "rooms", "room_inventory", "hotel_changes"};
    for (int i = 0; i < int(std::size(vacuumTables)); ++i) {
        progress(QStringLiteral("vacuum analyze"), i, int(std::size(vacuumTables)));
        if (auto r = db.exec(QStringLiteral("VACUUM (ANALYZE) %1").arg(QLatin1String(vacuumTables[i]))); !r)
            return r.error();
    }
    progress(QStringLiteral("vacuum analyze"), 1, 1);

    SeedSummary summary;
    auto counts = db.exec(QStringLiteral("SELECT (SELECT count(*) FROM hotels), (SELECT count(*) FROM room_types), "
                                         "(SELECT count(*) FROM rooms)"));
    if (!counts)
        return counts.error();
    counts.value().next();
    summary.hotels = counts->value(0).toInt();
    summary.roomTypes = counts->value(1).toInt();
    summary.rooms = counts->value(2).toInt();
    if (options.users) {
        QList<HotelId> staffHotels;
        for (HotelId id = 1; id <= std::min(5, options.hotels); ++id)
            staffHotels << id;
        auto users = seedDemoUsers(*store.value(), staffHotels);
        if (!users)
            return users.error();
        summary.users = *users;
    }
    return summary;
}

} // namespace hotel
