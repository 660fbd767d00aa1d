// Hotel search without Elasticsearch (DESIGN.md 6): one set-based query over hotels, room types and the
// inventory rows of the stay. PostgreSQL finds candidates through indexes (lower(city), a GiST index on
// ll_to_earth for radius search, pg_trgm for names); the demo's SQLite uses the same shape.
#include "domain/Validation.h"
#include "store/Store.h"
#include "store/StorePrivate.h"

#include <cmath>

namespace hotel {

using K = BackendError::Kind;

std::optional<BackendError> validateSearchQuery(const SearchQuery &query) {
    if (auto e = validation::stay(query.checkIn, query.checkOut, {}))
        return e;
    if (auto e = validation::guests(QStringLiteral("guests"), query.guests))
        return e;
    const bool hasPoint = query.latitude.has_value() || query.longitude.has_value();
    if (query.city.trimmed().isEmpty() && !hasPoint)
        return BackendError::invalid(QStringLiteral("city"),
                                     storeTr("Give a city, or a point (lat, lon) and a radius."));
    if (auto e = validation::text(QStringLiteral("city"), query.city, false, 100))
        return e;
    if (auto e = validation::text(QStringLiteral("q"), query.text, false, 100))
        return e;
    if (hasPoint) {
        if (!query.latitude || !std::isfinite(*query.latitude) || *query.latitude < -90 || *query.latitude > 90)
            return BackendError::invalid(QStringLiteral("lat"), storeTr("lat must be between -90 and 90."));
        if (!query.longitude || !std::isfinite(*query.longitude) || *query.longitude < -180 || *query.longitude > 180)
            return BackendError::invalid(QStringLiteral("lon"), storeTr("lon must be between -180 and 180."));
    }
    const double radiusKm = query.radiusKm.value_or(10.0);
    if (!std::isfinite(radiusKm) || radiusKm <= 0 || radiusKm > 500)
        return BackendError::invalid(QStringLiteral("radiusKm"),
                                     storeTr("radiusKm must be more than 0 and at most 500."));
    if (query.minStars && (*query.minStars < 1 || *query.minStars > 5))
        return BackendError::invalid(QStringLiteral("minStars"), storeTr("minStars must be between 1 and 5."));
    if (query.minPrice && *query.minPrice < 0)
        return BackendError::invalid(QStringLiteral("minPrice"), storeTr("minPrice must not be negative."));
    if (query.maxPrice && *query.maxPrice < 0)
        return BackendError::invalid(QStringLiteral("maxPrice"), storeTr("maxPrice must not be negative."));
    if (query.minPrice && query.maxPrice && *query.minPrice > *query.maxPrice)
        return BackendError::invalid(QStringLiteral("maxPrice"), storeTr("maxPrice must not be below minPrice."));
    if (query.limit < 1 || query.limit > limits::maxSearchLimit)
        return BackendError::invalid(QStringLiteral("limit"),
                                     storeTr("limit must be between 1 and %1.").arg(limits::maxSearchLimit));
    if (query.offset < 0 || query.offset > 100000)
        return BackendError::invalid(QStringLiteral("offset"), storeTr("offset must be between 0 and 100000."));
    if (query.sort == SearchSort::Distance && !hasPoint)
        return BackendError::invalid(QStringLiteral("sort"), storeTr("Sorting by distance needs a point (lat, lon)."));
    return std::nullopt;
}

Result<SearchResult> Store::searchHotels(const SearchQuery &query) {
    if (auto e = validateSearchQuery(query))
        return *e;
    const bool hasPoint = query.latitude.has_value() || query.longitude.has_value();
    const double radiusKm = query.radiusKm.value_or(10.0);
    const int nights = nightsBetween(query.checkIn, query.checkOut);
    QStringList hotelWhere;
    QVariantList hotelArgs;
    QString distance = QStringLiteral("NULL");
    QVariantList distanceArgs;
    if (!query.city.trimmed().isEmpty()) {
        hotelWhere << QStringLiteral("lower(h.city) = lower(?)");
        hotelArgs << query.city.trimmed();
    }
    if (hasPoint) {
        const double lat = *query.latitude, lon = *query.longitude;
        if (d->pg()) {
            distance =
                QStringLiteral("earth_distance(ll_to_earth(?, ?), ll_to_earth(h.latitude, h.longitude)) / 1000.0");
            distanceArgs << lat << lon;
            hotelWhere << QStringLiteral(
                "earth_box(ll_to_earth(?, ?), ?) @> ll_to_earth(h.latitude, h.longitude) AND "
                "earth_distance(ll_to_earth(?, ?), ll_to_earth(h.latitude, h.longitude)) <= ?");
            hotelArgs << lat << lon << radiusKm * 1000.0 << lat << lon << radiusKm * 1000.0;
        } else {
            distance =
                QStringLiteral("6371.0088 * acos(min(1.0, max(-1.0, sin(radians(?)) * sin(radians(h.latitude)) + "
                               "cos(radians(?)) * cos(radians(h.latitude)) * cos(radians(h.longitude - ?)))))");
            distanceArgs << lat << lat << lon;
            const double dLat = radiusKm / 111.0;
            const double dLon = radiusKm / (111.0 * std::max(0.01, std::cos(lat * M_PI / 180.0)));
            hotelWhere << QStringLiteral("h.latitude BETWEEN ? AND ? AND h.longitude BETWEEN ? AND ?");
            hotelArgs << lat - dLat << lat + dLat << lon - dLon << lon + dLon;
        }
    }
    if (query.minStars) {
        hotelWhere << QStringLiteral("h.star_rating >= ?");
        hotelArgs << *query.minStars;
    }
    if (!query.text.trimmed().isEmpty()) {
        QString pattern = query.text.trimmed().toLower();
        pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        hotelWhere << (d->pg() ? QStringLiteral("h.name ILIKE ? ESCAPE '\\'")
                               : QStringLiteral("lower(h.name) LIKE ? ESCAPE '\\'"));
        hotelArgs << QString(QLatin1Char('%') + pattern + QLatin1Char('%'));
    }
    QStringList offerHaving{
        QStringLiteral("count(*) = ?"),
        QStringLiteral("min(i.total_rooms + i.overbooking_allowance - i.booked_rooms - i.blocked_rooms) >= 1")};
    QVariantList havingArgs{nights};
    // ---- revenue management (issue 9): room types whose stay breaks a restriction are left out (the same
    // rules as pricing::brokenRule and server/SliceSearch.cpp): no closed night, the arrival night's rules, and
    // the departure day not closed to departure.
    offerHaving << QStringLiteral("sum(CASE WHEN i.closed THEN 1 ELSE 0 END) = 0")
                << QStringLiteral("sum(CASE WHEN i.date = ? AND (i.closed_to_arrival OR (i.min_stay > 0 AND "
                                  "i.min_stay > ?) OR (i.max_stay > 0 AND i.max_stay < ?)) THEN 1 ELSE 0 END) = 0")
                << QStringLiteral("NOT EXISTS (SELECT 1 FROM room_inventory x WHERE x.room_type_id = rt.id AND "
                                  "x.date = ? AND x.closed_to_departure)");
    havingArgs << d->date(query.checkIn) << nights << nights << d->date(query.checkOut);
    // ---- end of revenue management
    const QString sumCents = QStringLiteral("CAST(sum(%1) AS bigint)").arg(d->priceCents(QStringLiteral("i.price")));
    if (query.minPrice) {
        offerHaving << sumCents + QStringLiteral(" / ? >= ?");
        havingArgs << nights << *query.minPrice;
    }
    if (query.maxPrice) {
        offerHaving << sumCents + QStringLiteral(" / ? <= ?");
        havingArgs << nights << *query.maxPrice;
    }
    QString order;
    switch (query.sort) {
    case SearchSort::Price:
        order = QStringLiteral("lowest, star_rating DESC, id");
        break;
    case SearchSort::Rating:
        order = QStringLiteral("star_rating DESC, lowest, id");
        break;
    case SearchSort::Distance:
        order = QStringLiteral("distance_km, lowest, id");
        break;
    }
    // The stay's date range and the guests are bound once per use; nothing of the query is spliced in as text.
    const QString sql =
        QStringLiteral(
            "WITH h AS (SELECT %1, %2 AS distance_km FROM hotels h WHERE %3), "
            "o AS (SELECT rt.hotel_id, rt.id AS room_type_id, rt.name, rt.max_occupancy, "
            "  min(i.total_rooms + i.overbooking_allowance - i.booked_rooms - i.blocked_rooms) AS left_rooms, "
            "  %4 AS total_cents "
            "  FROM h JOIN room_types rt ON rt.hotel_id = h.id AND rt.max_occupancy >= ? "
            "  JOIN room_inventory i ON i.room_type_id = rt.id AND i.date >= ? AND i.date < ? "
            "  GROUP BY rt.hotel_id, rt.id, rt.name, rt.max_occupancy HAVING %5), "
            "best AS (SELECT hotel_id, min(total_cents / ?) AS lowest FROM o GROUP BY hotel_id), "
            "page AS (SELECT h.*, best.lowest, count(*) OVER () AS total_count FROM h JOIN best ON best.hotel_id = "
            "h.id "
            "  ORDER BY %6 LIMIT ? OFFSET ?) "
            "SELECT page.*, o.room_type_id, o.name AS room_type_name, o.max_occupancy, o.left_rooms, o.total_cents "
            "FROM page JOIN o ON o.hotel_id = page.id ORDER BY %6, o.total_cents, o.room_type_id")
            .arg(QString::fromLatin1(hotelColumns), distance,
                 hotelWhere.isEmpty() ? QStringLiteral("1=1") : hotelWhere.join(QStringLiteral(" AND ")), sumCents,
                 offerHaving.join(QStringLiteral(" AND ")), order);
    QVariantList args = distanceArgs + hotelArgs;
    args << query.guests << d->date(query.checkIn) << d->date(query.checkOut);
    args += havingArgs;
    args << nights << query.limit << query.offset;
    auto r = d->exec(sql, args);
    if (!r)
        return r.error();
    SearchResult result;
    QSqlQuery &q = *r.value();
    HotelId currentId = 0;
    while (q.next()) {
        const HotelId id = q.value(0).toLongLong();
        if (id != currentId) {
            HotelHit hit;
            hit.hotel = readHotel(q, 0, *d);
            if (!q.value(20).isNull())
                hit.distanceKm = q.value(20).toDouble();
            hit.lowestNightlyPrice = q.value(21).toLongLong();
            result.total = q.value(22).toInt();
            result.hotels << hit;
            currentId = id;
        }
        RoomTypeOffer offer;
        offer.roomTypeId = q.value(23).toLongLong();
        offer.name = q.value(24).toString();
        offer.maxOccupancy = q.value(25).toInt();
        offer.availableRooms = q.value(26).toInt();
        offer.totalPrice = q.value(27).toLongLong();
        offer.nightlyPrice = offer.totalPrice / nights;
        result.hotels.last().offers << offer;
    }
    q.finish();
    if (result.hotels.isEmpty() && query.offset > 0) {
        // The page is past the end: still report how many there are.
        SearchQuery first = query;
        first.offset = 0;
        first.limit = 1;
        auto again = searchHotels(first);
        if (again)
            result.total = again->total;
    }
    return result;
}

Result<QList<CityRoomType>> Store::cityRoomTypes(const QString &city) {
    auto r = d->exec(
        QStringLiteral("SELECT h.id, h.name, h.star_rating, h.latitude, h.longitude, rt.id, rt.name, rt.max_occupancy "
                       "FROM hotels h JOIN room_types rt ON rt.hotel_id = h.id "
                       "WHERE lower(h.city) = lower(?) ORDER BY rt.id"),
        {city.trimmed()});
    if (!r)
        return r.error();
    QList<CityRoomType> rows;
    QSqlQuery &q = *r.value();
    while (q.next())
        rows << CityRoomType{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(),
                             q.value(3).toDouble(),   q.value(4).toDouble(), q.value(5).toLongLong(),
                             q.value(6).toString(),   q.value(7).toInt()};
    q.finish();
    return rows;
}

Result<QList<CityNight>> Store::cityNights(const QString &city, QDate from, QDate to) {
    if (!from.isValid() || !to.isValid() || to <= from || from.daysTo(to) > limits::maxInventoryDays)
        return BackendError::invalid(
            QStringLiteral("to"),
            storeTr("to must be after from, at most %1 days later.").arg(limits::maxInventoryDays));
    auto r = d->exec(QStringLiteral("SELECT i.date, i.room_type_id, "
                                    "  i.total_rooms + i.overbooking_allowance - i.booked_rooms - i.blocked_rooms, %1 "
                                    "FROM hotels h JOIN room_types rt ON rt.hotel_id = h.id "
                                    "JOIN room_inventory i ON i.room_type_id = rt.id AND i.date >= ? AND i.date < ? "
                                    "WHERE lower(h.city) = lower(?) ORDER BY i.date, i.room_type_id")
                         .arg(d->priceCents(QStringLiteral("i.price"))),
                     {d->date(from), d->date(to), city.trimmed()});
    if (!r)
        return r.error();
    QList<CityNight> rows;
    QSqlQuery &q = *r.value();
    while (q.next())
        rows << CityNight{q.value(0).toDate(), q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toLongLong()};
    q.finish();
    return rows;
}

} // namespace hotel
