#include "server/SliceSearch.h"

#include "store/Store.h"

#include <QDateTime>
#include <QMutexLocker>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace hotel {

namespace {

// Tags: a city or a cell as a whole, and one night of it.
QString cityTag(const QString &cityKey) {
    return QStringLiteral("c:") + cityKey;
}
QString cellTag(int lat, int lon) {
    return QStringLiteral("g:%1:%2").arg(lat).arg(lon);
}
QString cityNightTag(const QString &cityKey, QDate d) {
    return QStringLiteral("n:%1:%2").arg(cityKey).arg(d.toJulianDay());
}
QString cellNightTag(int lat, int lon, QDate d) {
    return QStringLiteral("m:%1:%2:%3").arg(lat).arg(lon).arg(d.toJulianDay());
}
QString sliceKey(const QString &cityKey, QDate d) {
    return cityKey + QChar(0x1f) + QString::number(d.toJulianDay());
}
qint64 cellKey(int lat, int lon) {
    return qint64(lat) * 1000 + lon;
}
int wrapLon(int lon) {
    return ((lon + 180) % 360 + 360) % 360 - 180;
}

constexpr int maxAnswerTags = 512;
constexpr int maxNightsPerInvalidation = 400;

// Great-circle distance on the sphere PostgreSQL's earthdistance uses (earth() = 6378168 m), so the radius
// filter agrees with the SQL search.
double distanceKm(double lat1, double lon1, double lat2, double lon2) {
    constexpr double radiusKm = 6378.168;
    constexpr double rad = M_PI / 180.0;
    const double dLat = (lat2 - lat1) * rad, dLon = (lon2 - lon1) * rad;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2) +
                     std::cos(lat1 * rad) * std::cos(lat2 * rad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * radiusKm * std::asin(std::min(1.0, std::sqrt(a)));
}

struct Cells {
    int lat0, lat1, lon0, lon1;
    int count() const { return (lat1 - lat0 + 1) * (lon1 - lon0 + 1); }
};
Cells cellsAround(double lat, double lon, double radiusKm) {
    const double dLat = radiusKm / 111.0;
    const double dLon = radiusKm / (111.0 * std::max(0.01, std::cos(lat * M_PI / 180.0)));
    Cells c{int(std::floor(std::max(-90.0, lat - dLat))), int(std::floor(std::min(90.0, lat + dLat))),
            int(std::floor(lon - dLon)), int(std::floor(lon + dLon))};
    if (c.lon1 - c.lon0 >= 360) {
        c.lon0 = -180;
        c.lon1 = 179;
    }
    return c;
}

} // namespace

HotelPlace placeOf(const QString &city, double latitude, double longitude) {
    return {city.trimmed().toLower(), int(std::floor(latitude)), int(std::floor(longitude))};
}

SliceSearch::SliceSearch(Options options)
    : m_options(options) {}

qint64 SliceSearch::nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

QString SliceSearch::keyFor(const SearchQuery &q) {
    auto real = [](const std::optional<double> &v) { return v ? QString::number(*v, 'g', 17) : QString(); };
    auto whole = [](const auto &v) { return v ? QString::number(qint64(*v)) : QString(); };
    return QStringList{q.city.trimmed().toLower(),
                       real(q.latitude),
                       real(q.longitude),
                       real(q.radiusKm),
                       q.checkIn.toString(Qt::ISODate),
                       q.checkOut.toString(Qt::ISODate),
                       QString::number(q.guests),
                       whole(q.minStars),
                       whole(q.minPrice),
                       whole(q.maxPrice),
                       q.text.trimmed().toLower(),
                       QString::number(int(q.sort)),
                       QString::number(q.limit),
                       QString::number(q.offset)}
        .join(QChar(0x1f));
}

QStringList SliceSearch::tagsFor(const SearchQuery &q) {
    // A hotel in the answer matches the city and the circle both, so either set of tags covers it.
    QStringList tags;
    const qint64 nights = q.checkIn.daysTo(q.checkOut);
    if (!q.city.trimmed().isEmpty()) {
        const QString city = q.city.trimmed().toLower();
        tags << cityTag(city);
        // To the departure day included: its closed-to-departure rule decides the answer too (issue 9).
        for (QDate d = q.checkIn; d <= q.checkOut && tags.size() <= maxAnswerTags; d = d.addDays(1))
            tags << cityNightTag(city, d);
    } else if (q.latitude && q.longitude) {
        const Cells c = cellsAround(*q.latitude, *q.longitude, q.radiusKm.value_or(10.0));
        if (qint64(c.count()) * (nights + 2) > maxAnswerTags)
            return {};
        for (int lat = c.lat0; lat <= c.lat1; ++lat)
            for (int lon = c.lon0; lon <= c.lon1; ++lon) {
                tags << cellTag(lat, wrapLon(lon));
                for (QDate d = q.checkIn; d <= q.checkOut; d = d.addDays(1))
                    tags << cellNightTag(lat, wrapLon(lon), d);
            }
    }
    return tags.size() > maxAnswerTags ? QStringList{} : tags;
}

SliceSearch::Ticket SliceSearch::ticket(const QStringList &tags) {
    Ticket t;
    t.tags = tags;
    QMutexLocker lock(&m_mutex);
    t.epoch = m_epoch;
    for (const QString &tag : tags)
        t.generations << m_generations.value(tag);
    return t;
}

bool SliceSearch::current(const Ticket &ticket) const {
    if (ticket.epoch != m_epoch)
        return false;
    for (int i = 0; i < ticket.tags.size(); ++i)
        if (m_generations.value(ticket.tags[i]) != ticket.generations[i])
            return false;
    return true;
}

void SliceSearch::bump(const QString &tag) {
    ++m_generations[tag];
}

std::optional<QByteArray> SliceSearch::find(const QString &key) {
    QMutexLocker lock(&m_mutex);
    auto it = m_entries.find(key);
    if (it == m_entries.end()) {
        ++m_misses;
        return std::nullopt;
    }
    if (it->expiresMs <= nowMs() || !current(it->ticket)) {
        m_answerBytes -= it->body.size();
        m_entries.erase(it);
        ++m_misses;
        return std::nullopt;
    }
    ++m_hits;
    return it->body;
}

void SliceSearch::insert(const QString &key, const Ticket &ticket, const QByteArray &body) {
    if (ticket.tags.isEmpty())
        return;
    QMutexLocker lock(&m_mutex);
    if (!current(ticket))
        return; // a write landed while the answer was computed
    const qint64 now = nowMs();
    if (m_answerBytes + body.size() > m_options.maxAnswerBytes) {
        for (auto it = m_entries.begin(); it != m_entries.end();) {
            if (it->expiresMs <= now || !current(it->ticket)) {
                m_answerBytes -= it->body.size();
                it = m_entries.erase(it);
            } else {
                ++it;
            }
        }
        if (m_answerBytes + body.size() > m_options.maxAnswerBytes) {
            m_entries.clear(); // bounded memory beats a perfect eviction order here
            m_answerBytes = 0;
        }
    }
    if (auto old = m_entries.constFind(key); old != m_entries.constEnd())
        m_answerBytes -= old->body.size();
    m_entries.insert(key, Entry{body, ticket, now + m_options.ttlMs});
    m_answerBytes += body.size();
}

void SliceSearch::rememberPlace(HotelId id, const HotelPlace &place) {
    QMutexLocker lock(&m_mutex);
    if (m_places.contains(id))
        return;
    m_places.insert(id, place);
    m_cells[cellKey(place.latCell, place.lonCell)] << id;
}

QStringList SliceSearch::knownCities() const {
    QMutexLocker lock(&m_mutex);
    QSet<QString> cities;
    for (const HotelPlace &p : m_places)
        cities.insert(p.cityKey);
    QStringList list(cities.begin(), cities.end());
    list.sort();
    return list;
}

void SliceSearch::invalidate(const HotelPlace &place, QDate from, QDate to) {
    QMutexLocker lock(&m_mutex);
    ++m_invalidations;
    if (from.isValid() && to.isValid() && from < to && from.daysTo(to) <= maxNightsPerInvalidation) {
        for (QDate d = from; d < to; d = d.addDays(1)) {
            bump(cityNightTag(place.cityKey, d));
            bump(cellNightTag(place.latCell, place.lonCell, d));
        }
        return;
    }
    // Anything may have changed: a new room type, a room taken out of service, all nights.
    bump(cityTag(place.cityKey));
    bump(cellTag(place.latCell, place.lonCell));
    m_cityTypes.remove(place.cityKey);
}

void SliceSearch::invalidateHotel(HotelId id, QDate from, QDate to, Store &store) {
    std::optional<HotelPlace> place;
    {
        QMutexLocker lock(&m_mutex);
        if (auto it = m_places.constFind(id); it != m_places.constEnd())
            place = *it;
    }
    if (!place) {
        if (auto hotel = store.hotel(id)) {
            place = placeOf(hotel.value());
            rememberPlace(id, *place);
        }
    }
    if (place)
        invalidate(*place, from, to);
    else
        invalidateAll(); // a hotel we cannot place: better no cache than a stale answer
}

void SliceSearch::invalidateAll() {
    QMutexLocker lock(&m_mutex);
    ++m_epoch;
    ++m_invalidations;
    m_entries.clear();
    m_answerBytes = 0;
    m_slices.clear();
    m_sliceBytes = 0;
    m_cityTypes.clear();
}

int SliceSearch::size() const {
    QMutexLocker lock(&m_mutex);
    return int(m_entries.size());
}

qint64 SliceSearch::sliceBytes() const {
    QMutexLocker lock(&m_mutex);
    return m_sliceBytes;
}

bool SliceSearch::canSearch(const SearchQuery &query) const {
    return enabled() && (!query.latitude.has_value() || m_placesReady.load());
}

Result<SliceSearch::TypesPtr> SliceSearch::cityTypes(Store &store, const QString &cityKey, bool reload) {
    quint64 epoch = 0, generation = 0;
    {
        QMutexLocker lock(&m_mutex);
        if (!reload)
            if (auto it = m_cityTypes.constFind(cityKey); it != m_cityTypes.constEnd())
                return *it;
        epoch = m_epoch;
        generation = m_generations.value(cityTag(cityKey));
    }
    auto rows = store.cityRoomTypes(cityKey);
    if (!rows)
        return rows.error();
    auto types = std::make_shared<CityTypes>();
    QHash<HotelId, int> hotelIndex;
    for (const CityRoomType &r : rows.value()) {
        auto h = hotelIndex.constFind(r.hotelId);
        if (h == hotelIndex.constEnd()) {
            h = hotelIndex.insert(r.hotelId, int(types->hotels.size()));
            types->hotels << HotelBrief{r.hotelId, r.hotelName.toLower(), r.starRating, r.latitude, r.longitude};
        }
        types->index.insert(r.roomTypeId, int(types->types.size()));
        types->types << TypeInfo{r.roomTypeId, *h, r.maxOccupancy, r.name};
    }
    QMutexLocker lock(&m_mutex);
    if (epoch == m_epoch && generation == m_generations.value(cityTag(cityKey)))
        m_cityTypes.insert(cityKey, types);
    return TypesPtr(types);
}

Result<QList<SliceSearch::SlicePtr>> SliceSearch::slices(Store &store, const QString &cityKey, QDate from, int nights) {
    QList<SlicePtr> found(nights);
    int firstMissing = -1, lastMissing = -1;
    QList<Ticket> tickets;
    {
        QMutexLocker lock(&m_mutex);
        const qint64 now = nowMs();
        for (int n = 0; n < nights; ++n) {
            auto it = m_slices.constFind(sliceKey(cityKey, from.addDays(n)));
            if (it != m_slices.constEnd() && (*it)->expiresMs > now && current((*it)->ticket)) {
                found[n] = *it;
                continue;
            }
            if (firstMissing < 0)
                firstMissing = n;
            lastMissing = n;
        }
        if (firstMissing < 0)
            return found;
        for (int n = firstMissing; n <= lastMissing; ++n) {
            Ticket t;
            t.tags = {cityTag(cityKey), cityNightTag(cityKey, from.addDays(n))};
            t.epoch = m_epoch;
            for (const QString &tag : t.tags)
                t.generations << m_generations.value(tag);
            tickets << t;
        }
    }
    // The missing nights in one query, outside the lock; kept only if no write to them landed meanwhile.
    auto types = cityTypes(store, cityKey, false);
    if (!types)
        return types.error();
    const QDate loadFrom = from.addDays(firstMissing);
    auto rows = store.cityNights(cityKey, loadFrom, from.addDays(lastMissing + 1));
    if (!rows)
        return rows.error();
    auto rules = store.cityRestrictions(cityKey, loadFrom, from.addDays(lastMissing + 1)); // issue 9
    if (!rules)
        return rules.error();
    TypesPtr table = types.value();
    for (const CityNight &r : rows.value()) {
        if (!table->index.contains(r.roomTypeId)) { // a room type created since the table was read
            auto fresh = cityTypes(store, cityKey, true);
            if (!fresh)
                return fresh.error();
            table = fresh.value();
            break;
        }
    }
    QList<std::shared_ptr<Slice>> loaded(lastMissing - firstMissing + 1);
    for (int i = 0; i < loaded.size(); ++i) {
        loaded[i] = std::make_shared<Slice>();
        loaded[i]->types = table;
        loaded[i]->available = QList<qint32>(table->types.size(), noNight);
        loaded[i]->price = QList<qint64>(table->types.size(), 0);
        loaded[i]->ticket = tickets[i];
        loaded[i]->expiresMs = nowMs() + m_options.ttlMs;
    }
    for (const CityNight &r : rows.value()) {
        const qint64 n = loadFrom.daysTo(r.date);
        const int t = table->index.value(r.roomTypeId, -1);
        if (n < 0 || n >= loaded.size() || t < 0)
            continue;
        loaded[n]->available[t] = r.available;
        loaded[n]->price[t] = r.price;
    }
    for (const auto &[roomTypeId, rule] : rules.value()) {
        const qint64 n = loadFrom.daysTo(rule.date);
        const int t = table->index.value(roomTypeId, -1);
        if (n >= 0 && n < loaded.size() && t >= 0)
            loaded[n]->rules.insert(t, rule);
    }
    QMutexLocker lock(&m_mutex);
    for (int i = 0; i < loaded.size(); ++i) {
        found[firstMissing + i] = loaded[i];
        if (!current(loaded[i]->ticket))
            continue;
        if (m_sliceBytes + loaded[i]->bytes() > m_options.maxSliceBytes) {
            m_slices.clear(); // bounded memory; the next searches load what they need again
            m_sliceBytes = 0;
        }
        const QString key = sliceKey(cityKey, loadFrom.addDays(i));
        if (auto old = m_slices.constFind(key); old != m_slices.constEnd())
            m_sliceBytes -= (*old)->bytes();
        m_slices.insert(key, loaded[i]);
        m_sliceBytes += loaded[i]->bytes();
    }
    return found;
}

VoidResult SliceSearch::preload(Store &store, const QString &cityKey, QDate from, int nights) {
    for (int start = 0; start < nights; start += limits::maxInventoryDays) {
        auto s = slices(store, cityKey, from.addDays(start), std::min(nights - start, limits::maxInventoryDays));
        if (!s)
            return s.error();
    }
    return Unit{};
}

Result<Hotel> SliceSearch::fullHotel(Store &store, HotelId id) {
    {
        QMutexLocker lock(&m_mutex);
        if (auto it = m_hotels.constFind(id); it != m_hotels.constEnd())
            return *it;
    }
    auto hotel = store.hotel(id);
    if (!hotel)
        return hotel;
    QMutexLocker lock(&m_mutex);
    if (m_hotels.size() > 50000)
        m_hotels.clear();
    m_hotels.insert(id, hotel.value());
    return hotel;
}

Result<SearchResult> SliceSearch::search(Store &store, const SearchQuery &q) {
    if (auto e = validateSearchQuery(q))
        return *e;
    const int nights = int(q.checkIn.daysTo(q.checkOut));
    const QString city = q.city.trimmed().toLower();
    const bool hasPoint = q.latitude.has_value();
    const double radiusKm = q.radiusKm.value_or(10.0);

    // Which cities to combine: the one named, or those with a hotel inside the circle's cells.
    QStringList cities;
    if (hasPoint) {
        const Cells c = cellsAround(*q.latitude, *q.longitude, radiusKm);
        QSet<QString> seen;
        QMutexLocker lock(&m_mutex);
        for (int lat = c.lat0; lat <= c.lat1; ++lat)
            for (int lon = c.lon0; lon <= c.lon1; ++lon)
                for (HotelId id : m_cells.value(cellKey(lat, wrapLon(lon)))) {
                    const QString key = m_places.value(id).cityKey;
                    if ((city.isEmpty() || key == city) && !seen.contains(key)) {
                        seen.insert(key);
                        cities << key;
                    }
                }
    } else {
        cities << city;
    }

    struct Candidate {
        HotelId id = 0;
        int stars = 0;
        std::optional<double> distanceKm;
        Money lowest = 0;
        QList<RoomTypeOffer> offers;
    };
    QHash<HotelId, Candidate> byHotel;
    const QString text = q.text.trimmed().toLower();
    for (const QString &cityKey : std::as_const(cities)) {
        // The stay's nights and its departure day (for its closed-to-departure rule, issue 9).
        auto s = slices(store, cityKey, q.checkIn, nights + 1);
        if (!s)
            return s.error();
        const QList<SlicePtr> withDeparture = s.value();
        const QList<SlicePtr> nightSlices = withDeparture.mid(0, nights);
        const CityTypes &types = *nightSlices.first()->types;
        std::vector<std::optional<double>> distance(types.hotels.size());
        std::vector<char> hotelChecked(types.hotels.size(), 0), hotelPasses(types.hotels.size(), 0);
        for (int t = 0; t < types.types.size(); ++t) {
            const TypeInfo &type = types.types[t];
            if (type.maxOccupancy < q.guests)
                continue;
            int minLeft = std::numeric_limits<int>::max();
            Money sum = 0;
            bool everyNight = true;
            for (const SlicePtr &slice : nightSlices) {
                // Slices of one load share the table; another load's table is looked up by id.
                const int i = slice->types.get() == &types ? t : slice->types->index.value(type.id, -1);
                const qint32 left = i < 0 ? noNight : slice->available[i];
                if (left == noNight || left < 1) {
                    everyNight = false;
                    break;
                }
                minLeft = std::min<int>(minLeft, left);
                sum += slice->price[i];
            }
            if (!everyNight)
                continue;
            // ---- issue 9: the same rules as the SQL search and the booking (pricing::brokenRule)
            QList<pricing::NightRestriction> stayRules;
            for (const SlicePtr &slice : withDeparture) {
                if (slice->rules.isEmpty())
                    continue;
                const int i = slice->types.get() == &types ? t : slice->types->index.value(type.id, -1);
                if (const auto rule = slice->rules.constFind(i); i >= 0 && rule != slice->rules.constEnd())
                    stayRules << *rule;
            }
            if (!stayRules.isEmpty() && pricing::brokenRule(stayRules, q.checkIn, q.checkOut))
                continue;
            // ---- end of issue 9
            const Money perNight = sum / nights;
            if ((q.minPrice && perNight < *q.minPrice) || (q.maxPrice && perNight > *q.maxPrice))
                continue;
            const HotelBrief &hotel = types.hotels[type.hotel];
            if (!hotelChecked[type.hotel]) {
                hotelChecked[type.hotel] = 1;
                bool passes =
                    (!q.minStars || hotel.stars >= *q.minStars) && (text.isEmpty() || hotel.nameLower.contains(text));
                if (passes && hasPoint) {
                    distance[type.hotel] = distanceKm(*q.latitude, *q.longitude, hotel.latitude, hotel.longitude);
                    passes = *distance[type.hotel] <= radiusKm;
                }
                hotelPasses[type.hotel] = passes;
            }
            if (!hotelPasses[type.hotel])
                continue;
            auto c = byHotel.find(hotel.id);
            if (c == byHotel.end())
                c = byHotel.insert(hotel.id, Candidate{hotel.id, hotel.stars, distance[type.hotel], perNight, {}});
            c->lowest = std::min(c->lowest, perNight);
            RoomTypeOffer offer;
            offer.roomTypeId = type.id;
            offer.name = type.name;
            offer.maxOccupancy = type.maxOccupancy;
            offer.availableRooms = minLeft;
            offer.totalPrice = sum;
            offer.nightlyPrice = perNight;
            c->offers << offer;
        }
    }

    QList<Candidate> ranked = byHotel.values();
    auto less = [&q](const Candidate &x, const Candidate &y) {
        switch (q.sort) {
        case SearchSort::Price:
            return std::tuple(x.lowest, -x.stars, x.id) < std::tuple(y.lowest, -y.stars, y.id);
        case SearchSort::Rating:
            return std::tuple(-x.stars, x.lowest, x.id) < std::tuple(-y.stars, y.lowest, y.id);
        case SearchSort::Distance:
            return std::tuple(x.distanceKm.value_or(0), x.lowest, x.id) <
                   std::tuple(y.distanceKm.value_or(0), y.lowest, y.id);
        }
        return false;
    };
    const qsizetype end = std::min<qsizetype>(ranked.size(), qsizetype(q.offset) + q.limit);
    if (q.offset < ranked.size())
        std::partial_sort(ranked.begin(), ranked.begin() + end, ranked.end(), less);

    SearchResult result;
    result.total = int(ranked.size());
    for (qsizetype i = q.offset; i < end; ++i) {
        Candidate &c = ranked[i];
        auto hotel = fullHotel(store, c.id);
        if (!hotel)
            return hotel.error();
        std::sort(c.offers.begin(), c.offers.end(), [](const RoomTypeOffer &x, const RoomTypeOffer &y) {
            return std::tuple(x.totalPrice, x.roomTypeId) < std::tuple(y.totalPrice, y.roomTypeId);
        });
        result.hotels << HotelHit{hotel.value(), c.distanceKm, c.offers, c.lowest};
    }
    return result;
}

} // namespace hotel
